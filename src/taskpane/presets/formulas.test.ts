import { findPreset, listPresets, Preset } from '../../core/data/presets';
import { aiMwRevenueFormula, breakevenBtcFormula, contractPvFormula, presetFormulas } from './formulas';
import { planPresetInsert } from './plan';

describe('formula builders', () => {
  it('AI revenue per MW-year of the first contract, by structured reference', () => {
    expect(aiMwRevenueFormula('IREN').formula).toBe(
      '=MINER.AI_MW_REVENUE(INDEX(IREN_Contracts[contract_value_usd],1), INDEX(IREN_Contracts[term_years],1), INDEX(IREN_Contracts[it_load_mw],1))',
    );
    expect(aiMwRevenueFormula('IREN').tables).toEqual(['IREN_Contracts']);
  });

  it('contract present value at 10%, with the prepayment share when the contract has one', () => {
    expect(contractPvFormula('IREN', true).formula).toBe(
      '=MINER.CONTRACT_PV(INDEX(IREN_Contracts[contract_value_usd],1), INDEX(IREN_Contracts[term_years],1), 0.1, INDEX(IREN_Contracts[prepayment_share],1))',
    );
    expect(contractPvFormula('CORZ', false, 0.08).formula).toBe(
      '=MINER.CONTRACT_PV(INDEX(CORZ_Contracts[contract_value_usd],1), INDEX(CORZ_Contracts[term_years],1), 0.08)',
    );
  });

  it('breakeven BTC from the fleet names and the bundled network hashrate, or a cell', () => {
    expect(breakevenBtcFormula('IREN').formula).toBe(
      '=MINER.BREAKEVEN_BTC(IREN_FLEET_EFFICIENCY_J_PER_TH, IREN_POWER_PRICE_USD_PER_KWH, MINER.NETWORK("network_hashrate_ehs"))',
    );
    expect(breakevenBtcFormula('RIOT', 'Inputs!$B$3').formula).toBe('=MINER.BREAKEVEN_BTC(RIOT_FLEET_EFFICIENCY_J_PER_TH, RIOT_POWER_PRICE_USD_PER_KWH, Inputs!$B$3)');
    expect(breakevenBtcFormula('IREN').names).toEqual(['IREN_FLEET_EFFICIENCY_J_PER_TH', 'IREN_POWER_PRICE_USD_PER_KWH']);
    // With no cell given, the live figure the Network tab writes is preferred when it is there.
    expect(breakevenBtcFormula('IREN').ifName).toEqual({
      name: 'NET_HASHRATE_EHS',
      formula: '=MINER.BREAKEVEN_BTC(IREN_FLEET_EFFICIENCY_J_PER_TH, IREN_POWER_PRICE_USD_PER_KWH, NET_HASHRATE_EHS)',
    });
    expect(breakevenBtcFormula('RIOT', 'Inputs!$B$3').ifName).toBeUndefined();
  });
});

describe('presetFormulas: only formulas whose inputs the preset has', () => {
  it('IREN (a contract, fleet efficiency and power price) gets all three', () => {
    expect(presetFormulas(findPreset('IREN') as Preset).map((formula) => formula.kind)).toEqual(['aiMwRevenue', 'contractPv', 'breakevenBtc']);
  });

  it('a preset without contracts or fleet figures gets none', () => {
    expect(presetFormulas(findPreset('BITF') as Preset)).toEqual([]);
  });

  it('offers no breakeven without both efficiency and power price', () => {
    for (const preset of listPresets()) {
      const kinds = presetFormulas(preset).map((formula) => formula.kind);
      expect(kinds.includes('breakevenBtc')).toBe(Boolean(preset.fleet_efficiency_j_per_th && preset.power_price_usd_per_kwh));
      expect(kinds.includes('aiMwRevenue')).toBe((preset.contracts?.length ?? 0) > 0);
    }
  });

  it('refers only to names and tables that inserting the preset creates', () => {
    for (const preset of listPresets()) {
      const plan = planPresetInsert(preset);
      for (const formula of presetFormulas(preset)) {
        for (const name of formula.names) expect(plan.names.map((item) => item.name)).toContain(name);
        for (const table of formula.tables) expect(plan.tables.map((item) => item.name)).toContain(table);
        for (const column of formula.formula.match(/\[(\w+)\]/g) ?? []) {
          expect(plan.tables[1].header).toContain(column.slice(1, -1));
        }
      }
    }
  });

  it('passes the prepayment share only when the first contract has one', () => {
    for (const preset of listPresets()) {
      const pv = presetFormulas(preset).find((formula) => formula.kind === 'contractPv');
      if (pv) expect(pv.formula.includes('prepayment_share')).toBe(preset.contracts?.[0].prepayment_share !== undefined);
    }
  });
});
