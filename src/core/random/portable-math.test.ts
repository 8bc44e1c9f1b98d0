import { expectClose } from '../../../test/helpers/tolerance';
import { portableExp, portableLog, portableLog1p } from './portable-math';

/** Values across the whole range of doubles, and densely where the simulation works. */
const samples = [
  ...Array.from({ length: 2000 }, (_, i) => (i + 0.5) / 2000),
  ...Array.from({ length: 600 }, (_, i) => 2 ** (i - 300) * 1.37),
  Number.MIN_VALUE,
  Number.MAX_VALUE,
  1 - 2 ** -53,
  1 + 2 ** -52,
];

describe('portableLog, portableLog1p, portableExp', () => {
  it('agree with Math.log, Math.log1p and Math.exp to a few units in the last place', () => {
    for (const x of samples) expectClose(portableLog(x), Math.log(x), 1e-15);
    for (const x of [-0.999, -0.5, -1e-3, -1e-12, 1e-300, 1e-15, 0.01, 0.025, 1, 1e10]) expectClose(portableLog1p(x), Math.log1p(x), 1e-15);
    for (let x = -708; x <= 709.7; x += 0.37) expectClose(portableExp(x), Math.exp(x), 1e-14);
    // Subnormal results carry fewer digits: within one unit of the subnormal spacing.
    for (let x = -745; x < -708; x += 0.37) expect(Math.abs(portableExp(x) - Math.exp(x))).toBeLessThanOrEqual(Number.MIN_VALUE);
    for (let x = -1; x <= 1; x += 1 / 1024) expectClose(portableExp(x), Math.exp(x), 1e-15);
  });

  it('are exact where the answer is', () => {
    expect(portableLog(1)).toBe(0);
    expect(portableLog(2)).toBe(Math.LN2);
    expect(portableLog1p(0)).toBe(0);
    expect(portableLog1p(1e-20)).toBe(1e-20);
    expect(portableExp(0)).toBe(1);
  });

  it('overflow to Infinity and underflow to 0 past the doubles', () => {
    expect(portableExp(710)).toBe(Infinity);
    expect(portableExp(-800)).toBe(0);
    expect(portableExp(1000)).toBe(Infinity);
  });

  it('invert each other (invariant)', () => {
    for (const x of [-30, -1.5, -0.2, 0.3, 7, 300]) expectClose(portableLog(portableExp(x)), x, 1e-14);
  });
});
