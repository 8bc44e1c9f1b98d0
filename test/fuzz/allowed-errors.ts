/**
 * Which Excel errors each MINER.* function may answer with, beyond #VALUE! (always allowed:
 * invalid input). The codes follow the contract in FUNCTIONS.md:
 * - #N/A: something not found (ticker, field, model, unit, a date before the data) or no
 *   solution (a conversion that never pays back);
 * - #DIV/0!: a denominator made zero by the inputs (no subsidy and no fees);
 * - #NUM!: a result that is not a finite number (huge inputs overflow a double).
 *
 * Every function in functions.json needs an entry: the fuzz test fails for a function that has
 * none, so whoever adds a function decides which errors it may give.
 */
export type ExtraCode = '#N/A' | '#DIV/0!' | '#NUM!';

export const allowedExtraCodes: Readonly<Record<string, readonly ExtraCode[]>> = {
  // Protocol and network
  SUBSIDY: [],
  NEXT_HALVING_HEIGHT: ['#NUM!'],
  HALVING_DATE: ['#NUM!'],
  NETWORK_HASHRATE: ['#NUM!'],
  DIFFICULTY: ['#NUM!'],
  NETWORK: ['#N/A'],
  // Mining economics
  HASHVALUE: ['#NUM!'],
  HASHPRICE: ['#NUM!'],
  BREAKEVEN_HASHPRICE: ['#NUM!'],
  BREAKEVEN_POWER: ['#NUM!'],
  BREAKEVEN_BTC: ['#DIV/0!', '#NUM!'],
  MINING_REVENUE_PER_MW: ['#NUM!'],
  MINING_MARGIN_PER_MW: ['#NUM!'],
  FLEX_MARGIN_PER_MW: ['#NUM!'],
  FLEX_UPTIME: ['#NUM!'],
  HASHPRICE_PATH: ['#NUM!'],
  // AI / HPC hosting and conversion
  AI_MW_REVENUE: ['#NUM!'],
  GPU_MW_REVENUE: ['#NUM!'],
  COLO_MW_REVENUE: ['#NUM!'],
  IT_LOAD_MW: ['#NUM!'],
  CONTRACT_PV: ['#NUM!'],
  CONVERSION_CASHFLOWS: ['#NUM!'],
  CONVERSION_NPV: ['#NUM!'],
  CONVERSION_PAYBACK_YEARS: ['#N/A', '#NUM!'],
  VALUE_PER_WATT: ['#NUM!'],
  // Data: companies, machines, units
  COMPANY: ['#N/A'],
  COMPANY_CARD: ['#N/A'],
  COMPANIES: [],
  CONTRACTS: ['#N/A'],
  ASIC: ['#N/A'],
  NOTES: ['#N/A'],
  CONVERT: ['#N/A', '#NUM!'],
  // Underwriting
  LEASE_CASHFLOWS: ['#NUM!'],
  DEBT_SIZE: ['#NUM!'],
  DEBT_SCHEDULE: ['#NUM!'],
  LEASE_FINANCING: ['#NUM!'],
  LEASE_SUMMARY: ['#NUM!'],
  // Valuation
  NOTE_SHARES: ['#NUM!'],
  DILUTED_SHARES: ['#N/A', '#NUM!'],
  SOTP: ['#N/A', '#NUM!'],
  // Fleet: machines, production, GPUs and risk
  BREAKEVEN_NETWORK_HASHRATE: ['#DIV/0!', '#NUM!'],
  REALIZED_HASHRATE: ['#DIV/0!', '#NUM!'],
  HASHCOST: ['#NUM!'],
  GPU_TCO_PER_HOUR: ['#DIV/0!', '#NUM!'],
  ASIC_CASHFLOWS: ['#NUM!'],
  ASIC_PAYBACK_MONTHS: ['#N/A', '#NUM!'],
  HASHPRICE_FAN: ['#NUM!'],
};
