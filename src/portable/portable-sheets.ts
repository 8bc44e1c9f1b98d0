/**
 * A portable copy of a workbook's sheets inside the workbook itself, planned without Office
 * (the task pane's "Make a portable copy" writes the plan through the workbook gateway): each
 * sheet becomes "<name> (portable)" with its values and number formats, its formulas pointed
 * at the other copies, every MINER.* formula with a native form rewritten, the others kept as
 * their values; a "Provenance" sheet lists what was kept as values. The originals are read only.
 */
import type { FunctionDeclaration } from '../catalogue/types';
import { a1, parseAddress } from '../models/a1';
import { argumentValue } from './argument-value';
import { minerCalls } from './formula-calls';
import { rewriteNative } from './native-rewrite';
import { CopyStamp, FrozenRange, frozenCall, provenanceRows } from './provenance';
import { renameSheetReferences } from './sheet-references';

/** A sheet's used range as Office.js reads it. */
export interface SheetContent {
  readonly name: string;
  /** The used range's address, `Sheet1!A1:F20` (or A1 for an empty sheet). */
  readonly address: string;
  readonly formulas: readonly (readonly unknown[])[];
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly string[])[];
}

export interface PortableSheet {
  readonly source: string;
  readonly name: string;
  /** Where the grids go on the new sheet (the used range's own address). */
  readonly address: string;
  /** Formulas and values to write (a value stands as itself). */
  readonly formulas: unknown[][];
  readonly numberFormat: string[][];
}

export interface PortablePlan {
  readonly sheets: readonly PortableSheet[];
  readonly provenance: { readonly name: string; readonly rows: string[][] };
  readonly nativeCells: number;
  readonly frozen: readonly FrozenRange[];
}

export const portableSuffix = ' (portable)';
export const provenanceSheet = 'Provenance';
/** Excel's longest sheet name. */
const maxSheetName = 31;

export function portableName(sheet: string): string {
  return sheet.slice(0, maxSheetName - portableSuffix.length) + portableSuffix;
}

/** The sheets a copy is made of: not earlier copies, not their Provenance sheet. */
export function copiedSheets(sheets: readonly string[]): string[] {
  return sheets.filter((name) => !name.endsWith(portableSuffix) && name !== provenanceSheet);
}

export function planPortableSheets(sheets: readonly SheetContent[], declarations: ReadonlyMap<string, FunctionDeclaration>, stamp: CopyStamp): PortablePlan {
  const renames = new Map(sheets.map((sheet) => [sheet.name, portableName(sheet.name)]));
  const boxes = new Map(sheets.map((sheet) => [sheet.name, parseAddress(sheet.address)]));
  const lookup = (name: string, column: number, row: number): unknown => {
    const box = boxes.get(name);
    const content = sheets.find((sheet) => sheet.name === name);
    return box && content ? content.values[row - box.top]?.[column - box.left] : undefined;
  };
  const frozen: FrozenRange[] = [];
  let nativeCells = 0;
  const planned = sheets.map((sheet) => {
    const box = boxes.get(sheet.name) as ReturnType<typeof parseAddress>;
    const formulas = sheet.formulas.map((row, r) =>
      row.map((formula, c) => {
        if (typeof formula !== 'string' || !formula.startsWith('=')) return sheet.values[r][c];
        const text = formula.slice(1);
        const calls = minerCalls(text);
        if (calls.length === 0) return `=${renameSheetReferences(text, renames)}`;
        const rewrite = rewriteNative(text, declarations);
        if ('formula' in rewrite) {
          nativeCells++;
          return `=${renameSheetReferences(rewrite.formula, renames)}`;
        }
        const where = { sheet: sheet.name, range: a1(box.top - 1 + r, box.left + c), formula: text };
        const call = calls.find((found) => found.id === rewrite.frozenBy);
        frozen.push(frozenCall(where, call, declarations, (found) => found.args.map((arg) => argumentValue(arg, sheet.name, lookup))));
        return sheet.values[r][c];
      }),
    );
    const address = sheet.address.slice(sheet.address.lastIndexOf('!') + 1);
    return { source: sheet.name, name: portableName(sheet.name), address, formulas, numberFormat: sheet.numberFormat.map((row) => [...row]) };
  });
  return { sheets: planned, provenance: { name: provenanceSheet, rows: provenanceRows(frozen, stamp) }, nativeCells, frozen };
}
