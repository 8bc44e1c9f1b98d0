/**
 * The parts of the input-perturbation check of the portable copies (test/portable/perturbation.test.ts):
 * how an analyst changes an input, the model's plan and its portable copy with that input
 * changed, the cells a copy keeps as values (its Provenance sheet) and the result cells that
 * stay comparable, and how a recomputed cell is compared with the add-in's value.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { a1, parseAddress } from '../../src/sheet/a1';
import { ModelDefinition } from '../../src/models/common';
import { PlannedCell, PlannedInput, WorkbookPlan } from '../../src/models/plan';
import { CellValue, Expr, isErrorValue, Scalar } from '../../src/sheet/formula-tree';
import { sheetCells } from '../../src/portable/sheet-cells';
import { sheetParts } from '../../src/portable/workbook-parts';
import { escapeXml } from '../../src/portable/xml';
import { computePlan, Computed, Registry } from '../../tools/workbooks/calc';
import { relativeDifference } from './tolerance';

/** An input of a plan, with the sheet it stands on. */
export interface ModelInput {
  readonly sheet: string;
  readonly input: PlannedInput;
}

export function modelInputs(plan: WorkbookPlan): ModelInput[] {
  return plan.sheets.flatMap((sheet) => sheet.inputs.map((input) => ({ sheet: sheet.name, input })));
}

/** Each input's unit as the English plan of its model names it (a Japanese plan names units in Japanese), by key. */
export function unitsByKey(model: ModelDefinition): Map<string, string> {
  return new Map(modelInputs(model.build({ locale: 'en' })).map(({ input }) => [input.key, input.unit]));
}

/** What a zero amount becomes, by unit: ×1.25 leaves it at zero, so an analyst types a first figure. */
const firstAmount: Readonly<Record<string, number>> = {
  'USD/PH/day': 2,
  'USD/MW-yr': 50_000,
  'USD/EH/s': 10_000_000,
  'USD/GPU-yr': 1_000,
};

/** Blocks a week holds: a start height a week later. */
const blocksPerWeek = 1_008;

/**
 * The change an analyst makes to an input, by its unit: a date 45 days later, a count one
 * fewer (a seed the next one, a block height a week on), a share or rate 0.01 more (0.01 less
 * where a share would pass 1), a flag the other way, an hour's
 * power price halved, any other
 * amount ×1.25 (a first figure where it is 0). Text (a ticker, a machine) has no such change.
 */
export function analystChange(input: PlannedInput, value: CellValue): { readonly to: Scalar; readonly how: string } {
  const { unit } = input;
  if (typeof value === 'boolean') return { to: !value, how: 'the other way' };
  if (typeof value !== 'number') throw new Error(`${input.key}: no analyst change for ${JSON.stringify(value)} (${unit})`);
  if (unit === 'date') return { to: value + 45, how: '+45 days' };
  if (unit === 'seed') return { to: value + 1, how: 'the next seed' };
  if (unit === 'blocks') return { to: value + blocksPerWeek, how: `+${blocksPerWeek} blocks (a week)` };
  if (['months', 'years', 'paths'].includes(unit)) return { to: value - 1, how: '−1' };
  // An hour priced above the price at which mining pays stays off however much dearer it gets: halve it.
  if (unit === 'USD/MWh') return { to: value / 2, how: '×0.5' };
  if (unit.startsWith('share')) {
    const up = value + 0.01;
    return unit === 'share' && up > 1 ? { to: value - 0.01, how: '−0.01' } : { to: up, how: '+0.01' };
  }
  if (value === 0) {
    const first = firstAmount[unit];
    if (first === undefined) throw new Error(`${input.key}: no first figure for a zero amount in ${unit}`);
    return { to: first, how: `0 → ${first}` };
  }
  return { to: value * 1.25, how: '×1.25' };
}

/** The plan with input cells of one sheet holding new values (a formula input, a data read, becomes its value). */
export function planWithInputs(plan: WorkbookPlan, sheet: string, changes: Iterable<readonly [PlannedInput, Scalar]>): WorkbookPlan {
  const to = new Map([...changes].map(([input, value]) => [`${input.row}:${input.col}`, value]));
  return {
    ...plan,
    sheets: plan.sheets.map((s) =>
      s.name !== sheet
        ? s
        : {
            ...s,
            cells: s.cells.map((cell) => {
              const key = `${cell.row}:${cell.col}`;
              if (!to.has(key)) return cell;
              const { formula: _dropped, ...rest } = cell;
              return { ...rest, value: to.get(key) as Scalar };
            }),
          },
    ),
  };
}

/** Rows and columns of each spill anchor, by "sheet!row:col". */
type SpillSizes = Map<string, { rows: number; cols: number }>;

const sized = /^(.+)!(\d+):(\d+)@(\d+)x(\d+):([A-Z_]+)$/;

/** The plan with each spill anchor of the given size, and its call named with its place and that size. */
function withSpillSizes(plan: WorkbookPlan, sizes: SpillSizes): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((cell): PlannedCell => {
        const formula = cell.formula;
        if (!cell.spill || formula?.kind !== 'miner') return cell;
        const place = `${sheet.name}!${cell.row}:${cell.col}`;
        const size = sizes.get(place) ?? cell.spill;
        return { ...cell, spill: { ...cell.spill, ...size }, formula: { ...formula, id: `${place}@${size.rows}x${size.cols}:${formula.id}` } };
      }),
    })),
  };
}

/**
 * The add-in's workbook calculation of a plan whose tables may spill to another size than
 * planned (a horizon one month shorter): each table takes the size its function returns, the
 * cells past it are blank, as a spill is in Excel. The sizes are found by calculating with the
 * planned ones (a table cut or padded to them) until every table returns the size it was given.
 */
export function calculateWithSpills(plan: WorkbookPlan, registry: Registry): Computed {
  let sizes: SpillSizes = new Map();
  for (let round = 0; round < 5; round++) {
    const returned: SpillSizes = new Map();
    const sizing: Registry = (id) => {
      const match = sized.exec(id);
      if (!match) return registry(id);
      const [, sheet, row, col, rows, cols, fnId] = match;
      const fn = registry(fnId);
      if (!fn) return undefined;
      return (...args: unknown[]) => {
        let table: unknown;
        try {
          table = fn(...args);
        } catch (error) {
          const code = (error as { code?: unknown }).code;
          if (typeof code !== 'string' || !code.startsWith('#')) throw error;
          table = [[error]]; // Excel shows the error in the anchor alone
        }
        const grid = Array.isArray(table) ? (table as unknown[][]) : [[table]];
        returned.set(`${sheet}!${row}:${col}`, { rows: grid.length, cols: grid[0]?.length ?? 0 });
        // Cut or padded to the size asked; the padding is never read once the sizes agree.
        return Array.from({ length: Number(rows) }, (_, r) => Array.from({ length: Number(cols) }, (_, c) => grid[r]?.[c] ?? ''));
      };
    };
    const computed = computePlan(withSpillSizes(plan, sizes), sizing);
    // Read every table, so that each one reports its size.
    for (const sheet of plan.sheets) for (const cell of sheet.cells) if (cell.spill) computed.value(sheet.name, cell.row, cell.col);
    const asked = withSpillSizes(plan, sizes);
    const same = asked.sheets.every((sheet) =>
      sheet.cells.every((cell) => {
        if (!cell.spill || cell.formula?.kind !== 'miner') return true;
        const got = returned.get(`${sheet.name}!${cell.row}:${cell.col}`);
        return got === undefined || (got.rows === cell.spill.rows && got.cols === cell.spill.cols);
      }),
    );
    if (same) return computed;
    sizes = returned;
  }
  throw new Error(`${plan.modelId}: the tables' sizes do not settle`);
}

/** The .xlsx with one cell of one sheet holding a constant (its style kept, its formula if any gone). */
export async function withCellValue(bytes: Uint8Array, sheet: string, address: string, value: Scalar): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = (await sheetParts(zip)).find((p) => p.name === sheet);
  if (!part) throw new Error(`no sheet ${sheet} in the copy`);
  const xml = await (zip.file(part.path) as JSZip.JSZipObject).async('string');
  const cell = sheetCells(xml).find((c) => c.address === address);
  if (!cell) throw new Error(`${sheet}!${address} is not in the copy`);
  const attributes = cell.attributes.replace(/\s(?:t|cm|vm)="[^"]*"/g, '');
  const written =
    typeof value === 'number'
      ? `<c${attributes}><v>${value}</v></c>`
      : typeof value === 'boolean'
        ? `<c${attributes} t="b"><v>${value ? 1 : 0}</v></c>`
        : `<c${attributes} t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
  zip.file(part.path, xml.slice(0, cell.start) + written + xml.slice(cell.end));
  return zip.generateAsync({ type: 'uint8array' });
}

/** A range a portable copy kept as values, as its Provenance sheet lists it. */
export interface KeptRange {
  readonly sheet: string;
  readonly range: string;
  readonly formula: string;
  readonly why: string;
}

/** The Provenance sheet's rows (sheet, cells, original formula, kept as, why, ...). */
export function keptRanges(copy: ExcelJS.Workbook): KeptRange[] {
  const sheet = copy.getWorksheet('Provenance');
  if (!sheet) throw new Error('the copy has no Provenance sheet');
  const text = (row: ExcelJS.Row, column: number) => String(row.getCell(column).value ?? '');
  const rows: KeptRange[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push({ sheet: text(row, 1), range: text(row, 2), formula: text(row, 3), why: text(row, 5) });
  });
  return rows;
}

/** The MINER.* functions a formula calls. */
export function calledIds(formula: string): string[] {
  return [...formula.matchAll(/MINER\.([A-Z_]+)\s*\(/gi)].map((m) => m[1].toUpperCase());
}

/** A plan cell position. */
export interface Position {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export function inRange(range: KeptRange, at: Position): boolean {
  if (range.sheet !== at.sheet) return false;
  const box = parseAddress(range.range);
  return at.col >= box.left && at.col <= box.right && at.row + 1 >= box.top && at.row + 1 <= box.bottom;
}

/** Every cell a formula computes: a formula cell, or each cell of a spilled range. */
export function resultCells(plan: WorkbookPlan): Position[] {
  return plan.sheets.flatMap((sheet) => {
    const inputs = new Set(sheet.inputs.map((input) => `${input.row}:${input.col}`));
    return sheet.cells
      .filter((cell) => cell.formula && !inputs.has(`${cell.row}:${cell.col}`))
      .flatMap((cell) => {
        const rows = cell.spill?.rows ?? 1;
        const cols = cell.spill?.cols ?? 1;
        return Array.from({ length: rows * cols }, (_, i) => ({ sheet: sheet.name, row: cell.row + Math.floor(i / cols), col: cell.col + (i % cols) }));
      });
  });
}

function references(expr: Expr, sheet: string): Position[] {
  switch (expr.kind) {
    case 'ref':
      return [{ sheet: expr.ref.sheet ?? sheet, row: expr.ref.row, col: expr.ref.col }];
    case 'range': {
      const cells: Position[] = [];
      for (let row = expr.from.row; row <= expr.to.row; row++) {
        for (let col = expr.from.col; col <= expr.to.col; col++) cells.push({ sheet: expr.from.sheet ?? sheet, row, col });
      }
      return cells;
    }
    case 'miner':
      return expr.args.flatMap((arg) => (arg ? references(arg, sheet) : []));
    case 'builtin':
      return expr.args.flatMap((arg) => references(arg, sheet));
    case 'op':
      return [...references(expr.left, sheet), ...references(expr.right, sheet)];
    case 'negate':
      return references(expr.arg, sheet);
    default:
      return [];
  }
}

/**
 * Whether a cell of the plan is, or reads (through any chain of formulas), a cell of one of
 * `stale` ranges: a copy that keeps those ranges as values cannot follow its inputs there.
 */
export function readsFrom(plan: WorkbookPlan, stale: readonly KeptRange[]): (at: Position) => boolean {
  const formulaCells = plan.sheets.flatMap((sheet) => sheet.cells.filter((cell) => cell.formula).map((cell) => ({ sheet: sheet.name, cell })));
  const memo = new Map<string, boolean>();
  const covering = (at: Position) =>
    formulaCells.find(({ sheet, cell }) => {
      if (sheet !== at.sheet) return false;
      const rows = cell.spill?.rows ?? 1;
      const cols = cell.spill?.cols ?? 1;
      return at.row >= cell.row && at.row < cell.row + rows && at.col >= cell.col && at.col < cell.col + cols;
    });
  const reads = (at: Position): boolean => {
    const key = `${at.sheet}!${at.row}:${at.col}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    memo.set(key, false); // a cycle reads nothing new
    const owner = covering(at);
    const result =
      stale.some((range) => inRange(range, at)) || (owner !== undefined && references(owner.cell.formula as Expr, owner.sheet).some(reads));
    memo.set(key, result);
    return result;
  };
  return reads;
}

export function address(at: { readonly row: number; readonly col: number }): string {
  return a1(at.row, at.col);
}

/** A recomputed cell's value as a plain value: text of rich text, a date as its serial. */
export function plainValue(value: unknown): unknown {
  if (value instanceof Date) return (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (value && typeof value === 'object' && 'richText' in value) return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  if (value === undefined || value === '') return null;
  return value;
}

/**
 * How a recomputed value differs from the add-in's, or undefined when they agree: numbers to
 * `relative`, text and flags exactly, an error by its code, a blank as a blank (or the empty
 * text a table shows past its end).
 */
export function difference(expected: CellValue, actual: unknown, relative: number): string | undefined {
  const got = plainValue(actual);
  if (typeof expected === 'number') {
    if (typeof got === 'number' && Number.isFinite(got) && relativeDifference(got, expected) <= relative) return undefined;
    return `expected ${expected}, got ${JSON.stringify(got)}`;
  }
  if (isErrorValue(expected)) {
    const code = isErrorValue(got) ? got.error : undefined;
    return code === expected.error ? undefined : `expected ${expected.error}, got ${JSON.stringify(got)}`;
  }
  if (expected === null || expected === '') return got === null ? undefined : `expected a blank, got ${JSON.stringify(got)}`;
  return got === expected ? undefined : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`;
}
