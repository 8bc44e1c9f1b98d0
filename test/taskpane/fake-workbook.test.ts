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
  it("enforces Excel's naming rules: sheet names, and one namespace for tables and defined names", async () => {
    const book = new FakeWorkbook();
    book.addSheet('Model');
    book.addTable('Model_Table', 'Model', 'A1:B2');
    book.addName('MY_NAME', '=Model!$A$1');
    const refused = async (work: (context: Excel.RequestContext) => void) => {
      const before = book.snapshot();
      await expect(book.run(async (context) => work(context))).rejects.toThrow(/InvalidArgument|already exists|taken/);
      expect(book.snapshot()).toEqual(before);
    };
    for (const name of ['A'.repeat(32), 'Q1/Q2', 'a[1]', 'x:y', 'what?', 'star*', 'back\\slash', ' ', "'quoted'", 'History']) {
      await refused((context) => void context.workbook.worksheets.add(name));
      await refused((context) => void (context.workbook.worksheets.getItem('Model').name = name));
    }
    await refused((context) => void context.workbook.names.add('model_table', context.workbook.worksheets.getItem('Model').getRange('A1')));
    await refused((context) => void context.workbook.names.add('A1', context.workbook.worksheets.getItem('Model').getRange('A1')));
    await refused((context) => void context.workbook.names.add('R1C1', context.workbook.worksheets.getItem('Model').getRange('A1')));
    await refused((context) => void (context.workbook.tables.getItem('Model_Table').name = 'my_name'));
    await refused((context) => void (context.workbook.tables.getItem('Model_Table').name = '1st'));
    await book.run(async (context) => void context.workbook.worksheets.add('A'.repeat(31)));
    await book.run(async (context) => void context.workbook.names.add('IREN1', context.workbook.worksheets.getItem('Model').getRange('A1')));
    expect(book.sheet('A'.repeat(31))).toBeDefined();
    expect(book.formulaOf('IREN1')).toBe('=Model!$A$1');
  });

  it('turns formulas that refer to a deleted sheet into #REF!, follows a rename, and shows what simple references show', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Model', { B5: 7 });
    book.addSheet('Old', { B5: 8 });
    const mine = book.addSheet('Mine');
    mine.cells.set('A1', { formula: '=Model!B5' });
    mine.cells.set('A2', { formula: "='Old'!$B$5+1" });
    mine.cells.set('A3', { formula: '=OLD!B5' });
    book.addName('OLD_CELL', "='Old'!$B$5");
    mine.cells.set('A4', { formula: '=OLD_CELL' });
    expect([book.shown('Mine', 'A1'), book.shown('Mine', 'A3'), book.shown('Mine', 'A4')]).toEqual([7, 8, 8]);
    await book.run(async (context) => void (context.workbook.worksheets.getItem('Model').name = 'My model'));
    expect(book.cell('Mine', 'A1')).toBe("='My model'!B5");
    expect(book.shown('Mine', 'A1')).toBe(7);
    await book.run(async (context) => context.workbook.worksheets.getItem('Old').delete());
    expect([book.cell('Mine', 'A2'), book.cell('Mine', 'A3')]).toEqual(['=#REF!$B$5+1', '=#REF!B5']);
    expect([book.shown('Mine', 'A3'), book.shown('Mine', 'A4')]).toEqual(['#REF!', '#REF!']);
  });

  it('loses the connection at the Nth write: every sync fails from there until it is back', async () => {
    const book = new FakeWorkbook({ lostAt: 2 });
    book.addSheet('Model');
    const write = (address: string) => book.run(async (context) => void (context.workbook.worksheets.getItem('Model').getRange(address).values = [[1]]));
    await write('A1');
    await expect(write('A2')).rejects.toThrow(/ConnectionLost/);
    const read = book.run(async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
    });
    await expect(read).rejects.toThrow(/ConnectionLost/);
    book.reconnect();
    await write('A3');
    expect([book.cell('Model', 'A1'), book.cell('Model', 'A2'), book.cell('Model', 'A3')]).toEqual([1, undefined, 1]);
  });
});
