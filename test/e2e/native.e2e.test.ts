/**
 * The Excel-native parts of the pane, in real Chromium against the built add-in and the
 * tests' Excel host (fixtures/excel-host.ts, the functions registered by the page itself):
 * "Insert as card" writes the company's card into the selected cell, and the settings switch
 * turns formatted results on and off for the workbook, which the registered functions read.
 */
import type { Page } from 'playwright-core';
import { host, useExcelPane } from './fixtures/excel-pane';

jest.setTimeout(60_000);

const openPane = useExcelPane();

interface Workbook {
  sheets: { name: string; cells: [string, { value?: unknown; formula?: string }][] }[];
}

const cellOf = (workbook: Workbook, sheet: string, address: string) => new Map(workbook.sheets.find((entry) => entry.name === sheet)?.cells ?? []).get(address);
const statusIs = (page: Page, text: string) => page.waitForFunction((want) => document.querySelector('#status')?.textContent === want, text);

describe('Excel-native actions of the pane', () => {
  it('"Insert as card" writes =MINER.COMPANY_CARD("IREN") into the selected cell, whose function answers the card', async () => {
    const { page, expectClean } = await openPane({ activeCell: { sheet: 'Sheet1', address: 'C3', formula: '' } });
    await page.click('.gallery-item[data-ticker="IREN"] .gallery-row');
    await page.waitForSelector('.card[data-ticker="IREN"] .insert-card:enabled');
    expect(await page.textContent('.card[data-ticker="IREN"] .insert-card')).toBe('Insert as card');
    await page.click('.card[data-ticker="IREN"] .insert-card');
    await statusIs(page, 'Formula inserted in Sheet1!C3.');
    expect(cellOf(await host<Workbook>(page, 'snapshot'), 'Sheet1', 'C3')).toEqual(expect.objectContaining({ formula: '=MINER.COMPANY_CARD("IREN")' }));
    const card = await host<{ type: string; text: string; properties: Record<string, { basicValue: unknown }> }>(page, 'call', 'COMPANY_CARD', 'IREN');
    expect(card.type).toBe('Entity');
    expect(await host(page, 'call', 'COMPANY', card, 'hashrate_ehs')).toBe(await host(page, 'call', 'COMPANY', 'IREN', 'hashrate_ehs'));
    await expectClean();
  });

  it('asks before the card overwrites a cell that holds something, and keeps it on Cancel', async () => {
    const { page, expectClean } = await openPane({ activeCell: { sheet: 'Sheet1', address: 'A1', formula: '=1+1' } });
    await page.click('.gallery-item[data-ticker="MARA"] .gallery-row');
    await page.waitForSelector('.card[data-ticker="MARA"] .insert-card:enabled');
    await page.click('.card[data-ticker="MARA"] .insert-card');
    await page.waitForSelector('[role="alertdialog"]');
    await page.click('.dialog [data-answer="cancel"]');
    await statusIs(page, 'Nothing changed.');
    expect(cellOf(await host<Workbook>(page, 'snapshot'), 'Sheet1', 'A1')).toEqual(expect.objectContaining({ formula: '=1+1' }));
    await expectClean();
  });

  it('the settings switch turns formatted results on and off in the workbook, saved, recalculated, read by the functions', async () => {
    const { page, expectClean } = await openPane({});
    const args = [91132, 1048.5, 0.0236, 918030];
    const plain = await host<number>(page, 'call', 'HASHPRICE', ...args);
    expect(typeof plain).toBe('number');
    await page.click('.settings summary');
    await page.check('#formatted-results');
    await statusIs(page, 'Formatted results are on in this workbook.');
    expect(await host(page, 'settings')).toEqual({ values: { 'hashwatt.formattedResults': true }, saves: 1 });
    expect(await host(page, 'calculations')).toEqual(['Full']);
    expect(await host(page, 'call', 'HASHPRICE', ...args)).toEqual({ type: 'Double', basicValue: plain, numberFormat: '"$"#,##0.00###" /PH/day"' });
    await page.uncheck('#formatted-results');
    await statusIs(page, 'Formatted results are off in this workbook.');
    expect(await host(page, 'call', 'HASHPRICE', ...args)).toBe(plain);
    await expectClean();
  });

  it('opens with the switch as the workbook saved it', async () => {
    const { page, expectClean } = await openPane({ settings: { 'hashwatt.formattedResults': true } });
    expect(await page.isChecked('#formatted-results')).toBe(true);
    await expectClean();
  });
});
