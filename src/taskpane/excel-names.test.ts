import { isValidExcelName, isValidSheetName, quoteSheetName, sheetNameProblem, sheetReference } from './excel-names';

describe('sheet references', () => {
  it('quotes sheet names in references, doubling apostrophes', () => {
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
    expect(sheetReference('IREN', { left: 1, top: 9, right: 1, bottom: 9 })).toBe("='IREN'!$B$9");
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

describe('sheetNameProblem', () => {
  it('says which of Excel’s sheet-name rules a name breaks', () => {
    expect(sheetNameProblem('Hashwatt network inputs, 2026 Q1 (copy)')).toBe('tooLong');
    expect(sheetNameProblem('Hashwatt network inputs, 2026 Q1 (copy)'.slice(0, 31))).toBeUndefined();
    expect(['', '   ', 'a\\b', 'Q1/Q2', "O'", 'HISTORY'].map(sheetNameProblem)).toEqual(['blank', 'blank', 'character', 'character', 'apostrophe', 'reserved']);
    expect(sheetNameProblem("O'Brien")).toBeUndefined();
  });
});
