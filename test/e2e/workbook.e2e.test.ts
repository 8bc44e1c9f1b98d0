/**
 * The pane's writes keep the user's workbook whole, in real Chromium against the built pane
 * and the tests' shared fake workbook (fixtures/excel-host.ts): each button is clicked over a
 * workbook where the user has built on the sheet it writes, and the workbook read back.
 * A replace keeps every reference into its sheet and the user's cells outside its range;
 * what Excel would refuse is refused before any write; when Excel fails twice the pane says
 * what may be left and cleans it up when asked.
 */
import type { Page } from 'playwright-core';
import { findModel, ModelDefinition } from '../../src/models';
import { host, useExcelPane } from './fixtures/excel-pane';

jest.setTimeout(60_000);

interface Workbook {
  sheets: { name: string; cells: [string, { value?: unknown; formula?: string }][] }[];
  tables: [string, { sheet: string; address: string }][];
  names: [string, { formula: string; comment?: string }][];
}

interface ExcelHost {
  snapshot(): Workbook;
  shown(sheet: string, address: string): unknown;
  edit(sheet: string, address: string, cell: { value?: unknown; formula?: string }): void;
  addName(name: string, reference: string): void;
  reconnect(): void;
}

const openPane = useExcelPane();


const workbookOf = (page: Page) => host<Workbook>(page, 'snapshot');
const cellOf = (workbook: Workbook, sheet: string, address: string) => new Map(workbook.sheets.find((entry) => entry.name === sheet)?.cells ?? []).get(address);
const nameOf = (workbook: Workbook, name: string) => Object.fromEntries(workbook.names)[name]?.formula;

/** Waits until the status line `selector` starts with `text`. */
const statusStarts = (page: Page, selector: string, text: string) =>
  page.waitForFunction(([where, start]) => document.querySelector(where)?.textContent?.startsWith(start), [selector, text] as const);

/** Waits for the pane's question, returns its title and text, and answers it. */
async function answer(page: Page, choice: 'confirm' | 'cancel'): Promise<{ title: string; message: string }> {
  await page.waitForSelector('[role="alertdialog"]');
  const asked = { title: (await page.textContent('.dialog-title')) ?? '', message: (await page.textContent('.dialog-message')) ?? '' };
  await page.click(`.dialog [data-answer="${choice}"]`);
  await page.waitForSelector('[role="alertdialog"]', { state: 'detached' });
  return asked;
}

async function insertIren(page: Page): Promise<void> {
  await page.click('.gallery-item[data-ticker="IREN"] .gallery-row');
  await page.waitForSelector('.card[data-ticker="IREN"]:not([hidden])');
  await page.waitForSelector('.card[data-ticker="IREN"] .insert-preset:enabled');
  await page.click('.card[data-ticker="IREN"] .insert-preset');
}

describe('in Excel: replaces that keep the user’s work, refusals before any write, honest double faults', () => {
  it('Network “Write to workbook” again: asks about the cell the user changed, keeps their names, formulas and note', async () => {
    const pane = await openPane({ sheets: ['Sheet1'] });
    const { page } = pane;
    // The recorded answers were taken at 2026-01-12 12:00 UTC: at that time the refresh's
    // price-age check is quiet, so this test is about the re-write.
    await page.clock.setFixedTime(new Date('2026-01-12T12:00:05.000Z'));
    await page.click('#tab-network');
    await page.click('#panel-network [data-role="refresh"]');
    await page.waitForSelector('#panel-network [data-role="write"]:enabled');
    await page.click('#panel-network [data-role="write"]');
    await statusStarts(page, '#panel-network [data-role="status"]', 'Wrote');

    await host(page, 'addName', 'MY_PRICE_CELL', '=Network!$B$5');
    await host(page, 'addName', 'MY_NOTE', '=Network!$G$2');
    await host(page, 'edit', 'Network', 'G2', { value: 'my note' });
    await host(page, 'edit', 'Sheet1', 'A1', { formula: '=Network!B5' });
    await host(page, 'edit', 'Network', 'B5', { value: 100_000 });
    await page.click('#panel-network [data-role="write"]');
    const asked = await answer(page, 'confirm');
    expect(asked.message).toContain('B5 (now 100000)');
    await statusStarts(page, '#panel-network [data-role="status"]', 'Wrote');

    const workbook = await workbookOf(page);
    expect([nameOf(workbook, 'MY_PRICE_CELL'), nameOf(workbook, 'MY_NOTE')]).toEqual(['=Network!$B$5', '=Network!$G$2']);
    expect(cellOf(workbook, 'Network', 'G2')?.value).toBe('my note');
    expect(cellOf(workbook, 'Sheet1', 'A1')?.formula).toBe('=Network!B5');
    expect(await host(page, 'shown', 'Sheet1', 'A1')).toBe(91_132);
    await pane.expectClean();
  });

  it('preset Replace: says which cells change, then keeps the formulas and names that point into the sheet and the user’s own cells', async () => {
    const pane = await openPane({
      sheets: ['Sheet1', 'IREN'],
      names: { MY_FIGURE: '=IREN!$B$5' },
      cells: { IREN: { B5: { value: 1 }, Z99: { value: 'mine' } }, Sheet1: { A1: { formula: '=IREN!B5' } } },
    });
    const { page } = pane;
    await insertIren(page);
    const asked = await answer(page, 'confirm');
    expect(asked.message).toContain('on the sheet “IREN”, the cells A1, A2, A3, B3, A4:F30, H4:P5');
    expect(asked.message).toMatch(/The preset’s other tables and names are added; nothing else changes\.$/);
    await page.waitForSelector('#status.status-success');
    expect(await page.textContent('#status')).toContain('The sheet “IREN” was updated in place (cells A1, A2, A3, B3, A4:F30, H4:P5)');

    const workbook = await workbookOf(page);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'IREN']);
    expect(nameOf(workbook, 'MY_FIGURE')).toBe('=IREN!$B$5');
    expect(cellOf(workbook, 'Sheet1', 'A1')?.formula).toBe('=IREN!B5');
    expect(await host(page, 'shown', 'Sheet1', 'A1')).toBe(cellOf(workbook, 'IREN', 'B5')?.value);
    expect(cellOf(workbook, 'IREN', 'B5')?.value).not.toBe(1);
    expect(cellOf(workbook, 'IREN', 'Z99')?.value).toBe('mine');
    await pane.expectClean();
  });

  it('refuses a preset whose table name is a name of the user’s, before asking or writing anything', async () => {
    const pane = await openPane({ sheets: ['Sheet1'], names: { IREN_Figures: "='Sheet1'!$A$1" } });
    const { page } = pane;
    const before = await workbookOf(page);
    await insertIren(page);
    await page.waitForSelector('#status.status-error');
    expect(await page.textContent('#status')).toBe(
      'The workbook has a name IREN_Figures, and Excel keeps table names and names in one list, so the table IREN_Figures cannot be created. Rename or delete that name, then try again. Nothing was written.',
    );
    expect(await page.$('[role="alertdialog"]')).toBeNull();
    expect(await workbookOf(page)).toEqual(before);
    await pane.expectClean();
  });

  it('when Excel fails twice: lists what may be left, and “Clean up” takes it out once the connection is back', async () => {
    const pane = await openPane({ sheets: ['Sheet1'], lostAt: 4 });
    const { page } = pane;
    const before = await workbookOf(page);
    await insertIren(page);
    await page.waitForSelector('[role="alertdialog"]');
    expect(await workbookOf(page).then((workbook) => workbook.sheets.map((sheet) => sheet.name))).toEqual(['Sheet1', 'IREN']);
    await host(page, 'reconnect');
    const asked = await answer(page, 'confirm');
    expect(asked.title).toBe('Excel failed twice');
    expect(asked.message).toContain('What may be left of the write: the new sheet “IREN”');
    expect(asked.message).not.toContain('The workbook is as it was.');
    await page.waitForSelector('#status.status-error');
    expect(await page.textContent('#status')).toMatch(/What the write had left was taken out\. The workbook is as it was\.$/);
    expect(await workbookOf(page)).toEqual(before);
    await pane.expectClean();
  });

  it('when Excel fails twice and the user declines the clean-up: the message lists what is left, and the next Insert removes it', async () => {
    const pane = await openPane({ sheets: ['Sheet1'], lostAt: 4 });
    const { page } = pane;
    await insertIren(page);
    await answer(page, 'cancel');
    await page.waitForSelector('#status.status-error');
    const message = (await page.textContent('#status')) ?? '';
    expect(message).toContain('the new sheet “IREN”');
    expect(message).not.toContain('The workbook is as it was.');

    await host(page, 'reconnect');
    await page.click('.card[data-ticker="IREN"] .insert-preset');
    await page.waitForSelector('#status.status-success');
    const workbook = await workbookOf(page);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'IREN']);
    expect(workbook.tables.map(([name]) => name).sort()).toEqual(['IREN_Contracts', 'IREN_Figures']);
    await pane.expectClean();
  });

  it('model Insert over an earlier copy, and a portable copy made again: references into the sheets are kept', async () => {
    const model = findModel('halving-path') as ModelDefinition;
    const pane = await openPane({
      sheets: ['Sheet1', 'Halving path'],
      names: { MY_TITLE: "='Halving path'!$A$1" },
      cells: { 'Halving path': { A1: { value: 'an older copy' }, Z90: { value: 'my note' } }, Sheet1: { A1: { formula: "='Halving path'!A1" }, B2: { value: 42 } } },
    });
    const { page } = pane;
    await page.click('#tab-models');
    await page.click('[data-role="insert-halving-path"]');
    const asked = await answer(page, 'confirm');
    expect(asked.message).toContain('“Halving path”!A1:');
    await statusStarts(page, '#panel-models [data-role="status"]', 'Inserted');
    let workbook = await workbookOf(page);
    expect(nameOf(workbook, 'MY_TITLE')).toBe("='Halving path'!$A$1");
    expect(await host(page, 'shown', 'Sheet1', 'A1')).toBe(model.build({ locale: 'en' }).title);
    expect(cellOf(workbook, 'Halving path', 'Z90')?.value).toBe('my note');

    await page.click('[data-role="make-portable"]');
    await statusStarts(page, '#panel-models [data-role="status"]', 'Made');
    await host(page, 'addName', 'MY_COPY', "='Sheet1 (portable)'!$B$2");
    await host(page, 'edit', 'Sheet2', 'A1', { formula: "='Sheet1 (portable)'!B2" });
    await host(page, 'edit', 'Sheet1', 'B2', { value: 43 });
    await page.click('[data-role="make-portable"]');
    await answer(page, 'confirm');
    await statusStarts(page, '#panel-models [data-role="status"]', 'Made');
    workbook = await workbookOf(page);
    expect(nameOf(workbook, 'MY_COPY')).toBe("='Sheet1 (portable)'!$B$2");
    expect(await host(page, 'shown', 'Sheet2', 'A1')).toBe(43);
    await pane.expectClean();
  });
});
