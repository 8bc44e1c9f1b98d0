import { locales } from '../../sheet/locale';
import type { Progress } from './apply';
import { blockedMessage, leftovers } from './messages';
import type { Blocked, WorkbookWrite } from './plan';
import type { WorkbookState } from './state';

describe('blockedMessage (pure)', () => {
  const blocks: Blocked[] = [
    { kind: 'tableElsewhere', table: 'IREN_Figures', sheet: 'Deals' },
    { kind: 'nameHasTableName', name: 'Network_Inputs' },
    { kind: 'tableHasName', name: 'NET_BTC_PRICE_USD', sheet: 'Model' },
    { kind: 'sheetName', sheet: 'A sheet name of forty characters, really', problem: 'tooLong' },
    { kind: 'invalidName', name: 'A1' },
    { kind: 'tableInTheWay', table: 'Mine', sheet: 'IREN', address: 'E10:H12' },
  ];

  it('names what stands in the way, in every language, and says nothing was written', () => {
    for (const locale of locales) {
      for (const blocked of blocks) {
        const message = blockedMessage(locale, blocked);
        const named = 'table' in blocked ? blocked.table : 'name' in blocked ? blocked.name : blocked.sheet;
        expect(message).toContain(named);
        expect(message).not.toMatch(/\{\w+\}/);
      }
    }
    expect(blockedMessage('en', blocks[3])).toBe('Excel cannot name a sheet “A sheet name of forty characters, really”: it is longer than 31 characters. Nothing was written.');
  });
});

describe('leftovers (pure): what a write Excel broke twice may have left, by how far it got', () => {
  const state: WorkbookState = { sheets: ['Model', 'Network'], names: {}, tables: { Network_Inputs: { sheet: 'Network', address: 'A4:E12' } }, firstCells: {} };
  const write: WorkbookWrite = {
    sheets: [
      { name: 'IREN', tables: ['IREN_Figures'], ranges: ['A1:F20'], build: () => undefined },
      { name: 'Network', tables: ['Network_Inputs'], ranges: ['A1', 'A4:E10'], build: () => undefined },
    ],
    names: [{ name: 'IREN_NAME', sheet: 'IREN', address: 'B5' }],
  };
  const at = (stage: Progress['stage']): Progress => ({ stage, state, write, saved: [] });

  it('nothing before it writes', () => {
    expect(leftovers('en', at('checking'))).toEqual([]);
    expect(leftovers('en', at('saving'))).toEqual([]);
  });

  it('the sheets it adds, the cells it overwrites and its tables while writing; its names too once it names', () => {
    const writing = ['the new sheet “IREN”', 'cells A1, A4:E12 of the sheet “Network”', expect.stringMatching(/^the tables IREN_Figures, Network_Inputs \(/)];
    expect(leftovers('en', at('writing'))).toEqual(writing);
    expect(leftovers('en', at('naming'))).toEqual([...writing, 'the names IREN_NAME']);
    expect(leftovers('ja', at('styling'))).toHaveLength(4);
  });
});
