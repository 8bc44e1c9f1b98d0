import { Exact } from '../arithmetic/exact';
import { quotientValue } from '../arithmetic/quotient';
import { companyFigureEntry } from '../data/company';
import { DataCell, isoDateOrLatest, presetOrThrow, serialOf } from '../data/lookup';
import { outstandingNotes, Preset } from '../data/presets';
import { HashwattError, invalidInput, isHashwattError, notFound } from '../errors';
import { optional, optionalBoolean, required } from '../params';
import { tickerParam } from '../data/ticker-param';
import { atLeastZero, excelDate, greaterThanZero, shareInclusive } from '../rules';
import { dilutedSharesOf } from './diluted-shares';
import { analystInput, OverrideLabel, Overrides, overridesOf, overridesParam, pipelineStages, stageMwLabel, stageProbabilityLabel } from './overrides';

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
  overridesParam,
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
function convertedPrincipalUsd(preset: Preset, sharePriceUsd: number, debtAsOfIso: string | undefined, asOfDate: number | undefined): Exact {
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
 * A cell of SOTP's table: a number, text, or an error value the Excel layer shows as the
 * error of its kind (#N/A for a figure that is missing), with its message.
 */
export type SotpCell = DataCell | HashwattError;

/** One part of the valuation: the preset field it values, the override label that replaces it. */
export interface SotpPart {
  readonly part: string;
  readonly field: string;
  readonly label: OverrideLabel;
  readonly unit: string;
  /** A liability: missing, it leaves the equity value unknown (never counted as 0). */
  readonly liability: boolean;
}

interface Part extends SotpPart {
  readonly multiple: Exact;
}

/** A part's basis: the figure valued, with its unit, date and source. */
interface Basis {
  readonly value: Exact;
  readonly unit: string;
  /** The figure's ISO date; undefined for an analyst's input (it describes the valuation date). */
  readonly asOfIso: string | undefined;
  readonly source: string;
}

/** The part's basis: the override, else the preset's latest figure on or before the date, else none. */
function basisOf(preset: Preset, part: Part, overrides: Overrides, asOfDate: number | undefined): Basis | undefined {
  const given = overrides[part.label];
  if (given !== undefined) return { value: Exact.of(given), unit: part.unit, asOfIso: undefined, source: analystInput };
  const figure = orNone(() => companyFigureEntry(preset.ticker, part.field, asOfDate));
  return figure && { value: Exact.of(figure.value as number), unit: figure.unit, asOfIso: figure.as_of, source: figure.source };
}

/** What the source column says of a missing figure: which it is and the override that supplies it. */
export function supplyNote(label: OverrideLabel): string {
  return `${noSourcedFigure} for ${label}: give it in overrides as ${label}`;
}

/** The #N/A of a result that needs figures the preset lacks, naming each and its override. */
function needs(what: string, preset: Preset, labels: readonly OverrideLabel[], asOfDate: number | undefined): HashwattError {
  const date = asOfDate === undefined ? '' : ` on or before ${isoDateOrLatest(asOfDate)}`;
  const them = labels.length > 1 ? 'them' : 'it';
  return notFound(`${what} needs ${labels.join(' and ')}: ${preset.ticker} has ${noSourcedFigure}${date}; give ${them} in overrides (${labels.join(', ')})`);
}

/**
 * The pipeline as one part (pipeline_mw × the multiple × pipeline_probability), or, when the
 * analyst gives its stages in overrides, one part a stage given, nearest to revenue first,
 * each at the multiple × its own probability (probability_<stage>, else pipeline_probability).
 * No preset sources a split by stage, so the stages come from overrides only.
 */
function pipelineParts(pipeline: SotpPart, overrides: Overrides, usdPerPipelineMw: number, pipelineProbability: number): Part[] {
  const multiple = (probability: number) => Exact.of(usdPerPipelineMw).times(probability);
  for (const stage of pipelineStages) {
    const probability = stageProbabilityLabel(stage);
    if (overrides[probability] !== undefined && overrides[stageMwLabel(stage)] === undefined) {
      throw invalidInput('overrides', `gives ${probability} without ${stageMwLabel(stage)}`, overrides[probability]);
    }
  }
  const staged = pipelineStages.filter((stage) => overrides[stageMwLabel(stage)] !== undefined);
  if (staged.length === 0) return [{ ...pipeline, multiple: multiple(pipelineProbability) }];
  if (overrides.pipeline_mw !== undefined) {
    throw invalidInput('overrides', `gives pipeline_mw and the pipeline's stages (${staged.map(stageMwLabel).join(', ')}): give one or the other`, overrides.pipeline_mw);
  }
  return staged.map((stage) => ({
    part: `pipeline: ${stage.replace(/_/g, ' ')}`,
    field: stageMwLabel(stage),
    label: stageMwLabel(stage),
    unit: 'MW',
    multiple: multiple(overrides[stageProbabilityLabel(stage)] ?? pipelineProbability),
    liability: false,
  }));
}

/** The part whose figure is project debt, and what its row says when the preset lists none. */
export const projectDebtPart = 'project debt';
export const noProjectDebtListed = 'no project debt in the preset';

/**
 * The seven parts in the table's order, without their multiples: the function and its native
 * formulas (catalogue/valuation/sotp-native.ts) each give a multiple per label, so the two
 * cannot disagree on a part's field, label, unit or whether it is a liability.
 */
export const sotpParts = [
  { part: 'mining', field: 'hashrate_ehs', label: 'hashrate_ehs', unit: 'EH/s', liability: false },
  { part: 'contracted AI/HPC', field: 'ai_contracted_it_mw', label: 'contracted_mw', unit: 'MW', liability: false },
  { part: 'pipeline', field: 'pipeline_mw', label: 'pipeline_mw', unit: 'MW', liability: false },
  { part: 'BTC', field: 'btc_holdings', label: 'btc_holdings', unit: 'BTC', liability: false },
  { part: 'cash', field: 'cash_usd', label: 'cash_usd', unit: 'USD', liability: false },
  { part: 'debt', field: 'debt_usd', label: 'debt_usd', unit: 'USD', liability: true },
  { part: projectDebtPart, field: 'project_debt_usd', label: 'project_debt_usd', unit: 'USD', liability: true },
] as const satisfies readonly SotpPart[];

/** The override label of each of the seven parts. */
export type SotpPartLabel = (typeof sotpParts)[number]['label'];

/**
 * A sum-of-the-parts valuation of a company from its sourced preset figures and the analyst's
 * multiples, as a spilled table, one row a part and then the totals.
 *
 * Method: mining = hashrate_ehs × usd_per_ehs; contracted AI/HPC = ai_contracted_it_mw ×
 * usd_per_contracted_mw; pipeline = pipeline_mw × usd_per_pipeline_mw × pipeline_probability
 * (the multiple column shows the product of the two), or by stage (pipelineParts); BTC = btc_holdings × btc_price_usd;
 * cash = cash_usd; debt = −debt_usd; project debt = −project_debt_usd (the non-recourse debt
 * of the projects valued in the contracted part). Equity value is the sum of the parts;
 * diluted shares are DILUTED_SHARES at share_price_usd on the date; value per share = equity
 * value ÷ diluted shares; upside = value per share ÷ share_price_usd − 1. Each part is the
 * latest figure on or before the date, with its as-of date and source. Sums and products are
 * exact; each division is done once. The last row, status, lists the incomplete parts.
 *
 * Overrides: a figure the analyst gives in `overrides` (overrides.ts) replaces the preset's;
 * its row has no date and reads "analyst input" as its source. shares_outstanding replaces
 * the basic count (the notes are still added). An overridden debt_usd is taken as of the
 * valuation date (for net_converted_notes).
 *
 * No silent zeros: an asset part whose figure the preset lacks shows a blank basis, 0 value
 * and "no sourced figure". A missing liability (debt_usd; project_debt_usd where the preset
 * lists project debt and the contracted part is valued) is never 0: its value, the equity
 * value, value per share and upside are #N/A, the note naming the figure and its override.
 * Without a share count the diluted shares, value per share and upside are #N/A naming
 * shares_outstanding, and the per-share cells of the parts are blank. A preset that lists no
 * project debt shows 0 with "no project debt in the preset".
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
 * @param overridesRange label/value rows replacing preset figures (overrides.ts); omitted: none
 * @returns rows of eight cells: part, basis, basis_unit, multiple, value_usd, usd_per_share, as_of (serial), source
 * @throws invalid_input for a price <= 0, a negative multiple, a probability outside 0–1, a date that is not a serial, or a bad overrides row
 * @throws not_found for an unknown ticker (lists the tickers)
 * @example sotpTable('IREN', 100000, 40, 0, 17e6, 0, 1, undefined, false, false, [['contracted_mw', 660]])[1] is ['contracted AI/HPC', 660, 'MW', 17e6, 11.22e9, …, '', 'analyst input']
 */
export function sotpTable(
  ticker: string, btcPriceUsd: number, sharePriceUsd: number, usdPerEhs: number, usdPerContractedMw: number,
  usdPerPipelineMw: number, pipelineProbability: number, asOfDate: number | undefined, headers: boolean, netConvertedNotes: boolean,
  overridesRange?: readonly (readonly unknown[])[],
): SotpCell[][] {
  const preset = presetOrThrow(ticker);
  const overrides = overridesOf(overridesRange);
  const givenShares = overrides.shares_outstanding;
  const diluted = orNone(() =>
    dilutedSharesOf(preset.ticker, sharePriceUsd, asOfDate, givenShares === undefined ? undefined : { value: givenShares, unit: 'shares', as_of: '', source: analystInput }),
  );
  const perShare = (value: Exact): DataCell =>
    diluted === undefined ? '' : quotientValue({ numerator: value.times(diluted.shares.denominator), denominator: diluted.shares.numerator }, 'value per share');

  const multiple: Record<Exclude<SotpPartLabel, 'pipeline_mw'>, Exact> = {
    hashrate_ehs: Exact.of(usdPerEhs),
    contracted_mw: Exact.of(usdPerContractedMw),
    btc_holdings: Exact.of(btcPriceUsd),
    cash_usd: Exact.one,
    debt_usd: Exact.of(-1),
    project_debt_usd: Exact.of(-1),
  };
  // The pipeline may be one part or one per stage (pipelineParts).
  const parts: Part[] = sotpParts.flatMap((part): Part[] =>
    part.label === 'pipeline_mw' ? pipelineParts(part, overrides, usdPerPipelineMw, pipelineProbability) : [{ ...part, multiple: multiple[part.label] }],
  );
  let equity = Exact.of(0);
  let contractedValued = false;
  const missingLiabilities: OverrideLabel[] = [];
  const incomplete: string[] = [];
  const rows: SotpCell[][] = parts.map((part) => {
    const basis = basisOf(preset, part, overrides, asOfDate);
    const multipleCell = part.multiple.toNumber();
    if (basis === undefined) {
      // Project debt is a gap only where the preset lists some and a project is valued.
      if (part.label === 'project_debt_usd' && (preset.project_debt_usd === undefined || !contractedValued)) {
        const note = preset.project_debt_usd === undefined ? noProjectDebtListed : noSourcedFigure;
        return [part.part, '', part.unit, multipleCell, 0, diluted === undefined ? '' : 0, '', note];
      }
      incomplete.push(`${part.part} (${part.label})`);
      if (!part.liability) return [part.part, '', part.unit, multipleCell, 0, diluted === undefined ? '' : 0, '', noSourcedFigure];
      missingLiabilities.push(part.label);
      const missing = needs(part.part, preset, [part.label], asOfDate);
      return [part.part, '', part.unit, multipleCell, missing, diluted === undefined ? '' : missing, '', supplyNote(part.label)];
    }
    let value = basis.value;
    let label = part.part;
    if (part.label === 'debt_usd' && netConvertedNotes) {
      const converted = convertedPrincipalUsd(preset, sharePriceUsd, basis.asOfIso ?? isoDateOrLatest(asOfDate), asOfDate);
      if (!converted.isZero()) [value, label] = [value.minus(converted), debtLessConvertedPart];
    }
    const partValue = part.multiple.times(value);
    if (part.label === 'contracted_mw' && !partValue.isZero()) contractedValued = true;
    equity = equity.plus(partValue);
    const asOf = basis.asOfIso === undefined ? '' : serialOf(basis.asOfIso);
    return [label, value.toNumber(), basis.unit, multipleCell, partValue.toNumber(), perShare(partValue), asOf, basis.source];
  });

  if (missingLiabilities.length > 0) {
    const missing = needs('equity value', preset, missingLiabilities, asOfDate);
    rows.push(['equity value', '', '', '', missing, diluted === undefined ? '' : missing, '', supplyNotes(missingLiabilities)]);
  } else {
    rows.push(['equity value', '', '', '', equity.toNumber(), perShare(equity), '', '']);
  }
  const perShareNeeds = diluted === undefined ? [...missingLiabilities, 'shares_outstanding' as const] : missingLiabilities;
  if (diluted === undefined) {
    incomplete.push('diluted shares (shares_outstanding)');
    rows.push(['diluted shares', needs('diluted shares', preset, ['shares_outstanding'], asOfDate), 'shares', '', '', '', '', supplyNote('shares_outstanding')]);
  } else {
    const asOf = diluted.basic.as_of === '' ? '' : serialOf(diluted.basic.as_of);
    rows.push(['diluted shares', quotientValue(diluted.shares, 'diluted shares'), 'shares', '', '', '', asOf, diluted.basic.source]);
  }
  if (diluted === undefined || missingLiabilities.length > 0) {
    const note = supplyNotes(perShareNeeds);
    rows.push(['value per share', '', '', '', '', needs('value per share', preset, perShareNeeds, asOfDate), '', note]);
    rows.push(['upside', needs('upside', preset, perShareNeeds, asOfDate), 'fraction', '', '', '', '', note]);
  } else {
    const { numerator, denominator } = diluted.shares;
    rows.push(['value per share', '', '', '', '', perShare(equity), '', '']);
    const upside = quotientValue(
      { numerator: equity.times(denominator).minus(numerator.times(sharePriceUsd)), denominator: numerator.times(sharePriceUsd) },
      'upside',
    );
    rows.push(['upside', upside, 'fraction', '', '', '', '', '']);
  }
  rows.push(['status', '', '', '', '', '', '', incomplete.length === 0 ? complete : `${incompletePrefix}${incomplete.join('; ')}`]);
  return headers ? [[...sotpHeaders], ...rows] : rows;
}

/** The status row's note when every part has its figure. */
export const complete = 'complete';
/** How the status row's note starts when a part lacks its figure. */
export const incompletePrefix = 'incomplete: ';

/** The note of a total that needs several figures: each with the override that supplies it. */
function supplyNotes(labels: readonly OverrideLabel[]): string {
  return `${noSourcedFigure} for ${labels.join(', ')}: give ${labels.length > 1 ? 'them' : 'it'} in overrides`;
}
