import { checkedCore } from '../params';
import { isoDateToSerial, serialToIsoDate } from '../dates';
import { Decimal } from '../arithmetic/decimal';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { hashpriceUsdPerPhDay } from './hashprice';
import { hashpricePath, hashpricePathHeaders, hashpricePathParams, PathCell } from './hashprice-path';

const checkedHashpricePath = checkedCore(hashpricePathParams, hashpricePath);

type Args = [number, number, number, number, number, number, number, number, boolean];

const march20of2026 = isoDateToSerial('2026-03-20') as number; // 46101
const tip = 941_472; // height on 2026-03-20 (mining.md)

const column = (rows: PathCell[][], index: number): number[] => rows.map((row) => row[index] as number);

describe('hashpricePath', () => {
  // Worked derivation of the 2028 halving month. From height 941,472 on 2026-03-20 at 144 blocks
  // a day, row i starts on 2026-03-20 + i months. Row 24 starts 2028-03-20, 731 days in
  // (365 + 366, 2028 is a leap year): height 941,472 + 144 × 731 = 1,046,736. Row 25 starts
  // 2028-04-20, 762 days in: 941,472 + 144 × 762 = 1,051,200. Height 1,050,000 lies between, so
  // the halving lands in row 24 (2028-03-20 to 2028-04-20): 3,264 blocks at 3.125 BTC then
  // 1,200 at 1.5625, a block-weighted average of 12,075 / 4,464 = 2.7049731182795699 BTC.
  it('lands the 2028 halving in the month it occurs, with the blended subsidy', () => {
    const rows = hashpricePath(march20of2026, 27, 91132, 1048.5, tip, 0, 0, 0, false);
    expect(serialToIsoDate(rows[24][0] as number)).toBe('2028-03-20');
    expect(rows[24][1]).toBe(1_046_736);
    expect(rows[25][1]).toBe(1_051_200);
    expect(rows[23][2]).toBe(3.125);
    expectClose(rows[24][2] as number, 12_075 / 4_464);
    expect(rows[25][2]).toBe(1.5625);
    expect(column(rows, 2).filter((s) => s !== 3.125 && s !== 1.5625)).toHaveLength(1);
  });

  it('is HASHPRICE month by month away from the halving, to the last digit', () => {
    const rows = hashpricePath(march20of2026, 27, 91132, 1048.5, tip, 0, 0, 0.0173, false);
    expect(rows[0][5]).toBe(hashpriceUsdPerPhDay(91132, 1048.5, 0.0173, tip));
    expect(rows[26][5]).toBe(hashpriceUsdPerPhDay(91132, 1048.5, 0.0173, 1_060_000));
    expectClose(rows[24][5] as number, ((12_075 / 4_464 + 0.0173) * 144 * 91132) / 1_048_500);
  });

  // Worked derivation: 100,000 USD grown by 10% a month is 110,000 then 121,000 exactly, and
  // each month's hashprice is HASHPRICE at that price: 3.125 × 144 × 121,000 / 1,000,000 = 54.45.
  it('compounds growth exactly, as typed: 100,000 grown by 10% is 110,000, then 121,000', () => {
    const rows = hashpricePath(46023, 3, 100_000, 1000, 930_000, 0, 0.1, 0, false);
    expect(column(rows, 4)).toEqual([100_000, 110_000, 121_000]);
    expect(column(rows, 5)).toEqual([45, 49.5, 54.45]);
    const grown = hashpricePath(46023, 4, 91132, 1048.5, 930_000, 0.02, 0.1, 0.0173, false);
    expect(column(grown, 3)).toEqual([1048.5, 1069.47, 1090.8594, 1112.676588]);
    expect(column(grown, 4)).toEqual([91132, 100245.2, 110269.72, 121296.692]);
    grown.forEach((row) => expect(row[5]).toBe(hashpriceUsdPerPhDay(row[4] as number, row[3] as number, 0.0173, row[1] as number)));
  });

  it('advances the height 144 blocks a day and the date by calendar months from the start', () => {
    const jan31 = isoDateToSerial('2028-01-31') as number;
    const rows = hashpricePath(jan31, 4, 91132, 1048.5, 1_000_000, 0, 0, 0, false);
    expect(rows.map((row) => serialToIsoDate(row[0] as number))).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
    expect(column(rows, 1)).toEqual([1_000_000, 1_000_000 + 144 * 29, 1_000_000 + 144 * 60, 1_000_000 + 144 * 90]);
  });

  it('drops the time of day of the start date', () => {
    const rows = hashpricePath(march20of2026 + 0.75, 2, 91132, 1048.5, tip, 0, 0, 0, false);
    expect(rows[0][0]).toBe(march20of2026);
    expect(rows[1][1]).toBe(tip + 144 * 31);
  });

  // Reference: every row recomputed exactly in Decimal, H0 × (1 + g)^i and P0 × (1 + gp)^i.
  it('compounds growth monthly to within 1e-13 of the exact Decimal formula over 1,200 months', () => {
    const rows = hashpricePath(march20of2026, 1200, 91132, 1048.5, tip, 0.02, 0.01, 0.0173, false);
    const subsidies = column(rows, 2);
    for (const i of [0, 1, 24, 600, 1199]) {
      const hashrate = new Decimal('1.02').pow(i).times('1048.5');
      const price = new Decimal('1.01').pow(i).times(91132);
      const hashprice = new Decimal(subsidies[i]).plus('0.0173').times(144).times(price).div(hashrate.times(1000));
      expectClose(rows[i][3] as number, hashrate.toNumber(), 1e-13);
      expectClose(rows[i][4] as number, price.toNumber(), 1e-13);
      expectClose(rows[i][5] as number, hashprice.toNumber(), 1e-13);
    }
  });

  it('halves the hashprice when the hashrate doubles (invariant)', () => {
    const base = hashpricePath(march20of2026, 30, 91132, 1048.5, tip, 0.01, 0.005, 0.02, false);
    const doubled = hashpricePath(march20of2026, 30, 91132, 2097, tip, 0.01, 0.005, 0.02, false);
    base.forEach((row, i) => expectClose(doubled[i][5] as number, (row[5] as number) / 2, 1e-15));
  });

  it('puts a header row first by default, and is rectangular either way', () => {
    const withHeaders = checkedHashpricePath(march20of2026, 3, 91132, 1048.5, tip);
    expect(withHeaders[0]).toEqual([...hashpricePathHeaders]);
    expect(withHeaders).toHaveLength(4);
    const without = hashpricePath(march20of2026, 3, 91132, 1048.5, tip, 0, 0, 0, false);
    expect(without).toEqual(withHeaders.slice(1));
    for (const row of withHeaders) expect(row).toHaveLength(6);
  });

  it('earns fees alone once the subsidy is gone, and nothing without fees', () => {
    const rows = hashpricePath(march20of2026, 2, 91132, 1048.5, 6_930_000, 0, 0, 0, false);
    expect(column(rows, 2)).toEqual([0, 0]);
    expect(column(rows, 5)).toEqual([0, 0]);
    const lastSat = hashpricePath(march20of2026, 1, 91132, 1048.5, 6_929_000, 0, 0, 0.1, false);
    expectClose(lastSat[0][2] as number, 1_000 / (4_464 * 1e8)); // 1,000 blocks at 1 sat of 4,464
  });

  it('reports a path past 9999-12-31, heights past 2^53 − 1 and overflowing growth as #NUM!', () => {
    const nov9999 = isoDateToSerial('9999-11-01') as number;
    expect(checkedHashpricePath(nov9999, 2, 91132, 1048.5, tip)).toHaveLength(3);
    expect(() => checkedHashpricePath(nov9999, 3, 91132, 1048.5, tip)).toThrow('month 3 of the path starts after 9999-12-31');
    expect(() => checkedHashpricePath(march20of2026, 1, 91132, 1048.5, Number.MAX_SAFE_INTEGER - 100)).toThrow(
      'block heights in month 1 pass 9,007,199,254,740,991',
    );
    expect(() => checkedHashpricePath(march20of2026, 1200, 91132, 1048.5, tip, 0, 10)).toThrow(
      expect.objectContaining({ kind: 'not_finite' }),
    );
    expect(() => checkedHashpricePath(march20of2026, 1200, 91132, 1048.5, tip, -0.9)).toThrow(
      expect.objectContaining({ kind: 'not_finite' }),
    );
  });

  it.each(ruleCases(hashpricePathParams, [march20of2026, 12, 91132, 1048.5, tip, 0.02, 0.01, 0.0173, true]))(
    'rejects $parameter that breaks "$rule"',
    ({ args, message }) => {
      expect(() => checkedCore(hashpricePathParams, hashpricePath)(...(args as Args))).toThrow(message);
    },
  );
});
