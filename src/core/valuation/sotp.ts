import { Exact } from '../arithmetic/exact';
import { quotientValue } from '../arithmetic/quotient';
import { companyFigureEntry } from '../data/company';
import { DataCell, isoDateOrLatest, presetOrThrow, serialOf } from '../data/lookup';
import { outstandingNotes, Preset } from '../data/presets';
import { isHashwattError } from '../errors';
import { optional, optionalBoolean, required } from '../params';
import { tickerParam } from '../data/ticker-param';
import { atLeastZero, excelDate, greaterThanZero, shareInclusive } from '../rules';
import { dilutedSharesOf } from './diluted-shares';

export const sotpParams = [
  tickerParam,
  required('btc_price_usd', greaterThanZero),
  required('share_price_usd', greaterThanZero),
  required('usd_per_ehs', atLeastZero),
  required('usd_per_contracted_mw', atLeastZero),
  required('usd_per_pipeline_mw', atLeastZero),
  optional('pipeline_probability', 1, shareInclusive),
  optional('as_of_date', undefined, excelDate),
  optionalBoolean('headers', true),
  optionalBoolean('net_converted_notes', false),
] as const;

/** The column headers of SOTP. */
export const sotpHeaders: readonly string[] = ['part', 'basis', 'basis_unit', 'multiple', 'value_usd', 'usd_per_share', 'as_of', 'source'];

/** What a part whose figure the preset lacks (or lacks on the date) shows in its source column. */
export const noSourcedFigure = 'no sourced figure';

/** What a look-up gives, or undefined where the presets have no sourced figure for it (no guess, no 0). */
function orNone<T>(lookUp: () => T): T | undefined {
  try {
    return lookUp();
  } catch (error) {
    if (isHashwattError(error) && error.kind === 'not_found') return undefined;
    throw error;
  }
}

/** The debt row's part when the notes that convert have left it. */
export const debtLessConvertedPart = 'debt less notes counted as shares';

/**
 * The principal the debt figure carries of the notes that convert at the share price (above
 * their conversion price) on the valuation date: if-converted, those notes are shares in the
 * diluted count and no longer debt. A note counts only if it is outstanding both on the debt
 * figure's date (so the figure carries it) and on the valuation date (so the count has its
 * shares), for the smaller of its two principals (a repurchase in between).
 */
function convertedPrincipalUsd(preset: Preset, sharePriceUsd: number, debtAsOfIso: string, asOfDate: number | undefined): Exact {
  const notes = preset.convertible_notes ?? [];
  const carried = new Map(outstandingNotes(notes, debtAsOfIso).map((note) => [note.name, note.principal_usd]));
  let total = Exact.of(0);
  for (const note of outstandingNotes(notes, isoDateOrLatest(asOfDate))) {
    const inDebt = carried.get(note.name);
    if (inDebt === undefined || sharePriceUsd <= note.conversion_price_usd) continue;
    total = total.plus(Exact.of(Math.min(inDebt, note.principal_usd)));
  }
  return total;
}

/**
 * A sum-of-the-parts valuation of a company from its sourced preset figures and the analyst's
 * multiples, as a spilled table, one row a part and then the totals.
 *
 * Method: mining = hashrate_ehs × usd_per_ehs; contracted AI/HPC = ai_contracted_it_mw ×
 * usd_per_contracted_mw; pipeline = pipeline_mw × usd_per_pipeline_mw × pipeline_probability
 * (the multiple column shows the product of the two); BTC = btc_holdings × btc_price_usd;
 * cash = cash_usd; debt = −debt_usd. Equity value is the sum of the parts; diluted shares are
 * DILUTED_SHARES at share_price_usd on the date; value per share = equity value ÷ diluted
 * shares; upside = value per share ÷ share_price_usd − 1. Each part is the latest figure on or
 * before the date, with its as-of date and source. Sums and products are exact; each division
 * is done once.
 *
 * A part whose figure the preset lacks (or lacks on or before the date) shows a blank basis,
 * 0 value and "no sourced figure" in its source column. Without a sourced share count the
 * diluted shares row says so and the per-share cells, value per share and upside are blank.
 *
 * Convertible notes: debt_usd carries the notes at par, and a note above its conversion price
 * is also counted in the diluted shares. By default (the contract's debt = −debt_usd) that
 * double count stands, the conservative reading; with net_converted_notes TRUE the debt row
 * is debt_usd less the principal of the notes counted as shares (convertedPrincipalUsd), the
 * if-converted treatment, and its part reads "debt less notes counted as shares".
 *
 * Limits: the multiples are the analyst's, never bundled; figures of different dates are added
 * as they stand.
 *
 * @param ticker the company's ticker, case and surrounding spaces ignored
 * @param btcPriceUsd BTC price in USD, > 0
 * @param sharePriceUsd share price in USD, > 0 (for diluted shares and upside)
 * @param usdPerEhs value of mining in USD per EH/s, >= 0
 * @param usdPerContractedMw value of contracted AI/HPC capacity in USD per IT MW, >= 0
 * @param usdPerPipelineMw value of pipeline power in USD per MW, >= 0
 * @param pipelineProbability probability the pipeline is built, 0–1 (default 1)
 * @param asOfDate Excel date serial; omitted: the latest figures
 * @param headers TRUE (default) puts a header row first (the names in sotpHeaders)
 * @param netConvertedNotes TRUE takes the notes counted as shares out of the debt (default FALSE)
 * @returns rows of eight cells: part, basis, basis_unit, multiple, value_usd, usd_per_share, as_of (serial), source
 * @throws invalid_input for a price <= 0, a negative multiple, a probability outside 0–1, or a date that is not a serial
 * @throws not_found for an unknown ticker (lists the tickers)
 * @example sotpTable('IREN', 100000, 40, 0, 17e6, 0, 1, undefined, false)[1] is ['contracted AI/HPC', 200, 'MW', 17e6, 3.4e9, …]
 */
export function sotpTable(
  ticker: string, btcPriceUsd: number, sharePriceUsd: number, usdPerEhs: number, usdPerContractedMw: number,
  usdPerPipelineMw: number, pipelineProbability: number, asOfDate: number | undefined, headers: boolean, netConvertedNotes: boolean,
): DataCell[][] {
  const preset = presetOrThrow(ticker);
  const diluted = orNone(() => dilutedSharesOf(preset.ticker, sharePriceUsd, asOfDate));
  const perShare = (value: Exact): DataCell =>
    diluted === undefined ? '' : quotientValue({ numerator: value.times(diluted.shares.denominator), denominator: diluted.shares.numerator }, 'value per share');

  const pipelineMultiple = Exact.of(usdPerPipelineMw).times(pipelineProbability);
  const parts: { part: string; field: string; unit: string; multiple: Exact }[] = [
    { part: 'mining', field: 'hashrate_ehs', unit: 'EH/s', multiple: Exact.of(usdPerEhs) },
    { part: 'contracted AI/HPC', field: 'ai_contracted_it_mw', unit: 'MW', multiple: Exact.of(usdPerContractedMw) },
    { part: 'pipeline', field: 'pipeline_mw', unit: 'MW', multiple: pipelineMultiple },
    { part: 'BTC', field: 'btc_holdings', unit: 'BTC', multiple: Exact.of(btcPriceUsd) },
    { part: 'cash', field: 'cash_usd', unit: 'USD', multiple: Exact.one },
    { part: 'debt', field: 'debt_usd', unit: 'USD', multiple: Exact.of(-1) },
  ];
  let equity = Exact.of(0);
  const rows: DataCell[][] = parts.map(({ part, field, unit, multiple }) => {
    const figure = orNone(() => companyFigureEntry(preset.ticker, field, asOfDate));
    const multipleCell = multiple.toNumber();
    if (figure === undefined) return [part, '', unit, multipleCell, 0, diluted === undefined ? '' : 0, '', noSourcedFigure];
    let basis = Exact.of(figure.value as number);
    let label = part;
    if (field === 'debt_usd' && netConvertedNotes) {
      const converted = convertedPrincipalUsd(preset, sharePriceUsd, figure.as_of, asOfDate);
      if (!converted.isZero()) [basis, label] = [basis.minus(converted), debtLessConvertedPart];
    }
    const value = multiple.times(basis);
    equity = equity.plus(value);
    return [label, basis.toNumber(), figure.unit, multipleCell, value.toNumber(), perShare(value), serialOf(figure.as_of), figure.source];
  });
  rows.push(['equity value', '', '', '', equity.toNumber(), perShare(equity), '', '']);
  if (diluted === undefined) {
    rows.push(['diluted shares', '', 'shares', '', '', '', '', noSourcedFigure]);
    rows.push(['value per share', '', '', '', '', '', '', '']);
    rows.push(['upside', '', '', '', '', '', '', '']);
  } else {
    const { numerator, denominator } = diluted.shares;
    rows.push(['diluted shares', quotientValue(diluted.shares, 'diluted shares'), 'shares', '', '', '', serialOf(diluted.basic.as_of), diluted.basic.source]);
    rows.push(['value per share', '', '', '', '', perShare(equity), '', '']);
    const upside = quotientValue(
      { numerator: equity.times(denominator).minus(numerator.times(sharePriceUsd)), denominator: numerator.times(sharePriceUsd) },
      'upside',
    );
    rows.push(['upside', upside, 'fraction', '', '', '', '', '']);
  }
  return headers ? [[...sotpHeaders], ...rows] : rows;
}
