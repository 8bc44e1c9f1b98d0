/**
 * Argument generators for the fuzz test, derived from a function's metadata (functions.json):
 * each parameter's type (number, string, boolean) and dimensionality (matrix for a range).
 *
 * An argument list mixes plausible values for each parameter (so the run reaches the core and
 * its arithmetic, not only the validator) with hostile ones: numbers of every magnitude and
 * sign, 0, -0, NaN, ±Infinity, blanks (null, undefined, ''), text, booleans, ranges of the
 * wrong shape and dates outside Excel's calendar. A second family takes the function's sample
 * valid arguments (its catalogue example) and breaks exactly one of them.
 */
import fc from 'fast-check';

export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  customEnumId?: string;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
}

const specialNumbers = [
  0,
  -0,
  NaN,
  Infinity,
  -Infinity,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  Number.EPSILON,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER,
  1e-300,
  1e300,
  -1e300,
  -1,
  1,
  0.5,
  0.999999999,
  1.000000001,
  1.5,
  2,
  210000,
  6930000,
];

/** Excel serials outside 1900-03-01 … 9999-12-31, and the phantom 1900-02-29. */
const outOfRangeDates = [-1, 0, 1, 59, 60, 60.5, 2958466, 2958465.5, 1e7, -45000, 1e15];

const odd = fc.constantFrom('', ' ', 'abc', '12', ' 3.5 ', '1e3', '-0', 'TRUE', 'FALSE', 'true', '#N/A', 'NaN', 'Infinity', '0x10', '1,000', '∞');

/** A number of any magnitude and sign: 10^(-320 … 308) × a mantissa, and plain doubles. */
const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.constantFrom(...specialNumbers),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc
    .tuple(fc.integer({ min: -320, max: 308 }), fc.double({ min: -9.99, max: 9.99, noNaN: true }))
    .map(([exponent, mantissa]) => mantissa * 10 ** exponent),
);

function grid<T>(cell: fc.Arbitrary<T>, maxRows: number, maxColumns: number): fc.Arbitrary<T[][]> {
  return fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxColumns }))
    .chain(([rows, columns]) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));
}

const anyCell: fc.Arbitrary<unknown> = fc.oneof(anyNumber, fc.constantFrom(null, '', 'x', true, false));

/** Ranges that are not a rectangular grid of finite numbers, and some that are. */
const anyRange: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>([], [[]], [[1, 2], [3]], [[1, 'a']], [[NaN]], [[null]], [[Infinity, 1]], [1, 2, 3], [['']], [[true]], [[[1]]]),
  grid(anyCell, 4, 4),
  grid(anyNumber, 6, 6),
);

/** Any value at all, for any parameter: what a careless or hostile sheet can pass. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anyNumber },
  { weight: 1, arbitrary: fc.constantFrom(...outOfRangeDates) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, '') },
  { weight: 1, arbitrary: fc.oneof(fc.string(), odd) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: anyRange },
);

/** A value of the parameter's declared kind, often valid (the sample value when there is one). */
function plausibleValue(parameter: ParameterMetadata, sample: unknown, textPool: readonly string[]): fc.Arbitrary<unknown> {
  const choices: fc.Arbitrary<unknown>[] = [];
  if (sample !== undefined) choices.push(fc.constant(sample));
  if (parameter.optional) choices.push(fc.constantFrom(null, undefined));
  if (parameter.dimensionality === 'matrix') {
    choices.push(grid(fc.double({ min: -200, max: 2000, noNaN: true }), 48, 8));
    choices.push(grid(fc.integer({ min: 0, max: 150 }), 24, 2));
  } else if (parameter.type === 'string' || parameter.customEnumId !== undefined) {
    choices.push(fc.constantFrom(...textPool));
  } else if (parameter.type === 'boolean') {
    choices.push(fc.boolean());
  } else {
    choices.push(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
      fc.integer({ min: 0, max: 10_000_000 }),
      fc.integer({ min: 0, max: 1200 }),
      fc.integer({ min: 61, max: 2958465 }),
    );
  }
  return fc.oneof(...choices);
}

/**
 * Argument lists for one function: each argument plausible or hostile, or the sample valid
 * list with exactly one argument made hostile.
 */
export function argumentLists(
  fn: FunctionMetadata,
  sampleArgs: readonly unknown[] | undefined,
  textPool: readonly string[],
): fc.Arbitrary<unknown[]> {
  const parameters = fn.parameters;
  if (parameters.length === 0) return fc.constant([]);
  const mixed = fc.tuple(
    ...parameters.map((parameter, i) =>
      fc.oneof(
        { weight: 3, arbitrary: plausibleValue(parameter, sampleArgs?.[i], textPool) },
        { weight: 1, arbitrary: hostileValue },
      ),
    ),
  );
  if (!sampleArgs) return mixed;
  const oneBroken = fc
    .tuple(fc.integer({ min: 0, max: parameters.length - 1 }), hostileValue)
    .map(([index, value]) => parameters.map((_, i) => (i === index ? value : sampleArgs[i])));
  return fc.oneof({ weight: 2, arbitrary: mixed }, { weight: 1, arbitrary: oneBroken });
}
