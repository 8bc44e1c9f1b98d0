/**
 * The Excel boundary in one place: src/functions/normalise.ts (blanks, text, booleans, ranges,
 * non-finite numbers) and src/functions/invoke.ts (result checks and error mapping), tested
 * directly; then the same contract swept over every protocol, mining and unit function through
 * its declared parameter specs, so that each parameter's blank, text, boolean and rule cases
 * are checked with the messages the specs produce.
 */
import { divisionByZero, invalidInput, notFound, noSolution, notFinite } from '../../src/core/errors';
import { optional, optionalBoolean, ParamSpec, required, requiredRange, requiredText } from '../../src/core/params';
import { breakevenBtcParams } from '../../src/core/mining/breakeven-btc';
import { breakevenHashpriceParams } from '../../src/core/mining/breakeven-hashprice';
import { breakevenPowerParams } from '../../src/core/mining/breakeven-power';
import { flexMarginPerMwParams } from '../../src/core/mining/flex-margin-per-mw';
import { flexUptimeParams } from '../../src/core/mining/flex-uptime';
import { hashpricePathParams } from '../../src/core/mining/hashprice-path';
import { hashpriceParams } from '../../src/core/mining/hashprice';
import { hashvalueParams } from '../../src/core/mining/hashvalue';
import { miningMarginPerMwParams } from '../../src/core/mining/margin-per-mw';
import { miningRevenuePerMwParams } from '../../src/core/mining/revenue-per-mw';
import { difficultyParams } from '../../src/core/protocol/difficulty';
import { halvingDateParams } from '../../src/core/protocol/halving-date';
import { networkHashrateParams } from '../../src/core/protocol/network-hashrate';
import { nextHalvingHeightParams } from '../../src/core/protocol/next-halving-height';
import { subsidyParams } from '../../src/core/protocol/subsidy';
import { greaterThanZero } from '../../src/core/rules';
import { ruleCases } from '../helpers/rule-cases';
import { convertParams } from '../../src/core/units';
import { callNumber, callTable, callValue } from '../../src/functions/invoke';
import * as mining from '../../src/functions/mining';
import { normaliseArg, normaliseArgs } from '../../src/functions/normalise';
import * as protocol from '../../src/functions/protocol';
import * as units from '../../src/functions/units';
import { excelError } from '../helpers/excel';
import golden from '../golden/functions.json';

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

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ExcelFunction = (...args: any[]) => unknown;

/** Valid arguments for every function of the protocol, mining and units sections. */
const sweep: [ExcelFunction, readonly ParamSpec[], unknown[]][] = [
  [protocol.SUBSIDY, subsidyParams, [840_000]],
  [protocol.NEXT_HALVING_HEIGHT, nextHalvingHeightParams, [941_472]],
  [protocol.HALVING_DATE, halvingDateParams, [941_472, 46_101, 2, 10.2]],
  [protocol.NETWORK_HASHRATE, networkHashrateParams, [146.47e12, 612]],
  [protocol.DIFFICULTY, difficultyParams, [1048.5, 612]],
  [mining.HASHVALUE, hashvalueParams, [1048.5, 0.0173, 1_050_000]],
  [mining.HASHPRICE, hashpriceParams, [91132, 1048.5, 0.0173, 1_050_000]],
  [mining.BREAKEVEN_HASHPRICE, breakevenHashpriceParams, [17.5, 0.04, 0.02, 3]],
  [mining.BREAKEVEN_POWER, breakevenPowerParams, [39.33, 17.5, 0.02, 3]],
  [mining.BREAKEVEN_BTC, breakevenBtcParams, [17.5, 0.04, 1048.5, 0.0173, 1_050_000, 0.02, 3]],
  [mining.MINING_REVENUE_PER_MW, miningRevenuePerMwParams, [39.33, 17.5, 0.9, 0.02]],
  [mining.MINING_MARGIN_PER_MW, miningMarginPerMwParams, [39.33, 17.5, 0.04, 0.9, 0.02, 20_000]],
  [mining.FLEX_MARGIN_PER_MW, flexMarginPerMwParams, [39.33, 17.5, [[40, 120], [-5, 93]], 0.02, 9_000]],
  [mining.FLEX_UPTIME, flexUptimeParams, [39.33, 17.5, [[40, 120], [-5, 93]], 0.02]],
  [mining.HASHPRICE_PATH, hashpricePathParams, [46_101, 3, 91132, 1048.5, 941_472, 0.02, 0.01, 0.0173, false]],
  [units.CONVERT, convertParams, [39.33, 'USD/PH/day', 'USD/TH/day']],
];

const goldenById = new Map((golden as { functions: { id: string; parameters: { name: string; optional?: boolean }[] }[] }).functions.map((f) => [f.id, f]));

describe.each(sweep.map(([fn, specs, args]) => [fn.name, fn, specs, args] as const))('%s, through its parameter specs', (id, fn, specs, validArgs) => {
  const call = (index: number, value: unknown) => excelError(() => fn(...validArgs.map((arg, i) => (i === index ? value : arg))));

  it('declares in functions.json the parameters its core validates, in order and optionality', () => {
    const declared = goldenById.get(id)?.parameters.map((p) => [p.name, p.optional === true]);
    expect(declared).toEqual(specs.map((spec) => [spec.name, spec.optional]));
    expect(() => fn(...validArgs)).not.toThrow();
  });

  it('gives #VALUE! naming the rule for each rule\'s counterexample', () => {
    for (const { args, message } of ruleCases(specs, validArgs)) {
      expect(excelError(() => fn(...args))).toEqual({ code: '#VALUE!', message });
    }
  });

  it('never reads a blank required argument as 0: a web blank is a "required" error', () => {
    specs.forEach((spec, index) => {
      if (spec.optional) return;
      for (const blank of [null, undefined, '']) {
        expect(call(index, blank)).toEqual({ code: '#VALUE!', message: `${spec.name} is required (got blank)` });
      }
    });
  });

  // Excel desktop passes 0 for a blank cell: where 0 is outside the domain, the rule says so.
  it('answers a desktop blank (0) with the rule it breaks, where 0 breaks one', () => {
    specs.forEach((spec, index) => {
      const rule = spec.kind === 'number' ? spec.rules.find((r) => !r.test(0)) : undefined;
      if (rule) expect(call(index, 0)).toEqual({ code: '#VALUE!', message: `${spec.name} ${rule.text} (got 0)` });
    });
  });

  // A boolean is described as Excel shows it: TRUE, unquoted.
  it('rejects text and booleans in number parameters', () => {
    specs.forEach((spec, index) => {
      if (spec.kind !== 'number') return;
      expect(call(index, '1,000')).toEqual({ code: '#VALUE!', message: `${spec.name} must be a number (got "1,000")` });
      expect(call(index, true)).toEqual({ code: '#VALUE!', message: `${spec.name} must be a number (got TRUE)` });
    });
  });

  it('repeats a rejected text of a megabyte as its first 60 characters and an ellipsis', () => {
    const huge = 'x'.repeat(1_000_000);
    specs.forEach((spec, index) => {
      if (spec.kind !== 'number') return;
      expect(call(index, huge)).toEqual({ code: '#VALUE!', message: `${spec.name} must be a number (got "${'x'.repeat(60)}"…)` });
    });
  });

  it('refuses a whole number of 2^53 or more with the bound it passes, not as "not a whole number"', () => {
    specs.forEach((spec, index) => {
      if (spec.kind !== 'number' || !spec.rules.some((rule) => rule.text === 'must be a whole number')) return;
      // The first rule 2^53 breaks is the one the message names (a month count breaks its maximum first).
      const rule = spec.rules.find((r) => !r.test(2 ** 53));
      const text = rule?.text === 'must be a whole number' ? `must be a whole number below 2^53 (9,007,199,254,740,992), the largest a number holds exactly` : rule?.text;
      expect(call(index, 2 ** 53)).toEqual({ code: '#VALUE!', message: `${spec.name} ${text} (got 9007199254740992)` });
    });
  });

  it('takes the documented default for an omitted or blank optional argument', () => {
    specs.forEach((spec, index) => {
      if (!spec.optional) return;
      const withArg = (value: unknown) => fn(...validArgs.map((arg, i) => (i === index ? value : arg)));
      for (const blank of [null, undefined, '']) expect(withArg(blank)).toEqual(withArg(spec.defaultValue));
    });
  });
});
