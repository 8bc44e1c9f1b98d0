import { sotpParams, sotpTable } from '../../core/valuation/sotp';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({ id: 'SOTP', result: 'table', params: sotpParams, core: sotpTable, bundledData: true });

export const docs: FunctionDocs = [
  "A spilled sum-of-the-parts valuation of a company: mining, contracted AI/HPC, pipeline, BTC, cash, debt and project debt from the bundled presets (each with its date and source) or the analyst's overrides, at the analyst's multiples, then equity value, diluted shares, value per share, upside and a status row listing the incomplete parts. A missing debt, project debt or share count is #N/A naming the figure and its override, never 0.",
  '企業のサム・オブ・ザ・パーツ評価をスピルする表：同梱プリセット（各数値の日付と出典つき）またはアナリストの上書き値によるマイニング、契約済みAI/HPC、パイプライン、BTC、現金、負債、プロジェクト負債をアナリストの倍率で評価し、株主価値、希薄化後株式数、1株あたり価値、アップサイド、不完全な部分を示すステータス行を示します。負債、プロジェクト負債、株式数が欠けていれば0ではなく、その数値と上書きラベルを示す #N/A になります。',
  {
    returns: 'One row a part (mining, contracted AI/HPC, pipeline, BTC, cash, debt, project debt), then equity value, diluted shares, value per share, upside and status: part, basis, basis_unit, multiple, value_usd, usd_per_share, as_of (date serial), source. An asset the preset lacks: blank basis, 0 value, "no sourced figure". A liability or share count it lacks: #N/A in the value, equity value, value per share and upside, the note naming the override that supplies it. An overridden row: source "analyst input", no date.',
    example: ['IREN', 90000, 40, 1000000, 17000000, 5000000, 0.5],
  },
  {
    overrides: [
      'Label/value rows replacing preset figures: hashrate_ehs, contracted_mw, pipeline_mw, btc_holdings, cash_usd, debt_usd, project_debt_usd, shares_outstanding (case ignored; values >= 0, a liability positive; blank rows skipped). By stage: pipeline_mw_energized, _under_construction, _contracted_power, _option give a row a stage at usd_per_pipeline_mw × probability_<stage> (0–1; default pipeline_probability), not with pipeline_mw. Omitted: the preset figures.',
      'ラベルと値の2列の範囲で、プリセットの数値を置き換えます（ラベル hashrate_ehs、contracted_mw、pipeline_mw、btc_holdings、cash_usd、debt_usd、project_debt_usd、shares_outstanding。大文字小文字は区別しない。値は0以上、負債は正の額。空行は無視）。段階別パイプライン：pipeline_mw_energized、pipeline_mw_under_construction、pipeline_mw_contracted_power、pipeline_mw_option（MW）で、パイプライン行を段階ごとの行に置き換え、各行は usd_per_pipeline_mw × probability_<段階>（0〜1。既定 pipeline_probability）。pipeline_mw とは併用不可。省略時：プリセットの数値。',
    ],
    as_of_date: ['Date: each figure and note as on it (the latest on or before it). Default: the latest figures.', '日付：その日の各数値と転換社債（その日以前の最新）。既定：最新の数値。', [39816, 73051]] },
];
