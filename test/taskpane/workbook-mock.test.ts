import { workbookMock } from './workbook-mock';

describe('the office-addin-mock workbook the task-pane tests use', () => {
  it('gives a property only after load() and sync(), as Office does', async () => {
    const mock = workbookMock({ sheets: ['IREN'] });
    await mock.excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('IREN');
      expect(sheet.isNullObject).toBe('Error, property was not loaded');
      sheet.load('isNullObject');
      expect(sheet.isNullObject).toBe('Error, context.sync() was not called');
      await context.sync();
      expect(sheet.isNullObject).toBe(false);
    });
    expect(mock.syncs()).toBe(1);
  });

  it('reports what is not there as a null object', async () => {
    const mock = workbookMock({ sheets: [], names: { IREN_NAME: '=A1' } });
    await mock.excel.run(async (context) => {
      const items = [
        context.workbook.worksheets.getItemOrNullObject('IREN'),
        context.workbook.tables.getItemOrNullObject('IREN_Figures'),
        context.workbook.names.getItemOrNullObject('IREN_HASHRATE_EHS'),
        context.workbook.names.getItemOrNullObject('IREN_NAME'),
      ];
      items.forEach((item) => item.load('isNullObject'));
      await context.sync();
      expect(items.map((item) => item.isNullObject)).toEqual([true, true, true, false]);
    });
  });

  it('logs each write with the sheet it lands on', async () => {
    const mock = workbookMock({ sheets: ['Model'] });
    await mock.excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Model');
      sheet.getRange('B2').values = [[1]];
      context.workbook.worksheets.add('IREN').getRange('A1:A2').clear();
      context.workbook.names.add('X_Y', '=Model!$B$2');
    });
    expect(mock.writes).toEqual([
      { sheet: 'Model', action: 'values', target: 'B2', value: [[1]] },
      { sheet: 'IREN', action: 'addSheet' },
      { sheet: 'IREN', action: 'clear', target: 'A1:A2' },
      { action: 'addName', target: 'X_Y', value: { reference: '=Model!$B$2', comment: undefined } },
    ]);
  });
});
