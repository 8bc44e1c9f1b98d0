import { checkedCore } from './params';
import { convertibleUnits, convertParams, convertUnit, unitFamilies, unitSuffixes } from './units';
import { expectClose } from '../../test/helpers/tolerance';

/** The core behind the boundary's rule checks, as the Excel layer calls it. */
const checkedConvertUnit = checkedCore(convertParams, convertUnit);

const allUnits =
  'H/s, TH/s, PH/s, EH/s, W, kW, MW, GW, Wh, kWh, MWh, GWh, BTC, sats, USD/kWh, USD/MWh, USD/TH/day, USD/PH/day, USD/EH/day';

describe('convertUnit', () => {
  // Exact factors by definition (SI prefixes; 1 BTC = 100,000,000 sats, Bitcoin Core COIN).
  it.each([
    [1, 'EH/s', 'PH/s', 1000],
    [1048.5, 'EH/s', 'TH/s', 1_048_500_000],
    [1, 'TH/s', 'H/s', 1e12],
    [0.1, 'BTC', 'sats', 10_000_000],
    [312_500_000, 'sats', 'BTC', 3.125],
    [1, 'GW', 'kW', 1e6],
    [2.5, 'MWh', 'kWh', 2500],
    [0.04, 'USD/kWh', 'USD/MWh', 40],
    [45, 'USD/MWh', 'USD/kWh', 0.045],
    [0.0393, 'USD/TH/day', 'USD/PH/day', 39.3], // Braiins quotes per TH, Hashrate Index per PH
    [39.33, 'USD/PH/day', 'USD/TH/day', 0.03933],
    [39.33, 'USD/PH/day', 'USD/EH/day', 39_330],
    [-7, 'kW', 'W', -7000],
    [0, 'W', 'GW', 0],
  ])('%p %s in %s is %p', (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toBe(expected);
  });

  it('is exact where a double multiplication is not (0.0393 × 1000, 0.29 × 1e8 and 1.1 × 1e8 carry a residue)', () => {
    expect(0.0393 * 1000).not.toBe(39.3);
    expect(convertUnit(0.0393, 'USD/TH/day', 'USD/PH/day')).toBe(39.3);
    expect(convertUnit(0.29, 'BTC', 'sats')).toBe(29_000_000);
    expect(convertUnit(1.1, 'BTC', 'sats')).toBe(110_000_000);
  });

  it('ignores case and surrounding spaces, and reads sat, sats, satoshi and satoshis as sats', () => {
    expect(convertUnit(1, '  eh/S ', 'ph/s')).toBe(1000);
    expect(convertUnit(1, 'usd/th/DAY', 'USD/PH/day')).toBe(1000);
    for (const alias of ['sat', 'SATS', 'Satoshi', 'satoshis']) expect(convertUnit(1e8, alias, 'btc')).toBe(1);
  });

  it('converts there and back to the same value (invariant)', () => {
    for (const f of unitFamilies) {
      for (const a of f.units) {
        for (const b of f.units) expectClose(convertUnit(convertUnit(123.456, a.unit, b.unit), b.unit, a.unit), 123.456, 1e-15);
      }
    }
  });

  it('names an unknown unit and lists the units (#N/A)', () => {
    expect(() => checkedConvertUnit(1, 'TH', 'PH/s')).toThrow(
      expect.objectContaining({ kind: 'not_found', message: `from_unit: unknown unit "TH"; units: ${allUnits}` }),
    );
    expect(() => checkedConvertUnit(1, 'PH/s', 'mph')).toThrow(`to_unit: unknown unit "mph"; units: ${allUnits}`);
  });

  it('names both families for units that do not convert (#N/A)', () => {
    expect(() => checkedConvertUnit(1, 'btc', 'kw')).toThrow(
      expect.objectContaining({
        kind: 'not_found',
        message: 'cannot convert BTC (bitcoin amount) to kW (power): units convert only within a family',
      }),
    );
    expect(() => checkedConvertUnit(1, 'MW', 'MWh')).toThrow('cannot convert MW (power) to MWh (energy)');
    expect(() => checkedConvertUnit(1, 'USD/MWh', 'USD/PH/day')).toThrow('cannot convert USD/MWh (power price) to USD/PH/day (hashprice)');
  });

  it('reports an overflowing result as not a finite number', () => {
    expect(() => checkedConvertUnit(1e300, 'EH/s', 'H/s')).toThrow('the converted value is not a finite number');
  });

  it('rejects a value that is not a finite number', () => {
    expect(() => checkedConvertUnit(Number.NaN, 'W', 'kW')).toThrow('value must be a finite number (got NaN)');
  });
});

describe('unit suffixes and families', () => {
  it('lists every convertible unit once, in family order', () => {
    expect(convertibleUnits.join(', ')).toBe(allUnits);
  });

  it('gives each suffix one unit, and its snake_case form as public parameter names use it', () => {
    expect(new Set(unitSuffixes.map((s) => s.suffix)).size).toBe(unitSuffixes.length);
    const bySuffix = new Map(unitSuffixes.map((s) => [s.suffix, s]));
    expect(bySuffix.get('Ehs')).toEqual({ suffix: 'Ehs', snake: 'ehs', unit: 'EH/s' });
    expect(bySuffix.get('UsdPerKwh')).toEqual({ suffix: 'UsdPerKwh', snake: 'usd_per_kwh', unit: 'USD/kWh' });
    expect(bySuffix.get('JPerTh')).toEqual({ suffix: 'JPerTh', snake: 'j_per_th', unit: 'J/TH' });
    expect(bySuffix.get('UsdPerPhDay')?.snake).toBe('usd_per_ph_day');
  });

  it('has a name suffix for every unit CONVERT knows', () => {
    const suffixUnits = new Set(unitSuffixes.map((s) => s.unit));
    for (const unit of convertibleUnits) expect(suffixUnits).toContain(unit);
  });
});
