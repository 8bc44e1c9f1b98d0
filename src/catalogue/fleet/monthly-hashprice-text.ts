/** The text of a hashprice parameter that takes one number or one figure a month (ASIC_CASHFLOWS, ASIC_PAYBACK_MONTHS). */
import type { ParameterLine } from '../types';

export const monthlyHashpriceText: ParameterLine = [
  "Hashprice in USD per PH/s per day, >= 0: one number (flat), or a column or row with one figure a month, month 1 first (HASHPRICE_PATH's last column, a forward curve). A range shorter than the months asked is #VALUE!.",
  'ハッシュプライス（PH/s・日あたりUSD）。0以上。1つの数値（一定）、または1か月に1つの値を持つ列か行（1か月目から。HASHPRICE_PATH の最後の列やフォワードカーブ）。求める月数より短い範囲は #VALUE! になります。',
  [0, 2000],
];
