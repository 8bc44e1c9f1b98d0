/**
 * The Math tab in real Chromium against the built pane and the tests' fake workbook: "Show the
 * math" on a selected MINER.* cell shows the plain formula with that cell's own references (and
 * for a data look-up, its figure's date and source); "Write formula" writes it into the cell
 * the user names, and asks before replacing anything there.
 */
import type { Page } from 'playwright-core';
import { host, useExcelPane } from './fixtures/excel-pane';

jest.setTimeout(60_000);

const openPane = useExcelPane();

interface Workbook {
  sheets: { name: string; cells: [string, { value?: unknown; formula?: string }][] }[];
}
const cellOf = async (page: Page, sheet: string, address: string) =>
  new Map((await host<Workbook>(page, 'snapshot')).sheets.find((entry) => entry.name === sheet)?.cells ?? []).get(address);

const inputs = {
  Model: {
    A1: { value: 'btc_price_usd' },
    B5: { value: 86303.18 },
    B6: { value: 1000 },
    B7: { value: 0.05 },
    C5: { formula: '=MINER.HASHPRICE(B5,B6,B7)' },
    C6: { formula: '=MINER.NETWORK(A1)' },
    C7: { formula: '=MINER.DEBT_SCHEDULE(B5,B7,4)' },
    C8: { formula: '=SUM(B5:B7)' },
    C9: { formula: '=MINER.HASHPRICE_PATH(46101,3,B5,B6,941472)' },
    J5: { formula: '=MINER.LEASE_SUMMARY(245,128,15,0.03,0.986,10000000,18,0.85,0.06192,1.4)' },
    E5: { value: 'my note' },
  },
};

async function showMath(page: Page, address: string): Promise<void> {
  await host(page, 'select', 'Model', address);
  await page.click('#panel-math [data-role="show-math"]');
  await page.waitForFunction((cell) => document.querySelector('#panel-math [data-role="math-cell"]')?.textContent?.endsWith(cell), `Model!${address}`);
  await page.waitForSelector('#panel-math [data-role="show-math"]:enabled');
}

const noteOf = async (page: Page) => (await page.textContent('#panel-math [data-role="math-note"]')) ?? '';

describe('Math tab', () => {
  it('shows the plain formula of the selected cell with its references, and writes it where asked', async () => {
    const { page, expectClean } = await openPane({ sheets: ['Model'], cells: inputs, activeCell: { sheet: 'Model', address: 'C5', formula: '=MINER.HASHPRICE(B5,B6,B7)' } });
    await page.click('#tab-math');
    await showMath(page, 'C5');
    expect(await page.textContent('#panel-math [data-role="cell-formula"]')).toBe('=MINER.HASHPRICE(B5,B6,B7)');
    expect(await page.textContent('#panel-math [data-role="native-formula"]')).toBe('=(B5*(3.125+B7)*144/(B6*1000))');

    // An empty cell is written without a question.
    await page.fill('#panel-math [data-role="target"]', 'D5');
    await page.click('#panel-math [data-role="write-formula"]');
    await page.waitForFunction(() => document.querySelector('#panel-math [data-role="status"]')?.textContent?.startsWith('Wrote'));
    expect(await page.textContent('#panel-math [data-role="status"]')).toBe('Wrote the plain formula to Model!D5.');
    expect(await cellOf(page, 'Model', 'D5')).toEqual({ formula: '=(B5*(3.125+B7)*144/(B6*1000))' });

    // A cell of the user's: asked first; "Cancel" keeps it, "Replace" replaces it.
    await page.fill('#panel-math [data-role="target"]', 'E5');
    await page.click('#panel-math [data-role="write-formula"]');
    await page.waitForSelector('[role="alertdialog"]');
    expect(await page.textContent('.dialog-message')).toBe('Model!E5 holds “my note”. Replace it with the plain formula?');
    await page.click('.dialog [data-answer="cancel"]');
    await page.waitForFunction(() => document.querySelector('#panel-math [data-role="status"]')?.textContent?.startsWith('Nothing written'));
    expect(await cellOf(page, 'Model', 'E5')).toEqual({ value: 'my note' });
    await page.click('#panel-math [data-role="write-formula"]');
    await page.waitForSelector('[role="alertdialog"]');
    await page.click('.dialog [data-answer="confirm"]');
    await page.waitForFunction(() => document.querySelector('#panel-math [data-role="status"]')?.textContent?.startsWith('Wrote'));
    expect(await cellOf(page, 'Model', 'E5')).toEqual({ formula: '=(B5*(3.125+B7)*144/(B6*1000))' });

    // A target that is not one cell is refused before anything is read or written.
    await page.fill('#panel-math [data-role="target"]', 'D5:D9');
    await page.click('#panel-math [data-role="write-formula"]');
    await page.waitForFunction(() => document.querySelector('#panel-math [data-role="status"]')?.textContent?.includes('is not a cell address'));
    await expectClean();
  });

  it("names a data look-up's date and source, says a table has no single formula, and leaves other formulas as they are", async () => {
    const { page, expectClean } = await openPane({ sheets: ['Model'], cells: inputs, activeCell: { sheet: 'Model', address: 'C6', formula: '=MINER.NETWORK(A1)' } });
    await page.click('#tab-math');
    await showMath(page, 'C6');
    expect(await noteOf(page)).toBe(
      'MINER.NETWORK reads the add-in’s bundled data: the figure as of 2026-10-05, source https://api.blockchain.info/stats. A portable copy keeps its value.',
    );
    expect(await page.isHidden('#panel-math [data-role="write-formula"]')).toBe(true);

    await showMath(page, 'C7');
    expect(await noteOf(page)).toContain('MINER.DEBT_SCHEDULE spills a table');
    await showMath(page, 'C9');
    expect(await noteOf(page)).toContain('MINER.HASHPRICE_PATH spills a table: in plain Excel it is one formula a cell, row by row.');
    const lines = ((await page.textContent('#panel-math [data-role="native-formula"]')) ?? '').split('\n');
    expect(lines[0]).toBe('C10: =IF(0>=3,"",EDATE(INT(46101),0))');
    expect(lines).toContain('H11: =IF(C11="","",(E11+0)*144*G11/(F11*1000))');
    expect(await page.isHidden('#panel-math [data-role="write-formula"]')).toBe(true);
    // A table whose rows read one another is shown whole: every row of LEASE_SUMMARY, from J6.
    await showMath(page, 'J5');
    expect(await noteOf(page)).toContain('MINER.LEASE_SUMMARY spills a table of fixed length: in plain Excel it is one formula a cell, and its rows read one another.');
    const summary = ((await page.textContent('#panel-math [data-role="native-formula"]')) ?? '').split('\n');
    expect(summary.filter((line) => /^J\d+: ="/.test(line))).toHaveLength(11);
    expect(summary).toContain('J16: ="dsra_usd"');
    await showMath(page, 'C8');
    expect(await noteOf(page)).toBe('Model!C8 does not call the add-in: its formula is its own math.');
    await showMath(page, 'B5');
    expect(await noteOf(page)).toBe('Model!B5 holds no formula.');
    await expectClean();
  });

  it('speaks Japanese in a Japanese Excel', async () => {
    const { page, expectClean } = await openPane({ sheets: ['Model'], cells: inputs, displayLanguage: 'ja-JP', activeCell: { sheet: 'Model', address: 'C5', formula: '=MINER.HASHPRICE(B5,B6,B7)' } });
    expect(await page.textContent('#tab-math')).toBe('計算式');
    await page.click('#tab-math');
    await showMath(page, 'C5');
    expect(await page.textContent('#panel-math [data-role="math-cell"]')).toBe('セル Model!C5');
    expect(await page.textContent('#panel-math [data-role="native-formula"]')).toBe('=(B5*(3.125+B7)*144/(B6*1000))');
    await expectClean();
  });
});
