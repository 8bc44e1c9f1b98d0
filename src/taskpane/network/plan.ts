/**
 * What "Write to workbook" puts in the workbook, decided without Office: a sheet "Network"
 * titled with a fixed marker (so a later refresh knows the sheet is its own), a caption with
 * the time of the fetch, the table "Network_Inputs" (field, value, unit, fetched_at, source)
 * and one workbook name per value cell. Made only from a complete snapshot.
 */
import { utcMsToSerial } from '../../core/dates';
import type { Locale } from '../../sheet/locale';
import { fetchedAtName, networkInputSpecs } from './fields';
import { NetworkSnapshot } from './snapshot';
import { networkStrings } from './strings';

export const networkSheetName = 'Network';
export const networkTableName = 'Network_Inputs';
/** Cell A1 of a sheet this add-in wrote; never translated, as it is what identifies the sheet. */
export const networkSheetMarker = 'Hashwatt network inputs';
export const networkTableHeader = Object.freeze(['field', 'value', 'unit', 'fetched_at', 'source']);
/** Number format of the fetched_at value (an Excel serial, UTC). */
export const dateTimeNumberFormat = 'yyyy-mm-dd hh:mm:ss';

/** The table's header row on the sheet; the body follows it. */
const headerRow = 4;
const lastColumn = 'E';

export interface NetworkName {
  readonly name: string;
  /** Cell on the Network sheet (`B5`). */
  readonly address: string;
  /** The name's formula as Excel reports it (`=Network!$B$5`). */
  readonly formula: string;
}

export interface NetworkSheetPlan {
  readonly sheetName: string;
  readonly tableName: string;
  readonly marker: string;
  readonly caption: string;
  /** Header and body (`A4:E10`). */
  readonly tableAddress: string;
  /** The header row then one row a figure, fetched_at last. */
  readonly values: readonly (readonly (string | number)[])[];
  /** The value column's body (`B5:B10`) and its number formats, one a row. */
  readonly valueAddress: string;
  readonly valueFormats: readonly (readonly string[])[];
  readonly names: readonly NetworkName[];
}

/** The plan for a snapshot; every figure of it is written, or nothing is. */
export function planNetworkSheet(snapshot: NetworkSnapshot, locale: Locale): NetworkSheetPlan {
  const body: (string | number)[][] = networkInputSpecs.map((spec) => [
    spec.field,
    snapshot[spec.field],
    spec.unit,
    snapshot.fetched_at,
    snapshot.source[spec.field],
  ]);
  body.push(['fetched_at', isoToExcelSerial(snapshot.fetched_at), 'UTC date-time', snapshot.fetched_at, uniqueSources(snapshot)]);
  const formats = [...networkInputSpecs.map((spec) => [spec.numberFormat]), [dateTimeNumberFormat]];
  const names = [...networkInputSpecs.map((spec) => spec.name), fetchedAtName].map((name, index) => {
    const row = headerRow + 1 + index;
    return { name, address: `B${row}`, formula: `=${networkSheetName}!$B$${row}` };
  });
  const lastRow = headerRow + body.length;
  return {
    sheetName: networkSheetName,
    tableName: networkTableName,
    marker: networkSheetMarker,
    caption: networkStrings(locale).sheetCaption(snapshot.fetched_at),
    tableAddress: `A${headerRow}:${lastColumn}${lastRow}`,
    values: [[...networkTableHeader], ...body],
    valueAddress: `B${headerRow + 1}:B${lastRow}`,
    valueFormats: formats,
    names,
  };
}

/** An ISO 8601 UTC time as an Excel date-time serial (fractional days since 1899-12-30). */
export function isoToExcelSerial(iso: string): number {
  return utcMsToSerial(Date.parse(iso));
}

function uniqueSources(snapshot: NetworkSnapshot): string {
  return [...new Set(networkInputSpecs.map((spec) => snapshot.source[spec.field]))].join(' ');
}
