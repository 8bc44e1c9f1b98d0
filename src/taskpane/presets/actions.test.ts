import { findPreset, Preset } from '../../core/data/presets';
import { FakeWorkbook } from '../../../test/helpers/fake-workbook';
import type { Locale } from '../../sheet/locale';
import type { PaneContext } from '../pane-context';
import { insertPreset, insertPresetFormula, replaceMessage } from './actions';
import { breakevenBtcFormula } from './formulas';
import { planPresetInsert } from './plan';

const iren = findPreset('IREN') as Preset;
/** One name per sourced figure of the preset (IREN_NAME, IREN_POWER_CAPACITY_MW, ...). */
const figureNames = planPresetInsert(iren).names.length;

/** A PaneContext over the fake workbook that records what the user is asked and told. */
function pane(setUp: (book: FakeWorkbook) => void, answer: boolean, locale: Locale = 'en') {
  const mock = new FakeWorkbook();
  setUp(mock);
  const asked: { message: string; label?: string; title?: string }[] = [];
  const told: { message: string; kind?: string }[] = [];
  const context: PaneContext = {
    excelAvailable: true,
    locale,
    confirm: async (message, label, title) => {
      asked.push({ message, label, title });
      return answer;
    },
    notify: (message, kind) => told.push({ message, kind }),
    runExcel: mock.run,
  };
  return { mock, asked, told, context };
}

describe('insertPreset', () => {
  it('inserts and says where', async () => {
    const { context, told } = pane((book) => book.addSheet('Model'), true);
    await expect(insertPreset(context, iren)).resolves.toEqual({ status: 'written', replaced: false });
    expect(told).toEqual([{ message: 'Inserted IREN on the sheet “IREN”: tables IREN_Figures, IREN_Contracts and 12 names.', kind: 'success' }]);
  });

  it('asks in the pane with a Replace button, and says nothing changed when declined', async () => {
    const { context, asked, told, mock } = pane((book) => {
      book.addSheet('IREN');
      book.addName('IREN_NAME', '=IREN!$B$5');
    }, false);
    const before = mock.snapshot();
    await expect(insertPreset(context, iren)).resolves.toMatchObject({ status: 'cancelled' });
    expect(asked).toEqual([
      {
        message:
          'These already exist in the workbook and will be updated with IREN’s current figures: on the sheet “IREN”, the cells A1, A2, A3, B3, A4:F30, H4:P5 (their values and formats, and the widths of those columns; its other cells stay); the name IREN_NAME. Formulas, names and charts that refer to the sheet keep referring to it. The preset’s other tables and names are added; nothing else changes.',
        label: 'Replace',
        title: 'Replace in the workbook?',
      },
    ]);
    expect(told).toEqual([{ message: 'Nothing changed.', kind: 'info' }]);
    expect(mock.snapshot()).toEqual(before);
  });

  it('says what a replace changed: the sheet updated in place, the names re-pointed', async () => {
    const { context, told } = pane((book) => {
      book.addSheet('IREN');
      book.addName('IREN_NAME', '=IREN!$B$5');
    }, true);
    await expect(insertPreset(context, iren)).resolves.toEqual({ status: 'written', replaced: true });
    expect(told).toEqual([
      {
        message:
          `Inserted IREN on the sheet “IREN”: tables IREN_Figures, IREN_Contracts and ${figureNames} names. The sheet “IREN” was updated in place (cells A1, A2, A3, B3, A4:F30, H4:P5); its other cells, and everything that refers to it, are kept. 1 existing names now refer to it.`,
        kind: 'success',
      },
    ]);
  });

  it('writes the sheet subtitle in the pane language', async () => {
    const { context, mock } = pane((book) => book.addSheet('Sheet1'), true, 'ja');
    await insertPreset(context, iren);
    expect(mock.cell('IREN', 'A2')).toBe('出典付きの数値 — 各数値に日付と出典を記載');
  });

  it('reports a table of the same name on another sheet as an error', async () => {
    const { context, told } = pane((book) => {
      book.addSheet('Deals');
      book.addTable('IREN_Figures', 'Deals', 'A1:B2');
    }, true);
    await expect(insertPreset(context, iren)).resolves.toMatchObject({ status: 'blocked' });
    expect(told[0]).toEqual({ message: 'A table named IREN_Figures is on the sheet “Deals”. Rename or delete it, then try again. Nothing was written.', kind: 'error' });
  });

  it('reports an Excel failure instead of throwing', async () => {
    const { context, told } = pane((book) => book.addSheet('Sheet1'), true);
    const failing: PaneContext = { ...context, runExcel: () => Promise.reject(new Error('InvalidArgument')) };
    await expect(insertPreset(failing, iren)).resolves.toEqual({ status: 'failed', message: 'InvalidArgument. The workbook is as it was.' });
    expect(told).toEqual([{ message: 'Excel reported an error: InvalidArgument. The workbook is as it was.', kind: 'error' }]);
  });
});

describe('insertPresetFormula', () => {
  const names = { IREN_FLEET_EFFICIENCY_J_PER_TH: "='IREN'!$B$10", IREN_POWER_PRICE_USD_PER_KWH: "='IREN'!$B$11" };
  /** The preset's names (unless left out) and the active cell, holding `content`. */
  const workbook = (sheet: string, address: string, content = '', withNames = true) => (book: FakeWorkbook) => {
    if (withNames) for (const [name, reference] of Object.entries(names)) book.addName(name, reference);
    book.selectCell(sheet, address, content);
  };

  it('asks before overwriting with an Overwrite button', async () => {
    const { context, asked, told } = pane(workbook('Model', 'B2', 'draft'), false);
    await insertPresetFormula(context, iren, breakevenBtcFormula('IREN'));
    expect(asked).toEqual([{ message: 'Cell Model!B2 is not empty (it holds draft). Overwrite it with the formula?', label: 'Overwrite', title: 'Overwrite the active cell?' }]);
    expect(told).toEqual([{ message: 'Nothing changed.', kind: 'info' }]);
  });

  it('tells the user to insert the preset first when its names are missing', async () => {
    const { context, told } = pane(workbook('Model', 'B2', '', false), true);
    await expect(insertPresetFormula(context, iren, breakevenBtcFormula('IREN'))).resolves.toMatchObject({ status: 'missing' });
    expect(told).toEqual([
      { message: 'Insert IREN into the workbook first (missing: IREN_FLEET_EFFICIENCY_J_PER_TH, IREN_POWER_PRICE_USD_PER_KWH).', kind: 'error' },
    ]);
  });

  it('confirms where it wrote', async () => {
    const { context, told } = pane(workbook('Sheet1', 'A1'), true);
    await insertPresetFormula(context, iren, breakevenBtcFormula('IREN'));
    expect(told).toEqual([{ message: 'Formula inserted in Sheet1!A1.', kind: 'success' }]);
  });
});

describe('replaceMessage', () => {
  it('lists at most four names', () => {
    const message = replaceMessage({ locale: 'en' }, 'IREN', { tables: ['IREN_Figures'], names: ['A1_', 'B_', 'C_', 'D_', 'E_'] });
    expect(message).toContain('the tables IREN_Figures; 5 names (A1_, B_, C_, D_, …)');
  });
});
