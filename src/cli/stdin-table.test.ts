import { isStdinWord, stdinArgument, tableRows } from './stdin-table';

const printed = 'date\tblock_height\thashprice_usd_per_ph_day\n2026-10-05\t969991\t41.06\n2026-11-05\t974455\t40.06\n';

describe('stdinArgument', () => {
  it('takes a column by header (any case) or by number, and the whole body with -', () => {
    expect(stdinArgument('-:hashprice_usd_per_ph_day', printed)).toEqual({ word: '[["41.06"],["40.06"]]' });
    expect(stdinArgument('-:DATE', printed)).toEqual({ word: '[["2026-10-05"],["2026-11-05"]]' });
    expect(stdinArgument('-:2', printed)).toEqual({ word: '[["969991"],["974455"]]' });
    expect(stdinArgument('-', printed)).toEqual({ word: '[["2026-10-05","969991","41.06"],["2026-11-05","974455","40.06"]]' });
  });

  it('reads CSV too, and a table without a header by column number only', () => {
    expect(stdinArgument('-:b', 'a,b\n1,"2,5"\n')).toEqual({ word: '[["2,5"]]' });
    expect(stdinArgument('-:1', '1\t2\n3\t4\n')).toEqual({ word: '[["1"],["3"]]' });
    expect(stdinArgument('-:x', '1\t2\n3\t4\n')).toEqual({ problem: '-:x: no column "x" in the table on standard input; its columns are 1 to 2 (the table has no header)' });
  });

  it('says what is wrong with an empty input or a header alone', () => {
    expect(stdinArgument('-', '\n')).toEqual({ problem: '-: standard input holds no table' });
    expect(stdinArgument('-:a', 'a\tb\n')).toEqual({ problem: '-:a: the table on standard input has a header and no rows' });
  });
});

describe('isStdinWord and tableRows', () => {
  it('knows - and -:NAME from a negative number', () => {
    expect(['-', '-:x', '-:3'].map(isStdinWord)).toEqual([true, true, true]);
    expect(['-5', '-0.1', '', 'x'].map(isStdinWord)).toEqual([false, false, false, false]);
  });

  it('splits tab-separated lines, skipping blank ones', () => {
    expect(tableRows('a\tb\r\n\r\n1\t2\n')).toEqual([['a', 'b'], ['1', '2']]);
  });
});
