/**
 * The contract-underwriting model's portable copy keeps its conversion results live: the NPV,
 * the payback and the yearly cash-flow table are native formulas, and after changing inputs in
 * the copy (IT load, contract value, build time, prepayment, rate, capex, margin, power price,
 * one at a time and several together) LibreOffice recomputes them to what the add-in gives at
 * the same inputs (the workbook calculation of the plan with those inputs), to 1e-9.
 */
import ExcelJS from 'exceljs';
import { declarations } from '../../src/functions/registrations';
import { a1 } from '../../src/sheet/a1';
import type { PlannedCell, WorkbookPlan } from '../../src/models/plan';
import type { Expr, Scalar } from '../../src/sheet/formula-tree';
import { makePortable } from '../../src/portable/portable-workbook';
import { functionRegistry, generateWorkbooks } from '../../tools/workbooks/build';
import { computePlan } from '../../tools/workbooks/calc';
import { computedValue, libreOfficeTimeoutMs, recalculateFilesWithLibreOffice, withoutCachedResults } from '../helpers/libreoffice';
import { withCellValue } from '../helpers/perturbation';
import { expectCell } from '../helpers/expect-cell';

const conversionIds = ['CONVERSION_NPV', 'CONVERSION_PAYBACK_YEARS', 'CONVERSION_CASHFLOWS'];

/** Each change: input key to a function of its value. */
const changes: Record<string, Record<string, (value: number) => number>> = {
  it_load_mw: { it_load_mw: (mw) => mw * 1.5 },
  contract_value_usd: { contract_value_usd: (usd) => usd * 1.2 },
  build_months: { build_months: () => 20 },
  prepayment_share: { prepayment_share: () => 0.45 },
  discount_rate: { discount_rate: () => 0.07 },
  capex_per_mw: { capex_per_mw: (usd) => usd * 1.3 },
  ai_ebitda_margin: { ai_ebitda_margin: () => 0.6 },
  power_price_usd_per_kwh: { power_price_usd_per_kwh: (price) => price * 1.5 },
  'MW, contract value, build time and prepayment together': {
    it_load_mw: () => 150,
    contract_value_usd: (usd) => usd * 0.8,
    build_months: () => 9,
    prepayment_share: () => 0.05,
  },
};

/** The plan with these cells' constants replaced. */
function withValues(plan: WorkbookPlan, sheetName: string, values: ReadonlyMap<string, Scalar>): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) =>
      sheet.name !== sheetName ? sheet : { ...sheet, cells: sheet.cells.map((cell) => (values.has(`${cell.row}:${cell.col}`) ? { ...cell, value: values.get(`${cell.row}:${cell.col}`) } : cell)) },
    ),
  };
}

describe.each(['contract-underwriting.xlsx', 'contract-underwriting_ja.xlsx'])("the contract-underwriting model's portable copy (%s)", (fileName) => {
  let sheetName: string;
  let results: PlannedCell[];
  const expected = new Map<string, { cell: PlannedCell; values: unknown[][] }[]>();
  let recomputed: Map<string, ExcelJS.Workbook>;
  let frozen: string[];

  beforeAll(async () => {
    const model = (await generateWorkbooks()).find((book) => book.fileName === fileName);
    if (!model) throw new Error(`no model workbook ${fileName}`);
    const portable = await makePortable(model.bytes, { version: '0.0.0-test', date: '2026-12-07', declarations: new Map(declarations.map((d) => [d.id, d])) });
    frozen = portable.frozen.map((range) => range.formula);
    const sheetPlan = model.plan.sheets[0];
    sheetName = sheetPlan.name;
    results = sheetPlan.cells.filter((cell) => cell.formula?.kind === 'miner' && conversionIds.includes((cell.formula as Extract<Expr, { kind: 'miner' }>).id));
    const registry = functionRegistry();
    const original = computePlan(model.plan, registry);
    const files = new Map<string, Uint8Array>();
    for (const [name, change] of Object.entries(changes)) {
      const values = new Map<string, Scalar>();
      let bytes = portable.bytes;
      for (const [key, to] of Object.entries(change)) {
        const input = sheetPlan.inputs.find((i) => i.key === key);
        if (!input) throw new Error(`the model has no input ${key}`);
        const value = to(original.value(sheetName, input.row, input.col) as number);
        values.set(`${input.row}:${input.col}`, value);
        bytes = await withCellValue(bytes, sheetName, a1(input.row, input.col), value);
      }
      // The add-in's own results at the new inputs: the workbook calculation of the plan with them.
      const changed = computePlan(withValues(model.plan, sheetName, values), registry);
      expected.set(
        name,
        results.map((cell) => ({ cell, values: cell.spill ? changed.spill(sheetName, cell.row, cell.col) : [[changed.value(sheetName, cell.row, cell.col)]] })),
      );
      files.set(name, await withoutCachedResults(bytes));
    }
    recomputed = await recalculateFilesWithLibreOffice(files);
  }, libreOfficeTimeoutMs);

  it('keeps none of the NPV, the payback and the cash-flow table as values', () => {
    expect(results.map((cell) => (cell.formula as Extract<Expr, { kind: 'miner' }>).id).sort()).toEqual([...conversionIds].sort());
    expect(frozen.filter((formula) => /CONVERSION_/.test(formula))).toEqual([]);
  });

  it.each(Object.keys(changes))('follows a change of %s to the add-in results at the new inputs, to 1e-9', (name) => {
    const sheet = (recomputed.get(name) as ExcelJS.Workbook).getWorksheet(sheetName) as ExcelJS.Worksheet;
    let numbers = 0;
    for (const { cell, values } of expected.get(name) as { cell: PlannedCell; values: unknown[][] }[]) {
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          const at = sheet.getCell(cell.row + r + 1, cell.col + c + 1);
          expectCell(computedValue(at), value, `${name}: ${at.address}`);
          if (typeof value === 'number') numbers++;
        }),
      );
    }
    expect(numbers).toBeGreaterThan(40);
  });

  it('moves the NPV and payback with each single change', () => {
    const [npv, payback] = ['CONVERSION_NPV', 'CONVERSION_PAYBACK_YEARS'].map((id) => results.find((cell) => (cell.formula as Extract<Expr, { kind: 'miner' }>).id === id) as PlannedCell);
    const before = new Set<string>();
    for (const name of Object.keys(changes)) {
      const sheet = (recomputed.get(name) as ExcelJS.Workbook).getWorksheet(sheetName) as ExcelJS.Worksheet;
      const figures = [npv, payback].map((cell) => computedValue(sheet.getCell(cell.row + 1, cell.col + 1)));
      before.add(JSON.stringify(figures));
    }
    expect(before.size).toBe(Object.keys(changes).length);
  });
});
