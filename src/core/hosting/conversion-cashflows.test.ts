import { conversionCashflows, conversionCashflowsHeaders, conversionCashflowsParams } from './conversion-cashflows';
import { checkedCore } from '../params';

const checkedConversionCashflows = checkedCore(conversionCashflowsParams, conversionCashflows);

type Row = (number | string)[];
const column = (table: Row[], index: number): number[] => table.map((row) => row[index] as number);
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

describe('conversionCashflows', () => {
  // The worked case of conversion-schedule.test.ts: 10 MW, AI EBITDA $6M a year, mining $1.2M a
  // year given up, $10M of capex over a 12-month build.
  it('gives the doc example and the whole worked table', () => {
    const table = checkedConversionCashflows(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 3, false);
    expect(table).toEqual([
      [0, 0, 0, 0, 0, 0],
      [1, -10_000_000, 0, -1_200_000, -11_200_000, -11_200_000],
      [2, 0, 6_000_000, -1_200_000, 4_800_000, -6_400_000],
      [3, 0, 6_000_000, -1_200_000, 4_800_000, -1_600_000],
    ]);
  });

  it('puts a header row first by default', () => {
    const table = checkedConversionCashflows(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 3);
    expect(table[0]).toEqual([...conversionCashflowsHeaders]);
    expect(table[0][4]).toBe('incremental_cash_flow_usd');
    expect(table).toHaveLength(5);
    expect(table.slice(1)).toEqual(checkedConversionCashflows(10, 1_200_000, 0.5, 1_000_000, 12, 120_000, 3, false));
  });

  it('splits a build across years by its months: 18 months puts 2/3 of the capex in year 1, 1/3 and half a year of AI in year 2', () => {
    const table = checkedConversionCashflows(12, 1_000_000, 0.6, 3_000_000, 18, 200_000, 3, false);
    // capex 36M: 24M + 12M; AI EBITDA 7.2M a year: 0, 3.6M, 7.2M; mining 2.4M a year given up
    expect(table[1]).toEqual([1, -24_000_000, 0, -2_400_000, -26_400_000, -26_400_000]);
    expect(table[2]).toEqual([2, -12_000_000, 3_600_000, -2_400_000, -10_800_000, -37_200_000]);
    expect(table[3]).toEqual([3, 0, 7_200_000, -2_400_000, 4_800_000, -32_400_000]);
  });

  it('puts all the capex in row year 0 (time zero) when there is no build', () => {
    const table = checkedConversionCashflows(10, 1_200_000, 0.5, 1_000_000, 0, 120_000, 2, false);
    expect(table[0]).toEqual([0, -10_000_000, 0, 0, -10_000_000, -10_000_000]);
    expect(table[1]).toEqual([1, 0, 6_000_000, -1_200_000, 4_800_000, -5_200_000]);
  });

  it('makes each incremental cell the sum of its row and each cumulative cell the running total', () => {
    const table = checkedConversionCashflows(83.3, 9_700_000, 0.85, 10_000_000, 17, 564_000, 30, false);
    let running = 0;
    for (const [, capex, ai, forgone, incremental, cumulative] of table as number[][]) {
      expect(Math.abs(incremental - (capex + ai + forgone))).toBeLessThanOrEqual(Math.abs(incremental) * 1e-15 + 1e-6);
      running += incremental;
      expect(Math.abs(cumulative - running)).toBeLessThanOrEqual(Math.abs(running) * 1e-14 + 1e-5);
    }
  });

  it('sums exactly to the undiscounted monthly total: capex + months after the build × AI + all months × forgone', () => {
    // 20 MW, AI 20 × 1.5M × 0.8 / 12 = 2M a month, mining 20 × 300k / 12 = 0.5M a month, capex
    // 20 × 6M = 120M over 15 months; 10 years = 120 months, 105 of them after the build.
    const table = checkedConversionCashflows(20, 1_500_000, 0.8, 6_000_000, 15, 300_000, 10, false);
    const total = -120_000_000 + 105 * 2_000_000 - 120 * 500_000;
    expect(sum(column(table, 4))).toBe(total);
    expect(table[table.length - 1][5]).toBe(total);
    expect(sum(column(table, 1))).toBe(-120_000_000);
    expect(sum(column(table, 2))).toBe(105 * 2_000_000);
    expect(sum(column(table, 3))).toBe(-120 * 500_000);
  });

  it('has one row a year from year 0 to the horizon', () => {
    expect(column(checkedConversionCashflows(1, 1, 1, 1, 0, 1, 100, false), 0)).toEqual(Array.from({ length: 101 }, (_, y) => y));
    expect(checkedConversionCashflows(1, 1, 1, 1, 12, 1, 1, false)).toHaveLength(2);
  });

  it('shows no negative zero when nothing is spent or given up', () => {
    const table = checkedConversionCashflows(10, 1_000_000, 0.5, 0, 0, 0, 1, false);
    expect(table[0].every((cell) => !Object.is(cell, -0))).toBe(true);
    expect(table[1].every((cell) => !Object.is(cell, -0))).toBe(true);
  });

  it('covers a horizon shorter than the build: capex by the month and forgone margin, no AI EBITDA', () => {
    // 36-month build of $10M over 2 years: $3,333,333.33 of capex a year, $1.2M of mining given up
    const table = checkedConversionCashflows(10, 1_200_000, 0.5, 1_000_000, 36, 120_000, 2, false) as number[][];
    expect(table).toHaveLength(3);
    expect(table[0]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(table[1]).toEqual([1, -10_000_000 / 3, 0, -1_200_000, -13_600_000 / 3, -13_600_000 / 3]);
    expect(table[2]).toEqual([2, -10_000_000 / 3, 0, -1_200_000, -13_600_000 / 3, -27_200_000 / 3]);
  });
});
