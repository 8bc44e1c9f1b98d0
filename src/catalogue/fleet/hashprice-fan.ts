import { hashpriceFan, hashpriceFanParams } from '../../core/mining/hashprice-fan';
import { hashpricePathParameterText } from '../mining/hashprice-path';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({ id: 'HASHPRICE_FAN', result: 'table', params: hashpriceFanParams, core: hashpriceFan });

export const docs: FunctionDocs = [
  'A hashprice fan that spills, one row a month as HASHPRICE_PATH: date and the p10, p50 and p90 hashprice across seeded simulated BTC price paths (the same seed gives the same table everywhere).',
  'スピルするハッシュプライスのファンチャート（HASHPRICE_PATH と同じく月ごとに1行）：日付と、シード付きで模擬したBTC価格パスにおけるハッシュプライスの p10、p50、p90（同じシードならどこでも同じ表）。',
  {
    returns: 'One row a month: date, p10, p50 and p90 hashprice in USD/PH/day (PERCENTILE.INC across the paths). The first month is at btc_price_usd; each later month the price is multiplied by (1 + drift) × exp(σ√(1/12)·Z − σ²/24).',
    example: [{ date: '2026-03-20' }, 12, 70343.9, 957.7, 941472, 0.5, 0.025, 0, 0.0173, 1000, 1],
  },
  hashpricePathParameterText,
];
