import { dilutedShares, dilutedSharesParams } from '../../core/valuation/diluted-shares';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'DILUTED_SHARES', result: 'number', unit: 'shares', params: dilutedSharesParams, core: dilutedShares,
  bundledData: true,
});

export const docs: FunctionDocs = [
  "A company's basic shares outstanding from the bundled presets plus the shares each convertible note NOTES lists on the date adds at the share price (physical settlement, net of capped calls).",
  '同梱プリセットの発行済株式数（基本）に、指定日に NOTES が示す各転換社債がその株価で加える株式数（現物決済、キャップドコール控除後）を足した数。',
  { returns: 'Shares. Only the convertible notes in the presets dilute (no options, RSUs or warrants).', example: ['IREN', 40] },
  { as_of_date: ['Date: the share count and the notes as on it (the latest entries on or before it). Default: the latest.', '日付：その日の株式数と転換社債（その日以前の最新の記録）。既定：最新。', [39816, 73051]] },
];
