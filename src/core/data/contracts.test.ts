import { readPresetFiles, serial } from '../../../test/helpers/data-files';
import { Decimal } from '../arithmetic/decimal';
import { contractRevenueUsdPerMwYear, contractsHeaders, contractsParams, contractsTable } from './contracts';
import { Contract } from './presets';
import { checkedCore } from '../params';

const checkedContractsTable = checkedCore(contractsParams, contractsTable);

const presetFiles = readPresetFiles<{ ticker: string; contracts?: Contract[] }>();
const tickers = presetFiles.map((p) => p.ticker);

describe('contractsTable', () => {
  // IREN–Microsoft GPU cloud (marketchameleon.com, 2025-11-03): 200 MW IT, $9.7B, 5 years:
  // 9.7e9 / 5 / 200 = $9,700,000 per MW-year. Signed 2025-11-03 = serial 45964.
  it('gives IREN Microsoft 200 MW, $9.7B, 5 years, $9.7M per MW-year', () => {
    expect(checkedContractsTable('IREN')).toEqual([
      contractsHeaders,
      ['Microsoft', 'gpu_cloud', 200, 9_700_000_000, 5, 9_700_000, 45964],
    ]);
  });

  it('ignores the case and surrounding spaces of the ticker; headers FALSE drops the header row', () => {
    expect(contractsTable(' iren ', false)).toEqual(checkedContractsTable('IREN').slice(1));
  });

  it('lists every contract of every preset file, in file order', () => {
    for (const file of presetFiles) {
      const contracts = file.contracts ?? [];
      if (contracts.length === 0) continue;
      const rows = contractsTable(file.ticker, false);
      expect(rows).toEqual(
        contracts.map((c) => [
          c.counterparty,
          c.kind,
          c.it_load_mw,
          c.contract_value_usd,
          c.term_years,
          new Decimal(c.contract_value_usd).div(c.term_years).div(c.it_load_mw).toNumber(),
          serial(c.signed),
        ]),
      );
    }
  });

  it('names the tickers for an unknown ticker', () => {
    expect(() => checkedContractsTable('XYZ')).toThrow(`unknown ticker "XYZ"; available: ${tickers.join(', ')}`);
  });

  it('says when a company has no contracts', () => {
    const without = presetFiles.filter((f) => (f.contracts ?? []).length === 0).map((f) => f.ticker);
    expect(without).toContain('MARA'); // data/presets/MARA.json lists no AI/HPC contracts
    for (const ticker of without) {
      expect(() => checkedContractsTable(ticker)).toThrow(`${ticker} has no AI/HPC contracts in the presets`);
    }
  });

  it('declares ticker and an optional headers flag, default TRUE', () => {
    expect(contractsParams.map((p) => [p.name, p.kind, p.optional, p.defaultValue])).toEqual([
      ['ticker', 'text', false, undefined],
      ['headers', 'boolean', true, true],
    ]);
  });
});

describe('contractRevenueUsdPerMwYear', () => {
  const base: Contract = {
    counterparty: 'X',
    kind: 'colocation',
    it_load_mw: 3,
    contract_value_usd: 1_000_000_000,
    term_years: 7,
    signed: '2025-01-01',
    source: 'https://example.invalid/',
  };

  it('divides value by term and MW exactly (decimal, then rounded once to a double)', () => {
    // 1e9 / 7 / 3 = 47,619,047.619047619...
    expect(contractRevenueUsdPerMwYear(base)).toBe(47_619_047.61904762);
    expect(contractRevenueUsdPerMwYear({ ...base, it_load_mw: 0.1, term_years: 0.3, contract_value_usd: 0.3 })).toBe(10);
  });
});
