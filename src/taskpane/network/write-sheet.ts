/**
 * "Write to workbook" through the workbook gateway: the Network sheet written whole (marker,
 * caption, the Network_Inputs table) and one NET_* name per value cell. The gateway builds
 * the new sheet beside the old one and re-points existing NET_* names at it before the old
 * sheet goes, so a formula using a name never loses it. The add-in's own sheet (its A1 is the
 * marker) and names that already point where the plan puts them are replaced without asking;
 * anything else of the user's only after they confirm. A table of the same name on another
 * sheet stops the write. Other sheets are never touched.
 */
import type { PaneContext } from '../pane-context';
import { translator } from '../i18n';
import { writeToWorkbook } from '../workbook/gateway';
import { Conflicts, findName, WorkbookWrite } from '../workbook/plan';
import type { WorkbookState } from '../workbook/state';
import { NetworkSheetPlan } from './plan';
import { NetworkStrings } from './strings';

export type NetworkWriteOutcome =
  | { readonly status: 'written' }
  | { readonly status: 'cancelled' }
  | { readonly status: 'blocked'; readonly tableSheet: string }
  | { readonly status: 'failed'; readonly message: string };

function buildNetworkSheet(sheet: Excel.Worksheet, plan: NetworkSheetPlan, tableName: string): void {
  const title = sheet.getRange('A1');
  title.values = [[plan.marker]];
  title.format.font.bold = true;
  sheet.getRange('A2').values = [[plan.caption]];
  sheet.getRange(plan.tableAddress).values = plan.values.map((row) => [...row]);
  sheet.getRange(plan.valueAddress).numberFormat = plan.valueFormats.map((row) => [...row]);
  sheet.tables.add(plan.tableAddress, true).name = tableName;
}

export function networkWrite(plan: NetworkSheetPlan): WorkbookWrite {
  return {
    sheets: [{ name: plan.sheetName, tables: [plan.tableName], build: (sheet, tableName) => buildNetworkSheet(sheet, plan, tableName(plan.tableName)) }],
    names: plan.names.map((entry) => ({ name: entry.name, sheet: plan.sheetName, address: entry.address, comment: `${plan.tableName}: ${entry.name}` })),
  };
}

/** What of the user's a write would replace: a Network sheet the add-in did not write, NET_* names that point elsewhere. */
export function foreignConflicts(plan: NetworkSheetPlan, conflicts: Conflicts, state: WorkbookState): { sheet?: string; names: string[] } {
  const ours = state.firstCells[plan.sheetName] === plan.marker;
  const names = conflicts.names.filter((name) => {
    const existing = findName(Object.keys(state.names), name) as string;
    const planned = plan.names.find((entry) => entry.name === name);
    return planned === undefined || !sameReference(state.names[existing].formula, planned.formula);
  });
  return { ...(conflicts.sheets.length > 0 && !ours ? { sheet: plan.sheetName } : {}), names };
}

/** Writes the plan, asking first when something of the user's would be replaced. Never throws. */
export async function writeNetworkInputs(pane: PaneContext, plan: NetworkSheetPlan, strings: NetworkStrings): Promise<NetworkWriteOutcome> {
  const outcome = await writeToWorkbook(pane, {
    peek: { firstCellOf: [plan.sheetName] },
    prepare: () => networkWrite(plan),
    confirm: async (conflicts, state) => {
      const foreign = foreignConflicts(plan, conflicts, state);
      if (foreign.sheet === undefined && foreign.names.length === 0) return true;
      return pane.confirm(strings.confirmReplace(foreign.sheet, foreign.names), strings.replaceLabel);
    },
  });
  switch (outcome.status) {
    case 'written':
    case 'cancelled':
      return { status: outcome.status };
    case 'blocked':
      return { status: 'blocked', tableSheet: outcome.sheet };
    case 'failed':
      return { status: 'failed', message: outcome.message };
    default:
      return { status: 'failed', message: translator(pane.locale)('workbookChanged') };
  }
}

/** Whether two name formulas refer to the same place (`=Network!$B$5`, `='Network'!$B$5`). */
function sameReference(a: string, b: string): boolean {
  const normalise = (formula: string): string => formula.replace(/'/g, '').replace(/\s/g, '').toLowerCase();
  return normalise(a) === normalise(b);
}
