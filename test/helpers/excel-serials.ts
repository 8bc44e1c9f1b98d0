/**
 * Golden Excel date serials, as Excel's own =DATE gives them (day 0 = 1899-12-30;
 * =DATE(2026,1,12) is 46034, =DATE(1900,3,1) is 61, =DATE(9999,12,31) is 2958465):
 * ISO date -> serial.
 */
export const excelSerials: Readonly<Record<string, number>> = {
  '2026-01-12': 46034,
  '1900-03-01': 61,
  '1970-01-01': 25569,
  '2024-04-20': 45402,
  '9999-12-31': 2958465,
};
