import { addMonths, isoDateToSerial, serialToIsoDate, serialToYmd, utcMsToSerial, ymdToSerial } from './dates';
import { excelSerials } from '../../test/helpers/excel-serials';

describe('Excel date serials', () => {
  it.each(Object.entries(excelSerials))('%s is serial %i, and back', (iso, serial) => {
    expect(isoDateToSerial(iso)).toBe(serial);
    expect(serialToIsoDate(serial)).toBe(iso);
  });

  it('refuses text that is not a real calendar date', () => {
    for (const text of ['2025-02-29', '2025-13-01', '2026-1-12', 'Jan 2026', '']) expect(isoDateToSerial(text)).toBeUndefined();
    expect(isoDateToSerial('2024-02-29')).toBe(45351);
  });

  it('keeps the time of day as a fraction and drops it for the calendar day', () => {
    expect(utcMsToSerial(Date.parse('2026-01-12T12:00:00Z'))).toBe(46034.5);
    expect(utcMsToSerial(0)).toBe(25569);
    expect(serialToIsoDate(46034.99)).toBe('2026-01-12');
    expect(serialToYmd(46034.5)).toEqual({ year: 2026, month: 1, day: 12 });
  });

  it('builds a serial from a year, month and day, carrying months past 12', () => {
    expect(ymdToSerial(2026, 1, 12)).toBe(46034);
    expect(ymdToSerial(2025, 13, 12)).toBe(46034);
  });

  it("adds months like Excel's EDATE, clipping to the month's last day", () => {
    expect(serialToIsoDate(addMonths(isoDateToSerial('2026-01-31') as number, 1))).toBe('2026-02-28');
    expect(serialToIsoDate(addMonths(isoDateToSerial('2028-01-31') as number, 1))).toBe('2028-02-29');
    expect(serialToIsoDate(addMonths(isoDateToSerial('2026-03-20') as number, 25))).toBe('2028-04-20');
    expect(serialToIsoDate(addMonths(isoDateToSerial('2026-03-20') as number, -3))).toBe('2025-12-20');
  });
});
