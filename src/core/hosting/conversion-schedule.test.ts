import { Exact } from '../arithmetic/exact';
import { quotientValue } from '../arithmetic/quotient';
import { ConversionExtras, conversionSchedule, ConversionSchedule, conversionSegments } from './conversion-schedule';

/** An amount of the schedule in USD: its numerator over the schedule's denominator. */
const usd = (schedule: ConversionSchedule, amount: Exact): number => quotientValue({ numerator: amount, denominator: schedule.denominator }, 'x');

/** No prepayment, and the one mining margin for every year. */
const noExtras: ConversionExtras = [0, undefined];

describe('conversionSchedule', () => {
  // 10 MW; AI $1.2M/MW-yr at 50% EBITDA = $500k a month; mining $120k/MW-yr = $100k a month given up;
  // capex $1M/MW = $10M over 12 months.
  const schedule = conversionSchedule([10, 1_200_000, 0.5, 1_000_000, 12, 120_000], 2, noExtras);

  it('gives the doc example: over 144, −120M of capex a build month, 72M of AI EBITDA and −14.4M of mining', () => {
    expect(quotientValue({ numerator: schedule.denominator, denominator: Exact.of(1) }, 'x')).toBe(144);
    expect(usd(schedule, schedule.capexPerBuildMonthUsd.times(144))).toBe(-120_000_000);
    expect(usd(schedule, schedule.aiEbitdaPerOperatingMonthUsd.times(144))).toBe(72_000_000);
    expect(usd(schedule, schedule.miningForgonePerMonthUsd.times(144))).toBe(-14_400_000);
  });

  it('spreads the capex evenly over the build, with the mining margin given up from month 1', () => {
    expect(schedule.months).toBe(24);
    expect(schedule.buildMonths).toBe(12);
    expect(usd(schedule, schedule.atStartUsd)).toBe(0);
    expect(usd(schedule, schedule.capexPerBuildMonthUsd.times(12))).toBe(-10_000_000);
    expect(usd(schedule, schedule.aiEbitdaPerOperatingMonthUsd)).toBe(500_000);
    expect(usd(schedule, schedule.miningForgonePerMonthUsd)).toBe(-100_000);
  });

  it('puts all the capex at time zero when there is no build', () => {
    const instant = conversionSchedule([10, 1_200_000, 0.5, 1_000_000, 0, 120_000], 2, noExtras);
    expect(instant.buildMonths).toBe(0);
    expect(usd(instant, instant.atStartUsd)).toBe(-10_000_000);
    expect(usd(instant, instant.capexPerBuildMonthUsd)).toBe(0);
    expect(usd(instant, instant.aiEbitdaPerOperatingMonthUsd.plus(instant.miningForgonePerMonthUsd))).toBe(400_000);
  });

  it('turns a negative mining margin (a loss the conversion stops) into a positive flow', () => {
    const loss = conversionSchedule([10, 0, 0, 0, 0, -120_000], 1, noExtras);
    expect(usd(loss, loss.miningForgonePerMonthUsd)).toBe(100_000);
  });

  it('fills a horizon shorter than the build with build months: their capex, no AI EBITDA', () => {
    const long = conversionSchedule([10, 1e6, 0.5, 1e6, 36, 0], 2, noExtras);
    expect(long.buildMonths).toBe(24);
    expect(usd(long, long.capexPerBuildMonthUsd.times(long.buildMonths))).toBe(-20_000_000 / 3);
  });

  // $2.5M prepaid: months 13–14 bring EBITDA less their whole $1M of revenue, month 15 less the
  // $0.5M left, months 16–24 their EBITDA; each less the $100k given up.
  it('runs the months in phases: the build, the months the prepayment pays, the month that uses it up, the rest', () => {
    const prepaid = conversionSchedule([10, 1_200_000, 0.5, 1_000_000, 12, 120_000], 2, [2_500_000, undefined]);
    const runs = conversionSegments(prepaid).map(({ start, count, perMonthUsd }) => [start, count, usd(prepaid, perMonthUsd)]);
    expect(runs).toEqual([
      [0, 12, -10_000_000 / 12 - 100_000],
      [12, 2, -600_000],
      [14, 1, -100_000],
      [15, 9, 400_000],
    ]);
    expect(usd(prepaid, prepaid.prepaymentOwedAtEndUsd)).toBe(0);
    const short = conversionSchedule([10, 1_200_000, 0.5, 1_000_000, 12, 120_000], 1, [2_500_000, undefined]);
    expect(conversionSegments(short)).toHaveLength(1);
    expect(usd(short, short.prepaymentOwedAtEndUsd)).toBe(2_500_000);
  });

  it('names the first argument outside its rule, in the Excel order, then the years', () => {
    expect(() => conversionSchedule([0, -1, 0.5, 1e6, 12, 0], 2, noExtras)).toThrow('it_load_mw must be > 0 (got 0)');
    expect(() => conversionSchedule([10, 1e6, 1.5, -1, 12, 0], 2, noExtras)).toThrow('ai_ebitda_margin must be between 0 and 1');
    expect(() => conversionSchedule([10, 1e6, 0.5, 1e6, 12.5, 0], 2, noExtras)).toThrow('build_months must be a whole number (got 12.5)');
    expect(() => conversionSchedule([10, 1e6, 0.5, 1e6, 36, 0], 0, noExtras)).toThrow('years must be > 0 (got 0)');
  });
});
