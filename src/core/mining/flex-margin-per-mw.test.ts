import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { flexMarginPerMwParams, flexMarginUsdPerMwYear } from './flex-margin-per-mw';
import { miningMarginUsdPerMwYear, miningMarginPerMwParams } from './margin-per-mw';
import { checkedCore } from '../params';

const checkedFlexMarginUsdPerMwYear = checkedCore(flexMarginPerMwParams, flexMarginUsdPerMwYear);
const checkedMiningMarginUsdPerMwYear = checkedCore(miningMarginPerMwParams, miningMarginUsdPerMwYear);

type Args = [number, number, number[][], number, number];

/** A year of hourly prices (USD/MWh): cheap nights, an evening peak, a few negative hours. */
const yearOfPrices = Array.from({ length: 8760 }, (_, hour) => {
  const h = hour % 24;
  return [25 + 35 * Math.max(0, Math.sin(((h - 6) * Math.PI) / 14)) + (hour % 97 === 0 ? -60 : 0) + (hour % 211 === 0 ? 900 : 0)];
});

describe('flexMarginUsdPerMwYear', () => {
  // Worked: R = 39.33 × (1,000 / 17.5) / 24 = 93.642857 USD/MWh; of the two hours only the one
  // at 40 pays: (93.642857 − 40) × 8,760 / 2 = 234,955.71 USD per MW-year.
  it('annualises the margin of the hours that pay', () => {
    expectClose(checkedFlexMarginUsdPerMwYear(39.33, 17.5, [[40], [120]]), 234_955.7142857142857);
  });

  it('equals the plain margin at uptime 1 over a flat price at which mining pays (invariant)', () => {
    const flat = Array.from({ length: 8760 }, () => [40]);
    expectClose(checkedFlexMarginUsdPerMwYear(39.33, 17.5, flat, 0.02), checkedMiningMarginUsdPerMwYear(39.33, 17.5, 0.04, 1, 0.02), 1e-14);
  });

  it('is only the demand-response payment over a flat price at which mining loses', () => {
    expect(flexMarginUsdPerMwYear(39.33, 17.5, [[150, 150, 150]], 0, 12_000)).toBe(12_000);
  });

  // max(0, R − p) is convex, so the average of the hourly margins is at least the margin at the
  // average price: flexible mining never does worse than running flat out at the mean price.
  it('is at least the plain margin at the average price (invariant)', () => {
    const average = yearOfPrices.reduce((sum, [p]) => sum + p, 0) / yearOfPrices.length;
    for (const hashprice of [20, 39.33, 60]) {
      const flex = checkedFlexMarginUsdPerMwYear(hashprice, 17.5, yearOfPrices);
      expect(flex).toBeGreaterThanOrEqual(checkedMiningMarginUsdPerMwYear(hashprice, 17.5, average / 1000));
      expect(flex).toBeGreaterThanOrEqual(0);
    }
  });

  it('adds the demand-response payment and scales to a year from any number of hours', () => {
    const day = [[30, 30, 200, 200]];
    const oneDay = flexMarginUsdPerMwYear(39.33, 17.5, day, 0, 5_000);
    const twoDays = flexMarginUsdPerMwYear(39.33, 17.5, [day[0], day[0]], 0, 5_000);
    expectClose(oneDay, ((93.642857142857142857 - 30) * 2 * 8760) / 4 + 5_000);
    expectClose(twoDays, oneDay);
  });

  it('reports a margin past the largest double as not a finite number', () => {
    expect(() => checkedFlexMarginUsdPerMwYear(1e300, 1e-300, [[40]])).toThrow(expect.objectContaining({ kind: 'not_finite' }));
    // 8.76e307 of margin plus the largest double of demand response
    expect(() => flexMarginUsdPerMwYear(0, 17.5, [[-1e304]], 0, 1.7976931348623157e308)).toThrow(
      'the flexible margin per MW is not a finite number',
    );
  });

  it.each(ruleCases(flexMarginPerMwParams, [39.33, 17.5, [[40]], 0.02, 5_000]))(
    'rejects $parameter that breaks "$rule"',
    ({ args, message }) => {
      expect(() => flexMarginUsdPerMwYear(...(args as Args))).toThrow(message);
    },
  );
});
