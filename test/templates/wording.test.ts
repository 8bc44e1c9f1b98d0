/**
 * The model workbooks speak to the user: no text of theirs carries the wording of the notes the
 * defaults were worked out in ("seeds", "the reference", "[D]" markers), and the Japanese
 * workbooks write their units in Japanese where the English writes a word (share, years,
 * per day), keeping only the symbols both languages read (USD, MW, kWh, EH/s, J/TH, BTC).
 * No label or unit is cut off by the filled cell to its right.
 */
import { textWidth } from '../../src/models/sheet-builder';
import { functionRegistry, generateWorkbooks, GeneratedWorkbook } from '../../tools/workbooks/build';
import { computePlan } from '../../tools/workbooks/calc';

const internalWording = /\bseeds\b|\breferences?\b|\[[DU]\]|\bour notes\b|\binternal\b|\bTODO\b|\bplaceholder\b/i;
const unitSymbols = new Set(['USD', 'MW', 'MWh', 'kW', 'kWh', 'BTC', 'EH', 'PH', 'TH', 'J', 'GPU', 'ASIC', 'IT', 's']);

let workbooks: GeneratedWorkbook[];

beforeAll(async () => {
  workbooks = await generateWorkbooks();
}, 120_000);

/** Every text the workbook's sheets show as constants (labels, units, sources, headers), where it stands. */
function texts(workbook: GeneratedWorkbook, style?: string): { at: string; text: string }[] {
  return workbook.plan.sheets.flatMap((sheet) =>
    sheet.cells
      .filter((cell) => typeof cell.value === 'string' && (!style || cell.style === style))
      .map((cell) => ({ at: `${workbook.fileName} ${sheet.name}!R${cell.row + 1}C${cell.col + 1}`, text: String(cell.value) })),
  );
}

describe('the model workbooks\' wording', () => {
  it('covers every model in both languages', () => {
    expect(workbooks.filter((w) => w.locale === 'ja')).toHaveLength(workbooks.length / 2);
    expect(workbooks.flatMap((w) => texts(w)).length).toBeGreaterThan(300);
  });

  it('has no wording from the notes behind the defaults in any label, unit, source or header', () => {
    const found = workbooks.flatMap((w) => texts(w)).filter(({ text }) => internalWording.test(text));
    expect(found).toEqual([]);
  });

  it('writes no English unit word in the Japanese workbooks', () => {
    const found = workbooks
      .filter((w) => w.locale === 'ja')
      .flatMap((w) => texts(w, 'unit'))
      .filter(({ text }) => (text.match(/[A-Za-z]+/g) ?? []).some((word) => !unitSymbols.has(word)));
    expect(found).toEqual([]);
  });

  it('writes every source and note in Japanese in the Japanese workbooks (names, figures and links stay as they are)', () => {
    const japanese = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;
    const sources = workbooks.filter((w) => w.locale === 'ja').flatMap((w) => texts(w, 'source'));
    expect(sources.length).toBeGreaterThan(60);
    expect(sources.filter(({ text }) => !japanese.test(text))).toEqual([]);
  });

  it('would catch each kind', () => {
    for (const text of ['A 100 MW site (seeds)', 'companies reference', '[D] derived', 'per the valuation references']) expect(internalWording.test(text)).toBe(true);
    for (const text of ['Derived: difficulty 146.47T', 'Morgan Stanley case', 'Seed (same seed, same fan)']) expect(internalWording.test(text)).toBe(false);
  });
});

/** Each spilled table of a workbook: where it stands, the function's header row if it spills one, and its first row. */
function spills(workbook: GeneratedWorkbook) {
  const computed = computePlan(workbook.plan, functionRegistry());
  return workbook.plan.sheets.flatMap((sheet) =>
    sheet.cells
      .filter((cell) => cell.spill)
      .map((cell) => {
        const spill = cell.spill as NonNullable<typeof cell.spill>;
        const rows = computed.spill(sheet.name, cell.row, cell.col);
        const above = (c: number) => sheet.cells.find((other) => other.row === cell.row - 1 && other.col === cell.col + c);
        return {
          at: `${workbook.fileName} ${sheet.name}!R${cell.row + 1}C${cell.col + 1}`,
          sheet,
          cell,
          shownHeader: spill.headerRows === 1 ? rows[0].map(String) : Array.from({ length: spill.cols }, (_, c) => above(c)),
          firstRow: rows[0],
        };
      }),
  );
}

describe('the column names over the model workbooks\' spilled tables', () => {
  const englishNames = () => new Set(workbooks.filter((w) => w.locale === 'en').flatMap((w) => spills(w).flatMap((table) => table.shownHeader as string[])));

  it('shows the function\'s own header row in the English workbooks', () => {
    const names = englishNames();
    for (const name of ['hashprice_usd_per_ph_day', 'cumulative_usd', 'debt_service_usd', 'usd_per_share', 'contract_value_usd', 'data_as_of', 'label']) expect(names).toContain(name);
  });

  it('shows Japanese column names, written above the spill, over every spilled table in the Japanese workbooks', () => {
    const english = englishNames();
    const japanese = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;
    const tables = workbooks.filter((w) => w.locale === 'ja').flatMap(spills);
    expect(tables.length).toBeGreaterThanOrEqual(12);
    const wrong = tables.flatMap(({ at, shownHeader, firstRow }) => [
      ...shownHeader
        .map((header, c) => (typeof header === 'object' && header?.style === 'tableHeader' ? String(header.value) : `${JSON.stringify(header)} in column ${c + 1}`))
        .filter((name) => !japanese.test(name) || english.has(name))
        .map((name) => `${at}: header ${name}`),
      ...firstRow.filter((value) => english.has(String(value)) && typeof value === 'string' && /_/.test(value)).map((value) => `${at}: first row shows ${value}`),
    ]);
    expect(wrong).toEqual([]);
  });
});

describe('the model workbooks\' column widths', () => {
  it('fit every label and unit that has a filled cell to its right, in both languages', () => {
    const clipped = workbooks.flatMap((w) =>
      w.plan.sheets.flatMap((sheet) => {
        const filled = new Set(sheet.cells.map((cell) => `${cell.row}:${cell.col}`));
        return sheet.cells
          .filter((cell) => (cell.style === 'label' || cell.style === 'unit') && typeof cell.value === 'string' && filled.has(`${cell.row}:${cell.col + 1}`))
          .filter((cell) => textWidth(String(cell.value)) > (sheet.columnWidths[cell.col] ?? 10))
          .map((cell) => `${w.fileName} R${cell.row + 1}C${cell.col + 1} "${cell.value}" needs ${Math.ceil(textWidth(String(cell.value)))}, has ${sheet.columnWidths[cell.col]}`);
      }),
    );
    expect(clipped).toEqual([]);
  });

  it('give every table header row, written or spilled by a function, the height its longest wrapped name needs', () => {
    const headers = workbooks.flatMap((w) => [
      ...w.plan.sheets.flatMap((sheet) =>
        sheet.cells.filter((cell) => cell.style === 'tableHeader' && typeof cell.value === 'string').map((cell) => ({ w, sheet, row: cell.row, col: cell.col, name: String(cell.value) })),
      ),
      ...spills(w).flatMap(({ sheet, cell, shownHeader }) =>
        (cell.spill?.headerRows === 1 ? (shownHeader as string[]) : []).map((name, c) => ({ w, sheet, row: cell.row, col: cell.col + c, name })),
      ),
    ]);
    expect(headers.filter(({ name }) => /_/.test(name)).length).toBeGreaterThan(50);
    const short = headers
      .map(({ w, sheet, row, col, name }) => ({ at: `${w.fileName} ${sheet.name}!R${row + 1}C${col + 1} "${name}"`, lines: Math.min(3, Math.ceil(textWidth(name) / (sheet.columnWidths[col] ?? 10))), height: sheet.rowHeights[row] ?? 15 }))
      .filter(({ lines, height }) => height < 15 * lines)
      .map(({ at, lines, height }) => `${at} wraps to ${lines} lines in a row ${height} points high`);
    expect(short).toEqual([]);
  });
});
