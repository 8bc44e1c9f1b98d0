import { analyseWrite, sameConflicts, summarise, temporaryNames, WorkbookWrite } from './plan';
import type { WorkbookState } from './state';

const state = (overrides: Partial<WorkbookState> = {}): WorkbookState => ({ sheets: ['Model'], names: {}, tables: {}, firstCells: {}, ...overrides });
const write: WorkbookWrite = {
  sheets: [{ name: 'IREN', tables: ['IREN_Figures'], build: () => undefined }],
  names: [{ name: 'IREN_NAME', sheet: 'IREN', address: 'B5' }],
};

describe('analyseWrite (pure)', () => {
  it('finds nothing to replace in a workbook without the plan’s sheet, tables or names', () => {
    expect(analyseWrite(state(), write)).toEqual({ conflicts: { sheets: [], tables: [], names: [] } });
  });

  it('lists the sheet (as the workbook spells it), its tables and the names it would replace', () => {
    const found = analyseWrite(state({ sheets: ['iren'], tables: { IREN_Figures: 'iren' }, names: { iren_name: { formula: '=A1', comment: '' } } }), write);
    expect(found).toEqual({ conflicts: { sheets: ['iren'], tables: ['IREN_Figures'], names: ['IREN_NAME'] } });
  });

  it('is blocked by a table of the same name on a sheet it does not replace', () => {
    expect(analyseWrite(state({ tables: { IREN_Figures: 'Model' } }), write).blocked).toEqual({ table: 'IREN_Figures', sheet: 'Model' });
  });

  it('counts a cell that holds something as a conflict', () => {
    const cellWrite = { sheets: [], names: [], cell: { address: 'Model!C3', formula: '=1' } };
    expect(analyseWrite(state({ activeCell: { address: 'Model!C3', content: '=2' } }), cellWrite).conflicts.cell).toEqual({ address: 'Model!C3', content: '=2' });
    expect(analyseWrite(state({ activeCell: { address: 'Model!C3', content: '' } }), cellWrite).conflicts.cell).toBeUndefined();
  });
});

describe('temporaryNames (pure)', () => {
  it('builds under the final names when nothing is replaced', () => {
    expect(temporaryNames(state(), write)).toEqual({ sheets: { IREN: 'IREN' }, tables: { IREN_Figures: 'IREN_Figures' } });
  });

  it('builds a replacement beside the old sheet under the first free name, past leftovers of earlier attempts', () => {
    const names = temporaryNames(state({ sheets: ['IREN', 'IREN (new 1)'], tables: { IREN_Figures: 'IREN', IREN_Figures_new1: 'IREN (new 1)' } }), write);
    expect(names).toEqual({ sheets: { IREN: 'IREN (new 2)' }, tables: { IREN_Figures: 'IREN_Figures_new2' } });
  });

  it('keeps a temporary sheet name within Excel’s 31 characters', () => {
    const long = { ...write, sheets: [{ ...write.sheets[0], name: 'A'.repeat(31) }] };
    const name = temporaryNames(state({ sheets: ['A'.repeat(31)] }), long).sheets['A'.repeat(31)];
    expect(name).toBe(`${'A'.repeat(23)} (new 1)`);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe('sameConflicts and summarise (pure)', () => {
  it('sees a new conflict, ignoring case and order', () => {
    const confirmed = { sheets: ['IREN'], tables: [], names: ['A_B', 'C_D'] };
    expect(sameConflicts({ sheets: ['iren'], tables: [], names: ['c_d', 'A_B'] }, confirmed)).toBe(true);
    expect(sameConflicts({ sheets: ['IREN'], tables: [], names: ['A_B', 'C_D', 'E_F'] }, confirmed)).toBe(false);
  });

  it('says what was added and what was replaced', () => {
    expect(summarise(write, { sheets: ['IREN'], tables: [], names: [] })).toEqual({
      sheetsAdded: [],
      sheetsReplaced: ['IREN'],
      tables: ['IREN_Figures'],
      namesAdded: ['IREN_NAME'],
      namesUpdated: [],
    });
  });
});
