/**
 * A function's native formula: the same arithmetic written in plain Excel syntax over its
 * argument expressions, so a workbook computes without the add-in (a portable copy) and a
 * student can read the math. Only plain nested functions and arithmetic are used (no LET or
 * LAMBDA), so LibreOffice computes them too.
 *
 * A function's formula is built in its own file and listed by its id in natives/formulas.ts;
 * `nativeFormula` (native-forms.ts) hands it the call's arguments as operands: each expression
 * in parentheses unless it is a name, a reference or a number, an omitted optional argument
 * replaced by its declared default, and an omitted argument without a constant default
 * (block_height: "the 2024–2028 era") left undefined for the formula to handle. A function
 * without one (a spill, a data look-up) has none.
 */
import { blocksPerDay, blocksPerHalving, halvingsToZeroSubsidy, initialSubsidySats, satsPerBtc } from '../core/constants';
import type { NativeFormula, Operands } from '../sheet/native-form';
import type { FunctionDeclaration } from './types';

/** A constant as a formula writes it: TRUE/FALSE, a quoted text (its quotes doubled), or a number. */
export function literal(value: number | boolean | string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return `"${value.replace(/"/g, '""')}"`;
  return String(value);
}

/** A name, a cell or range reference, or a number that is not negative: safe as an operand as it stands. */
const atom = /^(?:[A-Za-z_][A-Za-z0-9_.]*|(?:'[^']+'!|[A-Za-z0-9_]+!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\d+(?:\.\d+)?(?:E[-+]?\d+)?)$/i;

/** An expression as an operand: parenthesised unless it is an atom. */
function operand(expression: string): string {
  return atom.test(expression) ? expression : `(${expression})`;
}

/** The operands of argument expressions (undefined or blank = omitted), by the declared specs. */
export function operands(declaration: FunctionDeclaration, args: readonly (string | undefined)[]): Operands {
  return declaration.params.map((spec, i) => {
    const expression = args[i]?.trim();
    if (expression) return operand(expression);
    return spec.defaultValue === undefined ? undefined : operand(literal(spec.defaultValue));
  });
}

/** The longest formula Excel accepts, in characters (its specifications and limits). */
export const maxFormulaCharacters = 8192;

/** The operand, which the formula needs: a missing one is a defect of the declaration. */
export function needed(operand: string | undefined): string {
  if (operand === undefined) throw new Error('a native formula needs an argument that has no default');
  return operand;
}

/** A native formula built from every operand, none of which may be left to a default. */
export function fromEveryOperand(formula: (...operands: string[]) => string): NativeFormula {
  return (operands) => formula(...operands.map(needed));
}

/** The number an operand that is a number literal stands for (`0.5`, `(-2)`); undefined for any other expression. */
export function literalNumber(operand: string): number | undefined {
  return /^\(?-?[0-9.]+(?:E[-+]?[0-9]+)?\)?$/i.test(operand) ? Number(operand.replace(/[()]/g, '')) : undefined;
}

/** The text of an operand that is a text literal, `("EH/s")`; undefined for any other expression. */
export function quotedText(text: string | undefined): string | undefined {
  const match = text === undefined ? null : /^\("((?:[^"]|"")*)"\)$/.exec(text);
  return match ? match[1].replace(/""/g, '"') : undefined;
}

/** Block subsidy in BTC at a height: 50 BTC halved every 210,000 blocks by integer division, 0 from halving 33. */
export function subsidyBtcFormula(height: string): string {
  const halvings = `INT(${height}/${blocksPerHalving})`;
  return `IF(${halvings}>=${halvingsToZeroSubsidy},0,INT(${initialSubsidySats}/2^${halvings})/${satsPerBtc})`;
}

/** Subsidy at the height given, or 3.125 BTC (the 2024–2028 era) when it is omitted. */
export function eraSubsidyBtcFormula(height: string | undefined): string {
  return height === undefined ? '3.125' : subsidyBtcFormula(height);
}

/** BTC earned by 1 PH/s a day: (subsidy + fees) × 144 / (EH/s × 1,000). */
export function hashvalueFormula(networkHashrateEhs: string, feesBtcPerBlock: string, height: string | undefined): string {
  return `(${eraSubsidyBtcFormula(height)}+${feesBtcPerBlock})*${blocksPerDay}/(${networkHashrateEhs}*1000)`;
}

/** USD per PH/s per day at which mining covers power and other cost. */
export function breakevenHashpriceFormula(efficiency: string, powerPrice: string, poolFee: string, otherCost: string): string {
  return `(${efficiency}*24*${powerPrice}+${otherCost})/(1-${poolFee})`;
}

/** Mining revenue per MW-year: hashprice × 1,000 / efficiency × 365 × uptime × (1 − pool fee). */
export function miningRevenueFormula(hashprice: string, efficiency: string, uptime: string, poolFee: string): string {
  return `${hashprice}*365000*${uptime}*(1-${poolFee})/${efficiency}`;
}

/** Mining revenue per MWh of an hour: hashprice × (1 − fee) ÷ (efficiency × 24 ÷ 1,000). */
export function flexRevenueUsdPerMwhFormula(hashprice: string, efficiency: string, poolFee: string): string {
  return `(${hashprice}*(1-${poolFee})/(${efficiency}*24/1000))`;
}
