/**
 * Inserting a model into a workbook (the shared fake workbook): the sheets are built from the same
 * definitions as the .xlsx files, formulas spelled as typed; nothing else in the workbook
 * changes; an existing sheet of the same name is replaced only after the user agrees; inputs
 * follow an inserted preset's names when asked; Japanese labels on request.
 */
import { FakeWorkbook } from '../../../test/helpers/fake-workbook';
import { formulaText } from '../../sheet/formula';
import { findModel, models } from '../../models';
import type { ModelDefinition } from '../../models';
import { a1 } from '../../sheet/a1';
import { locales } from '../../sheet/locale';
import { inputFill } from '../../models/styles';
import { officeWrites, widthInPoints } from './office-plan';
import { modelsStrings } from './strings';
import { insertModel, presetLinks } from './write-model';
import { insertPreset } from '../presets/actions';
import { findPreset, Preset } from '../../core/data/presets';

const strings = modelsStrings('en');
const model = (id: string) => findModel(id) as ModelDefinition;

function bookWithUserSheet(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1', { A1: 'my notes', B2: 42 });
  return book;
}

describe('officeWrites (pure)', () => {
  it('writes, for every model and language, the formulas of the .xlsx file as a user types them', () => {
    for (const definition of models) {
      for (const locale of locales) {
        const plan = definition.build({ locale });
        const writes = officeWrites(plan);
        plan.sheets.forEach((sheet, i) => {
          const byAddress = new Map(writes[i].cells.map((c) => [c.address, c]));
          for (const cell of sheet.cells.filter((c) => c.formula)) {
            const typed = byAddress.get(a1(cell.row, cell.col))?.formula;
            const stored = formulaText(cell.formula!, sheet.name, 'file');
            expect(typed).toBe(`=${stored.replace(/_xldudf_MINER_/g, 'MINER.')}`);
            expect(typed).not.toContain('_xldudf_');
          }
          for (const input of sheet.inputs) expect(byAddress.get(a1(input.row, input.col))?.look.fill).toBe(inputFill);
        });
      }
    }
  });

  it('gives each spilled range its column formats and each chart its ranges', () => {
    const [sheet] = officeWrites(model('halving-path').build({ locale: 'en' }));
    expect(sheet.spillFormats).toHaveLength(1);
    expect(sheet.spillFormats[0].formats[0]).toEqual(['yyyy-mm-dd', '#,##0', '#,##0.0000', '#,##0.0', '#,##0', '#,##0.00']);
    expect(sheet.charts).toEqual([
      expect.objectContaining({ kind: 'line', series: [expect.objectContaining({ type: 'line', values: expect.stringMatching(/^F\d+:F\d+$/) })] }),
    ]);
    const [contract] = officeWrites(model('contract-underwriting').build({ locale: 'en' }));
    expect(contract.charts[0].kind).toBe('barLine');
  });
});

describe('insertModel against a workbook', () => {
  it('adds the model as a new sheet, touching nothing else', async () => {
    const book = bookWithUserSheet();
    const before = book.snapshot() as { sheets: unknown[] };
    const outcome = await insertModel(book.pane(), model('halving-path'), { locale: 'en' }, strings);
    expect(outcome).toEqual({ status: 'inserted', sheets: ['Halving path'], link: undefined });
    expect((book.snapshot() as { sheets: unknown[] }).sheets[0]).toEqual(before.sheets[0]);
    const sheet = book.sheet('Halving path')!;
    expect(book.activeSheet?.name).toBe('Halving path');
    const writes = officeWrites(model('halving-path').build({ locale: 'en' }))[0];
    for (const cell of writes.cells) {
      const written = sheet.cells.get(cell.address)!;
      if (cell.formula) expect(written.formula).toBe(cell.formula);
      else if (cell.value !== undefined) expect(written.value).toBe(cell.value);
    }
    const anchor = [...sheet.cells.values()].find((c) => c.formula?.startsWith('=MINER.HASHPRICE_PATH('));
    expect(anchor).toBeDefined();
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({
      type: 'Line',
      properties: { title: writes.charts[0].title, 'series0.name': writes.charts[0].series[0].name, 'series0.xValues': writes.charts[0].categories },
    });
    expect(sheet.columns.get('A')?.columnWidth).toBe(widthInPoints(model('halving-path').build({ locale: 'en' }).sheets[0].columnWidths[0]));
  });

  it('styles inputs blue on yellow and keeps number formats', async () => {
    const book = bookWithUserSheet();
    await insertModel(book.pane(), model('contract-underwriting'), { locale: 'en' }, strings);
    const plan = model('contract-underwriting').build({ locale: 'en' }).sheets[0];
    const sheet = book.sheet(plan.name)!;
    const value = plan.inputs.find((i) => i.key === 'contract_value_usd')!;
    expect(sheet.cells.get(a1(value.row, value.col))).toMatchObject({ value: 9.7e9, format: { 'fill.color': `#${inputFill}`, 'font.color': '#0000FF' }, numberFormat: '#,##0' });
    expect(sheet.charts[0].properties['series1.chartType']).toBe('Line');
    expect(sheet.charts[0].type).toBe('ColumnClustered');
  });

  it('makes the rows of wrapped table headers tall enough', async () => {
    const book = bookWithUserSheet();
    await insertModel(book.pane(), model('company-comparison'), { locale: 'en' }, strings);
    const [writes] = officeWrites(model('company-comparison').build({ locale: 'en' }));
    expect(writes.rowHeights.length).toBeGreaterThan(0);
    for (const { row, height } of writes.rowHeights) expect(book.sheet('Companies')!.rows.get(row)?.rowHeight).toBe(height);
  });

  it('asks before replacing a sheet of the same name, and changes nothing when the user declines', async () => {
    const book = bookWithUserSheet();
    book.addSheet('Breakeven grid', { A1: 'older copy, edited by hand' });
    const before = book.snapshot();
    const questions: string[] = [];
    const outcome = await insertModel(
      book.pane({ confirm: async (message, label) => (questions.push(`${label}: ${message}`), false) }),
      model('breakeven-grid'),
      { locale: 'en' },
      strings,
    );
    expect(outcome).toEqual({ status: 'cancelled', sheets: ['Breakeven grid'] });
    expect(questions).toEqual([
      'Replace: This workbook already has “Breakeven grid”. Update it with a fresh copy of the model? The cells the model fills (within “Breakeven grid”!A1:H34) are overwritten, with their formats, the widths of those columns and the model’s own charts; the sheet’s other cells stay, and formulas and names that refer to it keep working.',
    ]);
    expect(book.snapshot()).toEqual(before);
    expect(book.syncsPerBatch).toHaveLength(1);
  });

  it('updates the sheet in place when the user agrees, keeping its other cells, the references to it and the other sheets', async () => {
    const book = bookWithUserSheet();
    book.addSheet('breakeven GRID', { A1: 'older copy', Z90: 'my note' });
    book.sheet('Sheet1')!.cells.set('C1', { formula: "='breakeven GRID'!A1" });
    book.addName('MY_TITLE', "='breakeven GRID'!$A$1");
    const outcome = await insertModel(book.pane({ confirm: async () => true }), model('breakeven-grid'), { locale: 'en' }, strings);
    expect(outcome).toMatchObject({ status: 'inserted', replaced: true });
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1', 'breakeven GRID']);
    const title = model('breakeven-grid').build({ locale: 'en' }).title;
    expect(book.sheet('Breakeven grid')!.cells.get('A1')!.value).toBe(title);
    expect(book.shown('Sheet1', 'C1')).toBe(title);
    expect(book.formulaOf('MY_TITLE')).toBe("='breakeven GRID'!$A$1");
    expect(book.cell('Breakeven grid', 'Z90')).toBe('my note');
    expect(book.sheet('Sheet1')!.cells.get('B2')!.value).toBe(42);
  });

  it('links the inputs to an inserted preset’s names when that preset is in the workbook', async () => {
    const book = bookWithUserSheet();
    for (const name of ['IREN_FLEET_EFFICIENCY_J_PER_TH', 'IREN_POWER_PRICE_USD_PER_KWH', 'MARA_HASHRATE_EHS']) book.addName(name, "='IREN'!$B$5");
    expect(presetLinks(model('mining-vs-ai'), [...book.names.keys()])).toEqual([
      { ticker: 'IREN', links: { efficiency_j_per_th: 'IREN_FLEET_EFFICIENCY_J_PER_TH', power_price_usd_per_kwh: 'IREN_POWER_PRICE_USD_PER_KWH' } },
    ]);
    const outcome = await insertModel(book.pane(), model('mining-vs-ai'), { locale: 'en', ticker: 'IREN' }, strings);
    expect(outcome).toMatchObject({ status: 'inserted', link: { ticker: 'IREN' } });
    const plan = model('mining-vs-ai').build({ locale: 'en' }).sheets[0];
    const cellOf = (key: string) => {
      const input = plan.inputs.find((i) => i.key === key)!;
      return book.sheet(plan.name)!.cells.get(a1(input.row, input.col))!;
    };
    expect(cellOf('efficiency_j_per_th')).toMatchObject({ formula: '=IREN_FLEET_EFFICIENCY_J_PER_TH', format: { 'fill.color': `#${inputFill}` } });
    expect(cellOf('power_price_usd_per_kwh').formula).toBe('=IREN_POWER_PRICE_USD_PER_KWH');
    expect(cellOf('btc_price_usd').formula).toBe('=MINER.NETWORK("btc_price_usd")');
  });

  it("links today's network inputs to the Network sheet's NET_* names when the pane wrote them; the start date keeps reading NETWORK", async () => {
    const book = bookWithUserSheet();
    const netNames = ['NET_BTC_PRICE_USD', 'NET_DIFFICULTY', 'NET_HASHRATE_EHS', 'NET_BLOCK_HEIGHT', 'NET_FEES_BTC_PER_BLOCK', 'NET_FETCHED_AT'];
    netNames.forEach((name, i) => book.addName(name, `=Network!$B$${5 + i}`));
    const outcome = await insertModel(book.pane(), model('halving-path'), { locale: 'en' }, strings);
    expect(outcome).toMatchObject({ status: 'inserted' });
    const plan = model('halving-path').build({ locale: 'en' }).sheets[0];
    const formulaOf = (key: string) => {
      const input = plan.inputs.find((i) => i.key === key)!;
      return book.sheet(plan.name)!.cells.get(a1(input.row, input.col))!.formula;
    };
    expect(['btc_price_usd', 'difficulty', 'start_block_height', 'fees_btc_per_block', 'start_date'].map(formulaOf)).toEqual([
      '=NET_BTC_PRICE_USD',
      '=NET_DIFFICULTY',
      '=NET_BLOCK_HEIGHT',
      '=NET_FEES_BTC_PER_BLOCK',
      '=MINER.NETWORK("date")',
    ]);
    const without = bookWithUserSheet();
    await insertModel(without.pane(), model('halving-path'), { locale: 'en' }, strings);
    const input = plan.inputs.find((i) => i.key === 'btc_price_usd')!;
    expect(without.sheet(plan.name)!.cells.get(a1(input.row, input.col))!.formula).toBe('=MINER.NETWORK("btc_price_usd")');
  });

  it('inserts the sum of the parts wired to an inserted preset: its ticker cell follows the preset, the notes table is laid out for it', async () => {
    const book = bookWithUserSheet();
    await expect(insertPreset(book.pane(), findPreset('WULF') as Preset)).resolves.toMatchObject({ status: 'written' });
    expect(book.names.has('WULF_TICKER')).toBe(true);
    const sotp = model('sotp');
    expect(presetLinks(sotp, [...book.names.keys()])).toEqual([{ ticker: 'WULF', links: { ticker: 'WULF_TICKER' } }]);
    const outcome = await insertModel(book.pane(), sotp, { locale: 'en', ticker: 'WULF' }, strings);
    expect(outcome).toMatchObject({ status: 'inserted', link: { ticker: 'WULF' } });

    const linked = sotp.build({ locale: 'en', links: { ticker: 'WULF_TICKER' }, ticker: 'WULF' }).sheets[0];
    const prefilled = sotp.build({ locale: 'en' }).sheets[0];
    const sheet = book.sheet(linked.name)!;
    const tickerInput = linked.inputs.find((input) => input.key === 'ticker')!;
    expect(sheet.cells.get(a1(tickerInput.row, tickerInput.col))?.formula).toBe('=WULF_TICKER');
    // WULF has three notes outstanding on 2026-03-31, IREN (prefilled) five: the notes table and all below it move up two rows.
    const notesAnchor = (plan: typeof linked) => plan.cells.find((cell) => cell.spill && JSON.stringify(cell.formula).includes('"NOTES"'))!;
    const last = (plan: typeof linked) => Math.max(...plan.cells.map((cell) => cell.row));
    expect(notesAnchor(linked).spill?.rows).toBe(4);
    expect(notesAnchor(prefilled).spill?.rows).toBe(6);
    expect(last(prefilled) - last(linked)).toBe(2);
    for (const cell of linked.cells.filter((c) => c.formula)) {
      expect(sheet.cells.get(a1(cell.row, cell.col))?.formula).toBe(formulaText(cell.formula!, linked.name, 'office'));
    }
  });

  it('inserts Japanese labels on request', async () => {
    const book = bookWithUserSheet();
    const outcome = await insertModel(book.pane(), model('mining-vs-ai'), { locale: 'ja' }, strings);
    expect(outcome).toMatchObject({ status: 'inserted', sheets: ['マイニング対AI'] });
    expect(String(book.sheet('マイニング対AI')!.cells.get('A1')!.value)).toMatch(/マイニング/);
  });

  it('reports an Excel failure without throwing', async () => {
    const book = new FakeWorkbook({ readOnly: 'GeneralException: the workbook is read-only' });
    const outcome = await insertModel(book.pane(), model('halving-path'), { locale: 'en' }, strings);
    expect(outcome).toEqual({ status: 'failed', message: 'GeneralException: the workbook is read-only. The workbook is as it was.' });
  });
});
