/**
 * Breakeven grid: two sensitivity tables. The BTC price at which mining breaks even across
 * power price (rows) × machine efficiency (columns), and hashprice across BTC price (rows) ×
 * network hashrate (columns). Every axis value is an input; every cell is one MINER.* call
 * with mixed references, so the grid can be extended by copying.
 */
import { miner, ref } from '../sheet/formula';
import type { Locale } from '../sheet/locale';
import { CellRef, Expr } from '../sheet/formula-tree';
import { formats, input, SheetBuilder } from './sheet-builder';
import { defineModel, ModelOptions } from './common';
import { sources } from './sources';
import { networkInput } from './network-inputs';

const powerPricesUsdPerKwh = [0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08];
const efficienciesJPerTh = [12, 13.5, 15, 17.5, 21.5, 29.5];
const btcPricesUsd = [50000, 60000, 70000, 80000, 90000, 100000, 120000, 140000];
const hashratesEhs = [800, 900, 1000, 1100, 1200, 1400];

const text = {
  en: {
    name: 'Breakeven grid',
    summary: 'Breakeven BTC price across power price × efficiency; hashprice across BTC price × network hashrate.',
    sheet: 'Breakeven grid',
    title: 'Breakeven grid: BTC price and hashprice sensitivities',
    subtitle: 'Change any shaded axis value or the inputs above; every cell recalculates with MINER.* functions.',
    inputs: 'Common inputs',
    hashrate: 'Network hashrate (for the breakeven grid)',
    fees: 'Average fees per block',
    poolFee: 'Pool fee',
    otherCost: 'Other cost per PH/day (depreciation, overheads: all-in cost)',
    grid1: 'Breakeven BTC price (USD/BTC) = MINER.BREAKEVEN_BTC',
    grid1Rows: 'Power price (USD/kWh) ↓',
    grid1Cols: 'Efficiency (J/TH) →',
    grid2: 'Hashprice (USD/PH/day) = MINER.HASHPRICE',
    grid2Rows: 'BTC price (USD) ↓',
    grid2Cols: 'Network hashrate (EH/s) →',
    machines: 'Efficiencies of S21 XP Hydro (12) to S19j Pro (29.5); power prices from listed miners ($0.03–0.04) to hosting ($0.05–0.08)',
    assumption: 'Assumption: set your own',
  },
  ja: {
    name: '損益分岐グリッド',
    summary: '電力価格×電力効率ごとの損益分岐BTC価格、BTC価格×ハッシュレートごとのハッシュプライス。',
    sheet: '損益分岐グリッド',
    title: '損益分岐グリッド：BTC価格とハッシュプライスの感応度',
    subtitle: '網掛けの軸の値や上の入力を変更すると、すべてのセルがMINER.*関数で再計算されます。',
    inputs: '共通の入力',
    hashrate: 'ネットワーク・ハッシュレート（損益分岐グリッド用）',
    fees: '1ブロックあたり平均手数料',
    poolFee: 'プール手数料',
    otherCost: 'PH/日あたりのその他費用（減価償却・間接費：オールインコスト）',
    grid1: '損益分岐BTC価格（USD/BTC）= MINER.BREAKEVEN_BTC',
    grid1Rows: '電力価格（USD/kWh）↓',
    grid1Cols: '電力効率（J/TH）→',
    grid2: 'ハッシュプライス（USD/PH/日）= MINER.HASHPRICE',
    grid2Rows: 'BTC価格（USD）↓',
    grid2Cols: 'ネットワーク・ハッシュレート（EH/s）→',
    machines: '電力効率はS21 XP Hydro（12）からS19j Pro（29.5）、電力価格は上場マイナー（0.03–0.04ドル）からホスティング（0.05–0.08ドル）',
    assumption: '仮定：ご自身の値を設定してください',
  },
} as const;

function layout(s: SheetBuilder, t: (typeof text)[Locale], options: ModelOptions): void {
  // Absolute references: every grid cell reads the same inputs.
  const abs = (cell: CellRef): Expr => ref({ ...cell, absCol: true, absRow: true });
  const inputs = s.inputSection(t.inputs, {
    hashrate: networkInput('network_hashrate_ehs', t.hashrate, 'EH/s', formats.number1, options.locale),
    fees: networkInput('fees_btc_per_block', t.fees, 'BTC/block', formats.number4, options.locale),
    poolFee: input('pool_fee', t.poolFee, 0.02, 'share', formats.share, t.assumption),
    otherCost: input('other_cost_usd_per_ph_day', t.otherCost, 0, 'USD/PH/day', formats.usd2, t.assumption),
  });
  const [hashrate, fees, poolFee, otherCost] = [inputs.hashrate, inputs.fees, inputs.poolFee, inputs.otherCost].map(abs);

  s.addGrid({
    title: t.grid1,
    rows: { key: 'breakeven_row', caption: t.grid1Rows, unit: 'USD/kWh', values: powerPricesUsdPerKwh, format: formats.number4 },
    cols: { key: 'breakeven_col', caption: t.grid1Cols, unit: 'J/TH', values: efficienciesJPerTh, format: formats.number1 },
    cellFormat: formats.usd,
    cell: (powerPrice, efficiency) => miner('BREAKEVEN_BTC', ref(efficiency), ref(powerPrice), hashrate, fees, null, poolFee, otherCost),
  });
  s.text(s.row++, 0, t.machines, 'source');
  s.gap();

  s.addGrid({
    title: t.grid2,
    rows: { key: 'hashprice_row', caption: t.grid2Rows, unit: 'USD', values: btcPricesUsd, format: formats.usd },
    cols: { key: 'hashprice_col', caption: t.grid2Cols, unit: 'EH/s', values: hashratesEhs, format: formats.integer },
    cellFormat: formats.usd2,
    cell: (btcPrice, networkHashrate) => miner('HASHPRICE', ref(btcPrice), ref(networkHashrate), fees),
  });
}

export const breakevenGrid = defineModel('breakeven-grid', text, [58, 16, 14, 14, 14, 14, 14, 14, 14], layout);
