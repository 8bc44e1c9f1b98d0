import { aiRevenueUsdPerMwYear } from '../hosting/ai-mw-revenue';
import { notFound } from '../errors';
import { optionalBoolean } from '../params';
import { tickerParam } from './ticker-param';
import { DataCell, presetOrThrow, serialOf } from './lookup';
import { Contract } from './presets';

export const contractsParams = [tickerParam, optionalBoolean('headers', true)] as const;

/** The column headers of CONTRACTS. */
export const contractsHeaders: readonly string[] = [
  'counterparty',
  'kind',
  'it_load_mw',
  'contract_value_usd',
  'term_years',
  'revenue_usd_per_mw_year',
  'signed',
];

/**
 * Contract revenue per MW of critical IT load per year: value / term / MW, computed exactly
 * (the AI_MW_REVENUE formula applied to a bundled contract).
 *
 * @example contractRevenueUsdPerMwYear(IREN's Microsoft contract: $9.7B, 5 years, 200 MW) === 9,700,000
 */
export function contractRevenueUsdPerMwYear(contract: Contract): number {
  return aiRevenueUsdPerMwYear(contract.contract_value_usd, contract.term_years, contract.it_load_mw);
}

/**
 * A company's AI/HPC contracts from the bundled presets as a table, one row a contract in
 * the preset's order: counterparty, kind (gpu_cloud, colocation, powered_shell, lease), IT
 * load (MW), value (USD), term (years), revenue per MW-year (USD, value / term / MW) and the
 * signing date (Excel serial). Only contracts whose MW, value and term are all published are
 * in the presets.
 *
 * @param ticker the company's ticker, case and surrounding spaces ignored
 * @param headers TRUE (default) puts a header row first (the names in contractsHeaders)
 * @returns one row of seven cells a contract, with the header row when asked
 * @throws not_found for an unknown ticker (lists the tickers)
 * @throws not_found when the company has no contracts in the presets
 * @example contractsTable('IREN', false) is [['Microsoft', 'gpu_cloud', 200, 9.7e9, 5, 9.7e6, 45964]] (signed 2025-11-03)
 */
export function contractsTable(ticker: string, headers: boolean): DataCell[][] {
  const preset = presetOrThrow(ticker);
  const contracts = preset.contracts ?? [];
  if (contracts.length === 0) throw notFound(`${preset.ticker} has no AI/HPC contracts in the presets`);
  const rows: DataCell[][] = contracts.map((contract) => [
    contract.counterparty,
    contract.kind,
    contract.it_load_mw,
    contract.contract_value_usd,
    contract.term_years,
    contractRevenueUsdPerMwYear(contract),
    serialOf(contract.signed),
  ]);
  return headers ? [[...contractsHeaders], ...rows] : rows;
}
