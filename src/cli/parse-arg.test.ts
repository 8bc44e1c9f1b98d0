import { formatError, formatResult } from './format-result';
import { parseArg } from './parse-arg';
import { excelSerials } from '../../test/helpers/excel-serials';

describe('parseArg: a command-line word as an Excel argument', () => {
  it.each([
    ['-5', -5],
    ['0.0173', 0.0173],
    ['+3', 3],
    ['.5', 0.5],
    ['1e-3', 0.001],
    ['9.7e9', 9.7e9],
  ])('reads %p as the number %p (a leading minus is a value, not an option)', (word, value) => {
    expect(parseArg(word)).toBe(value);
  });

  it('reads TRUE/FALSE in any case as booleans', () => {
    expect(parseArg('TRUE')).toBe(true);
    expect(parseArg('false')).toBe(false);
  });

  it.each(Object.entries(excelSerials))('reads the ISO date %s as its Excel serial %i (1899-12-30 is day 0)', (iso, serial) => {
    expect(parseArg(iso)).toBe(serial);
  });

  it('leaves an impossible date as text', () => {
    expect(parseArg('2025-02-30')).toBe('2025-02-30');
  });

  it('reads JSON brackets as a range; a flat list is one column', () => {
    expect(parseArg('[[1,2],[3,4]]')).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(parseArg('[32, -4.5, 40]')).toEqual([[32], [-4.5], [40]]);
    expect(parseArg('[[1,null],["x","2"]]')).toEqual([
      [1, null],
      ['x', 2],
    ]);
    expect(parseArg('[not json')).toBe('[not json');
  });

  it('reads an empty word as a blank and anything else as text, untrimmed inside', () => {
    expect(parseArg('')).toBeNull();
    expect(parseArg('  ')).toBeNull();
    expect(parseArg('IREN')).toBe('IREN');
    expect(parseArg('Antminer S21')).toBe('Antminer S21');
  });
});

describe('formatResult and formatError', () => {
  it('prints numbers in full precision, a spill as tab-separated rows', () => {
    expect(formatResult(39.32897285493562)).toBe('39.32897285493562');
    expect(
      formatResult([
        ['year', 'capex_usd'],
        [1, -10_000_000],
      ]),
    ).toBe('year\tcapex_usd\n1\t-10000000');
    expect(formatResult(true)).toBe('TRUE');
  });

  it('prints an Excel error as `#CODE! message`', () => {
    expect(formatError({ code: '#N/A', message: 'unknown ticker "XYZ"' })).toBe('#N/A unknown ticker "XYZ"');
    expect(formatError({})).toBe('#VALUE!');
  });
});
