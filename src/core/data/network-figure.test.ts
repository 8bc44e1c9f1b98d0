import { readDataFile, serial, shiftDays } from '../../../test/helpers/data-files';
import { expectClose } from '../../../test/helpers/tolerance';
import { Decimal } from '../arithmetic/decimal';
import { networkFigure, networkFigureParams } from './network-figure';
import { checkedCore } from '../params';

const checkedNetworkFigure = checkedCore(networkFigureParams, networkFigure);

type Row = { date: string } & Record<string, { value: number } | string | undefined>;
const rows = readDataFile<{ rows: Row[] }>('network.json').rows.sort((a, b) => a.date.localeCompare(b.date));
const fields = ['btc_price_usd', 'difficulty', 'network_hashrate_ehs', 'fees_btc_per_block', 'block_height', 'date'];
const stored = ['btc_price_usd', 'difficulty', 'fees_btc_per_block', 'block_height'];

const isComplete = (row: Row) => stored.every((field) => row[field] !== undefined);

/** The stored field a NETWORK field reads: the hashrate from the difficulty; the date from any row. */
const storedOf = (field: string) => (field === 'network_hashrate_ehs' ? 'difficulty' : field === 'date' ? undefined : field);

/**
 * The independent oracle: with a day, the last row (by date) on or before it holding the field;
 * without one, the last complete row.
 */
function expectedRow(field: string, day?: string): Row | undefined {
  const key = storedOf(field);
  const eligible = rows.filter((r) =>
    day === undefined ? isComplete(r) : r.date <= day && (key === undefined || r[key] !== undefined),
  );
  return eligible[eligible.length - 1];
}

function expected(field: string, day?: string): number | undefined {
  const row = expectedRow(field, day);
  if (row === undefined) return undefined;
  if (field === 'date') return serial(row.date);
  const value = (row[storedOf(field)!] as { value: number }).value;
  // D × 2^32 / 600 / 1e18 EH/s
  return field === 'network_hashrate_ehs' ? new Decimal(value).times(2 ** 32).div(600).div(1e18).toNumber() : value;
}

describe('networkFigure', () => {
  // data/network.json, 2026-01-12 (Hashrate Index roundup): difficulty 146.47T, BTC $91,132, fees
  // 0.0173 BTC/block; height 931,968 [D] from the 2026-01-08 adjustment at 931,392 + 4 days × 144.
  it('reads the 2026-01-12 row', () => {
    const day = serial('2026-01-12');
    expect(day).toBe(46034);
    expect(checkedNetworkFigure('difficulty', day)).toBe(146_470_000_000_000);
    expect(checkedNetworkFigure('btc_price_usd', day)).toBe(91_132);
    expect(checkedNetworkFigure('fees_btc_per_block', day)).toBe(0.0173);
    expect(checkedNetworkFigure('block_height', day)).toBe(931_968);
    expect(checkedNetworkFigure('date', day)).toBe(46034);
    // 146.47e12 × 2^32 / 600 / 1e18 = 1,048.4731 EH/s (Hashrate Index published ~1,048.5)
    expectClose(checkedNetworkFigure('network_hashrate_ehs', day) as number, 1048.4731, 1e-7);
  });

  it('without a date, reads every field from the newest complete snapshot', () => {
    // 2026-10-05 (blockchain.info and WhatToMine captures, mining.md "2026 network data"):
    // 132,716,002,350,731, $86,303.18, 0.014073 BTC/block [D], block 969,991.
    for (const field of fields) {
      expect(checkedNetworkFigure(field)).toBe(checkedNetworkFigure(field, serial('2026-10-05')));
      expect(networkFigure(field, undefined, 'as_of')).toBe(serial('2026-10-05'));
    }
    expect(checkedNetworkFigure('date')).toBe(serial('2026-10-05'));
    expect(checkedNetworkFigure('btc_price_usd')).toBe(86_303.18);
    expect(checkedNetworkFigure('difficulty')).toBe(132_716_002_350_731);
  });

  it("with a date, gives each field's latest figure on or before it, and as_of names its row", () => {
    // Hashrate Index roundup of 2025-11-03: ~$106,935 (mining.md, network history).
    const day = serial('2025-11-03');
    expect(day).toBe(45964);
    expect(checkedNetworkFigure('btc_price_usd', day)).toBe(106_935);
    expect(networkFigure('btc_price_usd', day, 'as_of')).toBe(day);
    expect(checkedNetworkFigure('date', day)).toBe(day);
    // 2026-03-25: the 2026-03-20 epoch (133,793,147,307,543 at block 941,472) has a difficulty
    // and a height; the latest price and fees are 2026-01-12's ($91,132, 0.0173 BTC/block).
    const march = serial('2026-03-25');
    expect(checkedNetworkFigure('difficulty', march)).toBe(133_793_147_307_543);
    expect(networkFigure('difficulty', march, 'as_of')).toBe(serial('2026-03-20'));
    expect(checkedNetworkFigure('block_height', march)).toBe(941_472);
    expect(checkedNetworkFigure('btc_price_usd', march)).toBe(91_132);
    expect(networkFigure('btc_price_usd', march, 'as_of')).toBe(serial('2026-01-12'));
    expect(networkFigure('fees_btc_per_block', march, 'as_of')).toBe(serial('2026-01-12'));
    expect(checkedNetworkFigure('date', march)).toBe(serial('2026-03-20'));
    // The 2026-09-20 median price ($81,271.78) is newer than the 2026-09-15 capture's $75,154.
    expect(checkedNetworkFigure('btc_price_usd', serial('2026-09-30'))).toBe(81_271.78);
  });

  it('gives the date, unit, source and note of a figure with part', () => {
    const day = serial('2026-10-05');
    const blockchainInfo = 'https://api.blockchain.info/stats';
    expect(networkFigure('btc_price_usd', undefined, 'as_of')).toBe(day);
    expect(networkFigure('btc_price_usd', undefined, 'unit')).toBe('USD');
    expect(networkFigure('btc_price_usd', undefined, 'source')).toBe(blockchainInfo);
    expect(networkFigure('btc_price_usd', undefined, 'note')).toContain('not a daily close');
    expect(networkFigure('network_hashrate_ehs', undefined, 'unit')).toBe('EH/s');
    expect(networkFigure('network_hashrate_ehs', undefined, 'note')).toContain('[D]');
    expect(networkFigure('date', undefined, 'unit')).toBe('date');
    expect(networkFigure('date', undefined, 'source')).toBe(
      'https://github.com/muhammadtalha198/Telegraph/blob/ccf2f67ee8c62e6848db6607fae2ef1f14a691bc/PACK_V2_REGISTER_PIPELINE.md',
    );
    expect(networkFigure('block_height', undefined, 'source')).toBe('https://whattomine.com/coins/1.json');
    expect(() => networkFigure('difficulty', undefined, 'url')).toThrow('unknown part "url"; available: value, as_of, unit, source, note');
  });

  it('agrees with the oracle for every field and part as_of the day before, on and after every row', () => {
    for (const field of fields) {
      expect(checkedNetworkFigure(field)).toBe(expected(field));
      for (const row of rows) {
        for (const day of [shiftDays(row.date, -1), row.date, shiftDays(row.date, 1)]) {
          const value = expected(field, day);
          if (value === undefined) expect(() => checkedNetworkFigure(field, serial(day))).toThrow(`no network ${field} on or before ${day}`);
          else {
            expect(checkedNetworkFigure(field, serial(day))).toBe(value);
            expect(networkFigure(field, serial(day), 'as_of')).toBe(serial(expectedRow(field, day)!.date));
          }
        }
      }
    }
  });

  it("names the field's first row when as_of_date is before it", () => {
    expect(() => checkedNetworkFigure('btc_price_usd', serial('2024-11-11'))).toThrow('no network btc_price_usd on or before 2024-11-11; the first is 2024-11-12');
    expect(() => checkedNetworkFigure('difficulty', serial('2024-04-09'))).toThrow('no network difficulty on or before 2024-04-09; the first is 2024-04-10');
    expect(checkedNetworkFigure('difficulty', serial('2024-04-10'))).toBe(86_390_000_000_000);
  });

  it('ignores the case and surrounding spaces of the field', () => {
    expect(checkedNetworkFigure(' Difficulty ', serial('2026-01-12'))).toBe(146_470_000_000_000);
  });

  it('names the fields for an unknown field', () => {
    expect(() => checkedNetworkFigure('hashprice')).toThrow(`unknown field "hashprice"; available: ${fields.join(', ')}`);
  });

  it('stores every field it reads except the derived hashrate and the date', () => {
    for (const field of stored) expect(rows.some((r) => r[field] !== undefined)).toBe(true);
  });

  it.each([
    [60, 'as_of_date must be a date (a serial from 61, 1900-03-01, to 2958465, 9999-12-31) (got 60)'],
    [Number.POSITIVE_INFINITY, 'as_of_date must be a finite number (got Infinity)'],
  ])('rejects as_of_date %p', (date, message) => {
    expect(() => checkedNetworkFigure('difficulty', date)).toThrow(message);
  });

  it('declares field, an optional as_of_date with no default and an optional part, default value', () => {
    expect(networkFigureParams.map((p) => [p.name, p.kind, p.optional, p.defaultValue])).toEqual([
      ['field', 'text', false, undefined],
      ['as_of_date', 'number', true, undefined],
      ['part', 'text', true, 'value'],
    ]);
  });
});
