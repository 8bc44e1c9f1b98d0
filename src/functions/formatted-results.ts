/**
 * Formatted results, an opt-in of the workbook: with it on, a function whose result has a
 * unit answers a formatted number (Excel.DoubleCellValue with the unit's number format: USD,
 * %, x, EH/s), the value unchanged; with it off, or where the host shows no data types, the
 * plain number as always.
 *
 * The switch lives in the workbook's own add-in settings (Office.context.document.settings,
 * saved with the file), set from the pane's settings: a setting can be read synchronously at
 * each calculation, which a custom XML part or a named range cannot, and it travels with the
 * workbook to whoever opens it.
 */
import { numberFormatOf } from '../catalogue/number-format';
import { hostShowsDataTypes } from './data-types';

/** The workbook setting that turns formatted results on (true) or off (absent or false). */
export const formattedResultsSetting = 'hashwatt.formattedResults';

/** Whether this workbook asked for formatted results, in a host that can show them. */
export function formattedResultsOn(): boolean {
  const settings = (globalThis as { Office?: typeof Office }).Office?.context?.document?.settings;
  return typeof settings?.get === 'function' && settings.get(formattedResultsSetting) === true && hostShowsDataTypes();
}

/** A number result as the workbook asked for it: formatted in its unit, or plain. */
export function formattedResult(value: number, unit: string): number | Excel.DoubleCellValue {
  return formattedResultsOn() ? { type: 'Double', basicValue: value, numberFormat: numberFormatOf(unit) } : value;
}
