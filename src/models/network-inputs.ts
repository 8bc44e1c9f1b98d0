/**
 * Today's network, as every model's inputs read it: one formula a figure, MINER.NETWORK(field),
 * so a workbook's "today" is the figure NETWORK() answers without a date (the newest complete
 * bundled snapshot) and never a number typed into a model. Once the pane has written the
 * Network sheet, inserting a model links these inputs to its NET_* names instead (networkLinks).
 * The value kept beside each formula is the one it computes today, for reference only.
 */
import { networkFigure } from '../core/data/network-figure';
import { miner, lit } from '../sheet/formula';
import type { Locale } from '../sheet/locale';
import { InputSpec } from './sheet-builder';

/** The NETWORK field each network input reads, and the name the pane writes it under. */
export const networkInputFields: Readonly<Record<string, { readonly field: string; readonly netName?: string }>> = {
  // NET_FETCHED_AT is a date-time, not a day: the start date keeps reading NETWORK("date").
  start_date: { field: 'date' },
  btc_price_usd: { field: 'btc_price_usd', netName: 'NET_BTC_PRICE_USD' },
  difficulty: { field: 'difficulty', netName: 'NET_DIFFICULTY' },
  network_hashrate_ehs: { field: 'network_hashrate_ehs', netName: 'NET_HASHRATE_EHS' },
  start_block_height: { field: 'block_height', netName: 'NET_BLOCK_HEIGHT' },
  fees_btc_per_block: { field: 'fees_btc_per_block', netName: 'NET_FEES_BTC_PER_BLOCK' },
};

export type NetworkInputKey = 'start_date' | 'btc_price_usd' | 'difficulty' | 'network_hashrate_ehs' | 'start_block_height' | 'fees_btc_per_block';

const todayNote: Readonly<Record<Locale, string>> = {
  en: 'Today: MINER.NETWORK, the newest bundled snapshot (its part "source" and "as_of" say where and when); the Network sheet\'s NET_* names once the pane has written them',
  ja: '今日の値：MINER.NETWORK（同梱の最新スナップショット。part "source" と "as_of" で出典と日付を確認できます）。作業ウィンドウが Network シートを書き込むと、その NET_* 名を参照します',
};

/** An input row that reads today's figure from MINER.NETWORK. */
export function networkInput(key: NetworkInputKey, label: string, unit: string, format: string, locale: Locale): InputSpec {
  const field = networkInputFields[key].field;
  return { key, label, value: networkFigure(field, undefined, 'value'), unit, format, source: todayNote[locale], formula: miner('NETWORK', lit(field)) };
}

/** Input key -> NET_* name for each network input whose name the workbook holds (names compared without case). */
export function networkLinks(names: readonly string[]): Record<string, string> {
  const present = new Set(names.map((n) => n.toUpperCase()));
  const links: Record<string, string> = {};
  for (const [key, { netName }] of Object.entries(networkInputFields)) if (netName !== undefined && present.has(netName)) links[key] = netName;
  return links;
}
