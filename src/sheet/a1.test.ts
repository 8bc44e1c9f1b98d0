import { a1, boxAddress, columnIndex, columnLetters, parseAddress } from './a1';

describe('columns', () => {
  it('converts between indexes and letters at the edges of the grid', () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    expect(['A', 'z', 'AA', 'XFD'].map(columnIndex)).toEqual([0, 25, 26, 16383]);
    expect(() => columnLetters(16384)).toThrow(RangeError);
    expect(() => columnIndex('A1')).toThrow(RangeError);
  });

  it('round-trips every column', () => {
    for (let index = 0; index < 16384; index += 37) expect(columnIndex(columnLetters(index))).toBe(index);
  });
});

describe('addresses', () => {
  it('writes a plan cell (0-based row and column), with $ where asked', () => {
    expect(a1(0, 0)).toBe('A1');
    expect(a1(9, 27, true, false)).toBe('$AB10');
    expect(a1(4, 1, true, true)).toBe('$B$5');
  });

  it('writes boxes as A1 ranges, absolute on request', () => {
    expect(boxAddress({ left: 0, top: 4, right: 5, bottom: 12 })).toBe('A4:F12');
    expect(boxAddress({ left: 1, top: 5, right: 1, bottom: 5 }, true)).toBe('$B$5');
  });

  it('reads what Excel reports, with or without a sheet', () => {
    expect(parseAddress('IREN!A4:F12')).toEqual({ sheet: 'IREN', left: 0, top: 4, right: 5, bottom: 12 });
    expect(parseAddress("'O''Brien 2'!$B$5")).toEqual({ sheet: "O'Brien 2", left: 1, top: 5, right: 1, bottom: 5 });
    expect(parseAddress('H4:P5')).toEqual({ left: 7, top: 4, right: 15, bottom: 5 });
    expect(() => parseAddress('A:A')).toThrow(RangeError);
  });
});
