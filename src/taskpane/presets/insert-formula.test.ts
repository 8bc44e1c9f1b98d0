/** A ready formula into the active cell, through the workbook gateway, in the shared fake workbook. */
import { findPreset, Preset } from '../../core/data/presets';
import { FakeWorkbook } from '../../../test/helpers/fake-workbook';
import { insertPresetFormula } from './actions';
import { aiMwRevenueFormula, breakevenBtcFormula, PresetFormula } from './formulas';

const iren = findPreset('IREN') as Preset;
const breakeven = breakevenBtcFormula('IREN');
const inserted = { IREN_FLEET_EFFICIENCY_J_PER_TH: "='IREN'!$B$10", IREN_POWER_PRICE_USD_PER_KWH: "='IREN'!$B$11" };

function run(setUp: (book: FakeWorkbook) => void, formula: PresetFormula = breakeven, answer = true) {
  const book = new FakeWorkbook();
  book.addSheet('IREN');
  setUp(book);
  const asked: string[] = [];
  const result = insertPresetFormula(book.pane({ confirm: async (message) => (asked.push(message), answer) }), iren, formula);
  return { book, asked, result };
}

const withNames = (names: Record<string, string>, cell = '') => (book: FakeWorkbook) => {
  for (const [name, reference] of Object.entries(names)) book.addName(name, reference);
  book.selectCell('Model', 'C3', cell);
};

describe('inserting a ready formula', () => {
  it('writes the formula into an empty active cell without asking', async () => {
    const { book, asked, result } = run(withNames(inserted));
    await expect(result).resolves.toEqual({ status: 'written', address: 'Model!C3', formula: breakeven.formula });
    expect(asked).toEqual([]);
    expect(book.cell('Model', 'C3')).toBe(breakeven.formula);
  });

  it('asks before overwriting a cell that holds something; no leaves it as it was', async () => {
    const { book, asked, result } = run(withNames(inserted, '=1+1'), breakeven, false);
    await expect(result).resolves.toEqual({ status: 'cancelled', address: 'Model!C3' });
    expect(asked).toEqual(['Cell Model!C3 is not empty (it holds =1+1). Overwrite it with the formula?']);
    expect(book.cell('Model', 'C3')).toBe('=1+1');
  });

  it('overwrites after a yes', async () => {
    const { book, result } = run(withNames(inserted, '42'));
    await expect(result).resolves.toMatchObject({ status: 'written' });
    expect(book.cell('Model', 'C3')).toBe(breakeven.formula);
  });

  it('writes nothing when the names or table it refers to are not in the workbook', async () => {
    const { book, result } = run(withNames({ IREN_FLEET_EFFICIENCY_J_PER_TH: "='IREN'!$B$10" }));
    await expect(result).resolves.toEqual({ status: 'missing', missing: ['IREN_POWER_PRICE_USD_PER_KWH'] });
    expect(book.cell('Model', 'C3')).toBeUndefined();
    const contracts = run(withNames({}), aiMwRevenueFormula('IREN'));
    await expect(contracts.result).resolves.toEqual({ status: 'missing', missing: ['IREN_Contracts'] });
  });

  it('uses the live network hashrate cell (NET_HASHRATE_EHS) when the Network tab has written it', async () => {
    const { book, result } = run(withNames({ ...inserted, NET_HASHRATE_EHS: "='IREN'!$B$4" }));
    const live = '=MINER.BREAKEVEN_BTC(IREN_FLEET_EFFICIENCY_J_PER_TH, IREN_POWER_PRICE_USD_PER_KWH, NET_HASHRATE_EHS)';
    await expect(result).resolves.toEqual({ status: 'written', address: 'Model!C3', formula: live });
    expect(book.cell('Model', 'C3')).toBe(live);
  });

  it('finds the contracts table when it exists', async () => {
    const { book, result } = run((fake) => {
      fake.addTable('IREN_Contracts', 'IREN', 'H4:P5');
      fake.selectCell('IREN', 'A20');
    }, aiMwRevenueFormula('IREN'));
    await expect(result).resolves.toMatchObject({ status: 'written' });
    expect(book.cell('IREN', 'A20')).toBe(aiMwRevenueFormula('IREN').formula);
  });

  it('writes nothing when the cell changed after the user agreed to overwrite it', async () => {
    const book = new FakeWorkbook();
    withNames(inserted, 'draft')(book);
    const confirm = async () => {
      book.sheet('Model')!.cells.set('C3', { value: 'edited meanwhile' });
      return true;
    };
    await expect(insertPresetFormula(book.pane({ confirm }), iren, breakeven)).resolves.toMatchObject({ status: 'failed' });
    expect(book.cell('Model', 'C3')).toBe('edited meanwhile');
  });
});
