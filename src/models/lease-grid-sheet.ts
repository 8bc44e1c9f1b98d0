/**
 * The sensitivity sheet of the lease-financing workbook: every point of the first sheet's
 * equity-IRR grid (rent in year 1 × interest rate) laid out as the whole deal, year by year, so
 * a reviewer can audit each figure of the grid and a portable copy computes it (a table call
 * nested in a formula has no plain-formula form; a spilled table and an IRR over its equity
 * column have). The deal's other inputs are read from the first sheet once, at the top; the
 * tables stand side by side, so a longer lease lengthens each downwards without meeting the
 * next.
 */
import { ref } from '../sheet/formula';
import type { Locale } from '../sheet/locale';
import { CellRef } from '../sheet/formula-tree';
import { SheetPlan } from './plan';
import { SheetBuilder } from './sheet-builder';
import { legend, linkedNote, ModelOptions, unitText } from './common';
import { sourceText } from './source-notes';
import { columnNames } from './column-names';
import { DealCells, dealCall, dealInputKeys, financingColumn, financingColumns, financingFormats, financingTableRows } from './lease-deal-call';

export const gridSheetText = {
  en: {
    sheet: 'Sensitivity',
    title: 'Sensitivity: the deal at each point of the equity IRR grid',
    subtitle:
      "Each cell of the first sheet's grid (equity IRR by rent in year 1 and interest rate) is =IRR of the equity column (equity_cash_flow_usd) of one table below: the same deal at that point's rent and rate.",
    inputs: 'The deal as on the first sheet (change its inputs there)',
    point: (row: number, col: number, rows: number, cols: number) =>
      `Grid point: rent ${row} of ${rows} (grid row), interest rate ${col} of ${cols} (grid column) = MINER.LEASE_FINANCING (spills)`,
    rent: "Rent in year 1 (the grid's row)",
    rate: "Interest rate (the grid's column)",
  },
  ja: {
    sheet: '感応度',
    title: '感応度：エクイティIRRグリッドの各点の取引',
    subtitle:
      '最初のシートのグリッド（1年目の賃料と金利ごとのエクイティIRR）の各セルは、下の表のいずれかのエクイティ列（equity_cash_flow_usd）の=IRRです。同じ取引を、その点の賃料と金利で計算しています。',
    inputs: '取引（最初のシートと同じ。入力はそちらで変更）',
    point: (row: number, col: number, rows: number, cols: number) =>
      `グリッドの点：賃料 ${row}/${rows}（グリッドの行）、金利 ${col}/${cols}（グリッドの列） = MINER.LEASE_FINANCING（スピル）`,
    rent: '1年目の賃料（グリッドの行）',
    rate: '金利（グリッドの列）',
  },
} as const;

/** The grid's axes on the first sheet: the inputs `${key}_1`, `${key}_2`, ... (sheet-builder's addGrid). */
export const gridAxisKeys = { rent: 'grid_rent', rate: 'grid_rate' } as const;

/** Rows above the first table: title, subtitle, the legend's two rows and a gap, then the deal's inputs under their section and a gap. */
const firstBlockRow = 5 + 1 + Object.keys(dealInputKeys).length + 1;
/** A block: its title, the point's rent and rate, then the table from its header row. */
const anchorRow = firstBlockRow + 3;
/** A table's columns, the cash sweep's column (a share above 0 adds it) and a blank column before the next. */
const blockColumns = financingColumns + 2;
/**
 * The equity column's rows that the grid's IRR reads: room for the longest deal
 * LEASE_FINANCING takes (a 100-year lease) after a build of up to 10 years; the rows past the
 * deal's table are blank, which IRR skips.
 */
const equityRows = 1 + 100 + 10;

/** The block of grid point (row, col), 0-based, in a grid of `cols` columns: its first column. */
const blockColumn = (row: number, col: number, cols: number): number => (row * cols + col) * blockColumns;

/** The equity cash flows of grid point (row, col), 0-based: what the grid's cell takes the IRR of. */
export function gridEquityRange(locale: Locale, row: number, col: number, cols: number): { from: CellRef; to: CellRef } {
  const sheet = gridSheetText[locale].sheet;
  const column = blockColumn(row, col, cols) + financingColumn.equity;
  return {
    from: { sheet, row: anchorRow + 1, col: column, absCol: true, absRow: true },
    to: { sheet, row: anchorRow + equityRows, col: column, absCol: true, absRow: true },
  };
}

/** The sheet's column widths: a table's, then the sweep's and a narrow gap, once a block. */
function widths(blocks: number): number[] {
  const block = [14, 18, 16, 18, 18, 16, 18, 10, 18, 18, 12, 16, 16, 10, 16, 3];
  return Array.from({ length: blocks }, () => block).flat();
}

/**
 * The sheet for the first sheet `main` as built: its inputs and grid axes are read from there
 * by key, so the tables follow whatever the user types on the first sheet.
 */
export function gridSheet(options: ModelOptions, main: SheetPlan): SheetPlan {
  const t = gridSheetText[options.locale];
  const inputOf = (key: string) => {
    const found = main.inputs.find((input) => input.key === key);
    if (!found) throw new Error(`no input "${key}" on sheet ${main.name}`);
    const cell = main.cells.find((planned) => planned.row === found.row && planned.col === found.col);
    return { input: found, format: cell?.numberFormat, at: { sheet: main.name, row: found.row, col: found.col, absCol: true, absRow: true } };
  };
  const axis = (key: string) => main.inputs.filter((input) => input.key.startsWith(`${key}_`));
  const rents = axis(gridAxisKeys.rent);
  const rates = axis(gridAxisKeys.rate);
  const s = new SheetBuilder(t.sheet, widths(rents.length * rates.length), { names: {}, note: linkedNote[options.locale] }, unitText[options.locale], sourceText[options.locale], columnNames[options.locale]);
  s.title(t.title, t.subtitle);
  s.legend(legend[options.locale]);

  // The deal's inputs, each read from the first sheet once: the tables refer to these cells. A
  // copy writes each table cell as a formula over the table's arguments, and the first sheet's
  // name before every one of them would take the longest past Excel's 8,192 characters (the
  // copy would keep that table as values).
  s.section(t.inputs);
  const cells = Object.fromEntries(
    Object.entries(dealInputKeys).map(([name, key]) => {
      const { input, format, at } = inputOf(key);
      return [name, s.addOutput({ label: input.label, formula: ref(at), unit: input.unit, format: format ?? 'General' })];
    }),
  ) as unknown as DealCells;
  s.gap();
  if (s.row !== firstBlockRow) throw new Error(`the sensitivity sheet's tables start at row ${s.row}, not ${firstBlockRow}`);

  // Each table as long as the first sheet's prefilled deal makes it (the add-in spills a longer one further down).
  const prefilled = (key: string) => {
    const { at } = inputOf(key);
    return main.cells.find((cell) => cell.row === at.row && cell.col === at.col)?.value as number;
  };
  const tableRows = financingTableRows(prefilled(dealInputKeys.term), prefilled(dealInputKeys.build));
  rents.forEach((_, r) =>
    rates.forEach((_, c) => {
      const col = blockColumn(r, c, rates.length);
      const point = (row: number, label: string, key: string) => {
        const { input, format, at } = inputOf(key);
        s.text(row, col, label);
        s.put({ row, col: col + 1, style: 'output', formula: ref(at), numberFormat: format });
        s.text(row, col + 2, input.unit, 'unit');
        return s.at(row, col + 1);
      };
      s.text(firstBlockRow, col, t.point(r + 1, c + 1, rents.length, rates.length), 'section');
      const rent = point(firstBlockRow + 1, t.rent, `${gridAxisKeys.rent}_${r + 1}`);
      const rate = point(firstBlockRow + 2, t.rate, `${gridAxisKeys.rate}_${c + 1}`);
      s.addSpill(anchorRow, col, (headers) => dealCall(cells, ref(rent), ref(rate), headers), tableRows, financingColumns, financingFormats);
    }),
  );
  return s.build();
}
