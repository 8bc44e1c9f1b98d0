import { isoDateToSerial } from '../../core/dates';
import { sampleSnapshot, sampleUrls } from '../../../test/network/sample-snapshot';
import { expectClose } from '../../../test/helpers/tolerance';
import { fetchedAtName, networkInputSpecs } from './fields';
import { isoToExcelSerial, networkSheetMarker, planNetworkSheet } from './plan';

const snapshot = sampleSnapshot();
const plan = planNetworkSheet(snapshot, 'en');

describe('planNetworkSheet', () => {
  it('lays out sheet "Network", marker in A1, table Network_Inputs at A4:E10', () => {
    expect(plan.sheetName).toBe('Network');
    expect(plan.tableName).toBe('Network_Inputs');
    expect(plan.marker).toBe(networkSheetMarker);
    expect(plan.tableAddress).toBe('A4:E10');
    expect(plan.valueAddress).toBe('B5:B10');
    expect(plan.values[0]).toEqual(['field', 'value', 'unit', 'fetched_at', 'source']);
    expect(plan.values).toHaveLength(7);
    expect(plan.valueFormats).toHaveLength(6);
  });

  it('writes one row a figure with its unit, the fetch time and the URL it came from', () => {
    expect(plan.values.slice(1, 6)).toEqual([
      ['btc_price_usd', 91_132, 'USD', '2026-01-12T12:00:05.000Z', sampleUrls.prices],
      ['difficulty', 146_470_000_000_000, 'difficulty', '2026-01-12T12:00:05.000Z', sampleUrls.hashrate],
      ['network_hashrate_ehs', snapshot.network_hashrate_ehs, 'EH/s', '2026-01-12T12:00:05.000Z', sampleUrls.hashrate],
      ['block_height', 931_958, 'blocks', '2026-01-12T12:00:05.000Z', sampleUrls.tipHeight],
      ['fees_btc_per_block', 0.0173, 'BTC', '2026-01-12T12:00:05.000Z', sampleUrls.rewardStats],
    ]);
  });

  it('stamps the time as an Excel date-time serial (UTC) named NET_FETCHED_AT, and lists the four URLs', () => {
    const row = plan.values[6];
    expect(row[0]).toBe('fetched_at');
    // 2026-01-12 is serial isoDateToSerial('2026-01-12'); 12:00:05 is 43,205 s of 86,400.
    expectClose(row[1] as number, (isoDateToSerial('2026-01-12') as number) + 43_205 / 86_400);
    expect(String(row[4]).split(' ').sort()).toEqual(Object.values(sampleUrls).sort());
    expect(plan.valueFormats[5]).toEqual(['yyyy-mm-dd hh:mm:ss']);
  });

  it('names each value cell, NET_* in table order', () => {
    expect(plan.names.map((n) => [n.name, n.address, n.formula])).toEqual([
      ['NET_BTC_PRICE_USD', 'B5', '=Network!$B$5'],
      ['NET_DIFFICULTY', 'B6', '=Network!$B$6'],
      ['NET_HASHRATE_EHS', 'B7', '=Network!$B$7'],
      ['NET_BLOCK_HEIGHT', 'B8', '=Network!$B$8'],
      ['NET_FEES_BTC_PER_BLOCK', 'B9', '=Network!$B$9'],
      [fetchedAtName, 'B10', '=Network!$B$10'],
    ]);
    expect(plan.valueFormats.slice(0, 5)).toEqual(networkInputSpecs.map((spec) => [spec.numberFormat]));
  });

  it('translates the caption but never the marker, the header or the names', () => {
    const ja = planNetworkSheet(snapshot, 'ja');
    expect(ja.caption).not.toBe(plan.caption);
    expect(ja.caption).toContain('2026-01-12T12:00:05.000Z');
    expect({ ...ja, caption: '' }).toEqual({ ...plan, caption: '' });
  });

  it('writes only finite numbers as values', () => {
    for (const row of plan.values.slice(1)) expect(Number.isFinite(row[1])).toBe(true);
  });
});

describe('isoToExcelSerial', () => {
  it('maps the Unix epoch to serial 25,569 and noon to half a day', () => {
    expect(isoToExcelSerial('1970-01-01T00:00:00.000Z')).toBe(25_569);
    expect(isoToExcelSerial('2026-01-12T12:00:00.000Z')).toBe((isoDateToSerial('2026-01-12') as number) + 0.5);
  });
});
