/**
 * A portable copy of an .xlsx: a workbook that computes in any spreadsheet, without the
 * add-in. Every formula whose MINER.* calls all have a native formula is rewritten in plain
 * Excel syntax; every other one (a spilled table, a data look-up, a call with no native form)
 * keeps its last computed values and loses its formula, and a "Provenance" sheet lists each
 * such range with its original formula, why it was frozen, the add-in version and date, and
 * for bundled data its source and as-of date; on the sheet itself each such range is filled in
 * the "kept as values" colour with a note on its first cell (frozen-marks.ts). Everything else
 * in the package (charts, names, other formulas, the other styles) is left as it was; the
 * original file is not touched.
 */
import JSZip from 'jszip';
import { parseAddress } from '../sheet/a1';
import { argumentValue, argumentValueOrRange } from './argument-value';
import type { FunctionDeclaration } from '../catalogue/types';
import { minerCalls } from './formula-calls';
import { rewriteNative } from './native-rewrite';
import { inTable, NativeTableRange, spilledNativeTable, tableCell, tableDataRanges } from './native-tables';
import { addNotes, frozenCellStyles, frozenMarks, restyledCells, stylesWithFrozenFill } from './frozen-marks';
import { checkDeclaredSizes } from './part-size-limits';
import { CopyStamp, FrozenRange, frozenCall, provenanceRows } from './provenance';
import { cachedValue, sheetCells, XmlCell } from './sheet-cells';
import { appendTextSheet, definedNames, dropCalcChain, readPart, respellPart, sharedStrings, SheetPart, sheetParts } from './workbook-parts';
import { attribute, escapeXml, withoutAttribute } from './xml';

export interface PortableOptions extends CopyStamp {
  /** Every MINER.* function by ID (src/functions/registrations.ts). */
  readonly declarations: ReadonlyMap<string, FunctionDeclaration>;
}

export interface PortableResult {
  readonly bytes: Uint8Array;
  readonly nativeCells: number;
  readonly frozen: readonly FrozenRange[];
}

type Values = ReadonlyMap<string, ReadonlyMap<string, unknown>>;

function cellKey(address: string): string {
  const box = parseAddress(address);
  return `${box.left}:${box.top}`;
}

/** A cell without its formula: its cached text becomes an inline string, the rest stays. */
function frozenCell(cell: XmlCell): string {
  let attributes = withoutAttribute(cell.attributes, 'cm');
  let rest = cell.rest;
  if (attribute(attributes, 't') === 'str') {
    const v = /<v>([\s\S]*?)<\/v>/.exec(rest);
    attributes = withoutAttribute(attributes, 't') + ' t="inlineStr"';
    rest = `<is><t xml:space="preserve">${v ? v[1] : ''}</t></is>`;
  }
  return rest === '' ? `<c${attributes}/>` : `<c${attributes}>${rest}</c>`;
}

function nativeCell(cell: XmlCell, formula: string): string {
  return `<c${withoutAttribute(cell.attributes, 'cm')}><f>${escapeXml(formula)}</f>${cell.rest}</c>`;
}

interface SheetOutcome {
  readonly xml: string;
  readonly nativeCells: number;
  readonly frozen: FrozenRange[];
}

function convertSheet(sheet: SheetPart, xml: string, cells: readonly XmlCell[], values: Values, names: ReadonlyMap<string, string>, strings: readonly string[], options: PortableOptions): SheetOutcome {
  // Shared formulas whose master calls MINER.*: every cell sharing it is frozen with it.
  const frozenShared = new Set<string>();
  // Spilled calls with a native table form: every cell of their range becomes a formula.
  const tables: NativeTableRange[] = [];
  const frozen: FrozenRange[] = [];
  const lookup = (name: string, column: number, row: number) => values.get(name)?.get(`${column}:${row}`);
  const valueOf = (expression: string) => argumentValueOrRange(expression, sheet.name, lookup, names);
  for (const cell of cells) {
    const f = cell.formula;
    if (f && attribute(f.attributes, 't') === 'shared' && f.text && minerCalls(f.text).length > 0) frozenShared.add(attribute(f.attributes, 'si') ?? '');
    const ref = f && attribute(f.attributes, 't') === 'array' ? attribute(f.attributes, 'ref') : undefined;
    const table = ref && f ? spilledNativeTable(f.text, ref, options.declarations, valueOf) : undefined;
    if (table) tables.push(table);
    if (table && f) frozen.push(...tableDataRanges(table, sheet.name, f.text));
  }
  let nativeCells = 0;
  let out = '';
  let at = 0;
  for (const cell of cells) {
    const table = tables.find((range) => inTable(range, cell.address));
    if (table) {
      const written = tableCell(cell, table, strings);
      if (written.formula) nativeCells++;
      out += xml.slice(at, cell.start) + written.xml;
      at = cell.end;
      continue;
    }
    const f = cell.formula;
    if (!f) continue;
    const kind = attribute(f.attributes, 't');
    const shared = kind === 'shared' && frozenShared.has(attribute(f.attributes, 'si') ?? '');
    const calls = minerCalls(f.text);
    if (!shared && calls.length === 0) continue;
    let replacement: string;
    if (shared || kind === 'array') {
      replacement = frozenCell(cell);
      if (f.text) {
        const reason = kind === 'array' ? 'spills a table (kept as its values)' : 'a shared formula that calls the add-in';
        frozen.push({ sheet: sheet.name, range: attribute(f.attributes, 'ref') ?? cell.address, formula: f.text, reason });
      }
    } else {
      const rewrite = rewriteNative(f.text, options.declarations);
      if ('formula' in rewrite) {
        replacement = nativeCell(cell, rewrite.formula);
        nativeCells++;
      } else {
        replacement = frozenCell(cell);
        const where = { sheet: sheet.name, range: cell.address, formula: f.text };
        const call = calls.find((c) => c.id === rewrite.frozenBy);
        frozen.push(frozenCall(where, call, options.declarations, (c) => c.args.map((arg) => argumentValue(arg, sheet.name, lookup, names))));
      }
    }
    out += xml.slice(at, cell.start) + replacement;
    at = cell.end;
  }
  return { xml: out + xml.slice(at), nativeCells, frozen };
}

/**
 * Converts the workbook's bytes; throws on a file that is not an .xlsx package, one whose XML
 * parts inflate past the limits of part-size-limits.ts, or one with a part that is not
 * well-formed XML (the message names the part, line and column). Parts are read with the XML
 * parser, by namespace: a file written with prefixes (`<x:c>`) is copied like any other.
 */
export async function makePortable(input: Uint8Array | ArrayBuffer, options: PortableOptions): Promise<PortableResult> {
  checkDeclaredSizes(input instanceof Uint8Array ? input : new Uint8Array(input));
  const zip = await JSZip.loadAsync(input);
  const sheets = await sheetParts(zip);
  const strings = await sharedStrings(zip);
  const names = await definedNames(zip);
  const read = new Map<string, { xml: string; cells: XmlCell[] }>();
  const values = new Map<string, Map<string, unknown>>();
  for (const sheet of sheets) {
    const xml = await readPart(zip, sheet.path);
    const cells = sheetCells(xml, sheet.path);
    read.set(sheet.name, { xml, cells });
    values.set(sheet.name, new Map(cells.map((cell) => [cellKey(cell.address), cachedValue(cell, strings)])));
  }
  let nativeCells = 0;
  const frozen: FrozenRange[] = [];
  const converted = sheets.map((sheet) => {
    const { xml, cells } = read.get(sheet.name) as { xml: string; cells: XmlCell[] };
    const outcome = convertSheet(sheet, xml, cells, values, names, strings, options);
    nativeCells += outcome.nativeCells;
    frozen.push(...outcome.frozen);
    return { sheet, xml: outcome.xml, marks: frozenMarks(outcome.frozen) };
  });
  const cellStyles = converted.map(({ xml, marks }) => frozenCellStyles(xml, marks.cells));
  const styles = zip.file('xl/styles.xml') ? stylesWithFrozenFill(await readPart(zip, 'xl/styles.xml'), new Set(cellStyles.flatMap((m) => [...m.values()]))) : undefined;
  if (styles) zip.file('xl/styles.xml', styles.xml);
  for (const [i, { sheet, xml, marks }] of converted.entries()) {
    const restyled = styles ? restyledCells(xml, cellStyles[i], styles.styleOf) : xml;
    // Each sheet's note shapes take ids of their own block of 1,024, as Excel numbers them.
    zip.file(sheet.path, await addNotes(zip, sheet.path, restyled, marks.notes, 1024 * (i + 1) + 1));
  }
  await respellPart(zip, 'xl/sharedStrings.xml');
  await dropCalcChain(zip);
  await appendTextSheet(zip, 'Provenance', provenanceRows(frozen, options));
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, nativeCells, frozen };
}
