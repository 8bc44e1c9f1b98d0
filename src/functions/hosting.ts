/**
 * MINER.* AI/HPC hosting and conversion functions: thin declared wrappers over src/core/hosting.
 */
import { aiMwRevenueParams, aiRevenueUsdPerMwYear } from '../core/hosting/ai-mw-revenue';
import { coloMwRevenueParams, coloRevenueUsdPerMwYear } from '../core/hosting/colo-mw-revenue';
import { contractPresentValueUsd, contractPvParams } from '../core/hosting/contract-pv';
import { conversionCashflows, conversionCashflowsParams } from '../core/hosting/conversion-cashflows';
import { conversionNpvParams, conversionNpvUsd } from '../core/hosting/conversion-npv';
import { conversionPaybackYears, conversionPaybackYearsParams } from '../core/hosting/conversion-payback-years';
import { gpuMwRevenueParams, gpuRevenueUsdPerMwYear } from '../core/hosting/gpu-mw-revenue';
import { itLoadMw, itLoadMwParams } from '../core/hosting/it-load-mw';
import { valuePerWattParams, valuePerWattUsd } from '../core/hosting/value-per-watt';
import { callNumber, callTable } from './invoke';

/**
 * Contract revenue per MW of critical IT load per year: contract value / term / MW.
 * @customfunction AI_MW_REVENUE
 * @param contract_value_usd Total contract value in USD, >= 0.
 * @param term_years Contract term in years, > 0 (an average term may be fractional).
 * @param it_load_mw Critical IT load under the contract in MW, > 0.
 * @returns USD per MW of IT load per year.
 * @helpurl https://localhost:3000/docs/functions.html#ai_mw_revenue
 */
export function AI_MW_REVENUE(contract_value_usd: number, term_years: number, it_load_mw: number): number {
  return callNumber(aiMwRevenueParams, [contract_value_usd, term_years, it_load_mw], aiRevenueUsdPerMwYear);
}

/**
 * GPU-cloud revenue per MW of IT load per year: price × 8,760 × utilization × 1,000 / kW per GPU.
 * @customfunction GPU_MW_REVENUE
 * @param price_usd_per_gpu_hour Rental price in USD per GPU-hour, >= 0.
 * @param kw_per_gpu IT power per GPU in kW including its share of servers and network, > 0.
 * @param [utilization] Share of the year's hours rented, 0 to 1. Default 1.
 * @returns USD per MW of IT load per year.
 * @helpurl https://localhost:3000/docs/functions.html#gpu_mw_revenue
 */
export function GPU_MW_REVENUE(price_usd_per_gpu_hour: number, kw_per_gpu: number, utilization?: number): number {
  return callNumber(gpuMwRevenueParams, [price_usd_per_gpu_hour, kw_per_gpu, utilization], gpuRevenueUsdPerMwYear);
}

/**
 * Colocation or powered-shell rent per MW of IT load per year: rent × 1,000 × 12 × occupancy.
 * @customfunction COLO_MW_REVENUE
 * @param rent_usd_per_kw_month Rent in USD per kW of IT load per month, >= 0.
 * @param [occupancy] Share of the IT load leased, 0 to 1. Default 1.
 * @returns USD per MW of IT load per year.
 * @helpurl https://localhost:3000/docs/functions.html#colo_mw_revenue
 */
export function COLO_MW_REVENUE(rent_usd_per_kw_month: number, occupancy?: number): number {
  return callNumber(coloMwRevenueParams, [rent_usd_per_kw_month, occupancy], coloRevenueUsdPerMwYear);
}

/**
 * Critical IT load a site's gross power supports: gross MW / PUE.
 * @customfunction IT_LOAD_MW
 * @param gross_mw The site's gross (utility) power in MW, >= 0.
 * @param pue Power usage effectiveness (facility power / IT power), >= 1.
 * @returns Critical IT load in MW.
 * @helpurl https://localhost:3000/docs/functions.html#it_load_mw
 */
export function IT_LOAD_MW(gross_mw: number, pue: number): number {
  return callNumber(itLoadMwParams, [gross_mw, pue], itLoadMw);
}

/**
 * Present value of a contract: a prepayment at signing, the rest in growing annual instalments at each year end.
 * @customfunction CONTRACT_PV
 * @param contract_value_usd Total contract value in USD, >= 0.
 * @param term_years Term in years, a whole number from 1 to 100 (instalments are annual).
 * @param discount_rate Annual discount rate as a fraction (10% is 0.1), > -1.
 * @param [prepayment_share] Share of the value paid at signing, 0 to 1. Default 0.
 * @param [annual_escalator] Growth of each instalment over the one before (3% is 0.03), > -1. Default 0.
 * @returns Present value in USD at signing.
 * @helpurl https://localhost:3000/docs/functions.html#contract_pv
 */
export function CONTRACT_PV(
  contract_value_usd: number,
  term_years: number,
  discount_rate: number,
  prepayment_share?: number,
  annual_escalator?: number,
): number {
  return callNumber(
    contractPvParams,
    [contract_value_usd, term_years, discount_rate, prepayment_share, annual_escalator],
    contractPresentValueUsd,
  );
}

/**
 * Yearly cash flows of converting mining capacity to AI/HPC hosting: year, capex, AI EBITDA, mining margin given up, incremental, cumulative.
 * @customfunction CONVERSION_CASHFLOWS
 * @param it_load_mw Critical IT load converted in MW, > 0.
 * @param ai_revenue_per_mw_year AI/HPC revenue in USD per MW of IT load per year, >= 0.
 * @param ai_ebitda_margin EBITDA as a share of AI/HPC revenue, 0 to 1.
 * @param capex_per_mw Conversion capex in USD per MW of IT load, >= 0, spent evenly over the build.
 * @param build_months Months from the start of the build to the first AI revenue, a whole number >= 0.
 * @param mining_margin_per_mw_year Mining margin given up from the start of the build, USD per MW of IT load per year.
 * @param years Horizon in years from the start of the build, a whole number from 1 to 100.
 * @param [headers] TRUE to put a header row first. Default TRUE.
 * @returns A table in USD, one row a year from year 0 (time zero); cash out is negative.
 * @helpurl https://localhost:3000/docs/functions.html#conversion_cashflows
 */
export function CONVERSION_CASHFLOWS(
  it_load_mw: number,
  ai_revenue_per_mw_year: number,
  ai_ebitda_margin: number,
  capex_per_mw: number,
  build_months: number,
  mining_margin_per_mw_year: number,
  years: number,
  headers?: boolean,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): any[][] {
  return callTable(
    conversionCashflowsParams,
    [it_load_mw, ai_revenue_per_mw_year, ai_ebitda_margin, capex_per_mw, build_months, mining_margin_per_mw_year, years, headers],
    conversionCashflows,
  );
}

/**
 * NPV in USD of converting mining capacity to AI/HPC hosting, discounting the monthly flows at month ends.
 * @customfunction CONVERSION_NPV
 * @param it_load_mw Critical IT load converted in MW, > 0.
 * @param ai_revenue_per_mw_year AI/HPC revenue in USD per MW of IT load per year, >= 0.
 * @param ai_ebitda_margin EBITDA as a share of AI/HPC revenue, 0 to 1.
 * @param capex_per_mw Conversion capex in USD per MW of IT load, >= 0, spent evenly over the build.
 * @param build_months Months from the start of the build to the first AI revenue, a whole number >= 0.
 * @param mining_margin_per_mw_year Mining margin given up from the start of the build, USD per MW of IT load per year.
 * @param years Horizon in years from the start of the build, a whole number from 1 to 100.
 * @param discount_rate Annual discount rate as a fraction (10% is 0.1), > -1; monthly factor (1 + rate)^(-1/12).
 * @returns NPV in USD at the start of the build.
 * @helpurl https://localhost:3000/docs/functions.html#conversion_npv
 */
export function CONVERSION_NPV(
  it_load_mw: number,
  ai_revenue_per_mw_year: number,
  ai_ebitda_margin: number,
  capex_per_mw: number,
  build_months: number,
  mining_margin_per_mw_year: number,
  years: number,
  discount_rate: number,
): number {
  return callNumber(
    conversionNpvParams,
    [it_load_mw, ai_revenue_per_mw_year, ai_ebitda_margin, capex_per_mw, build_months, mining_margin_per_mw_year, years, discount_rate],
    conversionNpvUsd,
  );
}

/**
 * Years from the start of the build until the cumulative incremental cash of a conversion turns positive.
 * @customfunction CONVERSION_PAYBACK_YEARS
 * @param it_load_mw Critical IT load converted in MW, > 0.
 * @param ai_revenue_per_mw_year AI/HPC revenue in USD per MW of IT load per year, >= 0.
 * @param ai_ebitda_margin EBITDA as a share of AI/HPC revenue, 0 to 1.
 * @param capex_per_mw Conversion capex in USD per MW of IT load, >= 0, spent evenly over the build.
 * @param build_months Months from the start of the build to the first AI revenue, a whole number >= 0.
 * @param mining_margin_per_mw_year Mining margin given up from the start of the build, USD per MW of IT load per year.
 * @param [years] Horizon to search in years, a whole number from 1 to 100. Default 30.
 * @returns Payback in years (fractional); #N/A if it does not pay back within the horizon.
 * @helpurl https://localhost:3000/docs/functions.html#conversion_payback_years
 */
export function CONVERSION_PAYBACK_YEARS(
  it_load_mw: number,
  ai_revenue_per_mw_year: number,
  ai_ebitda_margin: number,
  capex_per_mw: number,
  build_months: number,
  mining_margin_per_mw_year: number,
  years?: number,
): number {
  return callNumber(
    conversionPaybackYearsParams,
    [it_load_mw, ai_revenue_per_mw_year, ai_ebitda_margin, capex_per_mw, build_months, mining_margin_per_mw_year, years],
    conversionPaybackYears,
  );
}

/**
 * Equity value created per watt of IT load by leasing it: (rent × 12,000 × NOI margin / cap rate − capex per MW) / 1,000,000.
 * @customfunction VALUE_PER_WATT
 * @param rent_usd_per_kw_month Rent in USD per kW of IT load per month, >= 0.
 * @param noi_margin Net operating income as a share of rent, 0 to 1.
 * @param cap_rate Capitalisation rate as a fraction (7.5% is 0.075), > 0 and <= 1.
 * @param capex_usd_per_mw Build cost in USD per MW of IT load, >= 0.
 * @returns USD per watt of IT load.
 * @helpurl https://localhost:3000/docs/functions.html#value_per_watt
 */
export function VALUE_PER_WATT(
  rent_usd_per_kw_month: number,
  noi_margin: number,
  cap_rate: number,
  capex_usd_per_mw: number,
): number {
  return callNumber(
    valuePerWattParams,
    [rent_usd_per_kw_month, noi_margin, cap_rate, capex_usd_per_mw],
    valuePerWattUsd,
  );
}
