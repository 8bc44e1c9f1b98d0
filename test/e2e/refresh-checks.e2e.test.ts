/**
 * "Refresh from the network" clicked in real Chromium, mempool.space's requests answered over
 * real HTTP by the local stand-in on 127.0.0.1 (test/network/mempool-server.ts, the recorded
 * answers of test/fixtures/mempool), the page's clock set to a moment of the test's choosing.
 * Figures that agree with the bundled ones and the clock are shown and can be written at once;
 * a price 10× the market, or a recorded price read weeks later, is asked about in the pane's
 * dialog before anything can be written: Cancel sets the figures aside, Keep lets "Write to
 * workbook" write them.
 */
import type { Page, Route } from 'playwright-core';
import { mempoolPaths } from '../../src/taskpane/network/fetch-snapshot';
import { Browser, BuiltAddIn, StaticServer, builtAddIn, launchChromium, serveFolder } from '../helpers/browser';
import { MempoolServer, startMempoolServer } from '../network/mempool-server';
import { bundleExcelHost } from './fixtures/bundle-host';
import { openPanePage } from './fixtures/pane-page';

jest.setTimeout(60_000);

/** The recorded answers' own moment: the price was taken 5 s before. */
const recordedMoment = new Date('2026-01-12T12:00:05.000Z');

let addIn: BuiltAddIn;
let server: StaticServer;
let browser: Browser;
let excelHost: { file: string; cleanup(): void };
let mempool: MempoolServer;

beforeAll(async () => {
  excelHost = await bundleExcelHost();
  addIn = builtAddIn();
  server = await serveFolder(addIn.folder);
  mempool = await startMempoolServer();
  browser = await launchChromium({ viewport: { width: 360, height: 1000 } });
}, 300_000);

afterEach(() => mempool.reset());

afterAll(async () => {
  await browser?.close();
  await mempool?.close();
  await server?.close();
  addIn?.cleanup();
  excelHost?.cleanup();
});

/** Each request to mempool.space fetched from the local server over HTTP (a CORS answer, as mempool.space gives). */
async function fromLocalServer(route: Route): Promise<void> {
  const response = await route.fetch({ url: mempool.baseUrl + new URL(route.request().url()).pathname });
  await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
}

async function openNetworkPanel(clock: Date) {
  const pane = await openPanePage(browser, server.origin, {
    excelHostFile: excelHost.file,
    excel: { sheets: ['Sheet1'] },
    mempool: fromLocalServer,
    before: (page) => page.clock.setFixedTime(clock),
  });
  await pane.page.click('#tab-network');
  return pane;
}

const status = (page: Page) => page.textContent('#panel-network [data-role="status"]');
const networkSheet = (page: Page) =>
  page.evaluate(() => {
    const book = (window as unknown as { __excel: { snapshot(): { sheets: { name: string; cells: [string, { value?: unknown }][] }[] } } }).__excel.snapshot();
    const sheet = book.sheets.find((entry) => entry.name === 'Network');
    return sheet && Object.fromEntries(sheet.cells.map(([address, cell]) => [address, cell.value]));
  });

describe('Refresh from the network, cross-checked', () => {
  it('shows figures that agree with the bundled ones and the clock, and asks nothing', async () => {
    const pane = await openNetworkPanel(recordedMoment);
    const { page } = pane;
    await page.click('#panel-network [data-role="refresh"]');
    await page.waitForFunction(() => !(document.querySelector('#panel-network [data-role="write"]') as HTMLButtonElement | null)?.disabled);
    expect(await page.$('[role="alertdialog"]')).toBeNull();
    expect(await status(page)).toContain('Read from mempool.space at 2026-01-12 12:00:05 (UTC)');
    expect([...mempool.requests].sort()).toEqual(Object.values(mempoolPaths).sort());
    await pane.expectClean();
  });

  it('asks about a price 10× the market: Cancel sets it aside, Keep lets Write to workbook write it', async () => {
    mempool.set(mempoolPaths.prices, { kind: 'body', body: JSON.stringify({ time: 1768219200, USD: 911_320 }) });
    const pane = await openNetworkPanel(recordedMoment);
    const { page } = pane;
    await page.click('#panel-network [data-role="refresh"]');
    await page.waitForSelector('[role="alertdialog"]');
    expect(await page.textContent('.dialog-title')).toBe('These figures look wrong');
    expect(await page.textContent('.dialog-message')).toContain('The BTC price 911,320 USD is 10.6× above the bundled price of 2026-10-05, 86,303 USD.');
    expect(await page.textContent('.dialog [data-answer="confirm"]')).toBe('Keep');
    await page.click('.dialog [data-answer="cancel"]');
    await page.waitForFunction(() => document.querySelector('#panel-network [data-role="status"]')?.textContent?.includes('set aside'));
    expect(await page.isDisabled('#panel-network [data-role="write"]')).toBe(true);
    expect(await page.isHidden('#panel-network [data-role="live"]')).toBe(true);

    await page.click('#panel-network [data-role="refresh"]');
    await page.waitForSelector('[role="alertdialog"]');
    await page.click('.dialog [data-answer="confirm"]');
    await page.waitForFunction(() => !(document.querySelector('#panel-network [data-role="write"]') as HTMLButtonElement | null)?.disabled);
    expect(await page.textContent('#panel-network [data-role="cross-checks"]')).toContain('10.6× above');
    expect(await networkSheet(page)).toBeUndefined();
    await page.click('#panel-network [data-role="write"]');
    await page.waitForFunction(() => document.querySelector('#panel-network [data-role="status"]')?.textContent?.startsWith('Wrote'));
    expect((await networkSheet(page))?.B5).toBe(911_320);
    await pane.expectClean();
  });

  it("asks about the recorded price read seven weeks later by the page's clock", async () => {
    const pane = await openNetworkPanel(new Date('2026-03-02T12:00:00.000Z'));
    const { page } = pane;
    await page.click('#panel-network [data-role="refresh"]');
    await page.waitForSelector('[role="alertdialog"]');
    expect(await page.textContent('.dialog-message')).toContain("The price was taken at 2026-01-12 12:00:00 (UTC), 49 days before this computer's clock.");
    await page.click('.dialog [data-answer="cancel"]');
    await page.waitForFunction(() => document.querySelector('#panel-network [data-role="status"]')?.textContent?.includes('set aside'));
    expect(await page.isDisabled('#panel-network [data-role="write"]')).toBe(true);
    expect(await networkSheet(page)).toBeUndefined();
    await pane.expectClean();
  });
});
