import { rememberLast } from './remember-last';

describe('rememberLast', () => {
  it('calls the function again only when an argument differs from the last call', () => {
    const calls: (number | undefined)[][] = [];
    const sum = rememberLast((a: number, b?: number) => {
      calls.push([a, b]);
      return a + (b ?? 0);
    });
    expect([sum(1, 2), sum(1, 2), sum(1, 3), sum(1, 2), sum(1), sum(1, undefined)]).toEqual([3, 3, 4, 3, 1, 1]);
    expect(calls).toEqual([
      [1, 2],
      [1, 3],
      [1, 2],
      [1, undefined],
    ]);
  });

  it('tells 0 from −0, as a formula may', () => {
    const sign = rememberLast((x: number) => (Object.is(x, -0) ? 'negative zero' : 'zero'));
    expect([sign(0), sign(-0), sign(0)]).toEqual(['zero', 'negative zero', 'zero']);
  });

  it('remembers nothing from a call that throws', () => {
    let calls = 0;
    const reciprocal = rememberLast((x: number) => {
      calls++;
      if (x === 0) throw new Error('no reciprocal');
      return 1 / x;
    });
    expect(() => reciprocal(0)).toThrow('no reciprocal');
    expect(() => reciprocal(0)).toThrow('no reciprocal');
    expect(reciprocal(4)).toBe(0.25);
    expect(calls).toBe(3);
  });

  it('takes functions of at most four arguments, the four it compares and passes on', () => {
    const four = rememberLast((a: number, b: number, c: number, d: number) => a + b + c + d);
    expect(four(1, 2, 3, 4)).toBe(10);
    // @ts-expect-error a fifth argument would be neither compared nor passed on
    const five = rememberLast((a: number, b: number, c: number, d: number, e: number) => a + b + c + d + e);
    expect(typeof five).toBe('function');
  });
});
