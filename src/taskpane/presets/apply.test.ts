import { findPreset, Preset } from '../../core/data/presets';
import { Write, workbookMock } from '../../../test/taskpane/workbook-mock';
import { ReplaceConflicts, applyPlan } from './apply';
import { formulaColumnWrites, planPresetInsert, tableNumberFormats, tableValues } from './plan';

const iren = findPreset('IREN') as Preset;
const plan = planPresetInsert(iren);

function run(state: Parameters<typeof workbookMock>[0], answer: boolean) {
  const mock = workbookMock(state);
  const asked: ReplaceConflicts[] = [];
  const result = mock.excel.run((context) =>
    applyPlan(context, plan, {
      confirmReplace: async (conflicts) => {
        asked.push(conflicts);
        // Nothing may be written before the answer.
        expect(mock.writes).toEqual([]);
        return answer;
      },
    }),
  );
  return { mock, asked, result };
}

const writesOf = (writes: Write[], action: string) => writes.filter((write) => write.action === action);

describe('applyPlan (office-addin-mock workbook)', () => {
  it('writes a new sheet with the planned tables, formats, formulas, links and names, without asking', async () => {
    const { mock, asked, result } = run({ sheets: ['Model'] }, false);
    await expect(result).resolves.toEqual({ status: 'written', replaced: false });
    expect(asked).toEqual([]);
    const { writes } = mock;
    expect(writes[0]).toEqual({ sheet: 'IREN', action: 'addSheet' });
    for (const table of plan.tables) {
      expect(writes).toContainEqual({ sheet: 'IREN', action: 'values', target: table.address, value: tableValues(table) });
      expect(writes).toContainEqual({ sheet: 'IREN', action: 'numberFormat', target: table.address, value: tableNumberFormats(table) });
      expect(writes).toContainEqual({ sheet: 'IREN', action: 'addTable', target: table.address, value: true });
      expect(writes).toContainEqual({ sheet: 'IREN', action: 'nameTable', target: table.address, value: table.name });
      for (const column of formulaColumnWrites(table)) {
        expect(writes).toContainEqual({ sheet: 'IREN', action: 'formulas', target: column.address, value: column.formulas });
      }
    }
    // Structured references need the table: the calculated column is written after it exists.
    const contractsTable = writes.findIndex((write) => write.action === 'addTable' && write.target === plan.tables[1].address);
    const calculated = writes.findIndex((write) => write.action === 'formulas');
    expect(calculated).toBeGreaterThan(contractsTable);
    // Number formats go first, so text cells stay text.
    expect(writes.findIndex((write) => write.action === 'numberFormat')).toBeLessThan(writes.findIndex((write) => write.action === 'values' && write.target === plan.tables[0].address));
    expect(writesOf(writes, 'hyperlink').map((write) => [write.target, (write.value as { address: string }).address])).toEqual(
      plan.links.map((link) => [link.address, link.url]),
    );
    expect(writesOf(writes, 'addName').map((write) => [write.target, (write.value as { reference: string }).reference])).toEqual(
      plan.names.map((name) => [name.name, name.reference]),
    );
    expect(writes).toContainEqual({ sheet: 'IREN', action: 'values', target: 'A1', value: [[plan.headings[0].text]] });
    expect(writes[writes.length - 1]).toEqual({ sheet: 'IREN', action: 'activate' });
    // One sync to look, one to write.
    expect(mock.syncs()).toBe(2);
  });

  it('writes on no sheet but its own: every sheet-level write lands on the preset sheet', async () => {
    const { mock, result } = run({ sheets: ['Model', 'Inputs'] }, false);
    await result;
    const sheets = new Set(mock.writes.filter((write) => write.sheet !== undefined).map((write) => write.sheet));
    expect([...sheets]).toEqual(['IREN']);
    expect(mock.writes.filter((write) => write.sheet === undefined).every((write) => write.action === 'addName')).toBe(true);
  });

  it('asks before replacing an existing sheet, and a refusal writes nothing at all', async () => {
    const { mock, asked, result } = run({ sheets: ['Model', 'IREN'] }, false);
    await expect(result).resolves.toEqual({ status: 'cancelled', conflicts: { sheet: 'IREN', tables: [], names: [] } });
    expect(asked).toHaveLength(1);
    expect(mock.writes).toEqual([]);
    expect(mock.syncs()).toBe(1);
  });

  it('asks before replacing existing names, and a refusal leaves their references as they were', async () => {
    const state = { sheets: ['Model'], names: { IREN_HASHRATE_EHS: '=Model!$C$3', IREN_NAME: '=Model!$C$2' } };
    const { mock, asked, result } = run(state, false);
    await expect(result).resolves.toMatchObject({ status: 'cancelled' });
    expect(asked).toEqual([{ tables: [], names: ['IREN_NAME', 'IREN_HASHRATE_EHS'] }]);
    expect(mock.writes).toEqual([]);
    await expect(mock.nameFormula('IREN_HASHRATE_EHS')).resolves.toBe('=Model!$C$3');
  });

  it('after confirmation, reuses the existing sheet and points existing names at the new cells', async () => {
    const state = { sheets: ['Model', 'IREN'], names: { IREN_HASHRATE_EHS: '=Model!$C$3' } };
    const { mock, asked, result } = run(state, true);
    await expect(result).resolves.toEqual({ status: 'written', replaced: true });
    expect(asked).toEqual([{ sheet: 'IREN', tables: [], names: ['IREN_HASHRATE_EHS'] }]);
    expect(writesOf(mock.writes, 'addSheet')).toEqual([]);
    const hashrate = plan.names.find((name) => name.name === 'IREN_HASHRATE_EHS');
    await expect(mock.nameFormula('IREN_HASHRATE_EHS')).resolves.toBe(hashrate?.reference);
    expect(writesOf(mock.writes, 'addName').map((write) => write.target)).not.toContain('IREN_HASHRATE_EHS');
    expect(writesOf(mock.writes, 'addName')).toHaveLength(plan.names.length - 1);
  });

  it('resizes and refills a table it finds in place, clearing the rows it no longer needs, so references to it survive', async () => {
    const figures = plan.tables[0];
    const state = { sheets: ['IREN'], tables: { [figures.name]: { sheet: 'IREN', address: 'A4:F20' } } };
    const { mock, asked, result } = run(state, true);
    await expect(result).resolves.toEqual({ status: 'written', replaced: true });
    expect(asked[0]).toEqual({ sheet: 'IREN', tables: [figures.name], names: [] });
    expect(mock.writes).toContainEqual({ sheet: 'IREN', action: 'resizeTable', target: figures.name, value: figures.address });
    expect(writesOf(mock.writes, 'deleteTable')).toEqual([]);
    expect(writesOf(mock.writes, 'addTable').map((write) => write.target)).toEqual([plan.tables[1].address]);
    // IREN's figures table is A4:F12: rows 13 to 20 of the old table are cleared.
    expect(figures.address).toBe('A4:F12');
    expect(writesOf(mock.writes, 'clear')).toEqual([{ sheet: 'IREN', action: 'clear', target: 'A13:F20' }]);
    // A table that exists costs one more sync: where it is and how big.
    expect(mock.syncs()).toBe(3);
  });

  it('replaces a table of its own that was moved on its sheet (deleted and made again where the plan puts it)', async () => {
    const contracts = plan.tables[1];
    const state = { sheets: ['IREN'], tables: { [contracts.name]: { sheet: 'IREN', address: 'K10:S11' } } };
    const { mock, result } = run(state, true);
    await result;
    expect(writesOf(mock.writes, 'deleteTable')).toEqual([{ sheet: 'IREN', action: 'deleteTable', target: contracts.name }]);
    expect(mock.writes).toContainEqual({ sheet: 'IREN', action: 'nameTable', target: contracts.address, value: contracts.name });
  });

  it('refuses, writing nothing and asking nothing, when a table of the same name is on another sheet', async () => {
    const state = { sheets: ['Model', 'IREN'], tables: { IREN_Contracts: { sheet: 'Model', address: 'B2:J3' } } };
    const { mock, asked, result } = run(state, true);
    await expect(result).resolves.toEqual({ status: 'blocked', table: 'IREN_Contracts', sheet: 'Model' });
    expect(asked).toEqual([]);
    expect(mock.writes).toEqual([]);
  });
});
