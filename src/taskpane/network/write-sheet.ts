/**
 * The Excel side of "Write to workbook": read what already stands where the plan writes
 * (the Network sheet, its marker, the table name, the NET_* names), decide without Office
 * what may be written and what needs the user's consent, then write everything in one batch.
 * A sheet this add-in wrote is refreshed in place; anything else is replaced only after the
 * user confirms; a table of the same name on another sheet stops the write. Other sheets are
 * never touched.
 */
import type { PaneContext } from '../pane-context';
import { NetworkSheetPlan } from './plan';
import { NetworkStrings } from './strings';

/** What the workbook holds where the plan writes. */
export interface NetworkWorkbookState {
  readonly sheetExists: boolean;
  /** The sheet exists and its A1 is the add-in's marker. */
  readonly sheetIsOurs: boolean;
  /** The plan's names that exist, with their formulas. */
  readonly existingNames: Readonly<Record<string, string>>;
  /** The sheet of a table named like the plan's, if there is one. */
  readonly tableSheet?: string;
}

export type NetworkWriteDecision =
  | { readonly kind: 'blocked'; readonly tableSheet: string }
  | {
      readonly kind: 'write';
      /** create: no sheet; refresh: the add-in's own sheet; replace: someone else's, deleted first. */
      readonly sheet: 'create' | 'refresh' | 'replace';
      readonly addTable: boolean;
      /** Existing names to delete and add again. */
      readonly namesToReplace: readonly string[];
      readonly namesToAdd: readonly string[];
      /** What the user must agree to replace; absent when nothing of theirs is replaced. */
      readonly confirm?: { readonly sheet?: string; readonly names: readonly string[] };
    };

export type NetworkWriteOutcome =
  | { readonly status: 'written' }
  | { readonly status: 'cancelled' }
  | { readonly status: 'blocked'; readonly tableSheet: string }
  | { readonly status: 'failed'; readonly message: string };

/** A temporary name for the new sheet while the one it replaces is deleted (a workbook must keep a sheet). */
const replacementSheetSuffix = ' (new)';

/** Reads the state in two round trips: what exists, then the marker, formulas and table sheet. */
export async function readNetworkWorkbookState(context: Excel.RequestContext, plan: NetworkSheetPlan): Promise<NetworkWorkbookState> {
  const workbook = context.workbook;
  const sheet = workbook.worksheets.getItemOrNullObject(plan.sheetName);
  const names = plan.names.map((entry) => workbook.names.getItemOrNullObject(entry.name));
  const table = workbook.tables.getItemOrNullObject(plan.tableName);
  await context.sync();

  const marker = sheet.isNullObject ? undefined : sheet.getRange('A1').load('values');
  const presentNames = names.filter((name) => !name.isNullObject).map((name) => name.load('name, formula'));
  const tableSheet = table.isNullObject ? undefined : table.worksheet.load('name');
  await context.sync();

  const existingNames: Record<string, string> = {};
  for (const name of presentNames) existingNames[name.name] = name.formula;
  return {
    sheetExists: !sheet.isNullObject,
    sheetIsOurs: marker !== undefined && marker.values[0][0] === plan.marker,
    existingNames,
    tableSheet: tableSheet?.name,
  };
}

/** Decides what to write; pure. */
export function decideNetworkWrite(plan: NetworkSheetPlan, state: NetworkWorkbookState): NetworkWriteDecision {
  if (state.tableSheet !== undefined && state.tableSheet !== plan.sheetName) return { kind: 'blocked', tableSheet: state.tableSheet };
  const sheet = !state.sheetExists ? 'create' : state.sheetIsOurs ? 'refresh' : 'replace';
  const namesToReplace: string[] = [];
  const namesToAdd: string[] = [];
  const foreignNames: string[] = [];
  for (const entry of plan.names) {
    const formula = state.existingNames[entry.name];
    if (formula === undefined) {
      namesToAdd.push(entry.name);
      continue;
    }
    const pointsToPlan = sameReference(formula, entry.formula);
    if (!pointsToPlan) foreignNames.push(entry.name);
    // A name on a sheet about to be deleted would turn into #REF!: it is added again.
    if (!pointsToPlan || sheet !== 'refresh') namesToReplace.push(entry.name);
  }
  const confirmSheet = sheet === 'replace' ? plan.sheetName : undefined;
  const needsConfirm = confirmSheet !== undefined || foreignNames.length > 0;
  return {
    kind: 'write',
    sheet,
    addTable: sheet !== 'refresh' || state.tableSheet === undefined,
    namesToReplace,
    namesToAdd,
    ...(needsConfirm ? { confirm: { sheet: confirmSheet, names: foreignNames } } : {}),
  };
}

/** Writes the plan as decided, in one batch (one sync). */
export async function writeNetworkSheet(
  context: Excel.RequestContext,
  plan: NetworkSheetPlan,
  decision: Extract<NetworkWriteDecision, { kind: 'write' }>,
): Promise<void> {
  const workbook = context.workbook;
  for (const name of decision.namesToReplace) workbook.names.getItem(name).delete();
  let sheet: Excel.Worksheet;
  if (decision.sheet === 'refresh') {
    sheet = workbook.worksheets.getItem(plan.sheetName);
  } else if (decision.sheet === 'create') {
    sheet = workbook.worksheets.add(plan.sheetName);
  } else {
    sheet = workbook.worksheets.add(plan.sheetName + replacementSheetSuffix);
    workbook.worksheets.getItem(plan.sheetName).delete();
    sheet.name = plan.sheetName;
  }
  const title = sheet.getRange('A1');
  title.values = [[plan.marker]];
  title.format.font.bold = true;
  sheet.getRange('A2').values = [[plan.caption]];
  sheet.getRange(plan.tableAddress).values = plan.values.map((row) => [...row]);
  sheet.getRange(plan.valueAddress).numberFormat = plan.valueFormats.map((row) => [...row]);
  if (decision.addTable) sheet.tables.add(plan.tableAddress, true).name = plan.tableName;
  const writtenNames = new Set([...decision.namesToReplace, ...decision.namesToAdd]);
  for (const entry of plan.names) {
    if (writtenNames.has(entry.name)) workbook.names.add(entry.name, sheet.getRange(entry.address), `${plan.tableName}: ${entry.name}`);
  }
  await context.sync();
}

/**
 * Reads, decides, asks when something of the user's would be replaced, then writes. Never
 * throws: an Excel failure comes back as `failed` with its message.
 */
export async function writeNetworkInputs(pane: PaneContext, plan: NetworkSheetPlan, strings: NetworkStrings): Promise<NetworkWriteOutcome> {
  try {
    const state = await pane.runExcel((context) => readNetworkWorkbookState(context, plan));
    const decision = decideNetworkWrite(plan, state);
    if (decision.kind === 'blocked') return { status: 'blocked', tableSheet: decision.tableSheet };
    if (decision.confirm) {
      const agreed = await pane.confirm(strings.confirmReplace(decision.confirm.sheet, decision.confirm.names), strings.replaceLabel);
      if (!agreed) return { status: 'cancelled' };
    }
    await pane.runExcel((context) => writeNetworkSheet(context, plan, decision));
    return { status: 'written' };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether two name formulas refer to the same place (`=Network!$B$5`, `='Network'!$B$5`). */
function sameReference(a: string, b: string): boolean {
  const normalise = (formula: string): string => formula.replace(/'/g, '').replace(/\s/g, '').toLowerCase();
  return normalise(a) === normalise(b);
}
