import { checkParam, checkParams, optional, required } from './params';
import { atLeastZero, greaterThanZero, shareBelowOne } from './rules';

const specs = [required('efficiency_j_per_th', greaterThanZero), required('power_price_usd_per_kwh', atLeastZero), optional('pool_fee', 0, shareBelowOne)];

describe('checkParam', () => {
  it('passes a valid value and an omitted optional one, and names the parameter and rule of an invalid one', () => {
    expect(() => checkParam(specs[0], 17.5)).not.toThrow();
    expect(() => checkParam(specs[2], undefined)).not.toThrow();
    expect(() => checkParam(specs[0], undefined)).toThrow('efficiency_j_per_th must be a finite number (got blank)');
    expect(() => checkParam(specs[2], 1)).toThrow('pool_fee must be >= 0 and < 1 (a share: 2% is 0.02) (got 1)');
  });
});

describe('checkParams', () => {
  it('checks each value against the spec at its position, in order', () => {
    expect(() => checkParams(specs, [17.5, 0.04, 0.02])).not.toThrow();
    expect(() => checkParams(specs, [17.5, 0.04, undefined])).not.toThrow();
    expect(() => checkParams(specs, [17.5, -1, 0.02])).toThrow('power_price_usd_per_kwh must be >= 0 (got -1)');
    // two invalid values: the first in parameter order is the one named
    expect(() => checkParams(specs, [0, -1, 2])).toThrow('efficiency_j_per_th must be > 0 (got 0)');
    expect(() => checkParams(specs, [17.5, 0.04, Number.NaN])).toThrow('pool_fee must be a finite number (got NaN)');
  });
});
