/**
 * A one-entry memo for the parts of a formula that depend on only some of its arguments.
 *
 * A sensitivity grid recalculates one function thousands of times with most arguments fixed
 * (the network hashrate, the fees, the block height, the pool fee) and only the row and column
 * values changing. The sub-results of the fixed arguments (a hashvalue, 1 − pool fee) are then
 * the same call after call: remembering the last one saves their products. The remembered
 * function must be pure and its result never changed by a caller (Exact values and quotients
 * never are), so the memo only saves time and never changes a result.
 */

/** Up to four numbers; a blank or left-out one is undefined. */
type Arg = number | undefined;

/**
 * The argument lists it remembers: at most four, since it compares and passes on four. A
 * function of five would type-check with a looser bound and get undefined for its fifth.
 */
type UpToFourArgs = [Arg?, Arg?, Arg?, Arg?];

/**
 * `fn` remembering its last call: called again with the same arguments (compared as Object.is
 * does: 0 and −0 are different calls), it returns the same result without calling `fn`. The
 * last arguments are held one by one, so that a call that hits makes no garbage.
 *
 * @example const square = rememberLast((x: number) => x * x); square(3); square(3) (one multiplication)
 */
export function rememberLast<A extends UpToFourArgs, R>(fn: (...args: A) => R): (...args: A) => R {
  const call = fn as unknown as (a: Arg, b: Arg, c: Arg, d: Arg) => R;
  let empty = true;
  let lastA: Arg, lastB: Arg, lastC: Arg, lastD: Arg;
  let lastResult: R;
  const remembering = (a: Arg, b: Arg, c: Arg, d: Arg): R => {
    if (empty || !Object.is(a, lastA) || !Object.is(b, lastB) || !Object.is(c, lastC) || !Object.is(d, lastD)) {
      lastResult = call(a, b, c, d);
      lastA = a;
      lastB = b;
      lastC = c;
      lastD = d;
      empty = false;
    }
    return lastResult;
  };
  return remembering as unknown as (...args: A) => R;
}
