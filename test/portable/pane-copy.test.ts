/**
 * "Make a portable copy" in the task pane, at its edges: a sheet of the user's named
 * "Provenance" is copied like any other and never taken for an earlier copy's; sheet names cut
 * to Excel's 31 characters stay unique, and the formulas that point at them follow; text that
 * looks like a number, a date, a boolean or a formula stays text. Through the tests' fake
 * workbook, then the same plan written to a real .xlsx (exceljs) and computed by LibreOffice.
 */
import ExcelJS from 'exceljs';
import { declarations } from '../../src/functions/registrations';
import { parseAddress } from '../../src/sheet/a1';
import { planPortableSheets, portableName, portableNames, SheetContent, textFormat } from '../../src/portable/portable-sheets';
import { provenanceHeader } from '../../src/portable/provenance';
import { makePortableCopy } from '../../src/taskpane/models/make-portable';
import { modelsStrings } from '../../src/taskpane/models/strings';
import { FakeWorkbook } from '../helpers/fake-workbook';
import { expectClose } from '../helpers/tolerance';
import { functionsById } from '../../src/functions/registry';
import { installCustomFunctionsShim } from '../../src/functions/host-shim';
import { asSerial, computedValue, libreOfficeTimeoutMs, recalculateWithLibreOffice } from '../helpers/libreoffice';

const strings = modelsStrings('en');
const byId = new Map(declarations.map((declaration) => [declaration.id, declaration]));
const stamp = { version: '1.2.3', date: '2026-12-07' };

/** Two sheet names of 28 characters that agree in their first 20 (and far beyond). */
const base = 'Hashprice scenario 2026 base';
const bear = 'Hashprice scenario 2026 bear';

describe('portable names', () => {
  it('cuts a 40-character name to 31 characters, the suffix kept whole', () => {
    const long = 'Forty characters of a sheet name, really';
    expect(long).toHaveLength(40);
    expect(portableName(long)).toBe('Forty characters of (portable)');
    expect(portableName('x'.repeat(40))).toBe(`${'x'.repeat(20)} (portable)`);
    expect(portableName('x'.repeat(40))).toHaveLength(31);
  });

  it('gives names that agree in their first 20 characters different portable names, none past 31', () => {
    const names = portableNames([base, bear, 'Forty characters of a sheet name, really', 'Forty characters of a sheet name, truly', 'Short']);
    const values = [...names.values()];
    expect(new Set(values.map((name) => name.toUpperCase())).size).toBe(5);
    for (const name of values) expect(name.length).toBeLessThanOrEqual(31);
    expect(names.get(base)).toBe('Hashprice scenario 2 (portable)');
    expect(names.get(bear)).toBe('Hashprice scenario~2 (portable)');
    expect(names.get('Short')).toBe('Short (portable)');
  });

  it('never cuts a character in half', () => {
    const name = `${'x'.repeat(19)}😀 tail`;
    expect(portableName(name)).toBe(`${'x'.repeat(19)} (portable)`);
  });
});

describe('make a portable copy in the pane', () => {
  it("copies a user's own sheet named Provenance and writes the copy's list beside it, asking nothing", async () => {
    const book = new FakeWorkbook();
    book.addSheet('Inputs', { B1: 91132 });
    const mine = book.addSheet('Provenance', { A1: 'Where my numbers come from', A2: 'the 10-K' });
    const model = book.addSheet('Model');
    model.cells.set('B1', { formula: '=MINER.COMPANY("IREN","name")', value: 'IREN' });
    model.cells.set('B2', { formula: '=Provenance!A2', value: 'the 10-K' });
    const questions: string[] = [];
    const pane = book.pane({ confirm: async (message) => (questions.push(message), true) });
    const first = await makePortableCopy(pane, strings);
    expect(first).toMatchObject({ status: 'made', sheets: ['Inputs (portable)', 'Provenance (portable)', 'Model (portable)', 'Provenance (2)'] });
    expect(questions).toEqual([]);
    expect([...mine.cells]).toEqual([
      ['A1', { value: 'Where my numbers come from' }],
      ['A2', { value: 'the 10-K' }],
    ]);
    expect(book.sheet('Provenance (portable)')?.cells.get('A1')?.value).toBe('Where my numbers come from');
    expect(book.sheet('Model (portable)')?.cells.get('B2')?.formula).toBe("='Provenance (portable)'!A2");
    const list = book.sheet('Provenance (2)');
    expect(provenanceHeader.map((_, i) => list?.cells.get(`${String.fromCharCode(65 + i)}1`)?.value)).toEqual(provenanceHeader);
    expect(list?.cells.get('C2')?.value).toBe('=MINER.COMPANY("IREN","name")');
    // The value kept is marked on the copy in the "kept as values" fill; a rewritten formula is not.
    expect(book.sheet('Model (portable)')?.cells.get('B1')?.format).toEqual({ 'fill.color': '#E8E4F4' });
    expect(book.sheet('Model (portable)')?.cells.get('B2')?.format).toBeUndefined();
    // The list's columns are as wide as their text: "=MINER.COMPANY("IREN","name")" is 29 characters.
    expect(list?.columns.get('C')).toEqual({ columnWidth: Math.round(31 * (48 / 8.43)) });

    // The second copy recognises its own list by the header's marker and asks before replacing it;
    // the user's Provenance sheet is copied again, never replaced.
    const second = await makePortableCopy(pane, strings);
    expect(second).toMatchObject({ status: 'made' });
    expect(questions).toHaveLength(1);
    expect(questions[0]).toContain('“Provenance (2)”');
    expect(questions[0]).not.toContain('“Provenance”');
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Inputs', 'Provenance', 'Model', 'Inputs (portable)', 'Provenance (portable)', 'Model (portable)', 'Provenance (2)']);
    expect(book.sheet('Provenance')?.cells.get('A1')?.value).toBe('Where my numbers come from');
  });

  it('copies two sheets whose names agree in their first 20 characters, each formula pointing at its own copy', async () => {
    const book = new FakeWorkbook();
    book.addSheet(base, { B1: 91132 });
    book.addSheet(bear, { B1: 45566 });
    const summary = book.addSheet('Summary');
    summary.cells.set('B1', { formula: `='${base}'!B1-'${bear}'!B1`, value: 45566 });
    const outcome = await makePortableCopy(book.pane(), strings);
    expect(outcome).toMatchObject({ status: 'made', sheets: ['Hashprice scenario 2 (portable)', 'Hashprice scenario~2 (portable)', 'Summary (portable)', 'Provenance'] });
    expect(book.sheet('Hashprice scenario 2 (portable)')?.cells.get('B1')?.value).toBe(91132);
    expect(book.sheet('Hashprice scenario~2 (portable)')?.cells.get('B1')?.value).toBe(45566);
    expect(book.sheet('Summary (portable)')?.cells.get('B1')?.formula).toBe("='Hashprice scenario 2 (portable)'!B1-'Hashprice scenario~2 (portable)'!B1");
  });

  it('writes text cells in the Text format, so Excel keeps "0012", "1/2", "TRUE" and "=…" as text', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Inputs', { A1: '0012', A2: '1/2', A3: 'TRUE', A4: '=B9 (a note)', A5: 12, A6: true, A7: 'plain words', A8: '#N/A' });
    await makePortableCopy(book.pane(), strings);
    const copy = book.sheet('Inputs (portable)');
    // What was entered, and in which format (the fake files an entry starting with "=" as a formula
    // whatever the format; Excel enters anything in a Text cell as text).
    const entered = (address: string) => copy?.cells.get(address)?.value ?? copy?.cells.get(address)?.formula;
    const cells = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'].map((address) => [entered(address), copy?.cells.get(address)?.numberFormat]);
    expect(cells).toEqual([
      ['0012', textFormat],
      ['1/2', textFormat],
      ['TRUE', textFormat],
      ['=B9 (a note)', textFormat],
      [12, 'General'],
      [true, 'General'],
      ['plain words', textFormat],
      ['#N/A', 'General'],
    ]);
    // The Provenance sheet's formulas are text too: every cell of its list is in the Text format.
    const list = book.sheet('Provenance');
    expect([...(list?.cells.values() ?? [])].every((cell) => cell.numberFormat === textFormat)).toBe(true);
  });
});

/**
 * The plan written to an .xlsx as Office.js writes it: the number formats, then each entry as
 * Excel enters it (in a Text cell as text; elsewhere a formula when it starts with "=").
 */
function planWorkbook(contents: SheetContent[]): ExcelJS.Workbook {
  const plan = planPortableSheets(contents, byId, stamp);
  const workbook = new ExcelJS.Workbook();
  for (const sheet of plan.sheets) {
    const target = workbook.addWorksheet(sheet.name);
    const box = parseAddress(sheet.address);
    sheet.formulas.forEach((row, r) =>
      row.forEach((entry, c) => {
        const cell = target.getCell(box.top + r, box.left + 1 + c);
        cell.numFmt = sheet.numberFormat[r][c];
        const text = typeof entry === 'string' && sheet.numberFormat[r][c] !== textFormat;
        cell.value = text && (entry as string).startsWith('=') ? { formula: (entry as string).slice(1) } : (entry as ExcelJS.CellValue);
      }),
    );
  }
  return workbook;
}

/** A sheet as Office.js reads it: a formula shows 0 until computed; { text } is a text cell whose text starts with "=". */
const content = (name: string, rows: (string | number | { text: string })[][]): SheetContent => ({
  name,
  address: `'${name}'!A1:${String.fromCharCode(64 + rows[0].length)}${rows.length}`,
  formulas: rows.map((row) => row.map((entry) => (typeof entry === 'object' ? entry.text : entry))),
  values: rows.map((row) => row.map((entry) => (typeof entry === 'object' ? entry.text : typeof entry === 'string' && entry.startsWith('=') ? 0 : entry))),
  numberFormat: rows.map((row) => row.map(() => 'General')),
});

describe('the plan in a real .xlsx, computed by LibreOffice', () => {
  it(
    'opens with every sheet name valid and distinct, the formulas reaching both long-named copies, the text cells text',
    async () => {
      const contents = [
        content(base, [[91132], ['0012'], [{ text: '=not a formula' }]]),
        content(bear, [[45566], ['TRUE']]),
        content('Summary', [[`='${base}'!A1-'${bear}'!A1`], [`=ISTEXT('${base}'!A2)`], [`=ISTEXT('${bear}'!A2)`]]),
      ];
      const computed = await recalculateWithLibreOffice(planWorkbook(contents));
      expect(computed.worksheets.map((sheet) => sheet.name)).toEqual(['Hashprice scenario 2 (portable)', 'Hashprice scenario~2 (portable)', 'Summary (portable)']);
      const summary = computed.getWorksheet('Summary (portable)') as ExcelJS.Worksheet;
      expect(['A1', 'A2', 'A3'].map((address) => computedValue(summary.getCell(address)))).toEqual([45566, true, true]);
      const copy = computed.getWorksheet('Hashprice scenario 2 (portable)') as ExcelJS.Worksheet;
      expect([copy.getCell('A2').value, copy.getCell('A3').value]).toEqual(['0012', '=not a formula']);
    },
    libreOfficeTimeoutMs,
  );
});

describe('a spilled HASHPRICE_PATH in the pane’s copy', () => {
  /** Inputs in B1:B5, the path spilled from A7 as Excel holds it: the anchor's formula, the other cells their values. */
  function pathBook(months: number): { book: FakeWorkbook; table: unknown[][] } {
    installCustomFunctionsShim();
    const args = [46101, months, 70343.9, 957.7, 941472];
    const table = (functionsById().get('HASHPRICE_PATH') as (...a: unknown[]) => unknown[][])(...args);
    const book = new FakeWorkbook();
    const sheet = book.addSheet('Path', Object.fromEntries(args.map((value, i) => [`B${i + 1}`, value])));
    table.forEach((row, r) =>
      row.forEach((value, c) => {
        const address = `${String.fromCharCode(65 + c)}${7 + r}`;
        sheet.cells.set(address, r === 0 && c === 0 ? { formula: '=MINER.HASHPRICE_PATH(B1,B2,B3,B4,B5)', value } : { value });
      }),
    );
    return { book, table };
  }

  it('writes it as one plain formula a cell that LibreOffice computes to the add-in table, and follows a shorter months', async () => {
    const { book, table } = pathBook(4);
    const outcome = await makePortableCopy(book.pane(), strings);
    expect(outcome).toMatchObject({ status: 'made', frozen: 0 });
    const copy = book.sheet('Path (portable)');
    expect(copy?.cells.get('A7')?.value).toBe('date');
    expect(copy?.cells.get('A8')?.formula).toBe('=IF(0>=B2,"",EDATE(INT(B1),0))');
    expect(copy?.cells.get('F9')?.formula).toBe('=IF(A9="","",(C9+0)*144*E9/(D9*1000))');

    // The copy as a file, computed by LibreOffice; then the same with months cut to 2.
    const workbook = (months: number) => {
      const out = new ExcelJS.Workbook();
      const target = out.addWorksheet('Path (portable)');
      for (const [address, cell] of copy?.cells ?? []) {
        const entry = address === 'B2' ? months : (cell.formula ?? cell.value);
        target.getCell(address).value = typeof entry === 'string' && entry.startsWith('=') ? { formula: entry.slice(1) } : (entry as ExcelJS.CellValue);
      }
      return out;
    };
    for (const months of [4, 2]) {
      const computed = (await recalculateWithLibreOffice(workbook(months))).getWorksheet('Path (portable)') as ExcelJS.Worksheet;
      table.slice(1).forEach((row, r) =>
        row.forEach((expected, c) => {
          const actual = asSerial(computedValue(computed.getCell(8 + r, c + 1)));
          if (r >= months) expect({ months, r, c, actual: actual ?? '' }).toEqual({ months, r, c, actual: '' });
          else expectClose(actual as number, expected as number, 1e-9);
        }),
      );
    }
  }, libreOfficeTimeoutMs);
});
