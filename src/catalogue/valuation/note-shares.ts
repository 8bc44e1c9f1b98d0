import { noteShares, noteSharesParams } from '../../core/valuation/note-shares';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'NOTE_SHARES', result: 'number', unit: 'shares', params: noteSharesParams, core: noteShares,
});

export const docs: FunctionDocs = [
  'Shares a convertible note adds at a share price, net of its capped call: 0 at or below the conversion price; principal ÷ conversion price on physical settlement, only the value above the principal on net-share settlement; a capped call hands back the shares between the conversion price and the cap.',
  '株価に応じて転換社債が加える株式数（キャップドコール控除後）：転換価格以下では0。現物決済では元本 ÷ 転換価格、ネット・シェア決済では元本を超える価値分のみ。キャップドコールは転換価格から上限価格までの分の株式を戻します。',
  { returns: 'Shares, >= 0.', example: [183400000, 13.64, 40, 20.98] },
  { principal_usd: ['Principal of the note outstanding, in USD, > 0.', '転換社債の残存元本（USD）。0より大きい値。', [1000000, 5000000000]] },
];
