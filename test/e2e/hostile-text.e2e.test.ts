/**
 * Hostile text in real Chromium: every string the pane shows that comes from data or from the
 * workbook carries markup (`<b data-hostile=…>`, `<img data-hostile=… src="x">`), and none of
 * it may become an element. The bundled data of this build is made hostile by a loader
 * (fixtures/hostile-data-loader.js: a preset's name, notes, counterparties, a source; the
 * network history's sources); the workbook (the Excel host over the fake workbook) has a
 * sheet whose name is markup and an active cell holding markup; mempool.space answers markup;
 * the search box is typed markup. Each panel is driven through its buttons, questions
 * included, and after each step the page must hold no [data-hostile] element and show the
 * markup as text.
 */
import path from 'path';
import type { Page, Route } from 'playwright-core';
import { portableName } from '../../src/portable/portable-sheets';
import { mempoolPaths } from '../../src/taskpane/network/fetch-snapshot';
import { Browser, StaticServer, launchChromium, serveFolder } from '../helpers/browser';
import { recordedAnswers } from '../network/mempool-server';
import { bundleExcelHost } from './fixtures/bundle-host';
import { buildAddInWith, openPanePage } from './fixtures/pane-page';

jest.setTimeout(60_000);

/** A sheet name Excel accepts (no \ / ? * [ ] :) that is markup, short enough for its portable copy's name to keep it whole. */
const hostileSheet = '<i data-hostile=s>';
const hostileCell = '<b data-hostile="cell">bold</b><img data-hostile="cell-img" src="x">';
const hostileQuery = '<b data-hostile="query">';
const hostileAnswer = '<b data-hostile="mempool">not json</b>';

let build: { folder: string; cleanup(): void };
let server: StaticServer;
let browser: Browser;
let excelHost: { file: string; cleanup(): void };

beforeAll(async () => {
  excelHost = await bundleExcelHost();
  build = buildAddInWith(path.join(__dirname, 'fixtures', 'hostile-data.webpack.config.js'));
  server = await serveFolder(build.folder);
  browser = await launchChromium({ viewport: { width: 360, height: 1000 } });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  build?.cleanup();
  excelHost?.cleanup();
});

/** mempool.space: the recorded answers, the price answer replaced by markup. */
async function hostileMempool(route: Route): Promise<void> {
  const pathname = new URL(route.request().url()).pathname;
  const headers = { 'Access-Control-Allow-Origin': '*' };
  if (pathname === mempoolPaths.prices) return route.fulfill({ status: 200, contentType: 'application/json', body: hostileAnswer, headers });
  const answer = recordedAnswers[pathname];
  return answer ? route.fulfill({ status: 200, contentType: answer.contentType, body: answer.body, headers }) : route.abort();
}

/** No markup became an element, and the page shows each of `texts` as text. */
async function expectInert(page: Page, texts: readonly string[]): Promise<void> {
  const elements = await page.$$eval('[data-hostile]', (found) => found.map((element) => element.outerHTML));
  expect(elements).toEqual([]);
  const shown = await page.evaluate(() => {
    const titles = Array.from(document.querySelectorAll('[title]'), (element) => element.getAttribute('title'));
    return `${document.body.innerText}\n${titles.join('\n')}`;
  });
  for (const text of texts) expect(shown).toContain(text);
}

describe('hostile text from data and from the workbook stays text', () => {
  it('in the presets: the name, notes, counterparties and sources of a preset, and a search', async () => {
    const pane = await openPanePage(browser, server.origin);
    const { page } = pane;
    await expectInert(page, ['IREN <b data-hostile="name">bold</b>']);
    await page.click('.gallery-item[data-ticker="IREN"] .gallery-row');
    await page.waitForSelector('.card[data-ticker="IREN"]:not([hidden])');
    await expectInert(page, [
      'IREN <b data-hostile="name">bold</b><img data-hostile="name-img" src="x">',
      'Microsoft <b data-hostile="counterparty-0">bold</b>',
      '<b data-hostile="contract-note-0">bold</b>',
      '<b data-hostile="note-0">bold</b><img data-hostile="note-0-img" src="x">',
      'https://<b data-hostile="source">bold</b>',
    ]);
    await page.fill('#preset-search', hostileQuery);
    await expectInert(page, [hostileQuery]);
    await pane.expectClean();
  });

  it('in the network panel: the bundled sources and an answer from mempool.space', async () => {
    const pane = await openPanePage(browser, server.origin, { mempool: hostileMempool });
    const { page } = pane;
    await page.click('#tab-network');
    await expectInert(page, ['<b data-hostile="network-source">bold<']);
    await page.click('#panel-network [data-role="refresh"]');
    await page.waitForFunction(() => document.querySelector('#panel-network [data-role="status"]')?.textContent?.includes('could not be read'));
    await expectInert(page, [hostileAnswer]);
    await pane.expectClean();
  });

  it('from the workbook: a sheet named in markup and a cell holding markup, in the questions and the status lines', async () => {
    const excel = { sheets: [hostileSheet], cells: { [hostileSheet]: { B2: { value: hostileCell } } }, activeCell: { sheet: hostileSheet, address: 'C3', formula: hostileCell } };
    const pane = await openPanePage(browser, server.origin, { excelHostFile: excelHost.file, excel });
    const { page } = pane;
    // A ready formula into the active cell, which holds markup: the question quotes the sheet and the cell.
    await page.click('.gallery-item[data-ticker="IREN"] .gallery-row');
    await page.click('.card[data-ticker="IREN"] .insert-preset');
    await page.waitForSelector('#status.status-success');
    await page.click('.card[data-ticker="IREN"] .insert-formula[data-formula="breakevenBtc"]');
    await page.waitForSelector('[role="alertdialog"]');
    await expectInert(page, [hostileSheet, hostileCell]);
    await page.click('.dialog [data-answer="confirm"]');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Formula inserted'));
    await expectInert(page, [hostileSheet]);

    // A portable copy names the sheet in its status; the second copy asks before replacing it.
    await page.click('#tab-models');
    await page.click('[data-role="make-portable"]');
    await page.waitForFunction(() => document.querySelector('#panel-models [data-role="status"]')?.textContent?.startsWith('Made'));
    await expectInert(page, [portableName(hostileSheet)]);
    await page.click('[data-role="make-portable"]');
    await page.waitForSelector('[role="alertdialog"]');
    await expectInert(page, [portableName(hostileSheet)]);
    await page.click('.dialog [data-answer="confirm"]');
    await page.waitForFunction(() => document.querySelector('#panel-models [data-role="status"]')?.textContent?.startsWith('Made'));
    await expectInert(page, [portableName(hostileSheet)]);
    await pane.expectClean();
  });
});
