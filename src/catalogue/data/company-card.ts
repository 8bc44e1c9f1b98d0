import { companyCard, companyCardParams } from '../../core/data/company-card';
import { defineFunction, FunctionDocs } from '../types';
import { companyEntity } from './company-entity';

/**
 * The card of a ticker on a date, remembered for the last ticker and date asked: the bundled
 * data never changes while the add-in runs, so neither does the card, and Excel asks for the
 * same card at every recalculation of the cells that depend on it. Building one reads every
 * figure, contract and note of the preset (some tens of microseconds); a repeated call costs
 * a comparison. Excel only reads the entity, so handing back the same one is safe.
 */
let lastTicker: string | undefined;
let lastAsOfDate: number | undefined;
let lastEntity: Excel.EntityCellValue | undefined;

function companyCardEntity(ticker: string, asOfDate: number | undefined): Excel.EntityCellValue {
  if (lastEntity === undefined || ticker !== lastTicker || !Object.is(asOfDate, lastAsOfDate)) {
    lastEntity = companyEntity(companyCard(ticker, asOfDate));
    lastTicker = ticker;
    lastAsOfDate = asOfDate;
  }
  return lastEntity;
}

export const declaration = defineFunction({
  id: 'COMPANY_CARD', result: 'entity', params: companyCardParams, bundledData: true, core: companyCardEntity,
});

export const docs: FunctionDocs = [
  "A company's card from the bundled presets: one cell holding every sourced figure on a date, each with its unit, as-of date and source, with its contracts and notes. Where a ticker is expected (COMPANY, CONTRACTS, NOTES, DILUTED_SHARES, SOTP), the card stands for it.",
  '同梱プリセットの企業カード：指定日の出典付き数値すべて（単位・基準日・出典付き）と契約・転換社債を1つのセルに保持します。ティッカーを受け取る関数（COMPANY、CONTRACTS、NOTES、DILUTED_SHARES、SOTP）にはカードをそのまま渡せます。',
  {
    returns: "An entity value (data type) whose text is the company's name; in Excel without data types (before ExcelApi 1.16, perpetual Office), the name as text.",
    example: ['IREN'],
  },
  { as_of_date: ['Date: each figure as on it (the latest on or before it). Default: the latest figures.', '日付：その日の各数値（その日以前の最新値）。既定：最新の数値。', [39816, 73051]] },
];
