/**
 * "Write to workbook" through the workbook gateway: the Network sheet's marker, caption and
 * Network_Inputs table, and one NET_* name per value cell. A Network sheet that exists is
 * updated in place, so formulas, names and charts that refer to it keep working, and its
 * cells outside A1:E10 are never touched. The add-in's own sheet (its A1 is the marker) is
 * written again without asking unless the user changed a cell of it since (each NET_* name
 * records what its row held when written); names that already point where the plan puts
 * them are updated without asking. Anything else of the user's only after they confirm.
 */
import { parseAddress } from '../../sheet/a1';
import type { PaneContext } from '../pane-context';
import { translator } from '../i18n';
import { sameReference } from '../workbook/apply';
import { writeToWorkbook } from '../workbook/gateway';
import { blockedMessage } from '../workbook/messages';
import { Conflicts, boundingBox, findName, WorkbookWrite } from '../workbook/plan';
import { WorkbookState, rangeKey } from '../workbook/state';
import { NetworkSheetPlan } from './plan';
import { NetworkStrings, ReplaceQuestion } from './strings';
import { changedCells, recordComment } from './written-record';

export type NetworkWriteOutcome =
  | { readonly status: 'written' }
  | { readonly status: 'cancelled' }
  | { readonly status: 'blocked'; readonly message: string }
  | { readonly status: 'failed'; readonly message: string };

const markerAddress = 'A1';
const captionAddress = 'A2';

function buildNetworkSheet(sheet: Excel.Worksheet, plan: NetworkSheetPlan, placeTable: (name: string, address: string) => void): void {
  sheet.getRange(markerAddress).values = [[plan.marker]];
  sheet.getRange(captionAddress).values = [[plan.caption]];
  sheet.getRange(plan.tableAddress).values = plan.values.map((row) => [...row]);
  sheet.getRange(plan.valueAddress).numberFormat = plan.valueFormats.map((row) => [...row]);
  placeTable(plan.tableName, plan.tableAddress);
}

/** The box of every cell the write fills (A1:E10): what it compares, and what the question names. */
export function networkArea(plan: NetworkSheetPlan): string {
  return boundingBox([markerAddress, captionAddress, plan.tableAddress]) as string;
}

export function networkWrite(plan: NetworkSheetPlan): WorkbookWrite {
  return {
    sheets: [
      {
        name: plan.sheetName,
        tables: [plan.tableName],
        ranges: [markerAddress, captionAddress, plan.tableAddress],
        build: (sheet, placeTable) => buildNetworkSheet(sheet, plan, placeTable),
        style: (sheet) => {
          sheet.getRange(markerAddress).format.font.bold = true;
        },
      },
    ],
    names: plan.names.map((entry) => ({ name: entry.name, sheet: plan.sheetName, address: entry.address, comment: recordComment(plan, entry) })),
  };
}

/**
 * What of the user's a write would change: a Network sheet the add-in did not write, cells
 * of its own sheet changed since it wrote them, NET_* names that point elsewhere.
 */
export function foreignConflicts(plan: NetworkSheetPlan, conflicts: Conflicts, state: WorkbookState): ReplaceQuestion {
  const exists = conflicts.sheets.length > 0;
  const ours = state.firstCells[plan.sheetName] === plan.marker;
  const names = conflicts.names.filter((name) => {
    const existing = findName(Object.keys(state.names), name) as string;
    const planned = plan.names.find((entry) => entry.name === name);
    return planned === undefined || !sameReference(state.names[existing].formula, planned.formula);
  });
  const area = conflicts.areas[0]?.address ?? networkArea(plan);
  const sheet = exists && !ours ? { name: conflicts.sheets[0], address: area, table: plan.tableName, tableAddress: plan.tableAddress } : undefined;
  return { ...(sheet ? { sheet } : {}), changed: exists && ours ? changedSinceWritten(plan, state, conflicts.sheets[0]) : [], names };
}

/** Cells of the add-in's own sheet whose content is not what the previous write recorded. */
function changedSinceWritten(plan: NetworkSheetPlan, state: WorkbookState, sheet: string): ReplaceQuestion['changed'] {
  const grid = state.ranges?.[rangeKey(plan.sheetName, networkArea(plan))];
  if (grid === undefined) return [];
  const origin = parseAddress(networkArea(plan));
  const read = (address: string) => {
    const box = parseAddress(address);
    return grid[box.top - origin.top]?.[box.left - origin.left];
  };
  return plan.names.flatMap((entry) => {
    const name = findName(Object.keys(state.names), entry.name);
    if (name === undefined || !sameReference(state.names[name].formula, entry.formula)) return [];
    return changedCells(plan, entry, state.names[name].comment, read).map((cell) => ({ sheet, ...cell }));
  });
}

/** Writes the plan, asking first when something of the user's would change. Never throws. */
export async function writeNetworkInputs(pane: PaneContext, plan: NetworkSheetPlan, strings: NetworkStrings): Promise<NetworkWriteOutcome> {
  const outcome = await writeToWorkbook(pane, {
    peek: { firstCellOf: [plan.sheetName], ranges: [{ sheet: plan.sheetName, address: networkArea(plan) }] },
    prepare: () => networkWrite(plan),
    confirm: async (conflicts, state) => {
      const question = foreignConflicts(plan, conflicts, state);
      if (question.sheet === undefined && question.changed.length === 0 && question.names.length === 0) return true;
      return pane.confirm(strings.confirmReplace(question), strings.replaceLabel);
    },
  });
  switch (outcome.status) {
    case 'written':
    case 'cancelled':
      return { status: outcome.status };
    case 'blocked':
      return { status: 'blocked', message: blockedMessage(pane.locale, outcome.blocked) };
    case 'failed':
      return { status: 'failed', message: outcome.message };
    default:
      return { status: 'failed', message: translator(pane.locale)('workbookChanged') };
  }
}
