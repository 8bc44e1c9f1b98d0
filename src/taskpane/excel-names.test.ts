import {
  boxAddress,
  boxDifference,
  columnIndex,
  columnLetters,
  isValidExcelName,
  isValidSheetName,
  parseAddress,
  quoteSheetName,
  sheetReference,
} from './excel-names';

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

  it('quotes sheet names in references, doubling apostrophes', () => {
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
    expect(sheetReference('IREN', { left: 1, top: 9, right: 1, bottom: 9 })).toBe("='IREN'!$B$9");
  });

  it('finds what is left of a box once a smaller one is taken out', () => {
    const old = parseAddress('A4:F20');
    expect(boxDifference(old, parseAddress('A4:F12')).map((box) => boxAddress(box))).toEqual(['A13:F20']);
    expect(boxDifference(parseAddress('H4:P6'), parseAddress('H4:N9')).map((box) => boxAddress(box))).toEqual(['O4:P6']);
    expect(boxDifference(old, parseAddress('A4:F30'))).toEqual([]);
    expect(boxDifference(old, parseAddress('K1:K2'))).toEqual([old]);
    expect(boxDifference(parseAddress('B2:D4'), parseAddress('C3')).map((box) => boxAddress(box))).toEqual(['B2:D2', 'B4:D4', 'B3', 'D3']);
  });
});

describe('isValidExcelName', () => {
  it('accepts the names the pane makes', () => {
    for (const name of ['IREN_HASHRATE_EHS', 'HUT_NAME', 'CIFR_Contracts', 'HUT', 'CIFR', '_3MX', 'a.b', '\\x']) expect(isValidExcelName(name)).toBe(true);
  });

  it('refuses what looks like a cell, R1C1 references, R and C, booleans', () => {
    for (const name of ['IREN1', 'A1', 'XFD1048576', 'hut2', 'R', 'c', 'R1C1', 'RC', 'R12', 'C7', 'TRUE', 'false']) expect(isValidExcelName(name)).toBe(false);
  });

  it('refuses bad characters, a digit first, empty and over-long names', () => {
    for (const name of ['IREN HASH', 'IREN-1', '1IREN', '', 'A'.repeat(256), 'é_x']) expect(isValidExcelName(name)).toBe(false);
    expect(isValidExcelName('A'.repeat(255))).toBe(true);
  });
});

describe('isValidSheetName', () => {
  it('applies Excel’s sheet-name rules', () => {
    expect(isValidSheetName('IREN')).toBe(true);
    expect(isValidSheetName('X'.repeat(31))).toBe(true);
    expect(isValidSheetName('X'.repeat(32))).toBe(false);
    for (const name of ['', 'a/b', 'a:b', 'a[1]', 'a?', 'a*', "'quoted", 'History']) expect(isValidSheetName(name)).toBe(false);
  });
});
