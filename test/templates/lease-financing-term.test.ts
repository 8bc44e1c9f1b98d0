/**
 * The lease-financing workbook with any term: its headline reads MINER.LEASE_SUMMARY by label,
 * so a 25-year lease shows LEASE_SUMMARY's figures for 25 years (not rows sized for 15), and the
 * sensitivity grid's cell at the same rent and rate agrees with the headline. Computed the way
 * the workbook is, by the plan calculator over the real functions, after the user types 25.
 */
import { findModel } from '../../src/models';
import type { PlannedCell, SheetPlan, WorkbookPlan } from '../../src/models/plan';
import type { CellValue } from '../../src/sheet/formula-tree';
import { computePlan } from '../../tools/workbooks/calc';
import { functionRegistry } from '../../tools/workbooks/build';
import { miner } from '../helpers/miner';

type Table = (number | string)[][];
const plan: WorkbookPlan = (findModel('lease-financing') as NonNullable<ReturnType<typeof findModel>>).build({ locale: 'en' });
const sheet = plan.sheets[0];
const inputAt = (key: string) => sheet.inputs.find((input) => input.key === key) as SheetPlan['inputs'][number];
const cellAt = (row: number, col: number) => sheet.cells.find((cell) => cell.row === row && cell.col === col) as PlannedCell;

/** The plan with the term typed over, each of the deal's spills (the first sheet's and the sensitivity sheet's grid points) as long as the longer lease makes it. */
function withTerm(termYears: number): WorkbookPlan {
  const term = inputAt('term_years');
  const tenor = inputAt('tenor_years');
  const added = termYears - (cellAt(term.row, term.col).value as number);
  const longer = (cell: PlannedCell): PlannedCell =>
    cell.spill && cell.formula?.kind === 'miner' && cell.formula.id === 'LEASE_FINANCING' ? { ...cell, spill: { ...cell.spill, rows: cell.spill.rows + added } } : cell;
  const cells = sheet.cells.map((cell): PlannedCell => {
    if ((cell.row === term.row && cell.col === term.col) || (cell.row === tenor.row && cell.col === tenor.col)) return { ...cell, value: termYears };
    return longer(cell);
  });
  return { ...plan, sheets: [{ ...sheet, cells }, ...plan.sheets.slice(1).map((other) => ({ ...other, cells: other.cells.map(longer) }))] };
}

describe('the lease-financing workbook with a 25-year lease', () => {
  const computed = computePlan(withTerm(25), functionRegistry());
  const valueBeside = (label: string): CellValue => {
    const cell = sheet.cells.find((c) => c.col === 0 && c.value === label) as PlannedCell;
    return computed.value(sheet.name, cell.row, 1);
  };
  const inputValue = (key: string) => cellAt(inputAt(key).row, inputAt(key).col).value;
  const args = [
    'it_load_mw', 'rent_usd_per_kw_month', null, 'annual_escalator', 'noi_margin', 'capex_usd_per_mw', 'build_months', 'max_loan_to_cost',
    'interest_rate', 'min_dscr', null,
  ].map((key) => (key === null ? 25 : inputValue(key)));
  const optional = ['exit_cap_rate', '', 0, 'downside_rent_haircut', 'dsra_months', 'lockup_dscr'].map((key) =>
    typeof key === 'string' && key !== '' ? inputValue(key) : key,
  );
  const summary = new Map((miner.LEASE_SUMMARY(...args, false, ...optional) as Table).map(([label, value]) => [label, value]));

  it("shows LEASE_SUMMARY's figures for 25 years in its headline", () => {
    expect(summary.get('equity_irr')).toBeGreaterThan(0);
    expect(valueBeside('Equity IRR (= IRR and XIRR of the equity cash flows)')).toBe(summary.get('equity_irr'));
    expect(valueBeside('Project IRR (= IRR and XIRR of the project cash flows)')).toBe(summary.get('project_irr'));
    expect(valueBeside('Minimum DSCR over the tenor, base case')).toBe(summary.get('min_dscr'));
    expect(valueBeside('Debt at completion (drawn plus capitalised interest)')).toBe(summary.get('debt_usd'));
    // and differs from the 15-year lease's
    const fifteen = computePlan(plan, functionRegistry());
    const label = sheet.cells.find((c) => c.col === 0 && c.value === 'Project IRR (= IRR and XIRR of the project cash flows)') as PlannedCell;
    expect(fifteen.value(sheet.name, label.row, 1)).not.toBe(summary.get('project_irr'));
  });

  it("agrees with its grid's cell at the same rent and interest rate", () => {
    const rent = inputValue('rent_usd_per_kw_month');
    const rate = inputValue('interest_rate');
    const rowAxis = sheet.inputs.find((input) => input.key.startsWith('grid_rent') && cellAt(input.row, input.col).value === rent) as SheetPlan['inputs'][number];
    const colAxis = sheet.inputs.find((input) => input.key.startsWith('grid_rate') && cellAt(input.row, input.col).value === rate) as SheetPlan['inputs'][number];
    const gridValue = computed.value(sheet.name, rowAxis.row, colAxis.col) as number;
    expect(Math.abs(gridValue - (summary.get('equity_irr') as number))).toBeLessThan(1e-9);
  });
});

describe('the README and the workbook show the same River Bend figures', () => {
  it("lists, under the README's LEASE_SUMMARY example, the figures of the workbook's prefilled headline", () => {
    const readme = require('fs').readFileSync(require('path').join(__dirname, '../../README.md'), 'utf8') as string;
    const block = readme.slice(readme.indexOf('$ hashwatt LEASE_SUMMARY'));
    const listed = new Map(
      block.slice(0, block.indexOf('```')).split('\n').slice(2).map((line) => line.trim().split('\t')).filter((cells) => cells.length === 2)
        .map(([label, value]) => [label, Number(value)]),
    );
    expect(listed.size).toBe(11);
    const computed = computePlan(plan, functionRegistry());
    const summaryAnchor = sheet.cells.find((cell) => cell.spill && cell.spill.cols === 2) as PlannedCell;
    const table = computed.spill(sheet.name, summaryAnchor.row, summaryAnchor.col).slice(1);
    for (const [label, value] of table) expect({ label, value: listed.get(label as string) }).toEqual({ label, value });
  });
});
