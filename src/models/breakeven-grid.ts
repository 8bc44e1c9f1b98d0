/**
 * Breakeven grid: two sensitivity tables. The BTC price at which mining breaks even across
 * power price (rows) × machine efficiency (columns), and hashprice across BTC price (rows) ×
 * network hashrate (columns). Every axis value is an input; every cell is one MINER.* call
 * with mixed references, so the grid can be extended by copying.
 */
import { miner, ref } from './formula';
import type { Locale } from './locale';
import { CellRef, Expr } from './plan';
import { formats, SheetBuilder } from './sheet-builder';
import { defineModel, sources } from './common';

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

interface GridSpec {
  readonly key: string;
  readonly title: string;
  readonly rowCaption: string;
  readonly colCaption: string;
  readonly rowUnit: string;
  readonly colUnit: string;
  readonly rowValues: readonly number[];
  readonly colValues: readonly number[];
  readonly rowFormat: string;
  readonly colFormat: string;
  readonly cellFormat: string;
  /** The formula of one cell from its row-axis and column-axis cells (mixed references). */
  readonly cell: (rowAxis: CellRef, colAxis: CellRef) => Expr;
}

/** A grid: title, captions, the column axis in one row, the row axis in column B, the cells to the right. */
function addGrid(s: SheetBuilder, grid: GridSpec): void {
  s.text(s.row++, 0, grid.title, 'section');
  const captionRow = s.row++;
  s.text(captionRow, 0, grid.rowCaption, 'tableHeader');
  s.text(captionRow, 2, grid.colCaption, 'tableHeader');
  const axisRow = s.row++;
  grid.colValues.forEach((value, i) => {
    const col = 2 + i;
    s.put({ row: axisRow, col, style: 'input', value, numberFormat: grid.colFormat });
    s.registerInput(`${grid.key}_col_${i + 1}`, axisRow, col, grid.colCaption, grid.colUnit, { row: captionRow, col: 2 });
  });
  grid.rowValues.forEach((value, r) => {
    const row = s.row++;
    s.put({ row, col: 1, style: 'input', value, numberFormat: grid.rowFormat });
    s.registerInput(`${grid.key}_row_${r + 1}`, row, 1, grid.rowCaption, grid.rowUnit, { row: captionRow, col: 0 });
    grid.colValues.forEach((_, i) => {
      const col = 2 + i;
      const formula = grid.cell(s.at(row, 1, true, false), s.at(axisRow, col, false, true));
      s.put({ row, col, style: 'output', formula, numberFormat: grid.cellFormat });
    });
  });
}

function layout(s: SheetBuilder, t: (typeof text)[Locale]): void {
  s.section(t.inputs);
  const abs = (cell: CellRef): CellRef => ({ ...cell, absCol: true, absRow: true });
  const hashrate = abs(
    s.addInput({ key: 'network_hashrate_ehs', label: t.hashrate, value: 1048.5, unit: 'EH/s', format: formats.number1, source: `Derived: difficulty 146.47T; ${sources.hashrateIndexJan2026}` }),
  );
  const fees = abs(s.addInput({ key: 'fees_btc_per_block', label: t.fees, value: 0.0173, unit: 'BTC/block', format: formats.number4, source: sources.hashrateIndexJan2026 }));
  const poolFee = abs(s.addInput({ key: 'pool_fee', label: t.poolFee, value: 0.02, unit: 'share', format: formats.share, source: t.assumption }));
  const otherCost = abs(
    s.addInput({ key: 'other_cost_usd_per_ph_day', label: t.otherCost, value: 0, unit: 'USD/PH/day', format: formats.usd2, source: t.assumption }),
  );
  s.gap();

  addGrid(s, {
    key: 'breakeven',
    title: t.grid1,
    rowCaption: t.grid1Rows,
    colCaption: t.grid1Cols,
    rowUnit: 'USD/kWh',
    colUnit: 'J/TH',
    rowValues: powerPricesUsdPerKwh,
    colValues: efficienciesJPerTh,
    rowFormat: formats.number4,
    colFormat: formats.number1,
    cellFormat: formats.usd,
    cell: (powerPrice, efficiency) =>
      miner('BREAKEVEN_BTC', ref(efficiency), ref(powerPrice), ref(hashrate), ref(fees), null, ref(poolFee), ref(otherCost)),
  });
  s.text(s.row++, 0, t.machines, 'source');
  s.gap();

  addGrid(s, {
    key: 'hashprice',
    title: t.grid2,
    rowCaption: t.grid2Rows,
    colCaption: t.grid2Cols,
    rowUnit: 'USD',
    colUnit: 'EH/s',
    rowValues: btcPricesUsd,
    colValues: hashratesEhs,
    rowFormat: formats.usd,
    colFormat: formats.integer,
    cellFormat: formats.usd2,
    cell: (btcPrice, networkHashrate) => miner('HASHPRICE', ref(btcPrice), ref(networkHashrate), ref(fees)),
  });
}

export const breakevenGrid = defineModel('breakeven-grid', text, [58, 16, 14, 14, 14, 14, 14, 14, 14], layout);
