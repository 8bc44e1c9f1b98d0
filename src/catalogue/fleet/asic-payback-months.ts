import { asicPaybackMonths, asicPaybackMonthsParams } from '../../core/mining/asic-payback-months';
import { defineFunction, FunctionDocs } from '../types';
import { monthlyHashpriceText } from './monthly-hashprice-text';

export const declaration = defineFunction({
  id: 'ASIC_PAYBACK_MONTHS', result: 'number', unit: 'months', params: asicPaybackMonthsParams, core: asicPaybackMonths,
});

export const docs: FunctionDocs = [
  "Months until a machine's cumulative margin first covers its cost (months of 365 ÷ 12 days, linear within the month that crosses; a later dip does not move it); #N/A when it does not pay back within max_months.",
  'マシンの累計マージンが初めて購入価格を回収するまでの月数（1か月は365 ÷ 12日、回収する月の中は線形補間。その後の落ち込みでは変わりません）。max_months 以内に回収できない場合は #N/A。',
  { returns: 'Months from purchase (fractional).', example: [1890, 270, 13.5, 0.05, 39.33] },
  { hashprice_usd_per_ph_day: monthlyHashpriceText },
];
