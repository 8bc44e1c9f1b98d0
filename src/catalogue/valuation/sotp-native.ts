/**
 * SOTP's native table: the sum of the parts as plain formulas over the analyst's inputs, with
 * the bundled figures it reads kept as data.
 *
 * SOTP reads the preset through its ticker, so which figures a row values (and their dates and
 * sources) is data, fixed when the copy is made: the basis, as_of and source cells of a part
 * whose figure no override can replace are kept as their values, and every figure a formula
 * needs beyond them (the basic share count, the notes' terms, the debt before conversion) is
 * a constant of that formula. Everything computed is a formula: each part's multiple and
 * value, per-share values, the equity value, diluted shares at the share price (basic shares
 * plus NOTE_SHARES of each note), value per share, upside, and the notes of the totals.
 *
 * Overrides: where the call has an `overrides` range, a part's basis is
 * IFERROR(VLOOKUP(label, overrides, 2, FALSE), the bundled figure), so the analyst's figure
 * wins in the copy as in the add-in (the row's as_of and source stay the bundled figure's). A
 * pipeline split by stage changes the table's rows (one part a stage given, the totals moving
 * down), and a copy's range holds the rows it was made with: a call with stages has no native
 * form, and stages typed into the copy's overrides are not read. The copy says so where it
 * happens: with a pipeline_mw_<stage> label in its overrides, the pipeline part and the status
 * name the stages as not read (the pipeline valued as one part, as pipeline_mw gives it).
 *
 * No silent zeros, as in the function: a missing asset is 0, a missing liability or share count
 * #N/A down to value per share and upside.
 */
import { companyFigureEntry } from '../../core/data/company';
import { isoDateOrLatest, presetOrThrow } from '../../core/data/lookup';
import { ConvertibleNote, Figure, outstandingNotes, Preset } from '../../core/data/presets';
import { isHashwattError } from '../../core/errors';
import { OverrideLabel, overridesOf, LabelledRange, stageMwLabel, pipelineStages } from '../../core/valuation/overrides';
import { complete, debtLessConvertedPart, incompletePrefix, noSourcedFigure, projectDebtPart, SotpPart, SotpPartLabel, sotpParts, supplyNote } from '../../core/valuation/sotp';
import { literal, needed } from '../native';
import type { NativeTableRow, TableData } from '../../sheet/native-form';
import { noteSharesNative } from './note-shares-native';

/** The rows of the table without headers: seven parts, then the totals. */
const row = { equity: 7, diluted: 8, valuePerShare: 9, upside: 10, status: 11 } as const;
const rows = 12;
const column = { part: 0, basis: 1, unit: 2, multiple: 3, value: 4, perShare: 5, asOf: 6, source: 7 } as const;

interface Part extends SotpPart {
  /** The multiple's formula over the operands. */
  readonly multiple: string;
}

/** The figure the preset has for a field on the date, or undefined where it has none. */
function figureOf(ticker: string, field: string, asOfDate: number | undefined): Figure | undefined {
  try {
    return companyFigureEntry(ticker, field, asOfDate);
  } catch (error) {
    if (isHashwattError(error)) return undefined;
    throw error;
  }
}

/**
 * The notes the debt figure carries that leave it when they convert (the core's
 * convertedPrincipalUsd): outstanding on the debt figure's date and on the valuation date, for
 * the smaller principal.
 */
function convertibleInDebt(preset: Preset, debtAsOfIso: string | undefined, asOfDate: number | undefined): { conversion: number; principal: number }[] {
  const notes = preset.convertible_notes ?? [];
  const carried = new Map(outstandingNotes(notes, debtAsOfIso).map((note) => [note.name, note.principal_usd]));
  return outstandingNotes(notes, isoDateOrLatest(asOfDate)).flatMap((note) => {
    const inDebt = carried.get(note.name);
    return inDebt === undefined ? [] : [{ conversion: note.conversion_price_usd, principal: Math.min(inDebt, note.principal_usd) }];
  });
}

/** The principal of those notes that converts at share price `price`: Σ IF(price > conversion, principal, 0). */
function convertedFormula(notes: readonly { conversion: number; principal: number }[], price: string): string {
  return notes.length === 0 ? '0' : notes.map((note) => `IF(${price}>${note.conversion},${note.principal},0)`).join('+');
}

/** The shares the notes add at the share price: NOTE_SHARES of each, physical settlement, net of capped calls. */
function noteSharesFormula(notes: readonly ConvertibleNote[], price: string): string {
  return notes.map((note) => `+${noteSharesNative([String(note.principal_usd), String(note.conversion_price_usd), price, note.cap_price_usd?.toString(), 'FALSE'])}`).join('');
}

/**
 * A text that depends on which figures are missing: a nested IF over the conditions, `say`
 * given the labels of the missing ones in order.
 */
function byMissing(conditions: readonly { readonly label: OverrideLabel; readonly missing: string }[], say: (labels: OverrideLabel[]) => string, given: OverrideLabel[] = []): string {
  if (conditions.length === 0) return literal(say(given));
  const [first, ...rest] = conditions;
  return `IF(${first.missing},${byMissing(rest, say, [...given, first.label])},${byMissing(rest, say, given)})`;
}

/** The note of a total that needs several figures (the core's supplyNotes). */
function supplyNotes(labels: readonly OverrideLabel[]): string {
  return labels.length === 0 ? '' : `${noSourcedFigure} for ${labels.join(', ')}: give ${labels.length > 1 ? 'them' : 'it'} in overrides`;
}

/** The copy-time values SOTP's native form needs: the preset, the date, and overrides without stages. */
function dataOf(values: readonly unknown[] | undefined): { preset: Preset; asOfDate: number | undefined } | undefined {
  if (!values) return undefined;
  const [ticker, , , , , , , asOf, , , overrides] = values;
  if (typeof ticker !== 'string' || (asOf !== undefined && asOf !== null && asOf !== '' && typeof asOf !== 'number')) return undefined;
  try {
    const preset = presetOrThrow(ticker);
    const given = overridesOf(overrides as LabelledRange | undefined);
    if (pipelineStages.some((stage) => given[stageMwLabel(stage)] !== undefined)) return undefined;
    return { preset, asOfDate: typeof asOf === 'number' ? asOf : undefined };
  } catch {
    return undefined;
  }
}

/** What the pipeline part and the status say when stages are typed into a copy's overrides. */
export const stagesNotRead = 'pipeline stages in overrides are not read in this copy: the pipeline is one part (pipeline_mw)';

/** The condition that the overrides hold a pipeline_mw_<stage> label (case and surrounding spaces ignored, as the function reads labels). */
function stagesTypedCondition(overrides: string): string {
  const prefix = stageMwLabel(pipelineStages[0]).slice(0, -pipelineStages[0].length);
  return `SUMPRODUCT(--(LEFT(TRIM(INDEX(${overrides},0,1)),${prefix.length})=${literal(prefix)}))>0`;
}

/** SOTP's rows as native formulas and data cells (see the file's comment); undefined without the copy-time values. */
export const sotpRow: NativeTableRow = (operands, r, cell, values) => {
  const data = dataOf(values);
  if (!data) return undefined;
  // Past its rows (a copy's range is the table's own size) a row is blank.
  if (r >= rows) return Array.from({ length: 8 }, () => '""');
  const { preset, asOfDate } = data;
  const [btc, price, perEhs, perMw, perPipelineMw, probability, , , net] = operands.slice(1);
  const overrides = operands[10];
  const at = (c: number, target: number) => cell(c, r - target);
  const given = (label: string, c: number) => `VLOOKUP(${literal(label)},${overrides},${c},FALSE)`;

  const multiple: Record<SotpPartLabel, string> = {
    hashrate_ehs: needed(perEhs),
    contracted_mw: needed(perMw),
    pipeline_mw: `${needed(perPipelineMw)}*${needed(probability)}`,
    btc_holdings: needed(btc),
    cash_usd: '1',
    debt_usd: '-1',
    project_debt_usd: '-1',
  };
  const parts: Part[] = sotpParts.map((part) => ({ ...part, multiple: multiple[part.label] }));
  const figures = parts.map((part) => figureOf(preset.ticker, part.field, asOfDate));
  const basis = (p: number) => at(column.basis, p);
  const dilutedShares = at(column.basis, row.diluted);
  const equity = at(column.value, row.equity);
  const perShare = (value: string) => `IF(ISERROR(${dilutedShares}),"",${value}/${dilutedShares})`;
  const debt = 5;
  const projectDebt = 6;
  const contractedValue = at(column.value, 1);
  // Project debt is a gap only where the preset lists some and the contracted part is valued.
  const projectDebtMissing = preset.project_debt_usd === undefined ? 'FALSE' : `AND(${basis(projectDebt)}="",${contractedValue}<>0)`;
  const liabilities = [
    { label: 'debt_usd' as const, missing: `${basis(debt)}=""` },
    { label: 'project_debt_usd' as const, missing: projectDebtMissing },
  ];
  const sharesMissing = { label: 'shares_outstanding' as const, missing: `ISERROR(${dilutedShares})` };
  const blank = Array.from({ length: 8 }, () => '""');

  if (r < parts.length) {
    const part = parts[r];
    const figure = figures[r];
    const b = basis(r);
    const provenance: TableData = figure ? { source: figure.source, asOf: figure.as_of } : { source: `none (${noSourcedFigure} for ${part.field} in the preset)` };
    // The basis: the bundled figure, kept, unless an override can replace it or the notes that convert leave the debt.
    const bundled = figure === undefined ? '""' : String(figure.value);
    const raw = overrides === undefined ? bundled : `IFERROR(${given(part.label, 2)},${bundled})`;
    let basisCell: string | TableData = overrides === undefined ? provenance : raw;
    let name = literal(part.part);
    if (part.label === 'pipeline_mw' && overrides !== undefined) name = `IF(${stagesTypedCondition(overrides)},${literal(`${part.part} (${stagesNotRead})`)},${name})`;
    if (part.label === 'debt_usd') {
      // With an override the debt is taken as of the valuation date (the core's rule), else as of its figure.
      const asFigure = convertibleInDebt(preset, figure?.as_of ?? isoDateOrLatest(asOfDate), asOfDate);
      const asValuation = convertibleInDebt(preset, isoDateOrLatest(asOfDate), asOfDate);
      let converted = convertedFormula(asFigure, needed(price));
      const atValuation = convertedFormula(asValuation, needed(price));
      if (overrides !== undefined && atValuation !== converted) converted = `IF(ISNA(${given(part.label, 1)}),${converted},${atValuation})`;
      if (converted !== '0') {
        const netOf = `IF(${needed(net)},${converted},0)`;
        basisCell = `IF(${raw}="","",${raw}-(${netOf}))`;
        name = `IF(${b}="",${name},IF(${netOf}=0,${name},${literal(debtLessConvertedPart)}))`;
      }
    }
    let value: string;
    if (!part.liability) value = `IF(${b}="",0,${b}*${part.multiple})`;
    else if (part.label === 'debt_usd') value = `IF(${b}="",NA(),-${b})`;
    else value = `IF(${b}="",IF(${projectDebtMissing},NA(),0),-${b})`;
    return [name, basisCell, literal(figure?.unit ?? part.unit), part.multiple, value, perShare(cell(column.value)), provenance, provenance];
  }
  if (r === row.equity) {
    const sum = `SUM(${at(column.value, 0)}:${at(column.value, parts.length - 1)})`;
    const note = byMissing(liabilities, supplyNotes);
    return [literal('equity value'), '""', '""', '""', sum, perShare(cell(column.value)), '""', note];
  }
  if (r === row.diluted) {
    const basic = figureOf(preset.ticker, 'shares_outstanding', asOfDate);
    const bundled = basic === undefined ? 'NA()' : String(basic.value);
    const count = overrides === undefined ? bundled : `IFERROR(${given('shares_outstanding', 2)},${bundled})`;
    const notes = outstandingNotes(preset.convertible_notes ?? [], isoDateOrLatest(asOfDate));
    const provenance: TableData = basic ? { source: basic.source, asOf: basic.as_of } : { source: supplyNote('shares_outstanding') };
    return [literal('diluted shares'), `${count}${noteSharesFormula(notes, needed(price))}`, literal('shares'), '""', '""', '""', provenance, provenance];
  }
  const perShareNote = byMissing([...liabilities, sharesMissing], supplyNotes);
  const valuePerShare = `${equity}/${dilutedShares}`;
  if (r === row.valuePerShare) return [literal('value per share'), '""', '""', '""', '""', valuePerShare, '""', perShareNote];
  if (r === row.upside) return [literal('upside'), `${at(column.perShare, row.valuePerShare)}/${needed(price)}-1`, literal('fraction'), '""', '""', '""', '""', perShareNote];
  // The status: every part still without a figure, in the table's order.
  const gaps = [
    ...parts.slice(0, 5).map((part, p) => `IF(${basis(p)}="",${literal(`${part.part} (${part.label}); `)},"")`),
    `IF(${liabilities[0].missing},${literal('debt (debt_usd); ')},"")`,
    `IF(${projectDebtMissing},${literal(`${projectDebtPart} (project_debt_usd); `)},"")`,
    `IF(${sharesMissing.missing},${literal('diluted shares (shares_outstanding); ')},"")`,
  ].join('&');
  const gapsStatus = `IF(${gaps}="",${literal(complete)},${literal(incompletePrefix)}&LEFT(${gaps},LEN(${gaps})-2))`;
  const status = overrides === undefined ? gapsStatus : `IF(${stagesTypedCondition(overrides)},${literal(`${stagesNotRead}; `)},"")&${gapsStatus}`;
  return [literal('status'), ...blank.slice(0, 6), status];
};
