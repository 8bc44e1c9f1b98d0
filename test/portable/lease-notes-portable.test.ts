/**
 * The lease-financing workbook's Project notes sheet, made portable, stays live: its lease
 * cash flows, DEBT_SIZE and DEBT_SCHEDULE are plain formulas, none kept as values, and
 * changing a deal's coupon, tenor or sizing DSCR in the copy, recomputed by LibreOffice, moves
 * every figure of the sheet to what the add-in gives at the new inputs (the workbook
 * calculation of the plan with that input changed), to 1e-9; rows past a shorter tenor blank.
 */
import ExcelJS from 'exceljs';
import { declarations } from '../../src/functions/registrations';
import { a1 } from '../../src/sheet/a1';
import type { PlannedCell, PlannedInput, SheetPlan, WorkbookPlan } from '../../src/models/plan';
import type { Expr } from '../../src/sheet/formula-tree';
import { makePortable } from '../../src/portable/portable-workbook';
import { functionRegistry, generateWorkbooks, GeneratedWorkbook } from '../../tools/workbooks/build';
import { computePlan, Computed } from '../../tools/workbooks/calc';
import { expectCell } from '../helpers/expect-cell';
import { computedValue, libreOfficeTimeoutMs, recalculateFilesWithLibreOffice, withoutCachedResults } from '../helpers/libreoffice';
import { withCellValue } from '../helpers/perturbation';

const options = { version: '0.0.0-test', date: '2026-12-07', declarations: new Map(declarations.map((d) => [d.id, d])) };
const deals = ['river_bend_notes', 'barber_lake_notes'];
const changes: Record<string, (value: number) => number> = {
  interest_rate: (rate) => rate + 0.015,
  tenor_years: (years) => years - 2,
  min_dscr: (dscr) => dscr + 0.2,
};

/** The notes sheet of a plan, and its index among the sheets (its part is sheet<index + 1>.xml). */
function notesSheetOf(plan: WorkbookPlan): { sheet: SheetPlan; index: number } {
  const index = plan.sheets.findIndex((sheet) => sheet.inputs.some((input) => input.key.endsWith('_notes_tenor_years')));
  return { sheet: plan.sheets[index], index };
}

const callOf = (cell: PlannedCell) => cell.formula as Extract<Expr, { kind: 'miner' }>;
const refersTo = (arg: Expr | null, input: PlannedInput) => arg?.kind === 'ref' && arg.ref.row === input.row && arg.ref.col === input.col;

/**
 * The plan with one input changed, as the add-in would lay it out: a DEBT_SCHEDULE whose tenor
 * is that input spills as many more (or fewer) rows.
 */
function planWith(plan: WorkbookPlan, sheetName: string, input: PlannedInput, from: number, to: number): WorkbookPlan {
  const sheets = plan.sheets.map((sheet) => {
    if (sheet.name !== sheetName) return sheet;
    const cells = sheet.cells.map((cell): PlannedCell => {
      if (cell.row === input.row && cell.col === input.col) return { ...cell, value: to };
      if (cell.spill && cell.formula?.kind === 'miner' && callOf(cell).id === 'DEBT_SCHEDULE' && refersTo(callOf(cell).args[2], input)) {
        return { ...cell, spill: { ...cell.spill, rows: cell.spill.rows + to - from } };
      }
      return cell;
    });
    return { ...sheet, cells };
  });
  return { ...plan, sheets };
}

describe.each(['lease-financing.xlsx', 'lease-financing_ja.xlsx'])("the lease-financing copy's Project notes sheet (%s)", (fileName) => {
  let model: GeneratedWorkbook;
  let sheet: SheetPlan;
  let frozenOnNotes: string[];
  let recomputed: Map<string, ExcelJS.Workbook>;
  const expected = new Map<string, Computed>();
  const keys = deals.flatMap((deal) => Object.keys(changes).map((change) => `${deal}_${change}`));

  beforeAll(async () => {
    model = (await generateWorkbooks()).find((book) => book.fileName === fileName) as GeneratedWorkbook;
    const notes = notesSheetOf(model.plan);
    sheet = notes.sheet;
    const portable = await makePortable(model.bytes, options);
    frozenOnNotes = portable.frozen.filter((range) => range.sheet === sheet.name).map((range) => `${range.range} ${range.formula}`);
    const computed = computePlan(model.plan, functionRegistry());
    const files = new Map<string, Uint8Array>();
    for (const key of keys) {
      const input = sheet.inputs.find((candidate) => candidate.key === key) as PlannedInput;
      if (!input) throw new Error(`the notes sheet has no input ${key}`);
      const from = computed.value(sheet.name, input.row, input.col) as number;
      const to = changes[key.slice(key.indexOf('_notes_') + '_notes_'.length)](from);
      expected.set(key, computePlan(planWith(model.plan, sheet.name, input, from, to), functionRegistry()));
      files.set(key, await withoutCachedResults(await withCellValue(portable.bytes, sheet.name, a1(input.row, input.col), to)));
    }
    recomputed = await recalculateFilesWithLibreOffice(files);
  }, libreOfficeTimeoutMs);

  it('keeps no range of the sheet as values', () => {
    expect(frozenOnNotes).toEqual([]);
  });

  it.each(keys)('follows a change of %s to the add-in figures at the new inputs, to 1e-9', (key) => {
    const copy = (recomputed.get(key) as ExcelJS.Workbook).getWorksheet(sheet.name) as ExcelJS.Worksheet;
    const figures = expected.get(key) as Computed;
    let compared = 0;
    for (const cell of sheet.cells.filter((planned) => planned.formula)) {
      if (!cell.spill) {
        expectCell(computedValue(copy.getCell(cell.row + 1, cell.col + 1)), figures.value(sheet.name, cell.row, cell.col), `${key}: ${a1(cell.row, cell.col)}`);
        compared++;
        continue;
      }
      // The table as the add-in spills it at the new inputs; the copy's rows past it blank.
      const table = figures.spill(sheet.name, cell.row, cell.col);
      for (let r = 0; r < Math.max(table.length, cell.spill.rows); r++) {
        for (let c = 0; c < cell.spill.cols; c++) {
          const where = `${key}: ${callOf(cell).id} ${a1(cell.row + r, cell.col + c)}`;
          expectCell(computedValue(copy.getCell(cell.row + r + 1, cell.col + c + 1)), r < table.length ? table[r][c] : '', where);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('lowers the sized debt in the copy when the sizing DSCR rises', () => {
    const original = computePlan(model.plan, functionRegistry());
    const sized = sheet.cells.filter((cell) => cell.formula?.kind === 'miner' && callOf(cell).id === 'DEBT_SIZE');
    expect(sized).toHaveLength(2);
    for (const deal of deals) {
      const [cell] = sized.filter((candidate) => callOf(candidate).args.some((arg) => arg?.kind === 'ref' && sheet.inputs.find((input) => input.key === `${deal}_min_dscr` && refersTo(arg, input))));
      const before = original.value(sheet.name, cell.row, cell.col) as number;
      const after = computedValue(((recomputed.get(`${deal}_min_dscr`) as ExcelJS.Workbook).getWorksheet(sheet.name) as ExcelJS.Worksheet).getCell(cell.row + 1, cell.col + 1)) as number;
      expect(after).toBeLessThan(before);
    }
  });
});
