/**
 * The live network inputs: one entry per figure "Refresh from the network" reads, in display
 * order, with its unit, the workbook name it is written under and the range a value must fall
 * in before it is believed. The ranges reject garbage (a negative difficulty, a height from
 * the wrong chain, a price in cents), not unusual markets: each is wide on purpose.
 */

/** A figure of a network snapshot (the NETWORK() field names, plus the time of the fetch). */
export type NetworkInputField =
  | 'btc_price_usd'
  | 'difficulty'
  | 'network_hashrate_ehs'
  | 'block_height'
  | 'fees_btc_per_block';

export interface NetworkInputSpec {
  readonly field: NetworkInputField;
  /** Workbook-scoped name of the value cell. */
  readonly name: string;
  readonly unit: string;
  /** Excel number format of the value cell. */
  readonly numberFormat: string;
  /** Inclusive plausible range of a live value. */
  readonly min: number;
  readonly max: number;
}

export const networkInputSpecs: readonly NetworkInputSpec[] = Object.freeze([
  // BTC has not traded below 1,000 USD since 2017. At most 1 million: a price given in cents
  // instead of dollars (9,113,200 for 91,132) is refused for any price above 10,000 USD.
  { field: 'btc_price_usd', name: 'NET_BTC_PRICE_USD', unit: 'USD', numberFormat: '#,##0.00', min: 1_000, max: 1_000_000 },
  // 1e13 is below the 2019 difficulty; a retarget moves it at most ×4 per 2,016 blocks.
  { field: 'difficulty', name: 'NET_DIFFICULTY', unit: 'difficulty', numberFormat: '#,##0', min: 1e13, max: 1e17 },
  // Derived from difficulty, so its range follows: 1e13 × 2^32 / 600 / 1e18 ≈ 71.6 EH/s.
  { field: 'network_hashrate_ehs', name: 'NET_HASHRATE_EHS', unit: 'EH/s', numberFormat: '#,##0.00', min: 50, max: 1e6 },
  // Past the fourth halving (840,000) and before the subsidy ends (6,930,000).
  { field: 'block_height', name: 'NET_BLOCK_HEIGHT', unit: 'blocks', numberFormat: '0', min: 840_000, max: 6_930_000 },
  // An average over 144 blocks; the halving block of 2024 alone carried ~37.7 BTC.
  { field: 'fees_btc_per_block', name: 'NET_FEES_BTC_PER_BLOCK', unit: 'BTC', numberFormat: '0.00000000', min: 1e-8, max: 50 },
] as NetworkInputSpec[]);

/** The name of the cell holding the time of the fetch (an Excel date-time serial, UTC). */
export const fetchedAtName = 'NET_FETCHED_AT';

/** The spec of a field (every field has one). */
export function networkInputSpec(field: NetworkInputField): NetworkInputSpec {
  return networkInputSpecs.find((spec) => spec.field === field) as NetworkInputSpec;
}
