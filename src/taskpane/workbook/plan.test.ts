import { analyseWrite, findBlock, footprint, sameConflicts, summarise, WorkbookWrite } from './plan';
import type { WorkbookState } from './state';

const state = (overrides: Partial<WorkbookState> = {}): WorkbookState => ({ sheets: ['Model'], names: {}, tables: {}, firstCells: {}, ...overrides });
const write: WorkbookWrite = {
  sheets: [{ name: 'IREN', tables: ['IREN_Figures'], ranges: ['A1', 'A4:F12'], build: () => undefined }],
  names: [{ name: 'IREN_NAME', sheet: 'IREN', address: 'B5' }],
};
const onIren = (address: string) => ({ sheet: 'iren', address });

describe('analyseWrite (pure)', () => {
  it('finds nothing to change in a workbook without the plan’s sheet, tables or names', () => {
    expect(analyseWrite(state(), write)).toEqual({ conflicts: { sheets: [], areas: [], tables: [], names: [] } });
  });

  it('lists the sheet (as the workbook spells it), the cells it overwrites there, its tables and the names it re-points', () => {
    const found = analyseWrite(state({ sheets: ['iren'], tables: { IREN_Figures: onIren('A4:F20') }, names: { iren_name: { formula: '=A1', comment: '' } } }), write);
    expect(found).toEqual({ conflicts: { sheets: ['iren'], areas: [{ sheet: 'iren', address: 'A1, A4:F20' }], tables: ['IREN_Figures'], names: ['IREN_NAME'] } });
  });

  it('counts a cell that holds something as a conflict', () => {
    const cellWrite = { sheets: [], names: [], cell: { address: 'Model!C3', formula: '=1' } };
    expect(analyseWrite(state({ activeCell: { address: 'Model!C3', content: '=2' } }), cellWrite).conflicts.cell).toEqual({ address: 'Model!C3', content: '=2' });
    expect(analyseWrite(state({ activeCell: { address: 'Model!C3', content: '' } }), cellWrite).conflicts.cell).toBeUndefined();
  });
});

describe('footprint (pure): what an update in place changes', () => {
  it('covers the ranges written, the ranges kept empty and the earlier extent of the plan’s tables', () => {
    const sheet = { ...write.sheets[0], empty: ['H30:H40'] };
    expect(footprint(state({ sheets: ['IREN'], tables: { IREN_Figures: { sheet: 'IREN', address: 'A4:G25' } } }), sheet, 'IREN')).toEqual({ sheet: 'IREN', address: 'A1, A4:G25, H30:H40' });
  });

  it('lists its ranges in reading order, each once, leaving out those inside another; many are given as the box holding them', () => {
    const sheet = { ...write.sheets[0], ranges: ['B2', 'A1', 'A4:F12', 'B5', 'A1'] };
    expect(footprint(state({ sheets: ['IREN'] }), sheet, 'IREN').address).toBe('A1, B2, A4:F12');
    const many = { ...write.sheets[0], ranges: ['A1', 'C1', 'E1', 'G1', 'I1', 'K1', 'M3'] };
    expect(footprint(state({ sheets: ['IREN'] }), many, 'IREN').address).toBe('A1:M3');
  });

  it('is the whole sheet for a sheet written whole', () => {
    expect(footprint(state({ sheets: ['IREN'] }), { ...write.sheets[0], whole: true }, 'IREN')).toEqual({ sheet: 'IREN', address: 'whole' });
  });
});

describe('findBlock (pure): what Excel would refuse, found before anything is written', () => {
  it('a table of the plan’s name on a sheet the write does not update', () => {
    expect(findBlock(state({ tables: { IREN_Figures: { sheet: 'Model', address: 'A1:B2' } } }), write)).toEqual({ kind: 'tableElsewhere', table: 'IREN_Figures', sheet: 'Model' });
  });

  it('a defined name of a table the plan creates, and a table of a name the plan creates (one namespace)', () => {
    expect(findBlock(state({ names: { iren_figures: { formula: '=Model!$A$1', comment: '' } } }), write)).toEqual({ kind: 'nameHasTableName', name: 'iren_figures' });
    expect(findBlock(state({ tables: { IREN_NAME: { sheet: 'Model', address: 'A1:B2' } } }), write)).toEqual({ kind: 'tableHasName', name: 'IREN_NAME', sheet: 'Model' });
  });

  it('a sheet name Excel refuses, and two sheets Excel would see as one', () => {
    const named = (...names: string[]): WorkbookWrite => ({ sheets: names.map((name) => ({ ...write.sheets[0], name, tables: [] })), names: [] });
    expect(findBlock(state(), named('A'.repeat(40)))).toEqual({ kind: 'sheetName', sheet: 'A'.repeat(40), problem: 'tooLong' });
    expect(findBlock(state(), named('A'.repeat(31)))).toBeUndefined();
    expect(findBlock(state(), named('Q1/Q2'))).toEqual({ kind: 'sheetName', sheet: 'Q1/Q2', problem: 'character' });
    expect(findBlock(state(), named('  '))).toEqual({ kind: 'sheetName', sheet: '  ', problem: 'blank' });
    expect(findBlock(state(), named('Copy', 'COPY'))).toEqual({ kind: 'sheetName', sheet: 'COPY', problem: 'duplicate' });
  });

  it('a name Excel refuses, or one the plan uses for a table and a name', () => {
    expect(findBlock(state(), { ...write, names: [{ name: 'A1', sheet: 'IREN', address: 'B5' }] })).toEqual({ kind: 'invalidName', name: 'A1' });
    expect(findBlock(state(), { ...write, names: [{ name: 'iren_figures', sheet: 'IREN', address: 'B5' }] })).toEqual({ kind: 'invalidName', name: 'iren_figures' });
  });

  it('a table of the user’s where the write puts its cells on a sheet it updates (any table, on a sheet written whole)', () => {
    const mine = { sheets: ['IREN'], tables: { Mine: { sheet: 'IREN', address: 'E10:H12' } } };
    expect(findBlock(state(mine), write)).toEqual({ kind: 'tableInTheWay', table: 'Mine', sheet: 'IREN', address: 'E10:H12' });
    expect(findBlock(state({ ...mine, tables: { Mine: { sheet: 'IREN', address: 'H1:J3' } } }), write)).toBeUndefined();
    const whole = { ...write, sheets: [{ ...write.sheets[0], whole: true }] };
    expect(findBlock(state({ ...mine, tables: { Mine: { sheet: 'IREN', address: 'X90:Y99' } } }), whole)).toMatchObject({ kind: 'tableInTheWay', table: 'Mine' });
  });

  it('lets a table of the plan’s name on the sheet it updates be updated, and analyseWrite reports a block with no conflicts', () => {
    expect(findBlock(state({ sheets: ['IREN'], tables: { IREN_Figures: { sheet: 'IREN', address: 'A4:F9' } } }), write)).toBeUndefined();
    expect(analyseWrite(state({ names: { IREN_Figures: { formula: '=1', comment: '' } } }), write)).toEqual({
      conflicts: { sheets: [], areas: [], tables: [], names: [] },
      blocked: { kind: 'nameHasTableName', name: 'IREN_Figures' },
    });
  });
});

describe('sameConflicts and summarise (pure)', () => {
  const area = [{ sheet: 'IREN', address: 'A1:F12' }];

  it('sees a new conflict or a changed area, ignoring case and order', () => {
    const confirmed = { sheets: ['IREN'], areas: area, tables: [], names: ['A_B', 'C_D'] };
    expect(sameConflicts({ sheets: ['iren'], areas: area, tables: [], names: ['c_d', 'A_B'] }, confirmed)).toBe(true);
    expect(sameConflicts({ sheets: ['IREN'], areas: area, tables: [], names: ['A_B', 'C_D', 'E_F'] }, confirmed)).toBe(false);
    expect(sameConflicts({ ...confirmed, areas: [{ sheet: 'IREN', address: 'A1:F30' }] }, confirmed)).toBe(false);
  });

  it('says what was added and what was updated', () => {
    expect(summarise(write, { sheets: ['IREN'], areas: area, tables: [], names: [] })).toEqual({
      sheetsAdded: [],
      sheetsUpdated: ['IREN'],
      areas: area,
      tables: ['IREN_Figures'],
      namesAdded: ['IREN_NAME'],
      namesUpdated: [],
    });
  });
});
