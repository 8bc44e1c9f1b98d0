/**
 * A company's card: every sourced figure of its preset on a date, each with its value, unit,
 * as-of date and source, with its contracts and convertible notes, in one record. COMPANY_CARD
 * shows it in Excel as an entity value (src/catalogue/data/company-entity.ts); this is the data.
 */
import { isHashwattError } from '../errors';
import { checkParam, optional } from '../params';
import { excelDate } from '../rules';
import { contractsTable } from './contracts';
import { DataCell, isoDateOrLatest, presetOrThrow } from './lookup';
import { notesTable } from './notes';
import { FieldValue, Figure, latestFigure, Preset, presetFields } from './presets';
import { tickerParam } from './ticker-param';

export const companyCardParams = [tickerParam, optional('as_of_date', undefined, excelDate)] as const;

/** One figure of the card: the field it answers COMPANY for, and the sourced figure itself. */
export interface CardFigure extends Figure {
  readonly field: string;
}

export interface CompanyCard {
  readonly ticker: string;
  readonly name: string;
  /** The preset's number figures on the date, in presetFields order; a field without one is left out. */
  readonly figures: readonly CardFigure[];
  /** CONTRACTS' rows (with its header row) signed on or before the date; empty when none. */
  readonly contracts: readonly DataCell[][];
  /** NOTES' rows (with its header row) outstanding on the date; empty when none. */
  readonly notes: readonly DataCell[][];
}

/** A table of the presets, or none where the company has no row (a not-found answer). */
function tableOrNone(table: () => DataCell[][]): DataCell[][] {
  try {
    return table();
  } catch (error) {
    if (isHashwattError(error) && error.kind === 'not_found') return [];
    throw error;
  }
}

/**
 * The card of a bundled company preset: its name, and each figure COMPANY answers for it on
 * the date (the latest on or before it; the latest of all without a date), with its contracts
 * signed by then and its notes outstanding then.
 *
 * @param ticker the company's ticker, case and surrounding spaces ignored
 * @param asOfDate Excel date serial (61–2,958,465); omitted: the latest figures
 * @returns the card; a field without a figure on the date is left out, never 0
 * @throws invalid_input when as_of_date is not a date serial
 * @throws not_found for an unknown ticker (lists the tickers)
 * @example companyCard('IREN').figures.find((f) => f.field === 'ai_contracted_it_mw').value === 200
 */
export function companyCard(ticker: string, asOfDate: number | undefined): CompanyCard {
  checkParam(companyCardParams[1], asOfDate);
  const preset = presetOrThrow(ticker);
  const asOfIso = isoDateOrLatest(asOfDate);
  const name = latestFigure(preset.name, asOfIso) ?? latestFigure(preset.name);
  const figures: CardFigure[] = [];
  for (const field of presetFields) {
    const figure = latestFigure(preset[field as keyof Preset] as FieldValue | undefined, asOfIso);
    if (figure !== undefined && typeof figure.value === 'number') figures.push({ field, ...figure });
  }
  const contracts = tableOrNone(() => contractsTable(preset.ticker, true));
  const signedColumn = contracts.length > 0 ? contracts[0].indexOf('signed') : -1;
  const signed = asOfDate === undefined ? contracts : contracts.filter((row, i) => i === 0 || (row[signedColumn] as number) <= asOfDate);
  return {
    ticker: preset.ticker,
    name: String(name?.value ?? preset.ticker),
    figures,
    contracts: signed.length > 1 ? signed : [],
    notes: tableOrNone(() => notesTable(preset.ticker, asOfDate, true)),
  };
}
