/**
 * The lease-financing workbook's sensitivity sheet: each point of the first sheet's equity-IRR
 * grid (rent × interest rate) laid out as its own MINER.LEASE_FINANCING table at that point's
 * rent and rate, and the grid's cell =IRR over that table's equity column. Computed the way the
 * workbook is (the plan calculator over the real functions), each grid cell equals the formula
 * the grid held before the sheet existed, IRR(INDEX(MINER.LEASE_FINANCING(…, FALSE), 0, 9)) on
 * the first sheet's inputs, to 1e-12: as built and with a grid axis typed over.
 */
import { findModel } from '../../src/models';
import type { PlannedCell, SheetPlan, WorkbookPlan } from '../../src/models/plan';
import { index, irr, lit, ref } from '../../src/sheet/formula';
import type { CellRef, Expr } from '../../src/sheet/formula-tree';
import { locales } from '../../src/sheet/locale';
import { DealCells, dealCall, dealInputKeys, financingColumn } from '../../src/models/lease-deal-call';
import { gridSheetText } from '../../src/models/lease-grid-sheet';
import { computePlan } from '../../tools/workbooks/calc';
import { functionRegistry } from '../../tools/workbooks/build';

const model = findModel('lease-financing') as NonNullable<ReturnType<typeof findModel>>;
const registry = functionRegistry();

interface GridCell {
  readonly cell: PlannedCell;
  readonly rentAxis: CellRef;
  readonly rateAxis: CellRef;
}

const refOf = (expr: Expr | null | undefined): CellRef => {
  if (expr?.kind !== 'ref') throw new Error(`not a reference: ${JSON.stringify(expr)}`);
  return expr.ref;
};
const cellAt = (sheet: SheetPlan, at: { row: number; col: number }) => sheet.cells.find((c) => c.row === at.row && c.col === at.col);

/** The grid's cells on the first sheet, with the axis cells of their row and column. */
function gridCells(main: SheetPlan): GridCell[] {
  const axis = (prefix: string) => main.inputs.filter((input) => input.key.startsWith(prefix));
  return axis('grid_rent_').flatMap((rent) =>
    axis('grid_rate_').map((rate) => ({
      cell: cellAt(main, { row: rent.row, col: rate.col }) as PlannedCell,
      rentAxis: { sheet: main.name, row: rent.row, col: rent.col },
      rateAxis: { sheet: main.name, row: rate.row, col: rate.col },
    })),
  );
}

/** The plan with each grid cell holding the nested call the grid held before: the deal on the first sheet's inputs, its equity column by INDEX. */
function withNestedGrid(plan: WorkbookPlan): WorkbookPlan {
  const main = plan.sheets[0];
  const at = (key: string): CellRef => {
    const input = main.inputs.find((candidate) => candidate.key === key) as SheetPlan['inputs'][number];
    return { sheet: main.name, row: input.row, col: input.col };
  };
  const cells = Object.fromEntries(Object.entries(dealInputKeys).map(([name, key]) => [name, at(key)])) as unknown as DealCells;
  const nested = new Map(
    gridCells(main).map(({ cell, rentAxis, rateAxis }) => [
      cell,
      irr(index(dealCall(cells, ref(rentAxis), ref(rateAxis), false), lit(0), lit(financingColumn.equity + 1))),
    ]),
  );
  return { ...plan, sheets: [{ ...main, cells: main.cells.map((cell) => (nested.has(cell) ? { ...cell, formula: nested.get(cell) } : cell)) }, ...plan.sheets.slice(1)] };
}

/** The plan with a first-sheet input typed over. */
function withInput(plan: WorkbookPlan, key: string, value: number): WorkbookPlan {
  const main = plan.sheets[0];
  const input = main.inputs.find((candidate) => candidate.key === key) as SheetPlan['inputs'][number];
  const cells = main.cells.map((cell) => (cell.row === input.row && cell.col === input.col ? { ...cell, value } : cell));
  return { ...plan, sheets: [{ ...main, cells }, ...plan.sheets.slice(1)] };
}

describe.each(locales)("the lease-financing workbook's sensitivity sheet (%s)", (locale) => {
  const plan = model.build({ locale });
  const main = plan.sheets[0];
  const sensitivity = plan.sheets.find((sheet) => sheet.name === gridSheetText[locale].sheet) as SheetPlan;

  it('stands second, between the first sheet and the notes, with one LEASE_FINANCING table a grid point', () => {
    expect(plan.sheets.map((sheet) => sheet.name)[1]).toBe(gridSheetText[locale].sheet);
    expect(plan.sheets).toHaveLength(3);
    const tables = sensitivity.cells.filter((cell) => cell.spill && cell.formula?.kind === 'miner' && cell.formula.id === 'LEASE_FINANCING');
    expect(tables).toHaveLength(gridCells(main).length);
    expect(gridCells(main)).toHaveLength(9);
  });

  it("makes each grid cell =IRR over the equity column of the table at its own row's rent and column's rate", () => {
    for (const { cell, rentAxis, rateAxis } of gridCells(main)) {
      const formula = cell.formula as Expr;
      if (formula.kind !== 'builtin' || formula.fn !== 'IRR' || formula.args[0].kind !== 'range') throw new Error(`grid cell ${cell.row}:${cell.col} is not IRR over a range`);
      const { from, to } = formula.args[0];
      expect({ sheet: from.sheet, col: to.col }).toEqual({ sheet: sensitivity.name, col: from.col });
      const table = sensitivity.cells.find(
        (c) => c.spill && c.col === from.col - financingColumn.equity && c.row <= from.row && from.row <= c.row + 1,
      ) as PlannedCell;
      const call = table.formula as Extract<Expr, { kind: 'miner' }>;
      expect(call.id).toBe('LEASE_FINANCING');
      // the first data row (under the header row, the function's or the sheet's own) down to past the table's end
      expect(from.row).toBe(table.row + table.spill!.headerRows);
      expect(to.row).toBeGreaterThan(table.row + table.spill!.rows);
      // English asks the function for its header row; Japanese writes its own names and asks for none
      expect(call.args[11]).toEqual(lit(table.spill!.headerRows === 1));
      // the table's rent and rate cells read the grid's axis cells of this cell's row and column
      const pointCell = (arg: Expr | null) => refOf(cellAt(sensitivity, refOf(arg))?.formula);
      expect(pointCell(call.args[1])).toMatchObject({ sheet: main.name, row: rentAxis.row, col: rentAxis.col });
      expect(pointCell(call.args[8])).toMatchObject({ sheet: main.name, row: rateAxis.row, col: rateAxis.col });
    }
  });

  it.each([
    ['as built', undefined, undefined],
    ['with grid_rent_1 typed over', 'grid_rent_1', 96],
    ['with grid_rate_3 typed over', 'grid_rate_3', 0.085],
    ['with the term typed over to 12 years', 'term_years', 12],
  ] as const)('gives each grid cell the nested formula’s value to 1e-12, %s', (_, key, value) => {
    const changed = key === undefined ? plan : withInput(plan, key, value as number);
    // a shorter lease spills fewer rows on both sheets
    const shorter = key === 'term_years' ? shortened(changed, 15 - (value as number)) : changed;
    const computed = computePlan(shorter, registry);
    const before = computePlan(withNestedGrid(shorter), registry);
    const values = gridCells(main).map(({ cell }) => [computed.value(main.name, cell.row, cell.col), before.value(main.name, cell.row, cell.col)]);
    for (const [now, was] of values) {
      expect(typeof now).toBe('number');
      expect(Math.abs((now as number) - (was as number))).toBeLessThanOrEqual(1e-12);
    }
    if (key !== undefined) {
      const asBuilt = computePlan(plan, registry);
      expect(gridCells(main).some(({ cell }) => asBuilt.value(main.name, cell.row, cell.col) !== computed.value(main.name, cell.row, cell.col))).toBe(true);
    }
  });
});

/** The plan with every LEASE_FINANCING spill `rows` rows shorter (a shorter term). */
function shortened(plan: WorkbookPlan, rows: number): WorkbookPlan {
  const shorter = (cell: PlannedCell): PlannedCell =>
    cell.spill && cell.formula?.kind === 'miner' && cell.formula.id === 'LEASE_FINANCING' ? { ...cell, spill: { ...cell.spill, rows: cell.spill.rows - rows } } : cell;
  return { ...plan, sheets: plan.sheets.map((sheet) => ({ ...sheet, cells: sheet.cells.map(shorter) })) };
}
