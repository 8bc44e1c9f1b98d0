import { optionalBoolean } from '../params';
import { DataCell, serialOf } from './lookup';
import { latestFigure, listPresets, newestAsOf } from './presets';

export const companiesParams = [optionalBoolean('headers', true)] as const;

/** The column headers of COMPANIES. */
export const companiesHeaders: readonly string[] = ['ticker', 'name', 'data_as_of'];

/**
 * The bundled company presets as a table, one row a company sorted by ticker: ticker, name
 * (its latest figure) and data as of (the Excel serial of the newest figure or contract
 * signing in the preset, so the cell can be formatted as a date).
 *
 * @param headers TRUE (default) puts a header row first: ticker, name, data_as_of
 * @returns rows of [ticker, name, date serial], with the header row when asked
 * @example companiesTable(false)[0] is ['APLD', 'Applied Digital', serial] (the first ticker)
 */
export function companiesTable(headers: boolean): DataCell[][] {
  const rows: DataCell[][] = listPresets().map((preset) => [
    preset.ticker,
    String(latestFigure(preset.name)?.value ?? preset.ticker),
    serialOf(newestAsOf(preset)),
  ]);
  return headers ? [[...companiesHeaders], ...rows] : rows;
}
