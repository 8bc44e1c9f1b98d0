/**
 * The Excel number format of a quantity in a unit: what a company card's figures and the
 * formatted results (result-format.ts) show, so that USD reads as dollars, a share as a
 * percentage, a coverage ratio with its x and every other quantity with its unit. A format
 * changes how a number reads, never the number.
 */

/** Digits for a quantity whose size is unknown: thousands grouped, up to five decimals, none forced. */
const plainDigits = '#,##0.#####';

/** A unit as literal text in a number format: in quotes, any quote in it dropped. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '')}"`;
}

/**
 * The number format for a unit as the data and the catalogue write it: USD, USD/<unit>,
 * share (a fraction shown as %), x (a ratio such as DSCR), date, shares, or any other unit
 * (EH/s, MW, BTC) written after the number.
 */
export function numberFormatOf(unit: string): string {
  if (unit === 'USD') return '"$"#,##0';
  if (unit.startsWith('USD/')) return `"$"#,##0.00###${literal(` /${unit.slice(4)}`)}`;
  if (unit === 'share') return '0.0%';
  if (unit === 'x') return '0.00"x"';
  if (unit === 'date') return 'yyyy-mm-dd';
  if (unit === 'shares' || unit === 'blocks') return '#,##0';
  return `${plainDigits}${literal(` ${unit}`)}`;
}
