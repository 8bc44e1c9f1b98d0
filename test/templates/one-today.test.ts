/**
 * One "today" across the product: in every model workbook (both languages), each input that
 * stands for today's network reads MINER.NETWORK and its cached value, computed by the add-in's
 * functions, is what NETWORK() answers without a date (the newest complete snapshot). No model
 * cites the January-2026 figures (91,132 USD, 146.47T) or the 2026-03-20 press price as today.
 * LibreOffice recomputes the portable copies of the same workbooks in
 * test/portable/model-workbooks.test.ts, where every cached number, these included, must match.
 */
import ExcelJS from 'exceljs';
import { networkFigure } from '../../src/core/data/network-figure';
import { models } from '../../src/models';
import { a1 } from '../../src/sheet/a1';
import { locales } from '../../src/sheet/locale';
import { networkInputFields } from '../../src/models/network-inputs';
import { generateWorkbooks, GeneratedWorkbook } from '../../tools/workbooks/build';
import { asSerial } from '../helpers/libreoffice';

let generated: GeneratedWorkbook[];

beforeAll(async () => {
  generated = await generateWorkbooks();
}, 120_000);

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook;
}

describe('one "today" across the model workbooks', () => {
  it("fleet-payback's and halving-path's today are NETWORK()'s: 2026-10-05, 86,303.18 USD", async () => {
    const today = {
      start_date: networkFigure('date', undefined, 'value'),
      btc_price_usd: networkFigure('btc_price_usd', undefined, 'value'),
      difficulty: networkFigure('difficulty', undefined, 'value'),
      start_block_height: networkFigure('block_height', undefined, 'value'),
      fees_btc_per_block: networkFigure('fees_btc_per_block', undefined, 'value'),
    };
    // Read without the code under test: 2026-10-05 is serial 46300; the snapshot's price from data/network.json.
    expect(today.start_date).toBe(46300);
    expect(today.btc_price_usd).toBe(86303.18);
    for (const id of ['fleet-payback', 'halving-path']) {
      for (const locale of locales) {
        const plan = models.find((m) => m.id === id)!.build({ locale }).sheets[0];
        const file = generated.find((g) => g.model.id === id && g.locale === locale)!;
        const sheet = (await open(file.bytes)).getWorksheet(plan.name)!;
        for (const [key, value] of Object.entries(today)) {
          const input = plan.inputs.find((i) => i.key === key)!;
          const cell = sheet.getCell(a1(input.row, input.col));
          const cached = (cell.value as { result?: unknown }).result;
          const result = asSerial(cached);
          expect({ id, locale, key, formula: cell.formula, result }).toEqual({
            id,
            locale,
            key,
            // As Excel stores a custom function's call in the file.
            formula: `_xldudf_MINER_NETWORK("${networkInputFields[key].field}")`,
            result: value,
          });
        }
      }
    }
  });

  it('every model input that stands for the network today reads MINER.NETWORK, in every model and language', () => {
    let checked = 0;
    // The sum of the parts takes a BTC price as a valuation assumption of the user's, not today's network.
    for (const model of models.filter((m) => m.id !== 'sotp')) {
      for (const locale of locales) {
        for (const sheet of model.build({ locale }).sheets) {
          for (const input of sheet.inputs.filter((i) => i.key in networkInputFields)) {
            const cell = sheet.cells.find((c) => c.row === input.row && c.col === input.col)!;
            expect({ model: model.id, key: input.key, formula: cell.formula }).toEqual({
              model: model.id,
              key: input.key,
              formula: { kind: 'miner', id: 'NETWORK', args: [{ kind: 'literal', value: networkInputFields[input.key].field }] },
            });
            checked++;
          }
        }
      }
    }
    // halving-path 5, fleet-payback 5, contract-underwriting 5, mining-vs-ai 3, breakeven-grid 2; twice (two languages).
    expect(checked).toBeGreaterThanOrEqual(40);
  });

  it('no workbook cites the January-2026 snapshot or the 2026-03-20 press price as a figure of today', async () => {
    const stale = /91[,.]?132|70[,.]?343\.9|33\.24|Hashrate Index roundup 2026-01-12|133\.79T, height 941,472/;
    for (const file of generated) {
      const workbook = await open(file.bytes);
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const text = typeof cell.value === 'string' ? cell.value : typeof cell.value === 'number' ? String(cell.value) : '';
            if (stale.test(text)) throw new Error(`${file.fileName} ${sheet.name}!${cell.address} cites ${text}`);
          }),
        ),
      );
    }
  });
});
