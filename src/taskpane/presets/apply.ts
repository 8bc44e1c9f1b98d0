/**
 * Writes a PresetInsertPlan into the workbook inside one Excel.run: one sync to learn whether
 * the preset's sheet, tables and names exist (and, only if a table exists, one more to learn
 * where it is), then the writes and one final sync. It writes only on the preset's own sheet
 * and its own names; anything that already exists is replaced only after confirmReplace says
 * yes, and a refusal leaves the workbook exactly as it was.
 *
 * A table that exists on the preset's sheet is resized and refilled rather than deleted, so
 * formulas that refer to it (IREN_Contracts[term_years]) keep working; an existing name gets
 * the new reference. Requires ExcelApi 1.13 (Table.resize), which the shared runtime implies.
 */
import { CellBox, boxAddress, columnLetters, parseAddress } from '../../models/a1';
import { boxDifference } from '../excel-names';
import { PresetInsertPlan, TablePlan, formulaColumnWrites, tableNumberFormats, tableValues } from './plan';

/** What exists already and would be replaced. */
export interface ReplaceConflicts {
  sheet?: string;
  tables: string[];
  names: string[];
}

export type ApplyResult =
  | { status: 'written'; replaced: boolean }
  | { status: 'cancelled'; conflicts: ReplaceConflicts }
  /** A table of that name is on another sheet: nothing was written. */
  | { status: 'blocked'; table: string; sheet: string };

export interface ApplyOptions {
  /** Asked once, before anything is written, when any of the plan's sheet, tables or names exists. */
  confirmReplace(conflicts: ReplaceConflicts): Promise<boolean>;
}

const titleFontSize = 14;
const subtitleColor = '#616161';

export function hasConflicts(conflicts: ReplaceConflicts): boolean {
  return conflicts.sheet !== undefined || conflicts.tables.length > 0 || conflicts.names.length > 0;
}

/** Writes one table: refills and resizes it when it exists where the plan puts it, else creates it. */
function writeTable(
  sheet: Excel.Worksheet,
  plan: TablePlan,
  existing: { table: Excel.Table; box: CellBox } | undefined,
): void {
  const box = parseAddress(plan.address);
  const reusable = existing !== undefined && existing.box.left === box.left && existing.box.top === box.top;
  if (existing && reusable) {
    existing.table.resize(plan.address);
    for (const leftover of boxDifference(existing.box, box)) sheet.getRange(boxAddress(leftover)).clear();
  } else if (existing) {
    existing.table.delete();
  }
  const range = sheet.getRange(plan.address);
  range.numberFormat = tableNumberFormats(plan);
  range.values = tableValues(plan);
  if (!reusable) sheet.tables.add(plan.address, true).name = plan.name;
  for (const write of formulaColumnWrites(plan)) sheet.getRange(write.address).formulas = write.formulas;
  plan.columnWidths.forEach((width, offset) => {
    const column = columnLetters(box.left + offset);
    sheet.getRange(`${column}:${column}`).format.columnWidth = width;
  });
}

export async function applyPlan(context: Excel.RequestContext, plan: PresetInsertPlan, options: ApplyOptions): Promise<ApplyResult> {
  const { workbook } = context;
  const sheet = workbook.worksheets.getItemOrNullObject(plan.sheetName);
  const tables = plan.tables.map((table) => workbook.tables.getItemOrNullObject(table.name));
  const names = plan.names.map((name) => workbook.names.getItemOrNullObject(name.name));
  for (const item of [sheet, ...tables, ...names]) item.load('isNullObject');
  await context.sync();

  const found = tables.map((table) =>
    table.isNullObject ? undefined : { table, worksheet: table.worksheet.load('name'), range: table.getRange().load('address') },
  );
  if (found.some(Boolean)) await context.sync();
  for (const [index, place] of found.entries()) {
    if (place && place.worksheet.name !== plan.sheetName) {
      return { status: 'blocked', table: plan.tables[index].name, sheet: place.worksheet.name };
    }
  }

  const conflicts: ReplaceConflicts = {
    ...(sheet.isNullObject ? {} : { sheet: plan.sheetName }),
    tables: plan.tables.filter((_, index) => found[index]).map((table) => table.name),
    names: plan.names.filter((_, index) => !names[index].isNullObject).map((name) => name.name),
  };
  const replacing = hasConflicts(conflicts);
  if (replacing && !(await options.confirmReplace(conflicts))) return { status: 'cancelled', conflicts };

  const target = sheet.isNullObject ? workbook.worksheets.add(plan.sheetName) : sheet;
  for (const heading of plan.headings) {
    const cell = target.getRange(heading.address);
    cell.values = [[heading.text]];
    if (heading.style === 'title') {
      cell.format.font.bold = true;
      cell.format.font.size = titleFontSize;
    } else {
      cell.format.font.color = subtitleColor;
    }
  }
  plan.tables.forEach((tablePlan, index) => {
    const place = found[index];
    writeTable(target, tablePlan, place && { table: place.table, box: parseAddress(place.range.address) });
  });
  for (const link of plan.links) target.getRange(link.address).hyperlink = { address: link.url, textToDisplay: link.url };
  plan.names.forEach((namePlan, index) => {
    const existing = names[index];
    if (existing.isNullObject) {
      workbook.names.add(namePlan.name, namePlan.reference, namePlan.comment);
    } else {
      existing.formula = namePlan.reference;
      existing.comment = namePlan.comment;
    }
  });
  target.activate();
  await context.sync();
  return { status: 'written', replaced: replacing };
}
