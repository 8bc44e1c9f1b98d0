/**
 * MINER.* functions over the bundled, sourced data: company presets, machine specs and the
 * network history. The only functions whose results follow the bundled data; each takes an
 * as_of_date where the contract gives one.
 */
import { asicFigure, asicParams } from '../core/data/asic';
import { companiesParams, companiesTable } from '../core/data/companies';
import { companyFigure, companyParams } from '../core/data/company';
import { contractsParams, contractsTable } from '../core/data/contracts';
import { networkFigure, networkFigureParams } from '../core/data/network-figure';
import { callNumber, callTable, callValue } from './invoke';

/**
 * A sourced figure for a company from the bundled presets, the latest on or before a date.
 * @customfunction COMPANY
 * @param ticker Company ticker, e.g. "IREN" (case and surrounding spaces ignored).
 * @param field One of name, power_capacity_mw, energized_mw, ai_contracted_it_mw, hashrate_ehs, fleet_efficiency_j_per_th, power_price_usd_per_kwh, btc_holdings.
 * @param [as_of_date] Date: the latest figure on or before it is returned. Default: the latest figure.
 * @returns The figure in the field's unit (MW, EH/s, J/TH, USD/kWh, BTC), or text for name.
 * @helpurl https://localhost:3000/docs/functions.html#company
 */
export function COMPANY(ticker: string, field: string, as_of_date?: number): number | string {
  return callValue(companyParams, [ticker, field, as_of_date], companyFigure);
}

/**
 * A spilled table of the bundled company presets: ticker, name, data as of.
 * @customfunction COMPANIES
 * @param [headers] TRUE puts a header row first. Default TRUE.
 * @returns One row a company, sorted by ticker; data as of is a date serial.
 * @helpurl https://localhost:3000/docs/functions.html#companies
 */
export function COMPANIES(headers?: boolean): any[][] {
  return callTable(companiesParams, [headers], companiesTable);
}

/**
 * A spilled table of a company's AI/HPC contracts from the bundled presets.
 * @customfunction CONTRACTS
 * @param ticker Company ticker, e.g. "IREN" (case and surrounding spaces ignored).
 * @param [headers] TRUE puts a header row first. Default TRUE.
 * @returns One row a contract: counterparty, kind, IT MW, value (USD), term (years), revenue per MW-year (USD), signed (date serial).
 * @helpurl https://localhost:3000/docs/functions.html#contracts
 */
export function CONTRACTS(ticker: string, headers?: boolean): any[][] {
  return callTable(contractsParams, [ticker, headers], contractsTable);
}

/**
 * A published spec of a mining machine from the bundled machine data.
 * @customfunction ASIC
 * @param model Machine model, e.g. "Antminer S21" (case and extra spaces ignored).
 * @param field One of hashrate_ths (TH/s), power_w (W), efficiency_j_per_th (J/TH), released (year).
 * @returns The spec in the field's unit.
 * @helpurl https://localhost:3000/docs/functions.html#asic
 */
export function ASIC(model: string, field: string): number {
  return callNumber(asicParams, [model, field], asicFigure);
}

/**
 * A figure from the bundled, sourced Bitcoin network history, from the latest row on or before a date that has it.
 * @customfunction NETWORK
 * @param field One of btc_price_usd, difficulty, network_hashrate_ehs (EH/s, from difficulty × 2^32 / 600), fees_btc_per_block, block_height, date.
 * @param [as_of_date] Date: the latest row on or before it with the field is used. Default: the latest such row.
 * @returns The figure in the field's unit; date returns the row's date serial.
 * @helpurl https://localhost:3000/docs/functions.html#network
 */
export function NETWORK(field: string, as_of_date?: number): number {
  return callNumber(networkFigureParams, [field, as_of_date], networkFigure);
}
