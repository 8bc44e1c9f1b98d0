/**
 * The Excel boundary in one place: src/functions/normalise.ts (blanks, text, booleans, ranges,
 * non-finite numbers) and src/functions/invoke.ts (result checks and error mapping), tested
 * directly. The same contract swept over every function of the catalogue is
 * test/catalogue/invalid-input.test.ts.
 */
import { divisionByZero, invalidInput, notFound, noSolution, notFinite } from '../../src/core/errors';
import { optional, optionalBoolean, optionalRange, required, requiredRange, requiredText } from '../../src/core/params';
import { greaterThanZero } from '../../src/core/rules';
import { callNumber, callTable, callValue } from '../../src/functions/invoke';
import { normaliseArg, normaliseArgs } from '../../src/functions/normalise';
import { excelError } from '../helpers/excel';

const amount = required('amount_usd', greaterThanZero);
const prices = requiredRange('prices_usd_per_mwh');

describe('normaliseArg', () => {
  it('passes numbers through, -0 included, and rejects NaN and Infinity by name', () => {
    expect(normaliseArg(amount, 5)).toBe(5);
    expect(Object.is(normaliseArg(optional('x', 0), -0), -0)).toBe(true);
    expect(() => normaliseArg(amount, Number.NaN)).toThrow('amount_usd must be a finite number (got NaN)');
    expect(() => normaliseArg(amount, Number.POSITIVE_INFINITY)).toThrow('amount_usd must be a finite number (got Infinity)');
    expect(() => normaliseArg(amount, Number.NEGATIVE_INFINITY)).toThrow('(got -Infinity)');
  });

  it('leaves the domain rules to the core: a normalised -5 or 0 is still a number', () => {
    expect(normaliseArg(amount, -5)).toBe(-5);
    expect(normaliseArg(amount, 0)).toBe(0);
  });

  it('reads null, undefined and empty text as blank: an error when required, the default when optional', () => {
    for (const blank of [null, undefined, '']) {
      expect(() => normaliseArg(amount, blank)).toThrow('amount_usd is required (got blank)');
      expect(normaliseArg(optional('pool_fee', 0), blank)).toBe(0);
      expect(normaliseArg(optional('block_height', undefined), blank)).toBeUndefined();
      expect(normaliseArg(optionalBoolean('headers', true), blank)).toBe(true);
    }
  });

  it('rejects text, booleans and ranges where a number belongs', () => {
    expect(() => normaliseArg(amount, '12')).toThrow('amount_usd must be a number (got "12")');
    expect(() => normaliseArg(amount, ' ')).toThrow('amount_usd must be a number (got " ")');
    // a boolean is named as Excel shows it, unquoted
    expect(() => normaliseArg(amount, true)).toThrow('amount_usd must be a number (got TRUE)');
    expect(() => normaliseArg(amount, false)).toThrow('amount_usd must be a number (got FALSE)');
    expect(() => normaliseArg(amount, [[1]])).toThrow('amount_usd must be a single value, not a range (got a range)');
  });

  it('reads TRUE/FALSE, 1/0 and their text as booleans, and nothing else', () => {
    const headers = optionalBoolean('headers', true);
    expect([true, false, 1, 0, ' true ', 'False'].map((v) => normaliseArg(headers, v))).toEqual([true, false, true, false, true, false]);
    expect(() => normaliseArg(headers, 2)).toThrow('headers must be TRUE or FALSE (got 2)');
    expect(() => normaliseArg(headers, 'yes')).toThrow('headers must be TRUE or FALSE (got "yes")');
  });

  it('takes text as is and rejects a number where text belongs', () => {
    expect(normaliseArg(requiredText('from_unit'), ' EH/s ')).toBe(' EH/s ');
    expect(() => normaliseArg(requiredText('from_unit'), 5)).toThrow('from_unit must be text (got 5)');
  });

  it('reads a range as a rectangular grid of numbers, a single number as a 1 × 1 range', () => {
    expect(normaliseArg(prices, [[1, 2], [3, -4]])).toEqual([[1, 2], [3, -4]]);
    expect(normaliseArg(prices, [[7]])).toEqual([[7]]);
    expect(normaliseArg(prices, 7)).toEqual([[7]]);
    expect(normaliseArg(prices, [[-0]])).toEqual([[-0]]);
  });

  it('names the cell of a range that is blank, text, boolean or not finite', () => {
    const name = 'prices_usd_per_mwh must contain only numbers';
    expect(() => normaliseArg(prices, [[1, 2], [3, null]])).toThrow(`${name} (row 2, column 2 is blank) (got a range)`);
    expect(() => normaliseArg(prices, [[1, ''], [3, 4]])).toThrow(`${name} (row 1, column 2 is blank)`);
    expect(() => normaliseArg(prices, [['n/a'], [3]])).toThrow(`${name} (row 1, column 1 is "n/a")`);
    expect(() => normaliseArg(prices, [[1], [true]])).toThrow(`${name} (row 2, column 1 is TRUE)`);
    expect(() => normaliseArg(prices, [[Number.NaN]])).toThrow(`${name} (row 1, column 1 is NaN)`);
    expect(() => normaliseArg(prices, [[1, Number.POSITIVE_INFINITY]])).toThrow(`${name} (row 1, column 2 is Infinity)`);
  });

  it('rejects a ragged, empty or blank range, and text in place of one', () => {
    expect(() => normaliseArg(prices, [[1, 2], [3]])).toThrow('prices_usd_per_mwh must be a rectangular range (got a range)');
    expect(() => normaliseArg(prices, [])).toThrow('prices_usd_per_mwh must be a range of numbers (got a range)');
    expect(() => normaliseArg(prices, [[]])).toThrow('prices_usd_per_mwh must be a range of numbers');
    expect(() => normaliseArg(prices, [1, 2])).toThrow('prices_usd_per_mwh must be a range of numbers');
    expect(() => normaliseArg(prices, null)).toThrow('prices_usd_per_mwh is required (got blank)');
    expect(() => normaliseArg(prices, 'A1:A24')).toThrow('prices_usd_per_mwh must contain only numbers (row 1, column 1 is "A1:A24")');
  });

  it('leaves an omitted or blank optional range omitted, and shapes one that is given', () => {
    const cfads = optionalRange('cfads_usd_per_year');
    for (const blank of [null, undefined, '']) expect(normaliseArg(cfads, blank)).toBeUndefined();
    expect(normaliseArg(cfads, [[1], [2]])).toEqual([[1], [2]]);
  });

  it('shapes a whole argument list by position, missing trailing arguments as omitted', () => {
    expect(normaliseArgs([amount, optional('pool_fee', 0), optional('block_height', undefined)], [5])).toEqual([5, 0, undefined]);
  });
});

describe('callNumber, callValue and callTable', () => {
  const one = [amount] as const;

  it('map each core error kind to its Excel error code, message kept', () => {
    const cases: [Error, string][] = [
      [invalidInput('amount_usd', 'must be > 0', -1), '#VALUE!'],
      [notFound('unknown unit "x"'), '#N/A'],
      [noSolution('never pays back'), '#N/A'],
      [divisionByZero('no subsidy and no fees'), '#DIV/0!'],
      [notFinite('too large'), '#NUM!'],
    ];
    for (const [error, code] of cases) {
      expect(excelError(() => callNumber(one, [1], () => { throw error; }))).toEqual({ code, message: error.message });
    }
  });

  it('report an unexpected failure as #NUM! rather than crash, and pass an Excel error through', () => {
    expect(excelError(() => callNumber(one, [1], () => { throw new TypeError('boom'); }))).toEqual({
      code: '#NUM!',
      message: 'unexpected error: boom',
    });
    const passed = new CustomFunctions.Error('#N/A' as CustomFunctions.ErrorCode, 'kept');
    expect(excelError(() => callValue(one, [1], () => { throw passed; }))).toEqual({ code: '#N/A', message: 'kept' });
  });

  it('turn a non-finite numeric result into #NUM!', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(excelError(() => callNumber(one, [1], () => bad))).toEqual({ code: '#NUM!', message: 'the result is not a finite number' });
      expect(excelError(() => callValue(one, [1], () => bad)).code).toBe('#NUM!');
    }
    expect(callValue(one, [1], () => 'text')).toBe('text');
  });

  it('validate before calling the core, and give the core the normalised arguments', () => {
    const seen: unknown[][] = [];
    expect(callNumber([amount, optional('pool_fee', 0.02)], [3, null], (...args: unknown[]) => (seen.push(args), 1))).toBe(1);
    expect(seen).toEqual([[3, 0.02]]);
    expect(excelError(() => callNumber(one, [null], () => 1))).toEqual({ code: '#VALUE!', message: 'amount_usd is required (got blank)' });
  });

  it('accept only a non-empty rectangular table of finite numbers and text', () => {
    expect(callTable(one, [1], () => [['a', 1], ['b', 2]])).toEqual([['a', 1], ['b', 2]]);
    expect(callTable(one, [1], () => [[5]])).toEqual([[5]]);
    expect(excelError(() => callTable(one, [1], () => []))).toEqual({ code: '#NUM!', message: 'the result table is empty' });
    expect(excelError(() => callTable(one, [1], () => [[1, 2], [3]])).message).toBe('the result table is not rectangular');
    expect(excelError(() => callTable(one, [1], () => [[1, Number.NaN]])).message).toBe(
      'the result table holds a value that is not a finite number',
    );
  });
});
