/**
 * xoshiro128** (Blackman and Vigna, "Scrambled linear pseudorandom number generators", 2018;
 * https://prng.di.unimi.it/xoshiro128starstar.c): a 128-bit state, period 2^128 − 1, 32-bit
 * outputs that pass BigCrush. Seeded from one 32-bit number by splitmix32 (the golden-ratio
 * increment 0x9e3779b9 and MurmurHash3's 32-bit finaliser), which spreads nearby seeds over
 * the state and never gives the all-zero state. Integer operations only (Math.imul, shifts,
 * xor), so the stream is the same in every engine, machine and version.
 */

/** The generator's state: four 32-bit words, changed in place by nextUint32. */
export type Xoshiro128State = Uint32Array;

/**
 * The state for a seed.
 *
 * @param seed a whole number 0 to 4,294,967,295; the caller validates it
 * @example xoshiro128State(1) is the same four words on every machine
 */
export function xoshiro128State(seed: number): Xoshiro128State {
  const state = new Uint32Array(4);
  let z = seed >>> 0;
  for (let i = 0; i < 4; i++) {
    z = (z + 0x9e3779b9) >>> 0;
    let x = z;
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
    state[i] = (x ^ (x >>> 16)) >>> 0;
  }
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  return state;
}

/**
 * The next 32-bit output, advancing the state.
 *
 * @example from the state [1, 2, 3, 4] the first outputs are 11520, 0, 5927040 (the reference C)
 */
export function nextUint32(s: Xoshiro128State): number {
  const result = Math.imul(rotateLeft(Math.imul(s[1], 5), 7), 9) >>> 0;
  const t = s[1] << 9;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotateLeft(s[3], 11);
  return result;
}

function rotateLeft(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

const twoTo26 = 67108864;
const twoTo53 = 9007199254740992;

/**
 * A uniform double in [0, 1) with 53 random bits, from two outputs (the top 27 and 26 bits),
 * as the xoshiro authors convert to doubles.
 */
export function nextUniform(s: Xoshiro128State): number {
  const high = nextUint32(s) >>> 5;
  const low = nextUint32(s) >>> 6;
  return (high * twoTo26 + low) / twoTo53;
}
