/**
 * SOTP's `overrides`: a two-column range of label and value, each row the analyst's own figure
 * for one basis of the valuation, taken in place of the preset's. Read and checked here, in
 * one pass, because the cells mix text and numbers (the Excel layer checks number ranges only).
 */
import { describeValue, invalidInput, quoteText } from '../errors';
import { optionalRange, ParamSpec } from '../params';

/**
 * The stages a pipeline's power goes through, nearest to revenue first: energized (power on,
 * no tenant), under construction, contracted power (an interconnection or power agreement
 * signed, nothing built) and option (land or a queue position).
 */
export const pipelineStages = ['energized', 'under_construction', 'contracted_power', 'option'] as const;

export type PipelineStage = (typeof pipelineStages)[number];

/** The override label of a stage's MW, and of its own probability. */
export const stageMwLabel = <S extends PipelineStage>(stage: S) => `pipeline_mw_${stage}` as const;
export const stageProbabilityLabel = <S extends PipelineStage>(stage: S) => `probability_${stage}` as const;

/** The labels `overrides` takes: the bases in the order of the table's rows, then the pipeline's stages. */
export const overrideLabels = [
  'hashrate_ehs',
  'contracted_mw',
  'pipeline_mw',
  'btc_holdings',
  'cash_usd',
  'debt_usd',
  'project_debt_usd',
  'shares_outstanding',
  ...pipelineStages.map(stageMwLabel),
  ...pipelineStages.map(stageProbabilityLabel),
] as const;

/** Labels whose value is a probability, 0 to 1. */
const probabilityLabels: ReadonlySet<string> = new Set(pipelineStages.map(stageProbabilityLabel));

export type OverrideLabel = (typeof overrideLabels)[number];

/** The analyst's figures by label; a label not given is absent. */
export type Overrides = Partial<Record<OverrideLabel, number>>;

/** A range of label and value cells as Excel passes it. */
export type LabelledRange = readonly (readonly unknown[])[];

/** What the source column of an overridden row says. */
export const analystInput = 'analyst input';

/**
 * The parameter: optional, a range whose cells the core reads itself (text labels beside
 * numbers), so the Excel layer only shapes it.
 */
export const overridesParam = optionalRange('overrides', true) as ParamSpec<LabelledRange | undefined>;

function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || cell === '';
}

/** The known label a cell holds, ignoring case and surrounding spaces, or #VALUE! naming it. */
function labelOf(cell: unknown, row: number): OverrideLabel {
  const text = typeof cell === 'string' ? cell.trim().toLowerCase() : undefined;
  const label = overrideLabels.find((known) => known === text);
  if (label !== undefined) return label;
  const what = typeof cell === 'string' ? `unknown label ${quoteText(cell.trim())}` : `a label in column 1, not ${describeValue(cell)}`;
  throw invalidInput('overrides', `row ${row} has ${what}; labels: ${overrideLabels.join(', ')}`, cell);
}

/**
 * The analyst's figures from the range: one row a label (column 1) and its value (column 2),
 * labels case-insensitive, every value a finite number >= 0 (a liability is given as a
 * positive amount, as the preset holds it; a stage's probability from 0 to 1). A wholly blank
 * row is skipped, so a range may be longer than its entries. Omitted: no overrides.
 *
 * @throws invalid_input for a range that is not two columns wide, an unknown or repeated
 *   label (named), a label without a number, or a negative value
 * @example overridesOf([['Contracted_MW', 660]]) is { contracted_mw: 660 }
 */
export function overridesOf(range: LabelledRange | undefined): Overrides {
  const overrides: Overrides = {};
  if (range === undefined) return overrides;
  range.forEach((cells, r) => {
    const row = r + 1;
    if (!Array.isArray(cells) || cells.length !== 2) {
      throw invalidInput('overrides', 'must be two columns wide: a label and its value in each row', range);
    }
    const [labelCell, value] = cells;
    if (isBlank(labelCell) && (isBlank(value) || value === 0)) return;
    const label = labelOf(labelCell, row);
    if (overrides[label] !== undefined) throw invalidInput('overrides', `gives ${label} twice (row ${row})`, labelCell);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidInput('overrides', `${label} must be a number (row ${row})`, value);
    if (value < 0) throw invalidInput('overrides', `${label} must be >= 0 (row ${row})`, value);
    if (probabilityLabels.has(label) && value > 1) throw invalidInput('overrides', `${label} must be a probability from 0 to 1 (row ${row})`, value);
    overrides[label] = value;
  });
  return overrides;
}
