/**
 * Every kind of replace keeps what the user built on the sheet it replaces: after a network
 * re-write, a preset, a model and a portable copy written over an existing sheet, every user
 * name and every formula on another sheet that pointed into it still points there and shows
 * the new value, and the user's cells outside the written range are untouched. The fake
 * workbook turns a reference into #REF! when its sheet is deleted, as Excel does, so a
 * delete-and-rename replace fails here.
 */
import { findPreset, Preset } from '../../src/core/data/presets';
import { findModel, ModelDefinition } from '../../src/models';
import { makePortableCopy } from '../../src/taskpane/models/make-portable';
import { modelsStrings } from '../../src/taskpane/models/strings';
import { insertModel } from '../../src/taskpane/models/write-model';
import { planNetworkSheet } from '../../src/taskpane/network/plan';
import { networkStrings } from '../../src/taskpane/network/strings';
import { writeNetworkInputs } from '../../src/taskpane/network/write-sheet';
import { insertPreset } from '../../src/taskpane/presets/actions';
import { FakeWorkbook } from '../helpers/fake-workbook';
import { sampleSnapshot } from '../network/sample-snapshot';

/** What the user built on `sheet` before the replace: a name, formulas elsewhere, a note far from the add-in's cells. */
function userReferences(book: FakeWorkbook, sheet: string, address: string): void {
  const quoted = `'${sheet}'`;
  book.addName('MY_CELL', `=${quoted}!$${address.replace(/(\d+)/, '$$$1')}`);
  const elsewhere = book.sheet('Mine') ?? book.addSheet('Mine');
  elsewhere.cells.set('A1', { formula: `=${quoted}!${address}` });
  elsewhere.cells.set('A2', { formula: '=MY_CELL' });
  book.sheet(sheet)!.cells.set('Z200', { value: 'my note, far from the add-in’s cells' });
}

function expectReferencesKept(book: FakeWorkbook, sheet: string, address: string, shown: unknown): void {
  expect(book.formulaOf('MY_CELL')).toBe(`=${/^\w+$/.test(sheet) ? sheet : `'${sheet}'`}!$${address.replace(/(\d+)/, '$$$1')}`);
  expect(book.cell('Mine', 'A1')).toBe(`='${sheet}'!${address}`);
  expect(book.shown('Mine', 'A1')).toBe(shown);
  expect(book.shown('Mine', 'A2')).toBe(shown);
  expect(book.cell(sheet, 'Z200')).toBe('my note, far from the add-in’s cells');
}

describe('a replace keeps every reference into the sheet and the user’s cells outside its range', () => {
  it('network re-write', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Model');
    const strings = networkStrings('en');
    await writeNetworkInputs(book.pane(), planNetworkSheet(sampleSnapshot(), 'en'), strings);
    userReferences(book, 'Network', 'B5');
    const outcome = await writeNetworkInputs(book.pane(), planNetworkSheet(sampleSnapshot('2026-01-13T08:30:00.000Z', 95_000), 'en'), strings);
    expect(outcome).toEqual({ status: 'written' });
    expectReferencesKept(book, 'Network', 'B5', 95_000);
  });

  it('preset replace', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Model');
    book.addSheet('IREN', { A1: 'an older IREN sheet', B5: 1 });
    userReferences(book, 'IREN', 'B5');
    const outcome = await insertPreset(book.pane(), findPreset('IREN') as Preset);
    expect(outcome).toEqual({ status: 'written', replaced: true });
    const value = book.cell('IREN', 'B5');
    expect(value).toBeDefined();
    expect(value).not.toBe(1);
    expectReferencesKept(book, 'IREN', 'B5', value);
  });

  it('model replace', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Model');
    book.addSheet('Halving path', { A1: 'an older copy' });
    userReferences(book, 'Halving path', 'A1');
    const model = findModel('halving-path') as ModelDefinition;
    const outcome = await insertModel(book.pane(), model, { locale: 'en' }, modelsStrings('en'));
    expect(outcome).toMatchObject({ status: 'inserted', replaced: true });
    expectReferencesKept(book, 'Halving path', 'A1', model.build({ locale: 'en' }).title);
  });

  it('portable copy made again', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Model', { A1: 'My model', C3: 91_000 });
    const strings = modelsStrings('en');
    await expect(makePortableCopy(book.pane(), strings, '1.0.0')).resolves.toMatchObject({ status: 'made' });
    userReferences(book, 'Model (portable)', 'C3');
    book.sheet('Model')!.cells.set('C3', { value: 95_000 });
    await expect(makePortableCopy(book.pane(), strings, '1.0.0')).resolves.toMatchObject({ status: 'made' });
    expect(book.formulaOf('MY_CELL')).toBe("='Model (portable)'!$C$3");
    expect(book.shown('Mine', 'A1')).toBe(95_000);
    expect(book.shown('Mine', 'A2')).toBe(95_000);
  });
});
