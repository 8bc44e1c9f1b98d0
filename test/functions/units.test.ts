/**
 * CONVERT as Excel calls it: exact factors, unit spelling, and the #N/A and #VALUE! messages.
 */
import { miner } from '../helpers/miner';
import { excelError } from '../helpers/excel';

const { CONVERT } = miner;

const units =
  'H/s, TH/s, PH/s, EH/s, W, kW, MW, GW, Wh, kWh, MWh, GWh, BTC, sats, USD/kWh, USD/MWh, USD/TH/day, USD/PH/day, USD/EH/day';

describe('CONVERT', () => {
  // The factors, their exactness and the unit spellings are src/core/units.test.ts; here, the Excel layer.
  it('converts through the Excel layer exactly', () => {
    expect(CONVERT(1048.5, 'EH/s', 'PH/s')).toBe(1_048_500);
    expect(CONVERT(0.0393, 'USD/TH/day', 'USD/PH/day')).toBe(39.3);
  });

  it('answers #N/A naming an unknown unit and listing the units', () => {
    expect(excelError(() => CONVERT(1, 'TH/s', 'GH/s'))).toEqual({ code: '#N/A', message: `to_unit: unknown unit "GH/s"; units: ${units}` });
  });

  it('answers #N/A naming both families for units that do not convert', () => {
    expect(excelError(() => CONVERT(1, 'kWh', 'kW'))).toEqual({
      code: '#N/A',
      message: 'cannot convert kWh (energy) to kW (power): units convert only within a family',
    });
  });

  it('answers #VALUE! for a blank value or unit, text in the value, or a number as a unit', () => {
    expect(excelError(() => CONVERT(null as never, 'W', 'kW'))).toEqual({ code: '#VALUE!', message: 'value is required (got blank)' });
    expect(excelError(() => CONVERT(1, '' as never, 'kW'))).toEqual({ code: '#VALUE!', message: 'from_unit is required (got blank)' });
    expect(excelError(() => CONVERT('5 kW' as never, 'kW', 'W'))).toEqual({ code: '#VALUE!', message: 'value must be a number (got "5 kW")' });
    expect(excelError(() => CONVERT(1, 'kW', 0 as never))).toEqual({ code: '#VALUE!', message: 'to_unit must be text (got 0)' });
  });

  it('converts a desktop blank (0) as the value 0, and answers #NUM! on overflow', () => {
    expect(CONVERT(0, 'EH/s', 'H/s')).toBe(0);
    expect(excelError(() => CONVERT(1e300, 'GW', 'W'))).toEqual({ code: '#NUM!', message: 'the converted value is not a finite number' });
  });
});
