import { notFound } from '../errors';
import { checkParam, optional, requiredText } from '../params';
import { excelDate } from '../rules';
import { figurePart, partParam } from './figure-part';
import { choiceOrThrow, isoDateOrLatest, presetOrThrow } from './lookup';
import { FieldValue, Figure, figureHistory, latestFigure, listPresets, Preset, presetFields } from './presets';
import { tickerParam } from './ticker-param';

export const companyParams = [
  tickerParam,
  requiredText('field', { id: 'CompanyField', values: () => presetFields.map((field) => ({ value: field, tooltip: unitInPresets(field) })) }),
  optional('as_of_date', undefined, excelDate),
  partParam,
] as const;

/** The unit a field's figures are given in, as the presets write it (the first preset that has one); undefined for text. */
function unitInPresets(field: string): string | undefined {
  for (const preset of listPresets()) {
    const figure = latestFigure(preset[field as keyof Preset] as FieldValue | undefined);
    if (figure !== undefined && typeof figure.value === 'number') return figure.unit;
  }
  return undefined;
}

/**
 * A figure from the bundled, sourced company presets (data/presets/<TICKER>.json): the latest
 * figure of the field dated on or before `asOfDate`, or the latest of all when it is omitted;
 * or, with `part`, that figure's as-of date, unit, source or note.
 *
 * Method: a field holds one figure or a history; the history is taken in as-of order and the
 * last entry not after the date is returned. No default ever comes from the data: the date
 * is the user's.
 *
 * @param ticker the company's ticker, case and surrounding spaces ignored ("iren" is IREN)
 * @param field one of presetFields: name, power_capacity_mw, energized_mw, ai_contracted_it_mw,
 *   pipeline_mw, hashrate_ehs, fleet_efficiency_j_per_th, power_price_usd_per_kwh, btc_holdings,
 *   btc_mined_per_month, cash_cost_usd_per_btc, shares_outstanding, cash_usd, debt_usd (case ignored)
 * @param asOfDate Excel date serial (61–2,958,465); omitted: the latest figure
 * @param part value (default), as_of (date serial), unit, source (URL) or note ("" when none)
 * @returns the figure in the field's unit (MW, EH/s, J/TH, USD/kWh, BTC, USD, shares), or text
 *   for name; the part asked for
 * @throws invalid_input when as_of_date is not a date serial
 * @throws not_found for an unknown ticker (lists the tickers)
 * @throws not_found for an unknown field or part (lists them)
 * @throws not_found when the company has no sourced figure for the field
 * @throws not_found when its first figure is dated after as_of_date (names the first date)
 * @example companyFigure('IREN', 'ai_contracted_it_mw') === 200 (Microsoft, 200 MW IT, 2025-11-03)
 */
export function companyFigure(ticker: string, field: string, asOfDate: number | undefined, part: string): number | string {
  return figurePart(companyFigureEntry(ticker, field, asOfDate), part);
}

/** The sourced figure companyFigure returns the value of: value, unit, as_of and source. */
export function companyFigureEntry(ticker: string, field: string, asOfDate?: number): Figure {
  checkParam(companyParams[2], asOfDate);
  const preset = presetOrThrow(ticker);
  const name = choiceOrThrow('field', field, presetFields);
  const value = preset[name as keyof Preset] as FieldValue | undefined;
  if (value === undefined || (Array.isArray(value) && value.length === 0)) throw notFound(`${preset.ticker} has no sourced figure for ${name}`);
  const asOfIso = isoDateOrLatest(asOfDate);
  const figure = latestFigure(value, asOfIso);
  if (figure === undefined) {
    throw notFound(`no ${preset.ticker} ${name} on or before ${asOfIso}; the first is ${figureHistory(value)[0].as_of}`);
  }
  return figure;
}
