import { notesParams, notesTable } from '../../core/data/notes';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({ id: 'NOTES', result: 'table', params: notesParams, core: notesTable, bundledData: true });

export const docs: FunctionDocs = [
  "A spilled table of a company's convertible notes outstanding on a date, from the bundled presets.",
  '同梱プリセットにある、指定日に残存する企業の転換社債をスピルする表。',
  { returns: 'One row a note: name, principal_usd, coupon, maturity (date serial), conversion_price_usd, cap_price_usd and holder_put_date (blank where none), as_of (date serial), source.', example: ['IREN'] },
  { as_of_date: ['Date: each note as outstanding on it (the latest entry on or before it). Default: the latest entries.', '日付：その日の残存額（その日以前の最新の記録）。既定：最新の記録。', [39816, 73051]] },
];
