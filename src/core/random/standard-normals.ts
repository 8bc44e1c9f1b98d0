import { portableExp, portableLog } from './portable-math';
import { nextUint32, nextUniform, Xoshiro128State } from './xoshiro128';

/**
 * Standard normal draws by the ziggurat method (Marsaglia and Tsang, "The Ziggurat Method for
 * Generating Random Variables", Journal of Statistical Software 5(8), 2000), 128 layers: the
 * normal density is covered by 128 strips of equal area; a draw picks a strip and a point in
 * it, and 98.8% of draws are accepted by one comparison, with no logarithm or exponential.
 * The rest are decided exactly: the wedge under the curve by e^(−x²/2), the tail beyond
 * r = 3.4426 by Marsaglia's exponential method (1964).
 *
 * Each draw takes one 32-bit output: its low 7 bits pick the strip and its high 25 bits the
 * signed position, so the strip and the position come from different bits (the correlation
 * Doornik (2005) found in the original, where they shared bits, does not arise). The tables
 * and the rare exact tests use portableLog and portableExp and IEEE 754's correctly rounded
 * square root, so the same state gives the same draws in every engine, on every machine and
 * in every version.
 */
const layerCount = 128;
/** Where the tail begins, and the area of each strip (Marsaglia and Tsang's constants for 128). */
const tailStart = 3.442619855899;
const stripArea = 9.91256303526217e-3;
/** The signed position is a whole number in [−2^24, 2^24). */
const positionScale = 16777216;

/** kn: the acceptance bound of each strip; wn: position to x; fn: the density at each strip's edge. */
const kn = new Float64Array(layerCount);
const wn = new Float64Array(layerCount);
const fn = new Float64Array(layerCount);
(function buildTables(): void {
  let dn = tailStart;
  let tn = dn;
  const q = stripArea / portableExp(-0.5 * dn * dn);
  kn[0] = (dn / q) * positionScale;
  kn[1] = 0;
  wn[0] = q / positionScale;
  wn[layerCount - 1] = dn / positionScale;
  fn[0] = 1;
  fn[layerCount - 1] = portableExp(-0.5 * dn * dn);
  for (let i = layerCount - 2; i >= 1; i--) {
    dn = Math.sqrt(-2 * portableLog(stripArea / dn + portableExp(-0.5 * dn * dn)));
    kn[i + 1] = (dn / tn) * positionScale;
    tn = dn;
    fn[i] = portableExp(-0.5 * dn * dn);
    wn[i] = dn / positionScale;
  }
})();

/**
 * The next standard normal draw, advancing the generator.
 *
 * @param state a xoshiro128** state (xoshiro128State(seed)), changed in place
 * @returns a draw from N(0, 1)
 */
export function nextStandardNormal(state: Xoshiro128State): number {
  for (;;) {
    const bits = nextUint32(state);
    const strip = bits & (layerCount - 1);
    const position = (bits >>> 7) - positionScale;
    const x = position * wn[strip];
    if (Math.abs(position) < kn[strip]) return x;
    if (strip === 0) {
      // Beyond the tail start: x = r + a with a exponential of rate r, kept with probability e^(−a²/2).
      let a: number;
      let b: number;
      do {
        a = -portableLog(1 - nextUniform(state)) / tailStart;
        b = -portableLog(1 - nextUniform(state));
      } while (b + b < a * a);
      return position > 0 ? tailStart + a : -tailStart - a;
    }
    if (fn[strip] + nextUniform(state) * (fn[strip - 1] - fn[strip]) < portableExp(-0.5 * x * x)) return x;
  }
}

/**
 * Fills `out` with the next standard normal draws, in order.
 *
 * @example fillStandardNormals(xoshiro128State(1), new Float64Array(2)) gives the same two numbers on every machine
 */
export function fillStandardNormals(state: Xoshiro128State, out: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = nextStandardNormal(state);
}
