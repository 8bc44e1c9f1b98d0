/**
 * A portable copy of an .xlsx: a workbook that computes in any spreadsheet, without the
 * add-in. Every formula whose MINER.* calls all have a native formula is rewritten in plain
 * Excel syntax; every other one (a spilled table, a data look-up, a call with no native form)
 * keeps its last computed values and loses its formula, and a "Provenance" sheet lists each
 * such range with its original formula, why it was frozen, the add-in version and date, and
 * for bundled data its source and as-of date. Everything else in the package (styles, charts,
 * names, other formulas) is left byte for byte as it was; the original file is not touched.
 */
import JSZip from 'jszip';
import { parseAddress } from '../models/a1';
import type { FunctionDeclaration } from '../catalogue/types';
import { dataProvenance } from './data-provenance';
import { minerCalls } from './formula-calls';
import { rewriteNative } from './native-rewrite';
import { cachedValue, sheetCells, XmlCell } from './sheet-cells';
import { appendTextSheet, definedNames, dropCalcChain, readPart, sharedStrings, SheetPart, sheetParts } from './workbook-parts';
import { attribute, escapeXml, withoutAttribute } from './xml';

export interface PortableOptions {
  /** The add-in's version, written in the Provenance sheet. */
  readonly version: string;
  /** The conversion date, ISO (YYYY-MM-DD): the caller's clock, never read here. */
  readonly date: string;
  /** Every MINER.* function by ID (src/functions/registrations.ts). */
  readonly declarations: ReadonlyMap<string, FunctionDeclaration>;
}

export interface FrozenRange {
  readonly sheet: string;
  readonly range: string;
  readonly formula: string;
  readonly reason: string;
  readonly source?: string;
  readonly asOf?: string;
}

export interface PortableResult {
  readonly bytes: Uint8Array;
  readonly nativeCells: number;
  readonly frozen: readonly FrozenRange[];
}

export const provenanceHeader = ['sheet', 'cells', 'original formula', 'kept as', 'why', 'source', 'as of', 'add-in version', 'converted on'];

type Values = ReadonlyMap<string, ReadonlyMap<string, unknown>>;

/** The value an argument expression stands for: a literal, a cell, or a name of one cell. */
function argumentValue(expression: string, sheet: string, values: Values, names: ReadonlyMap<string, string>, depth = 0): unknown {
  const text = expression.trim();
  if (/^".*"$/s.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (text !== '' && !Number.isNaN(Number(text))) return Number(text);
  const named = names.get(text.toUpperCase());
  if (named !== undefined && depth < 4) return argumentValue(named, sheet, values, names, depth + 1);
  try {
    const box = parseAddress(text);
    if (box.left !== box.right || box.top !== box.bottom) return undefined;
    return values.get(box.sheet ?? sheet)?.get(`${box.left}:${box.top}`);
  } catch {
    return undefined;
  }
}

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

function convertSheet(sheet: SheetPart, xml: string, values: Values, names: ReadonlyMap<string, string>, options: PortableOptions): SheetOutcome {
  const cells = sheetCells(xml);
  // Shared formulas whose master calls MINER.*: every cell sharing it is frozen with it.
  const frozenShared = new Set<string>();
  for (const cell of cells) {
    const f = cell.formula;
    if (f && attribute(f.attributes, 't') === 'shared' && f.text && minerCalls(f.text).length > 0) frozenShared.add(attribute(f.attributes, 'si') ?? '');
  }
  const frozen: FrozenRange[] = [];
  let nativeCells = 0;
  let out = '';
  let at = 0;
  for (const cell of cells) {
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
        const data = options.declarations.get(rewrite.frozenBy)?.bundledData === true;
        const call = calls.find((c) => c.id === rewrite.frozenBy);
        const origin = data && call ? dataProvenance(call.id, call.args.map((arg) => argumentValue(arg, sheet.name, values, names))) : undefined;
        frozen.push({
          sheet: sheet.name,
          range: cell.address,
          formula: f.text,
          reason: data ? `reads bundled data (${rewrite.frozenBy})` : `${rewrite.frozenBy} has no native formula`,
          ...(origin ? { source: origin.source, asOf: origin.asOf } : {}),
        });
      }
    }
    out += xml.slice(at, cell.start) + replacement;
    at = cell.end;
  }
  return { xml: out + xml.slice(at), nativeCells, frozen };
}

/** A stored formula as a user reads it: `=MINER.HASHPRICE(B5,B6)`, not `_xldudf_MINER_HASHPRICE(B5,B6)`. */
export function displayFormula(stored: string): string {
  return `=${stored.replace(/_xldudf_MINER_/gi, 'MINER.')}`;
}

/** Converts the workbook's bytes; throws on a file that is not an .xlsx package. */
export async function makePortable(input: Uint8Array | ArrayBuffer, options: PortableOptions): Promise<PortableResult> {
  const zip = await JSZip.loadAsync(input);
  const sheets = await sheetParts(zip);
  const strings = await sharedStrings(zip);
  const names = await definedNames(zip);
  const xmlBySheet = new Map<string, string>();
  const values = new Map<string, Map<string, unknown>>();
  for (const sheet of sheets) {
    const xml = await readPart(zip, sheet.path);
    xmlBySheet.set(sheet.name, xml);
    values.set(sheet.name, new Map(sheetCells(xml).map((cell) => [cellKey(cell.address), cachedValue(cell, strings)])));
  }
  let nativeCells = 0;
  const frozen: FrozenRange[] = [];
  for (const sheet of sheets) {
    const outcome = convertSheet(sheet, xmlBySheet.get(sheet.name) as string, values, names, options);
    zip.file(sheet.path, outcome.xml);
    nativeCells += outcome.nativeCells;
    frozen.push(...outcome.frozen);
  }
  await dropCalcChain(zip);
  const rows = frozen.map((r) => [r.sheet, r.range, displayFormula(r.formula), 'values', r.reason, r.source ?? '', r.asOf ?? '', options.version, options.date]);
  await appendTextSheet(zip, 'Provenance', [provenanceHeader, ...rows]);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, nativeCells, frozen };
}
