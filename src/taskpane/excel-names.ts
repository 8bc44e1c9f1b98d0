/**
 * Excel's rules for what the pane writes: defined names and table names, sheet names (A1
 * addresses are in src/models/a1). Pure, so the plan functions can be checked without Excel.
 */
import { CellBox, boxAddress } from '../sheet/a1';

/** Excel's limits on a sheet's name and on a defined name. */
export const maxSheetNameLength = 31;
export const maxNameLength = 255;

/** A sheet name quoted for a formula or a name's reference: 'IREN', 'O''Brien'. Quoting is always valid. */
export function quoteSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** ="'IREN'!$B$5": the reference of a defined name to a cell or range on a sheet. */
export function sheetReference(sheetName: string, box: CellBox): string {
  return `=${quoteSheetName(sheetName)}!${boxAddress(box, true)}`;
}

/** Why Excel refuses a sheet name, in the words the pane's messages pick from. */
export type SheetNameProblem = 'blank' | 'tooLong' | 'character' | 'apostrophe' | 'reserved';

/**
 * Excel's rules for a sheet name: 1 to 31 characters, none of \ / ? * [ ] :, not starting or
 * ending with an apostrophe, and not the reserved "History". Undefined when Excel accepts it.
 */
export function sheetNameProblem(name: string): SheetNameProblem | undefined {
  if (name.trim().length === 0) return 'blank';
  if (name.length > maxSheetNameLength) return 'tooLong';
  if (/[\\/?*[\]:]/.test(name)) return 'character';
  if (name.startsWith("'") || name.endsWith("'")) return 'apostrophe';
  return name.toLowerCase() === 'history' ? 'reserved' : undefined;
}

export function isValidSheetName(name: string): boolean {
  return sheetNameProblem(name) === undefined;
}

/**
 * Whether a defined name or table name is one Excel accepts: up to 255 characters; a letter,
 * underscore or backslash first, then letters, digits, underscores and periods; not "R" or
 * "C"; not TRUE or FALSE; not an R1C1 reference (R2C3, RC, R4, C7); and not letters followed
 * by digits. The last rule is stricter than Excel's (which refuses only real A1 cells, A1 to
 * XFD1048576): a name such as IREN1 looks like a cell to a reader and would become one if the
 * grid grew, so it is refused too.
 */
export function isValidExcelName(name: string): boolean {
  if (name.length < 1 || name.length > maxNameLength) return false;
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) return false;
  if (/^(true|false)$/i.test(name)) return false;
  if (/^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name)) return false;
  return !/^[A-Za-z]+\d+$/.test(name);
}
