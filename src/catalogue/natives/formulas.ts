/**
 * The native formula of every function whose result is one number, by function id, in the
 * order of functions.json: one line a function, naming the formula its own file builds. Only
 * native-forms.ts reads this list (see there why the functions bundle never does).
 */
export { aiMwRevenueNative as AI_MW_REVENUE } from '../hosting/ai-mw-revenue-native';
export { gpuMwRevenueNative as GPU_MW_REVENUE } from '../hosting/gpu-mw-revenue-native';
export { coloMwRevenueNative as COLO_MW_REVENUE } from '../hosting/colo-mw-revenue-native';
export { itLoadMwNative as IT_LOAD_MW } from '../hosting/it-load-mw-native';
export { contractPvNative as CONTRACT_PV } from '../hosting/contract-pv-native';
export { conversionNpvFormula as CONVERSION_NPV } from '../hosting/conversion-npv-native';
export { conversionPaybackYearsFormula as CONVERSION_PAYBACK_YEARS } from '../hosting/conversion-payback-years-native';
export { valuePerWattNative as VALUE_PER_WATT } from '../hosting/value-per-watt-native';
export { hashvalueNative as HASHVALUE } from '../mining/hashvalue-native';
export { hashpriceNative as HASHPRICE } from '../mining/hashprice-native';
export { breakevenHashpriceNative as BREAKEVEN_HASHPRICE } from '../mining/breakeven-hashprice-native';
export { breakevenPowerNative as BREAKEVEN_POWER } from '../mining/breakeven-power-native';
export { breakevenBtcNative as BREAKEVEN_BTC } from '../mining/breakeven-btc-native';
export { miningRevenuePerMwNative as MINING_REVENUE_PER_MW } from '../mining/mining-revenue-per-mw-native';
export { miningMarginPerMwNative as MINING_MARGIN_PER_MW } from '../mining/mining-margin-per-mw-native';
export { flexMarginPerMwNative as FLEX_MARGIN_PER_MW } from '../mining/flex-margin-per-mw-native';
export { flexUptimeNative as FLEX_UPTIME } from '../mining/flex-uptime-native';
export { subsidyNative as SUBSIDY } from '../protocol/subsidy-native';
export { nextHalvingHeightNative as NEXT_HALVING_HEIGHT } from '../protocol/next-halving-height-native';
export { halvingDateNative as HALVING_DATE } from '../protocol/halving-date-native';
export { networkHashrateNative as NETWORK_HASHRATE } from '../protocol/network-hashrate-native';
export { difficultyNative as DIFFICULTY } from '../protocol/difficulty-native';
export { convertNative as CONVERT } from '../units/convert-native';
export { debtSizeFormula as DEBT_SIZE } from '../underwriting/debt-size-native';
export { breakevenNetworkHashrateNative as BREAKEVEN_NETWORK_HASHRATE } from '../fleet/breakeven-network-hashrate-native';
export { realizedHashrateNative as REALIZED_HASHRATE } from '../fleet/realized-hashrate-native';
export { hashcostNative as HASHCOST } from '../fleet/hashcost-native';
export { gpuTcoPerHourNative as GPU_TCO_PER_HOUR } from '../fleet/gpu-tco-per-hour-native';
export { asicPaybackMonthsFormula as ASIC_PAYBACK_MONTHS } from '../fleet/asic-payback-formula';
export { noteSharesNative as NOTE_SHARES } from '../valuation/note-shares-native';
