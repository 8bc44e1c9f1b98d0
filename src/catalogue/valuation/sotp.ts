import { sotpParams, sotpTable } from '../../core/valuation/sotp';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({ id: 'SOTP', result: 'table', params: sotpParams, core: sotpTable, bundledData: true });

export const docs: FunctionDocs = [
  "A spilled sum-of-the-parts valuation of a company: mining, contracted AI/HPC, pipeline, BTC, cash and debt from the bundled presets (each with its date and source) at the analyst's multiples, then equity value, diluted shares, value per share and upside.",
  '企業のサム・オブ・ザ・パーツ評価をスピルする表：同梱プリセットのマイニング、契約済みAI/HPC、パイプライン、BTC、現金、負債（各数値の日付と出典つき）をアナリストの倍率で評価し、株主価値、希薄化後株式数、1株あたり価値、アップサイドを示します。',
  {
    returns: 'One row a part, then equity value, diluted shares, value per share and upside: part, basis, basis_unit, multiple, value_usd, usd_per_share, as_of (date serial), source. A part the preset lacks: blank basis, 0 value, "no sourced figure".',
    example: ['IREN', 90000, 40, 1000000, 17000000, 5000000, 0.5],
  },
  { as_of_date: ['Date: each figure and note as on it (the latest on or before it). Default: the latest figures.', '日付：その日の各数値と転換社債（その日以前の最新）。既定：最新の数値。', [39816, 73051]] },
];
