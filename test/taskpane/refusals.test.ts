/**
 * What Excel would refuse is refused before anything is written, with a message naming it:
 * Excel keeps tables and defined names in one namespace (a user name equal to a table the
 * plan creates, a user table equal to a name it creates) and has rules for sheet names. The
 * fake workbook enforces the same rules, so a plan that slipped through would fail here.
 */
import { findPreset, Preset } from '../../src/core/data/presets';
import { planNetworkSheet } from '../../src/taskpane/network/plan';
import { networkStrings } from '../../src/taskpane/network/strings';
import { writeNetworkInputs } from '../../src/taskpane/network/write-sheet';
import { insertPreset } from '../../src/taskpane/presets/actions';
import { writeToWorkbook } from '../../src/taskpane/workbook/gateway';
import { blockedMessage } from '../../src/taskpane/workbook/messages';
import { FakeWorkbook } from '../helpers/fake-workbook';
import { sampleSnapshot } from '../network/sample-snapshot';

const plan = planNetworkSheet(sampleSnapshot(), 'en');
const strings = networkStrings('en');

function userBook(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet('Model', { A1: 'My model', C3: 91_000 });
  return book;
}

/** Runs `write` and checks that nothing was asked and nothing written. */
async function expectRefusedUntouched<T>(book: FakeWorkbook, write: (confirm: jest.Mock) => Promise<T>): Promise<T> {
  const before = book.snapshot();
  const confirm = jest.fn(async () => true);
  const outcome = await write(confirm);
  expect(confirm).not.toHaveBeenCalled();
  expect(book.writes).toBe(0);
  expect(book.snapshot()).toEqual(before);
  return outcome;
}

describe('refused before anything is written, with a message naming what stands in the way', () => {
  it('a user name Network_Inputs (the table the Network tab creates)', async () => {
    const book = userBook();
    book.addName('Network_Inputs', '=Model!$C$3');
    const outcome = await expectRefusedUntouched(book, (confirm) => writeNetworkInputs(book.pane({ confirm }), plan, strings));
    expect(outcome).toEqual({
      status: 'blocked',
      message:
        'The workbook has a name Network_Inputs, and Excel keeps table names and names in one list, so the table Network_Inputs cannot be created. Rename or delete that name, then try again. Nothing was written.',
    });
  });

  it('a user table NET_BTC_PRICE_USD (a name the Network tab creates)', async () => {
    const book = userBook();
    book.addTable('NET_BTC_PRICE_USD', 'Model', 'A1:C3');
    const outcome = await expectRefusedUntouched(book, (confirm) => writeNetworkInputs(book.pane({ confirm }), plan, strings));
    expect(outcome).toMatchObject({ status: 'blocked', message: expect.stringContaining('a table named NET_BTC_PRICE_USD (on the sheet “Model”)') });
  });

  it('a user name IREN_Figures (a table the preset creates), even with the preset’s sheet there to replace', async () => {
    const book = userBook();
    book.addSheet('IREN', { A1: 'older' });
    book.addName('iren_figures', '=Model!$A$1');
    const told: string[] = [];
    const outcome = await expectRefusedUntouched(book, (confirm) => insertPreset(book.pane({ confirm, notify: (message) => told.push(message) }), findPreset('IREN') as Preset));
    expect(outcome).toMatchObject({ status: 'blocked', message: expect.stringContaining('The workbook has a name iren_figures') });
    expect(told).toEqual([expect.stringContaining('the table iren_figures cannot be created')]);
  });

  it('a sheet name of 40 characters, which Excel refuses', async () => {
    const book = userBook();
    const name = 'Hashwatt network inputs for the quarter!'.replace('!', 's');
    expect(name).toHaveLength(40);
    const build = jest.fn();
    const outcome = await expectRefusedUntouched(book, (confirm) =>
      writeToWorkbook(book.pane(), { prepare: () => ({ sheets: [{ name, tables: [], ranges: ['A1'], build }], names: [] }), confirm }),
    );
    expect(outcome).toEqual({ status: 'blocked', blocked: { kind: 'sheetName', sheet: name, problem: 'tooLong' } });
    expect(build).not.toHaveBeenCalled();
    expect(blockedMessage('en', { kind: 'sheetName', sheet: name, problem: 'tooLong' })).toBe(
      `Excel cannot name a sheet “${name}”: it is longer than 31 characters. Nothing was written.`,
    );
    // The fake workbook refuses it as Excel does: the check above is what keeps the write whole.
    await expect(book.run(async (context) => void context.workbook.worksheets.add(name))).rejects.toThrow(/longer than 31 characters/);
  });

  it('two sheets of one write that Excel sees as one, and a sheet name with a character Excel refuses', async () => {
    const book = userBook();
    const sheet = (name: string) => ({ name, tables: [], ranges: ['A1'], build: () => undefined });
    const twice = await writeToWorkbook(book.pane(), { prepare: () => ({ sheets: [sheet('Copy'), sheet('COPY')], names: [] }), confirm: async () => true });
    expect(twice).toEqual({ status: 'blocked', blocked: { kind: 'sheetName', sheet: 'COPY', problem: 'duplicate' } });
    const slash = await writeToWorkbook(book.pane(), { prepare: () => ({ sheets: [sheet('Q1/Q2')], names: [] }), confirm: async () => true });
    expect(slash).toMatchObject({ status: 'blocked', blocked: { problem: 'character' } });
    expect(book.writes).toBe(0);
  });
});
