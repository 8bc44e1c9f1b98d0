/**
 * DEBT_SCHEDULE as one plain formula a cell, row by row (year t = row + 1, blank past the
 * tenor): the opening balance is the row above's closing one; interest = opening × rate; the
 * other amounts are closed forms of year t, so no row depends on the rows below it and none
 * loses the digits the core keeps exactly (debt-years.ts):
 * - level and balloon (B = principal × balloon_share paid at the tenor, Q = principal − B):
 *   principal_t = Q × r × (1 + r)^(t − 1) ÷ ((1 + r)^n − 1) (Q ÷ n at r = 0), plus B at the
 *   tenor; written this way, not as opening − closing (or Excel's PPMT = PMT − IPMT), a
 *   principal far smaller than the balance keeps its digits. Service = PMT on Q plus B × r,
 *   plus B at the tenor; closing = B + Q × ((1 + r)^n − (1 + r)^t) ÷ ((1 + r)^n − 1);
 * - bullet: interest only, the principal at the tenor;
 * - sculpted (a CFADS column or row): service_t = k × CFADS_t, k = (principal − B ÷ (1 + r)^n)
 *   ÷ Σ CFADS_s ÷ (1 + r)^s, and closing_t the present value of the service still to come
 *   (SUMPRODUCT over the years after t); principal = opening − closing.
 * The DSCR is CFADS_t ÷ (service − the balloon or bullet at the tenor), blank with no service.
 *
 * A profile written as text picks its formulas; a profile in a cell is read inside each
 * formula (LOWER(TRIM()), as the function reads it), every profile's formula behind an IF and
 * #N/A for a text that names none. A CFADS argument whose shape its text does not say
 * (cfads-operand.ts), or a two-dimensional one (the function refuses it), has no native form.
 */
import { needed, quotedText } from '../native';
import { withinRows } from '../native-table';
import type { NativeTableRow, Operands, TableCell } from '../../sheet/native-form';
import { operandShape, OperandShape } from '../../sheet/operand-shape';
import { discountedVector, isLevelCfads, yearFigure, yearNumbers } from './cfads-operand';

/** A year's amounts that depend on the profile (the others follow from them). */
interface ProfileYear {
  readonly principal: string;
  readonly service: string;
  readonly closing: string;
  /** The part of the service a DSCR leaves out: the balloon or bullet at the tenor. */
  readonly balloon: string;
}

interface Loan {
  readonly principal: string;
  readonly rate: string;
  readonly tenor: string;
  readonly balloonShare: string;
}

/** The CFADS as weights of sculpted service: the operand, its shape and its year numbers. */
interface Weights {
  readonly operand: string;
  readonly shape: OperandShape;
  readonly years: string;
}

/** Whether year t is the tenor's, as 1 or 0 in arithmetic. */
const isLast = (loan: Loan, year: number) => `(${year}=${loan.tenor})`;

function levelYear(loan: Loan, year: number): ProfileYear {
  const { principal: p, rate: r, tenor: n, balloonShare: b } = loan;
  const balloon = `${p}*${b}`;
  const amortised = `(${p}-${balloon})`;
  const g = `(1+${r})`;
  const grown = `(${g}^${n}-1)`;
  return {
    principal: `IF(${r}=0,${amortised}/${n},${amortised}*${r}*${g}^${year - 1}/${grown})+${isLast(loan, year)}*${balloon}`,
    service: `IF(${r}=0,${amortised}/${n},${amortised}*${r}*${g}^${n}/${grown})+${balloon}*${r}+${isLast(loan, year)}*${balloon}`,
    closing: `IF(${year}>=${n},0,${balloon}+IF(${r}=0,${amortised}*(${n}-${year})/${n},${amortised}*(${g}^${n}-${g}^${year})/${grown}))`,
    balloon: `${isLast(loan, year)}*${balloon}`,
  };
}

function bulletYear(loan: Loan, year: number): ProfileYear {
  const { principal: p, rate: r, tenor: n } = loan;
  return {
    principal: `${isLast(loan, year)}*${p}`,
    service: `${p}*${r}+${isLast(loan, year)}*${p}`,
    closing: `IF(${year}>=${n},0,${p})`,
    balloon: `${isLast(loan, year)}*${p}`,
  };
}

function sculptedYear(loan: Loan, year: number, weights: Weights, cell: TableCell): ProfileYear {
  const { principal: p, rate: r, tenor: n, balloonShare: b } = loan;
  const balloon = `${p}*${b}`;
  const perWeight = `(${p}-${balloon}/(1+${r})^${n})/${discountedVector(weights.operand, weights.years, r, n, '0')}`;
  const toCome = discountedVector(weights.operand, weights.years, r, n, String(year));
  return {
    principal: `${cell(1)}-${cell(5)}`,
    service: `${perWeight}*${yearFigure(weights.operand, weights.shape, year)}+${isLast(loan, year)}*${balloon}`,
    closing: `IF(${year}>=${n},0,${perWeight}*${toCome}+${balloon}/(1+${r})^(${n}-${year}))`,
    balloon: `${isLast(loan, year)}*${balloon}`,
  };
}

type Profile = 'level' | 'bullet' | 'sculpted';

/** Each amount of the year chosen in the formula by the profile's text (a profile in a cell). */
function chosenYear(profile: string, years: Record<Profile, ProfileYear | undefined>): ProfileYear {
  const text = `LOWER(TRIM(${profile}))`;
  const pick = (key: keyof ProfileYear) =>
    `IF(${text}="bullet",${years.bullet?.[key]},IF(${text}="sculpted",${years.sculpted?.[key] ?? 'NA()'},IF(OR(${text}="level",${text}="balloon"),${years.level?.[key]},NA())))`;
  return { principal: pick('principal'), service: pick('service'), closing: pick('closing'), balloon: pick('balloon') };
}

/** The profile a literal names (balloon is level with a share left), undefined for any other text. */
function literalProfile(text: string): Profile | undefined {
  const profile = text.trim().toLowerCase();
  if (profile === 'balloon') return 'level';
  return profile === 'level' || profile === 'bullet' || profile === 'sculpted' ? profile : undefined;
}

/**
 * The year's amounts by the profile argument: omitted, sculpted with CFADS and level without;
 * written as text, that profile's (undefined for a text that names none, which the function
 * refuses); any other expression, chosen inside the formula.
 */
function profileYear(profile: string | undefined, withCfads: boolean, years: Record<Profile, ProfileYear | undefined>): ProfileYear | undefined {
  if (profile === undefined) return withCfads ? years.sculpted : years.level;
  const typed = quotedText(profile);
  if (typed === undefined) return chosenYear(profile, years);
  const named = literalProfile(typed);
  return named === undefined ? undefined : years[named];
}

/**
 * Whether the call is refused as the function refuses it: a balloon share above 0 with a profile
 * other than balloon (omitted, a profile is sculpted or level). Undefined where it cannot be.
 */
function refusedBalloon(profile: string | undefined, balloonShare: string): string | undefined {
  if (balloonShare === '0') return undefined;
  if (profile === undefined) return `${balloonShare}>0`;
  const typed = quotedText(profile);
  if (typed !== undefined) return typed.trim().toLowerCase() === 'balloon' ? undefined : `${balloonShare}>0`;
  return `AND(${balloonShare}>0,LOWER(TRIM(${profile}))<>"balloon")`;
}

/** Data row `row` of DEBT_SCHEDULE's table (see the file's comment), or undefined where the call has no native form. */
export const scheduleRow: NativeTableRow = (operands: Operands, row, cell) => {
  const [principal, rate, tenor, cfads, , profile, balloonShare] = operands;
  const loan: Loan = { principal: needed(principal), rate: needed(rate), tenor: needed(tenor), balloonShare: needed(balloonShare) };
  const shape = cfads === undefined ? undefined : operandShape(cfads);
  if (cfads !== undefined && (!shape || (shape.rows > 1 && shape.columns > 1))) return undefined;
  const year = row + 1;
  // Sculpted service on one CFADS figure is level service: the range form only for a range.
  const weights = cfads !== undefined && shape && !isLevelCfads(shape) ? { operand: cfads, shape, years: yearNumbers(cfads, shape, shape.columns === 1) } : undefined;
  const years: Record<Profile, ProfileYear | undefined> = {
    level: levelYear(loan, year),
    bullet: bulletYear(loan, year),
    sculpted: cfads === undefined ? undefined : weights ? sculptedYear(loan, year, weights, cell) : levelYear(loan, year),
  };
  const chosen = profileYear(profile, cfads !== undefined, years);
  if (!chosen) return undefined;
  const inYear = (expression: string) => `IF(${cell(0)}="","",${expression})`;
  const opening = row === 0 ? loan.principal : cell(5, 1);
  // A refused call shows #VALUE! down its year column, which every other cell of its row reads.
  const refused = refusedBalloon(profile, loan.balloonShare);
  const yearCell = withinRows(row, loan.tenor, String(year));
  const formulas = [
    refused === undefined ? yearCell : `IF(${refused},#VALUE!,${yearCell})`,
    inYear(opening),
    inYear(`${cell(1)}*${loan.rate}`),
    inYear(chosen.principal),
    inYear(chosen.service),
    inYear(chosen.closing),
  ];
  if (cfads === undefined || !shape) return formulas;
  const due = `(${cell(4)}-${chosen.balloon})`;
  return [...formulas, inYear(`IF(${due}=0,"",${yearFigure(cfads, shape, year)}/${due})`)];
};
