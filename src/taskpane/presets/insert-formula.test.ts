import { workbookMock } from '../../../test/taskpane/workbook-mock';
import { breakevenBtcFormula, aiMwRevenueFormula } from './formulas';
import { writeFormula } from './insert-formula';

const breakeven = breakevenBtcFormula('IREN');
const inserted = { IREN_FLEET_EFFICIENCY_J_PER_TH: "='IREN'!$B$10", IREN_POWER_PRICE_USD_PER_KWH: "='IREN'!$B$11" };

function run(state: Parameters<typeof workbookMock>[0], formula = breakeven, answer = true) {
  const mock = workbookMock(state);
  const asked: [string, string][] = [];
  const result = mock.excel.run((context) =>
    writeFormula(context, formula, {
      confirmOverwrite: async (address, content) => {
        asked.push([address, content]);
        return answer;
      },
    }),
  );
  return { mock, asked, result };
}

describe('writeFormula (office-addin-mock workbook)', () => {
  it('writes the formula into an empty active cell without asking, in two syncs', async () => {
    const { mock, asked, result } = run({ sheets: ['Model'], names: inserted, activeCell: { sheet: 'Model', address: 'C3', formula: '' } });
    await expect(result).resolves.toEqual({ status: 'written', address: 'Model!C3', formula: breakeven.formula });
    expect(asked).toEqual([]);
    expect(mock.activeCellFormulas()).toEqual([[breakeven.formula]]);
    expect(mock.syncs()).toBe(2);
  });

  it('asks before overwriting a cell that holds something; no leaves it as it was', async () => {
    const state = { sheets: ['Model'], names: inserted, activeCell: { sheet: 'Model', address: 'C3', formula: '=1+1' } };
    const { mock, asked, result } = run(state, breakeven, false);
    await expect(result).resolves.toEqual({ status: 'cancelled', address: 'Model!C3' });
    expect(asked).toEqual([['Model!C3', '=1+1']]);
    expect(mock.activeCellFormulas()).toEqual([['=1+1']]);
  });

  it('overwrites after a yes', async () => {
    const state = { sheets: ['Model'], names: inserted, activeCell: { sheet: 'Model', address: 'C3', formula: '42' } };
    const { mock, result } = run(state, breakeven, true);
    await expect(result).resolves.toMatchObject({ status: 'written' });
    expect(mock.activeCellFormulas()).toEqual([[breakeven.formula]]);
  });

  it('writes nothing when the names or table it refers to are not in the workbook', async () => {
    const { mock, result } = run({ sheets: ['Model'], names: { IREN_FLEET_EFFICIENCY_J_PER_TH: "='IREN'!$B$10" } });
    await expect(result).resolves.toEqual({ status: 'missing', missing: ['IREN_POWER_PRICE_USD_PER_KWH'] });
    expect(mock.activeCellFormulas()).toEqual([['']]);
    const contracts = run({ sheets: ['Model'] }, aiMwRevenueFormula('IREN'));
    await expect(contracts.result).resolves.toEqual({ status: 'missing', missing: ['IREN_Contracts'] });
  });

  it('uses the live network hashrate cell (NET_HASHRATE_EHS) when the Network tab has written it', async () => {
    const { mock, result } = run({ sheets: ['Model', 'Network'], names: { ...inserted, NET_HASHRATE_EHS: "='Network'!$B$4" } });
    const live = '=MINER.BREAKEVEN_BTC(IREN_FLEET_EFFICIENCY_J_PER_TH, IREN_POWER_PRICE_USD_PER_KWH, NET_HASHRATE_EHS)';
    await expect(result).resolves.toEqual({ status: 'written', address: 'Sheet1!A1', formula: live });
    expect(mock.activeCellFormulas()).toEqual([[live]]);
    expect(mock.syncs()).toBe(2);
  });

  it('finds the contracts table when it exists', async () => {
    const state = { sheets: ['IREN'], tables: { IREN_Contracts: { sheet: 'IREN', address: 'H4:P5' } } };
    const { mock, result } = run(state, aiMwRevenueFormula('IREN'));
    await expect(result).resolves.toMatchObject({ status: 'written' });
    expect(mock.activeCellFormulas()).toEqual([[aiMwRevenueFormula('IREN').formula]]);
  });
});
