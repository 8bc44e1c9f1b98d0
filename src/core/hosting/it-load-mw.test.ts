import { expectClose } from '../../../test/helpers/tolerance';
import { checkedCore } from '../params';
import { itLoadMw, itLoadMwParams } from './it-load-mw';

/** The core behind the boundary's rule checks, as the Excel layer calls it. */
const checkedItLoadMw = checkedCore(itLoadMwParams, itLoadMw);

describe('itLoadMw', () => {
  it('gives about 83.3 MW of IT load for 100 MW gross at PUE 1.2', () => {
    expectClose(itLoadMw(100, 1.2), 250 / 3, 1e-15);
  });

  it('recovers the sites in companies.md: CORZ Muskogee 100 → 70 MW at PUE 10/7, APLD 1.18', () => {
    expectClose(itLoadMw(100, 10 / 7), 70, 1e-15);
    expectClose(itLoadMw(118, 1.18), 100, 1e-15);
  });

  it('is the gross power at PUE 1 and 0 for no power', () => {
    expect(itLoadMw(244, 1)).toBe(244);
    expect(itLoadMw(0, 1.3)).toBe(0);
  });

  it('rejects a PUE below 1', () => {
    expect(() => checkedItLoadMw(100, 0.8)).toThrow('pue must be >= 1 (got 0.8)');
  });
});
