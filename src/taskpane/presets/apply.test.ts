/** A preset inserted through the workbook gateway, into the shared fake workbook. */
import { findPreset, Preset } from '../../core/data/presets';
import { FakeWorkbook } from '../../../test/helpers/fake-workbook';
import { parseAddress, boxAddress } from '../../sheet/a1';
import { insertPreset } from './actions';
import { formulaColumnWrites, planPresetInsert, tableValues } from './plan';

const iren = findPreset('IREN') as Preset;
const plan = planPresetInsert(iren, { subtitle: 'Sourced figures — each with its date and source' });

function bookWith(...sheets: string[]): FakeWorkbook {
  const book = new FakeWorkbook();
  for (const sheet of sheets) book.addSheet(sheet, { A1: `${sheet} notes`, Z99: 42 });
  return book;
}

/** Every planned cell, table and name is in the workbook, on the preset's sheet. */
function expectPlanWritten(book: FakeWorkbook): void {
  const sheet = book.sheet('IREN');
  expect(sheet).toBeDefined();
  for (const heading of plan.headings) expect(book.cell('IREN', heading.address)).toBe(heading.text);
  for (const table of plan.tables) {
    expect(book.table(table.name)?.[1]).toMatchObject({ sheet, address: table.address });
    const box = parseAddress(table.address);
    const header = tableValues(table)[0];
    header.forEach((text, column) => expect(book.cell('IREN', boxAddress({ left: box.left + column, top: box.top, right: box.left + column, bottom: box.top }))).toBe(text));
    for (const column of formulaColumnWrites(table)) {
      const first = boxAddress({ ...parseAddress(column.address), bottom: parseAddress(column.address).top });
      expect(book.cell('IREN', first)).toBe(column.formulas[0][0]);
    }
  }
  for (const link of plan.links) expect(sheet?.cells.get(link.address)?.hyperlink).toBe(link.url);
  for (const name of plan.names) expect(book.formulaOf(name.name)).toBe(name.reference.replace(/'/g, ''));
}

describe('inserting a preset through the gateway', () => {
  it('writes a new sheet with the planned tables, formulas, links and names, asking nothing', async () => {
    const book = bookWith('Model');
    const confirm = jest.fn(async () => true);
    await expect(insertPreset(book.pane({ confirm }), iren)).resolves.toEqual({ status: 'written', replaced: false });
    expect(confirm).not.toHaveBeenCalled();
    expectPlanWritten(book);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Model', 'IREN']);
    expect(book.activeSheet?.name).toBe('IREN');
    expect(book.cell('Model', 'Z99')).toBe(42);
  });

  it('asks before replacing an existing sheet or names, and a refusal leaves the workbook exactly as it was', async () => {
    const book = bookWith('Model', 'IREN');
    book.addName('IREN_HASHRATE_EHS', "='Model'!$C$3");
    const before = book.snapshot();
    const confirm = jest.fn(async () => false);
    await expect(insertPreset(book.pane({ confirm }), iren)).resolves.toEqual({
      status: 'cancelled',
      conflicts: { sheet: 'IREN', address: 'A1, A2, A3, B3, A4:F30, H4:P5', tables: [], names: ['IREN_HASHRATE_EHS'] },
    });
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(book.snapshot()).toEqual(before);
    expect(book.syncsPerBatch).toHaveLength(1);
  });

  it('updates the sheet in place once confirmed: its cells outside the plan’s stay, existing names are re-pointed', async () => {
    const book = bookWith('Model', 'IREN');
    const sheet = book.sheet('IREN');
    book.addName('IREN_HASHRATE_EHS', "='Model'!$C$3", 'mine');
    await expect(insertPreset(book.pane(), iren)).resolves.toEqual({ status: 'written', replaced: true });
    expectPlanWritten(book);
    expect(book.sheet('IREN')).toBe(sheet);
    expect(book.cell('IREN', 'Z99')).toBe(42);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Model', 'IREN']);
  });

  it('updates its own sheet and tables in place: a shrunk table’s earlier rows are cleared, the user’s cells and references kept', async () => {
    const book = bookWith('Model');
    await insertPreset(book.pane(), iren);
    const figures = plan.tables[0];
    const grown = figures.address.replace(/\d+$/, (bottom) => String(Number(bottom) + 3));
    book.tables.get(figures.name)!.address = grown;
    const below = grown.replace(/^A\d+:F/, 'A');
    book.sheet('IREN')?.cells.set(below, { value: 'an earlier row' });
    book.sheet('IREN')?.cells.set('Z99', { value: 'typed by the user' });
    book.sheet('Model')?.cells.set('A1', { formula: '=IREN!B5' });
    book.addName('MY_FIGURE', '=IREN!$B$5');
    await expect(insertPreset(book.pane(), iren)).resolves.toEqual({ status: 'written', replaced: true });
    expectPlanWritten(book);
    expect(book.cell('IREN', below)).toBeUndefined();
    // Only the bodies are cleared: a header cleared in Excel renames its column, and the structured references with it.
    const bodies = book.log.filter((entry) => entry.startsWith('clear'));
    expect(bodies).toEqual([`clear Contents of ${grown.replace('A4', 'A5')}`, `clear Contents of ${plan.tables[1].address.replace('H4', 'H5')}`]);
    expect(book.cell('IREN', 'Z99')).toBe('typed by the user');
    expect(book.formulaOf('MY_FIGURE')).toBe('=IREN!$B$5');
    expect(book.shown('Model', 'A1')).toBe(book.cell('IREN', 'B5'));
    expect([...book.tables.keys()].sort()).toEqual(plan.tables.map((table) => table.name).sort());
  });

  it('is not blocked by a sheet left by an earlier attempt, and leaves that sheet alone', async () => {
    const book = bookWith('IREN', 'IREN (new 1)');
    await expect(insertPreset(book.pane(), iren)).resolves.toMatchObject({ status: 'written' });
    expectPlanWritten(book);
    expect(book.cell('IREN (new 1)', 'Z99')).toBe(42);
  });

  it('refuses, writing nothing and asking nothing, when a table of the same name is on another sheet', async () => {
    const book = bookWith('Model', 'IREN');
    book.addTable('IREN_Contracts', 'Model', 'B2:J3');
    const before = book.snapshot();
    const confirm = jest.fn(async () => true);
    await expect(insertPreset(book.pane({ confirm }), iren)).resolves.toEqual({
      status: 'blocked',
      message: 'A table named IREN_Contracts is on the sheet “Model”. Rename or delete it, then try again. Nothing was written.',
    });
    expect(confirm).not.toHaveBeenCalled();
    expect(book.snapshot()).toEqual(before);
  });

  it('writes nothing when the workbook changed between the question and the write', async () => {
    const book = bookWith('Model', 'IREN');
    const confirm = async () => {
      book.addName('IREN_NAME', "='Model'!$A$1");
      return true;
    };
    const told: string[] = [];
    const before = { ...(book.snapshot() as object) };
    const outcome = await insertPreset(book.pane({ confirm, notify: (message) => told.push(message) }), iren);
    expect(outcome).toMatchObject({ status: 'failed' });
    expect(told).toEqual(['The workbook changed after you confirmed, so nothing was written. Try again.']);
    expect((book.snapshot() as { sheets: unknown }).sheets).toEqual((before as { sheets: unknown }).sheets);
  });
});
