/**
 * The native form of every spilled table that has one (native-table.ts), by function id, in
 * the order of functions.json: one line a function, naming the row function its own file
 * builds. Only native-forms.ts reads this list (see there why the functions bundle never does).
 */
export { conversionCashflowsRow as CONVERSION_CASHFLOWS } from '../hosting/conversion-cashflows-native';
export { hashpricePathRow as HASHPRICE_PATH } from '../mining/hashprice-path-native';
export { leaseCashflowsRow as LEASE_CASHFLOWS } from '../underwriting/lease-cashflows-native';
export { scheduleRow as DEBT_SCHEDULE } from '../underwriting/debt-schedule-native';
export { leaseFinancingRow as LEASE_FINANCING } from '../underwriting/lease-financing-native';
export { asicCashflowsRow as ASIC_CASHFLOWS } from '../fleet/asic-cashflows-native';
export { sotpRow as SOTP } from '../valuation/sotp-native';
export { leaseSummaryRow as LEASE_SUMMARY } from '../underwriting/lease-summary-native';
