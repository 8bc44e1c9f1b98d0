import { ruleCases } from '../../../test/helpers/rule-cases';
import { flexUptime, flexUptimeParams } from './flex-uptime';
import { checkedCore } from '../params';

const checkedFlexUptime = checkedCore(flexUptimeParams, flexUptime);

describe('flexUptime', () => {
  // Worked: R = 93.642857 USD/MWh; of 40, 120, −5 and 93 all but 120 pay: 3 of 4 hours.
  it('is the share of hours that pay', () => {
    expect(checkedFlexUptime(39.33, 17.5, [[40, 120], [-5, 93]])).toBe(0.75);
  });

  it('falls with the pool fee: 2% takes R to 91.77, below the 93 hour', () => {
    expect(flexUptime(39.33, 17.5, [[40, 120], [-5, 93]], 0.02)).toBe(0.5);
  });

  it('is 0 when no hour pays and 1 when every hour does', () => {
    expect(checkedFlexUptime(0, 17.5, [[0, 10]])).toBe(0);
    expect(checkedFlexUptime(0, 17.5, [[-1, -10]])).toBe(1);
    expect(checkedFlexUptime(39.33, 17.5, [[40]])).toBe(1);
    // R = 1e300 × 1,000 / (1e-300 × 24) is past the largest double: every hour pays
    expect(checkedFlexUptime(1e300, 1e-300, [[1.7976931348623157e308, 0]])).toBe(1);
  });

  it.each(ruleCases(flexUptimeParams, [39.33, 17.5, [[40]], 0.02]))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => flexUptime(...(args as [number, number, number[][], number]))).toThrow(message);
  });
});
