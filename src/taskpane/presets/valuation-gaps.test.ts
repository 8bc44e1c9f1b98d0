import { findPreset, Preset } from '../../core/data/presets';
import { valuationGaps } from './valuation-gaps';

const preset = (ticker: string) => findPreset(ticker) as Preset;

describe('valuationGaps', () => {
  it('names the figures whose absence makes SOTP #N/A, then the assets it counts as 0', () => {
    // CORZ: no debt_usd, no shares_outstanding (data/presets/CORZ.json), no BTC holdings.
    expect(valuationGaps(preset('CORZ'))).toEqual({ blocking: ['debt_usd', 'shares_outstanding'], assets: ['btc_holdings'] });
    // HUT: all but a hashrate (mining sits in American Bitcoin).
    expect(valuationGaps(preset('HUT'))).toEqual({ blocking: [], assets: ['hashrate_ehs'] });
  });

  it('counts a figure as present from its first dated entry, and an absent field as a gap', () => {
    const bare: Preset = { ticker: 'XX', name: { value: 'X', unit: 'text', as_of: '2026-01-01', source: 'https://x.invalid' } };
    expect(valuationGaps(bare)).toEqual({
      blocking: ['debt_usd', 'shares_outstanding'],
      assets: ['hashrate_ehs', 'ai_contracted_it_mw', 'pipeline_mw', 'btc_holdings', 'cash_usd'],
    });
  });
});
