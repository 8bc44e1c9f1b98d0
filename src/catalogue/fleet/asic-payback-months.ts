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
  {
    hashprice_usd_per_ph_day: monthlyHashpriceText,
    max_months: [
      'Longest payback searched, in months: a whole number from 1 to 1,200. Default 60.',
      '探索する最長の回収期間（月）。1から1,200の整数。既定値 60。',
      [1, 24],
    ],
    machine_cost_usd: ['Price paid for the machine in USD, >= 0.', 'マシンの購入価格（USD）。0以上。', [0, 3000]],
  },
];
