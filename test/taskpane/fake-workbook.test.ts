/** The fake workbook the task-pane tests share behaves as Office.js does where the pane depends on it. */
import { FakeWorkbook } from '../helpers/fake-workbook';

describe('the fake workbook', () => {
  it('gives a property only after load() and sync(), as of that sync', async () => {
    const book = new FakeWorkbook();
    book.addSheet('IREN', { B2: 7 });
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem('IREN').getRange('B2');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load('values');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([[7]]);
    });
  });

  it('reports what is not there as a null object, readable after a sync', async () => {
    const book = new FakeWorkbook();
    book.addSheet('IREN');
    book.names.set('IREN_NAME', { target: book.resolve("='IREN'!$B$5") });
    await book.run(async (context) => {
      const items = [
        context.workbook.worksheets.getItemOrNullObject('iren'),
        context.workbook.worksheets.getItemOrNullObject('MARA'),
        context.workbook.tables.getItemOrNullObject('IREN_Figures'),
        context.workbook.names.getItemOrNullObject('IREN_NAME'),
      ];
      expect(() => items[0].isNullObject).toThrow();
      await context.sync();
      expect(items.map((item) => item.isNullObject)).toEqual([false, true, true, false]);
    });
  });

  it('applies queued writes at sync, in order, and lists collections as of the sync', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Model');
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.add('New');
      sheet.getRange('A1:B1').values = [[1, 2]];
      expect(book.sheet('New')).toBeUndefined();
      sheet.name = 'Renamed';
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      expect(sheets.items.map((item) => item.name)).toEqual(['Model', 'Renamed']);
    });
    expect(book.cell('Renamed', 'B1')).toBe(2);
    expect(book.syncsPerBatch).toEqual([1]);
  });

  it('refuses what Excel refuses: a second sheet of the same name, the last sheet deleted', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Model');
    const addTwice = book.run(async (context) => {
      context.workbook.worksheets.add('MODEL');
      await context.sync();
    });
    await expect(addTwice).rejects.toThrow(/already exists/);
    const deleteLast = book.run(async (context) => context.workbook.worksheets.getItem('Model').delete());
    await expect(deleteLast).rejects.toThrow(/at least one/);
  });

  it('fails at the Nth write: the writes before it stay, the rest of its batch is dropped', async () => {
    const book = new FakeWorkbook({ failAt: 2 });
    book.addSheet('Model');
    const write = book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Model');
      sheet.getRange('A1').values = [[1]];
      sheet.getRange('A2').values = [[2]];
      sheet.getRange('A3').values = [[3]];
    });
    await expect(write).rejects.toThrow(/write 2 failed/);
    expect([book.cell('Model', 'A1'), book.cell('Model', 'A2'), book.cell('Model', 'A3')]).toEqual([1, undefined, undefined]);
    await book.run(async (context) => void (context.workbook.worksheets.getItem('Model').getRange('A3').values = [[3]]));
    expect(book.cell('Model', 'A3')).toBe(3);
  });

  it('keeps names on their cells through a sheet rename, and shows #REF! once the sheet is gone', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Model');
    book.addSheet('Old');
    await book.run(async (context) => {
      context.workbook.names.add('X_Y', context.workbook.worksheets.getItem('Old').getRange('B5'));
      context.workbook.worksheets.getItem('Old').name = "O'Brien";
    });
    expect(book.formulaOf('X_Y')).toBe("='O''Brien'!$B$5");
    await book.run(async (context) => context.workbook.worksheets.getItem("O'Brien").delete());
    expect(book.formulaOf('X_Y')).toBe('=#REF!');
  });
});
