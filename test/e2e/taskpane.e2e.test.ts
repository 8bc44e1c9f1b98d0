/**
 * The task pane in real Chromium (Debian's, driven by playwright-core), served from the
 * built add-in on 127.0.0.1 with Office.js from node_modules in place of Microsoft's CDN and
 * every other request refused (mempool.space answers with the recorded answers of
 * test/fixtures/mempool). First as the preview a plain browser gives (Office.onReady reports
 * no host), then with an Excel host that runs the pane's batches against the tests' shared
 * fake workbook (fixtures/excel-host.ts, bundled): each button is clicked and the workbook
 * read back. Every page must finish without a console error, an uncaught exception, a CSP
 * violation or a request that left the machine, none tolerated. Office.js's own telemetry
 * (outside Office it frames Microsoft's telemetry page three seconds after it loads) is allowed
 * by the pane's policy and answered on the machine, so a test passes the same whether or not
 * that timer fires before it ends; one test waits for it on purpose.
 *
 * Screenshots: test-artifacts/taskpane.png, test-artifacts/taskpane-ja.png, and
 * test-artifacts/readme-taskpane.png, which the README's docs/images/taskpane.png must match.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { findPreset, Preset, presetFields } from '../../src/core/data/presets';
import { breakevenBtcFormula } from '../../src/taskpane/presets/formulas';
import { findModel, ModelDefinition } from '../../src/models';
import { officeWrites } from '../../src/taskpane/models/office-plan';
import { mempoolBaseUrl, mempoolPaths } from '../../src/taskpane/network/fetch-snapshot';
import { networkInputSpecs } from '../../src/taskpane/network/fields';
import { planPresetInsert } from '../../src/taskpane/presets/plan';
import { Browser, BuiltAddIn, StaticServer, builtAddIn, launchChromium, officeTelemetryPage, repoRoot, serveFolder } from '../helpers/browser';
import { readPresetFiles } from '../helpers/data-files';
import { decodePng, differingShare } from '../helpers/png';
import { bundleExcelHost } from './fixtures/bundle-host';
import type { ExcelSetup } from './fixtures/excel-host';
import { answerAsRecorded, openPanePage, PanePage } from './fixtures/pane-page';

jest.setTimeout(60_000);

type RawFigure = { value: number | string; as_of: string; source: string };
type RawPreset = { ticker: string; contracts?: { counterparty: string; source: string }[]; notes?: string[] } & Record<string, unknown>;

const artifacts = path.join(repoRoot, 'test-artifacts');
const files = readPresetFiles<RawPreset>();
const scalarFields = presetFields;

function history(file: RawPreset, field: string): RawFigure[] {
  const value = file[field] as RawFigure | RawFigure[] | undefined;
  return value === undefined ? [] : [value].flat();
}

/** Whole days from an ISO date to another, by UTC midnights (read without the code under test). */
function daysBetween(fromIso: string, toIso: string): number {
  return (Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000;
}

/** The day the pane's clock is fixed at in the tests that read ages (Date.now() in the page): some figures are within 90 days of it, some past. */
const fixedToday = '2026-08-01';
const atFixedToday = (page: Page) => page.clock.setFixedTime(new Date(`${fixedToday}T12:00:00.000Z`));

/** The fake workbook as the page leaves it (test/helpers/fake-workbook's snapshot). */
interface Workbook {
  sheets: { name: string; cells: [string, { value?: unknown; formula?: string; hyperlink?: string }][] }[];
  tables: [string, { sheet: string; address: string }][];
  names: [string, { formula: string; comment?: string }][];
}

let addIn: BuiltAddIn;
let server: StaticServer;
let browser: Browser;
let excelHost: { file: string; cleanup(): void };

beforeAll(async () => {
  excelHost = await bundleExcelHost();
  addIn = builtAddIn();
  server = await serveFolder(addIn.folder);
  browser = await launchChromium({ viewport: { width: 360, height: 1000 }, deviceScaleFactor: 2 });
  fs.mkdirSync(artifacts, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  addIn?.cleanup();
  excelHost?.cleanup();
});

/** Opens the pane (preview, or with the Excel stub) and returns a check that it stayed clean. */
function openPane(query = '', excel?: ExcelSetup, before?: (page: Page) => Promise<void>): Promise<PanePage> {
  return openPanePage(browser, server.origin, { query, excelHostFile: excelHost.file, excel, mempool: answerAsRecorded, before });
}

const visibleTickers = (page: Page) => page.$$eval('.gallery-item:not([hidden])', (items) => items.map((item) => (item as HTMLElement).dataset.ticker));

async function openCard(page: Page, ticker: string) {
  await page.click(`.gallery-item[data-ticker="${ticker}"] .gallery-row`);
  await page.waitForSelector(`.card[data-ticker="${ticker}"]:not([hidden])`);
}

async function search(page: Page, text: string) {
  await page.fill('#preset-search', text);
}

const workbookOf = (page: Page) => page.evaluate(() => (window as unknown as { __excel: { snapshot(): Workbook } }).__excel.snapshot());

/** Waits until the status line `selector` starts with `text`. */
const statusStarts = (page: Page, selector: string, text: string) =>
  page.waitForFunction(([where, start]) => document.querySelector(where)?.textContent?.startsWith(start), [selector, text] as const);

function cellsOf(workbook: Workbook, sheet: string): Map<string, { value?: unknown; formula?: string; hyperlink?: string }> {
  return new Map(workbook.sheets.find((entry) => entry.name === sheet)?.cells ?? []);
}

describe('preview: a plain browser, Office.js from node_modules', () => {
  it('says it is a preview and lists every preset in data/presets', async () => {
    const pane = await openPane();
    const { page } = pane;
    expect(await page.textContent('#connection')).toBe('Preview');
    expect(await page.isVisible('#preview-banner')).toBe(true);
    expect(await page.textContent('#preview-banner')).toContain('not running in Excel');
    expect(await visibleTickers(page)).toEqual(files.map((file) => file.ticker));
    expect(await page.textContent('#preset-count')).toBe(`${files.length} of ${files.length} companies`);
    const iren = await page.textContent('.gallery-item[data-ticker="IREN"] .gallery-row');
    expect(iren).toContain('Power 4,500 MW');
    expect(iren).toContain('AI 200 MW');
    expect(iren).toContain('1 contract');
    expect(iren).toContain('data 2026-03-31');
    await pane.expectClean();
  });

  it('offers the Math tab with its buttons disabled, saying they need Excel', async () => {
    const pane = await openPane();
    const { page } = pane;
    await page.click('#tab-math');
    expect(await page.isDisabled('#panel-math [data-role="show-math"]')).toBe(true);
    expect(await page.getAttribute('#panel-math [data-role="show-math"]', 'title')).toBe('Needs Excel: open Hashwatt in Excel and select a cell.');
    await pane.expectClean();
  });

  it("stays clean when Office.js starts its own telemetry: the hidden frame it opens is allowed and loads", async () => {
    const pane = await openPane();
    const { page } = pane;
    const frame = await page.waitForSelector(`iframe[src="${officeTelemetryPage}"]`, { state: 'attached' });
    const content = await frame.contentFrame();
    await content?.waitForLoadState('load');
    const loaded = content?.url();
    const display = await frame.evaluate((element) => getComputedStyle(element).display);
    await pane.expectClean();
    expect({ loaded, display }).toEqual({ loaded: officeTelemetryPage, display: 'none' });
  });

  it('filters by ticker and by contract counterparty as you type', async () => {
    const pane = await openPane();
    const { page } = pane;
    await search(page, 'iren');
    expect(await visibleTickers(page)).toEqual(['IREN']);
    expect(await page.textContent('#preset-count')).toBe(`1 of ${files.length} companies`);
    await search(page, 'fluidstack');
    const withFluidstack = files.filter((file) => (file.contracts ?? []).some((contract) => /fluidstack/i.test(contract.counterparty))).map((file) => file.ticker);
    expect(withFluidstack.length).toBeGreaterThan(0);
    expect(await visibleTickers(page)).toEqual(withFluidstack);
    await search(page, 'no such company');
    expect(await visibleTickers(page)).toEqual([]);
    expect(await page.textContent('.empty')).toBe('No company matches “no such company”.');
    await search(page, '');
    expect(await visibleTickers(page)).toHaveLength(files.length);
    await pane.expectClean();
  });

  it("shows every figure's source as a link that opens a new tab, the contracts' too, and the notes", async () => {
    const pane = await openPane();
    const { page } = pane;
    const file = files.find((preset) => preset.ticker === 'IREN') as RawPreset;
    await openCard(page, 'IREN');
    const links = await page.$$eval('.card[data-ticker="IREN"] a.source-link', (anchors) =>
      anchors.map((anchor) => ({ href: anchor.getAttribute('href'), target: anchor.getAttribute('target'), rel: anchor.getAttribute('rel') })),
    );
    const sources = [...scalarFields.flatMap((field) => history(file, field).map((figure) => figure.source)), ...(file.contracts ?? []).map((contract) => contract.source)];
    expect(links.map((link) => link.href).sort()).toEqual([...sources].sort());
    for (const link of links) {
      expect(link.target).toBe('_blank');
      expect(link.rel?.split(' ')).toContain('noopener');
    }
    // Notes read as in the file, each URL a link whose text is the site's host.
    const notes = await page.$$eval('.card[data-ticker="IREN"] .card-notes li', (items) =>
      items.map((item) => ({ text: item.textContent, hrefs: Array.from(item.querySelectorAll('a'), (anchor) => anchor.getAttribute('href')) })),
    );
    const urls = /https?:\/\/[^\s)]+[^\s).,;]/g;
    const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');
    expect(notes).toEqual((file.notes ?? []).map((note) => ({ text: note.replace(urls, host), hrefs: note.match(urls) ?? [] })));
    // Caveats stay visible: IREN's share count is marked [U] (an aggregator's weighted average).
    expect(await page.textContent('.card[data-ticker="IREN"] .figure[data-field="shares_outstanding"] .badge-caveat-u')).toBe('weakly sourced');
    expect(await page.$$eval('.card[data-ticker="IREN"] mark.caveat-u', (marks) => marks.map((mark) => mark.textContent))).toContain('[U]');
    await pane.expectClean();
  });

  it('says on the card what a sum of the parts lacks: the #N/A figures, then the parts counted as 0', async () => {
    const pane = await openPane();
    const { page } = pane;
    await openCard(page, 'CORZ');
    const gaps = (ticker: string) => page.$$eval(`.card[data-ticker="${ticker}"] .card-valuation-gaps p`, (lines) => lines.map((line) => [line.className, line.textContent]));
    expect(await gaps('CORZ')).toEqual([
      ['gap gap-blocking', 'No sourced Debt (debt_usd), Shares outstanding (shares_outstanding): MINER.SOTP shows #N/A for the equity value or value per share until you give them in its overrides.'],
      ['gap gap-assets', 'No sourced BTC holdings (btc_holdings): MINER.SOTP counts these parts as 0 and says "no sourced figure".'],
    ]);
    await openCard(page, 'HUT');
    expect(await gaps('HUT')).toEqual([['gap gap-assets', 'No sourced Hashrate (hashrate_ehs): MINER.SOTP counts these parts as 0 and says "no sourced figure".']]);
    // HUT's River Bend notes are on the card as a figure with their source.
    expect(await page.textContent('.card[data-ticker="HUT"] .figure[data-field="project_debt_usd"] .figure-label')).toBe('Project debt (non-recourse)');
    await pane.expectClean();
  });

  it("gives every preset figure its age in days against today's clock, and badges exactly those past 90 days", async () => {
    const pane = await openPane('', undefined, atFixedToday);
    const { page } = pane;
    const expected: string[] = [];
    for (const file of files) {
      for (const field of scalarFields) {
        for (const figure of history(file, field)) {
          const days = daysBetween(figure.as_of, fixedToday);
          expected.push(`${file.ticker}.${field}.${figure.as_of}: ${days}${days > 90 ? ' stale' : ''}`);
        }
      }
    }
    expect(expected.some((line) => line.endsWith(' stale'))).toBe(true);
    expect(expected.some((line) => !line.endsWith(' stale'))).toBe(true);
    for (const file of files) await openCard(page, file.ticker);
    // Each figure line: a value line (with its badges) followed by a meta line (date, age, source).
    const shown = await page.$$eval('.figure .figure-meta', (metas) =>
      metas.map((meta) => {
        const card = meta.closest('.card') as HTMLElement;
        const figure = meta.closest('.figure') as HTMLElement;
        const date = /\d{4}-\d{2}-\d{2}/.exec(meta.textContent ?? '')?.[0];
        const age = meta.querySelector('.age');
        const badge = meta.previousElementSibling?.querySelector('.badge-stale');
        return {
          line: `${card.dataset.ticker}.${figure.dataset.field}.${date}: ${age?.getAttribute('data-age-days')}${badge ? ' stale' : ''}`,
          ageText: age?.textContent,
          days: Number(age?.getAttribute('data-age-days')),
          title: badge?.getAttribute('title'),
        };
      }),
    );
    expect(shown.map((entry) => entry.line).sort()).toEqual(expected.sort());
    for (const entry of shown) {
      expect(entry.ageText).toBe(`${entry.days} days old`);
      if (entry.title) expect(entry.title).toContain(`${entry.days} days old today (${fixedToday}), past the 90-day limit`);
    }
    // The gallery rows say the age of each preset's newest date, in the warning colour past 90 days.
    const rows = await page.$$eval('.gallery-item', (items) =>
      items.map((item) => {
        const date = item.querySelector('.meta-date') as HTMLElement;
        return { ticker: (item as HTMLElement).dataset.ticker, text: date.textContent, stale: date.classList.contains('meta-date-stale') };
      }),
    );
    for (const row of rows) {
      const newest = /data (\d{4}-\d{2}-\d{2})/.exec(row.text ?? '')?.[1] as string;
      const days = daysBetween(newest, fixedToday);
      expect(row).toEqual({ ticker: row.ticker, text: `data ${newest} (${days} days old)`, stale: days > 90 });
    }
    expect(await page.textContent('.legend')).toContain(`stale: more than 90 days old today (${fixedToday})`);
    await pane.expectClean();
  });

  it("gives every bundled network figure its age against today's clock: 63 days on 2026-12-07, stale 91 days after 2026-10-05", async () => {
    for (const [today, days, stale] of [
      ['2026-12-07', 63, false],
      ['2027-01-04', 91, true],
    ] as const) {
      const pane = await openPane('', undefined, (page) => page.clock.setFixedTime(new Date(`${today}T08:00:00.000Z`)));
      const { page } = pane;
      await page.click('#tab-network');
      const cells = await page.$$eval('#panel-network [data-role="bundled"] tbody tr', (rows) =>
        rows.map((row) => ({
          date: row.children[2].firstChild?.textContent,
          age: row.children[2].querySelector('.age')?.textContent,
          badge: row.children[2].querySelector('.badge-stale')?.textContent ?? null,
        })),
      );
      expect(cells).toHaveLength(networkInputSpecs.length);
      for (const cell of cells) expect(cell).toEqual({ date: '2026-10-05', age: `${days} days old`, badge: stale ? 'stale' : null });
      await pane.expectClean();
    }
  });

  it('disables the buttons that need Excel, with a tooltip saying why', async () => {
    const pane = await openPane();
    const { page } = pane;
    await openCard(page, 'IREN');
    const buttons = await page.$$eval('button[data-needs-excel]', (list) => list.map((button) => ({ disabled: (button as HTMLButtonElement).disabled, title: button.getAttribute('title') })));
    // Insert into workbook, Insert as card and IREN's three ready formulas.
    expect(buttons.length).toBe(5);
    for (const button of buttons) expect(button).toEqual({ disabled: true, title: 'Needs Excel: open Hashwatt in Excel to use this.' });
    // No workbook to keep the formatted-results setting in.
    expect(await page.isDisabled('#formatted-results')).toBe(true);
    await search(page, 'iren');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(artifacts, 'taskpane.png') });
    await pane.expectClean();
  });

  // The README's screenshot is this test's: a fresh one is taken on every run and the committed
  // docs/images/taskpane.png must show the same pane (same size, under 0.5% of pixels
  // different), so a change to the pane that leaves the README's image behind fails here.
  // UPDATE_README_SCREENSHOT=1 writes the fresh one to docs/images/ first.
  it("takes the README's screenshot of the pane, and fails when docs/images/taskpane.png is not the pane as it is now", async () => {
    const readmeImage = path.join(repoRoot, 'docs', 'images', 'taskpane.png');
    expect(fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8')).toContain('](docs/images/taskpane.png)');
    const pane = await openPane('', undefined, (page) => page.clock.setFixedTime(new Date('2026-12-07T12:00:00.000Z')));
    const { page } = pane;
    await search(page, 'iren');
    await openCard(page, 'IREN');
    await page.mouse.move(0, 0);
    const fresh = await page.screenshot({ path: path.join(artifacts, 'readme-taskpane.png') });
    await pane.expectClean();
    if (process.env.UPDATE_README_SCREENSHOT === '1') fs.writeFileSync(readmeImage, fresh);
    expect(fs.existsSync(readmeImage)).toBe(true);
    const committed = decodePng(fs.readFileSync(readmeImage));
    const taken = decodePng(fresh);
    expect({ width: committed.width, height: committed.height }).toEqual({ width: taken.width, height: taken.height });
    const share = differingShare(committed, taken);
    if (share >= 0.005) {
      throw new Error(
        `docs/images/taskpane.png is not the pane as it is now (${(share * 100).toFixed(2)}% of pixels differ from test-artifacts/readme-taskpane.png): ` +
          'run UPDATE_README_SCREENSHOT=1 npx jest test/e2e/taskpane.e2e.test.ts -t "README" and commit the image',
      );
    }
  });

  it('is in Japanese with ?lang=ja', async () => {
    const pane = await openPane('?lang=ja', undefined, atFixedToday);
    const { page } = pane;
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.$$eval('[role="tab"]', (tabs) => tabs.map((tab) => tab.textContent))).toEqual(['プリセット', 'モデル', 'ネットワーク', '計算式']);
    expect(await page.textContent('.search-label')).toBe('企業を検索');
    expect(await page.textContent('#connection')).toBe('プレビュー');
    await search(page, 'iren');
    await openCard(page, 'IREN');
    expect(await page.textContent('.card[data-ticker="IREN"] .insert-preset')).toBe('ブックに挿入');
    expect(await page.textContent('.card[data-ticker="IREN"] .figure[data-field="power_price_usd_per_kwh"] .badge-stale')).toBe('古い');
    expect(await page.textContent('.card[data-ticker="IREN"] .figure[data-field="power_price_usd_per_kwh"] .figure-meta .age')).toMatch(/^\d+ 日前$/);
    expect(await page.textContent('.card[data-ticker="IREN"] .figure[data-field="power_price_usd_per_kwh"] .figure-label')).toBe('電力単価');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(artifacts, 'taskpane-ja.png') });
    await pane.expectClean();
  });

  it('downloads a model workbook, in the language chosen, from the Models tab', async () => {
    const pane = await openPane();
    const { page } = pane;
    await page.click('#tab-models');
    await page.selectOption('#panel-models [data-role="language"]', 'ja');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-role="download-halving-path"]')]);
    expect(download.suggestedFilename()).toBe('halving-path_ja.xlsx');
    const file = await download.path();
    // An .xlsx is a zip: it starts with "PK".
    expect(fs.readFileSync(file as string).subarray(0, 2).toString()).toBe('PK');
    const [portable] = await Promise.all([page.waitForEvent('download'), page.click('[data-role="download-portable-halving-path"]')]);
    expect(portable.suggestedFilename()).toBe('halving-path_ja.portable.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await portable.path()) as string);
    // Kept as values: today's network inputs (MINER.NETWORK, bundled data); the spilled path is
    // one plain formula a cell.
    const frozen = workbook.getWorksheet('Provenance')!.getColumn(3).values.map(String);
    expect(frozen).toContain('=MINER.NETWORK("date")');
    expect(frozen.some((formula) => /^=MINER\.HASHPRICE_PATH\(/.test(formula))).toBe(false);
    expect(workbook.getWorksheet('半減期パス')?.getCell('F26').formula).toMatch(/^IF\(A26="",""/);
    await pane.expectClean();
  });

  it('works from the keyboard: arrow keys move between tabs, Enter opens a card', async () => {
    const pane = await openPane();
    const { page } = pane;
    await page.focus('#tab-presets');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-models', 'aria-selected')).toBe('true');
    expect(await page.isHidden('#panel-presets')).toBe(true);
    // Each panel is mounted when its tab is first shown.
    expect((await page.textContent('#panel-models'))?.trim()).not.toBe('');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-network', 'aria-selected')).toBe('true');
    expect((await page.textContent('#panel-network'))?.trim()).not.toBe('');
    await page.keyboard.press('Home');
    expect(await page.getAttribute('#tab-presets', 'aria-selected')).toBe('true');
    await page.focus('.gallery-item[data-ticker="HUT"] .gallery-row');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('.gallery-item[data-ticker="HUT"] .gallery-row', 'aria-expanded')).toBe('true');
    expect(await page.isVisible('.card[data-ticker="HUT"]')).toBe(true);
    await pane.expectClean();
  });
});

describe('in Excel: every workbook button clicked, the fake workbook read back', () => {
  const iren = findPreset('IREN') as Preset;
  const plan = planPresetInsert(iren);

  /** The preset's sheet, tables and names are in the workbook as planned. */
  function expectPresetWritten(workbook: Workbook) {
    const cells = cellsOf(workbook, 'IREN');
    for (const heading of plan.headings) expect(cells.get(heading.address)?.value).toBe(heading.text);
    for (const link of plan.links) expect(cells.get(link.address)?.hyperlink).toBe(link.url);
    expect(Object.fromEntries(workbook.tables)).toEqual(Object.fromEntries(plan.tables.map((table) => [table.name, { sheet: 'IREN', address: table.address }])));
    const names = Object.fromEntries(workbook.names);
    for (const name of plan.names) expect(names[name.name].formula).toBe(name.reference.replace(/'/g, ''));
  }

  it('inserts a preset on a new sheet exactly as planned', async () => {
    const pane = await openPane('', { sheets: ['Sheet1'] });
    const { page } = pane;
    expect(await page.textContent('#connection')).toBe('Connected to Excel');
    expect(await page.isHidden('#preview-banner')).toBe(true);
    await openCard(page, 'IREN');
    expect(await page.isEnabled('.card[data-ticker="IREN"] .insert-preset')).toBe(true);
    await page.click('.card[data-ticker="IREN"] .insert-preset');
    await page.waitForSelector('#status.status-success');
    expect(await page.textContent('#status')).toBe('Inserted IREN on the sheet “IREN”: tables IREN_Figures, IREN_Contracts and 12 names.');
    const workbook = await workbookOf(page);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'IREN']);
    expectPresetWritten(workbook);
    await pane.expectClean();
  });

  it('asks before replacing an existing sheet: Cancel changes nothing, Replace gives a fresh sheet', async () => {
    const pane = await openPane('', { sheets: ['Sheet1', 'IREN'], names: { IREN_NAME: "='Sheet1'!$A$1" } });
    const { page } = pane;
    const before = await workbookOf(page);
    await openCard(page, 'IREN');
    await page.click('.card[data-ticker="IREN"] .insert-preset');
    await page.waitForSelector('[role="alertdialog"]');
    expect(await page.textContent('.dialog-message')).toContain('the sheet “IREN”');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.screenshot({ path: path.join(artifacts, 'taskpane-confirm.png') });
    await page.click('.dialog [data-answer="cancel"]');
    await page.waitForSelector('[role="alertdialog"]', { state: 'detached' });
    await page.waitForSelector('#status.status-info');
    expect(await page.textContent('#status')).toBe('Nothing changed.');
    expect(await workbookOf(page)).toEqual(before);

    await page.waitForSelector('.card[data-ticker="IREN"] .insert-preset:enabled');
    await page.click('.card[data-ticker="IREN"] .insert-preset');
    await page.waitForSelector('[role="alertdialog"]');
    await page.click('.dialog [data-answer="confirm"]');
    await page.waitForSelector('#status.status-success');
    const workbook = await workbookOf(page);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'IREN']);
    expectPresetWritten(workbook);
    await pane.expectClean();
  });

  it('puts a ready formula in the active cell, asking first when the cell holds something', async () => {
    const pane = await openPane('', { sheets: ['Sheet1'], activeCell: { sheet: 'Sheet1', address: 'C3', formula: '=1+1' } });
    const { page } = pane;
    await openCard(page, 'IREN');
    const formula = breakevenBtcFormula('IREN');
    await page.click('.card[data-ticker="IREN"] .insert-formula[data-formula="breakevenBtc"]');
    await page.waitForSelector('#status.status-error');
    expect(await page.textContent('#status')).toContain('Insert IREN into the workbook first');
    await page.click('.card[data-ticker="IREN"] .insert-preset');
    await page.waitForSelector('#status.status-success');
    await page.click('.card[data-ticker="IREN"] .insert-formula[data-formula="breakevenBtc"]');
    await page.waitForSelector('[role="alertdialog"]');
    expect(await page.textContent('.dialog-message')).toBe('Cell Sheet1!C3 is not empty (it holds =1+1). Overwrite it with the formula?');
    await page.click('.dialog [data-answer="confirm"]');
    await statusStarts(page, '#status', 'Formula inserted');
    expect(cellsOf(await workbookOf(page), 'Sheet1').get('C3')).toEqual({ formula: formula.formula });
    await pane.expectClean();
  });

  it('inserts a model from the Models tab', async () => {
    const pane = await openPane('', { sheets: ['Sheet1'] });
    await pane.page.click('#tab-models');
    await pane.page.click('[data-role="insert-halving-path"]');
    await statusStarts(pane.page, '#panel-models [data-role="status"]', 'Inserted');
    const [sheet] = officeWrites((findModel('halving-path') as ModelDefinition).build({ locale: 'en' }));
    const cells = cellsOf(await workbookOf(pane.page), sheet.name);
    for (const cell of sheet.cells.filter((entry) => entry.formula)) expect(cells.get(cell.address)?.formula).toBe(cell.formula);
    await pane.expectClean();
  });

  it('inserts the sum of the parts wired to a preset inserted first: its ticker cell follows the preset', async () => {
    const pane = await openPane('', { sheets: ['Sheet1'] });
    const { page } = pane;
    await openCard(page, 'WULF');
    await page.click('.card[data-ticker="WULF"] .insert-preset');
    await page.waitForSelector('#status.status-success');
    await page.click('#tab-models');
    const link = '#panel-models [data-role="link"]';
    await page.focus(link);
    await page.waitForSelector(`${link} option[value="WULF"]`, { state: 'attached' });
    await page.selectOption(link, 'WULF');
    await page.click('[data-role="insert-sotp"]');
    await statusStarts(page, '#panel-models [data-role="status"]', 'Inserted');
    expect(await page.textContent('#panel-models [data-role="status"]')).toContain('WULF_TICKER');
    const sotp = findModel('sotp') as ModelDefinition;
    const [sheet] = officeWrites(sotp.build({ locale: 'en', links: { ticker: 'WULF_TICKER' }, ticker: 'WULF' }));
    const cells = cellsOf(await workbookOf(page), sheet.name);
    const tickerInput = sheet.cells.find((cell) => cell.formula === '=WULF_TICKER');
    expect(tickerInput).toBeDefined();
    for (const cell of sheet.cells.filter((entry) => entry.formula)) expect(cells.get(cell.address)?.formula).toBe(cell.formula);
    await pane.expectClean();
  });

  it('makes a portable copy of the workbook from the Models tab', async () => {
    const cells = {
      Inputs: { B1: { value: 91132 }, B2: { value: 1048.5 } },
      Model: { B3: { formula: '=MINER.HASHPRICE(Inputs!B1,Inputs!B2)', value: 35.2 }, B4: { formula: '=MINER.COMPANY("IREN","name")', value: 'IREN' } },
    };
    const pane = await openPane('', { sheets: ['Inputs', 'Model'], cells });
    await pane.page.click('#tab-models');
    await pane.page.click('[data-role="make-portable"]');
    await statusStarts(pane.page, '#panel-models [data-role="status"]', 'Made');
    const workbook = await workbookOf(pane.page);
    expect(cellsOf(workbook, 'Model (portable)').get('B3')?.formula).toBe("=('Inputs (portable)'!B1*(3.125+0)*144/('Inputs (portable)'!B2*1000))");
    expect(cellsOf(workbook, 'Model (portable)').get('B4')?.value).toBe('IREN');
    expect(cellsOf(workbook, 'Provenance').get('C2')?.value).toBe('=MINER.COMPANY("IREN","name")');
    expect(cellsOf(workbook, 'Model').get('B3')?.formula).toBe('=MINER.HASHPRICE(Inputs!B1,Inputs!B2)');
    await pane.expectClean();
  });

  /** The paths of the mempool.space requests the page sends from now on. */
  function mempoolRequests(page: Page): string[] {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(mempoolBaseUrl)) asked.push(new URL(request.url()).pathname);
    });
    return asked;
  }

  // The recorded answers (test/fixtures/mempool): 91,132 USD, difficulty 146.47T, tip 931,958,
  // 249,120,000 sats of fees over 144 blocks = 0.0173 BTC a block.
  it('fetches the network figures with Refresh and writes them with Write to workbook', async () => {
    const pane = await openPane('', { sheets: ['Sheet1'] });
    const { page } = pane;
    // The recorded answers were taken at 2026-01-12 12:00 UTC: a clock five seconds later keeps
    // the refresh's price-age check quiet, so this test is about fetching and writing.
    await page.clock.setFixedTime(new Date('2026-01-12T12:00:05.000Z'));
    const asked = mempoolRequests(page);
    await page.click('#tab-network');
    await page.click('#panel-network [data-role="refresh"]');
    await page.waitForFunction(() => !(document.querySelector('#panel-network [data-role="write"]') as HTMLButtonElement | null)?.disabled);
    expect([...asked].sort()).toEqual(Object.values(mempoolPaths).sort());
    const shown = await page.$$eval('#panel-network [data-role="live-figures"] tbody tr', (rows) => rows.map((row) => row.children[1].textContent));
    expect(shown).toEqual(['91,132 USD', '146,470,000,000,000', '1,048.47 EH/s', '931,958', '0.0173 BTC']);
    await page.click('#panel-network [data-role="write"]');
    await statusStarts(page, '#panel-network [data-role="status"]', 'Wrote');
    const workbook = await workbookOf(page);
    const cells = cellsOf(workbook, 'Network');
    expect(cells.get('A1')?.value).toBe('Hashwatt network inputs');
    // One row a figure from row 5, in the order of the panel: price, difficulty, hashrate, height, fees.
    expect(['B5', 'B6', 'B8', 'B9'].map((address) => cells.get(address)?.value)).toEqual([91_132, 146_470_000_000_000, 931_958, 0.0173]);
    const names = Object.fromEntries(workbook.names);
    for (const spec of networkInputSpecs) expect(names[spec.name].formula).toMatch(/^=Network!\$B\$\d+$/);
    expect(names.NET_BTC_PRICE_USD.formula).toBe('=Network!$B$5');
    expect(workbook.tables.map(([name]) => name)).toEqual(['Network_Inputs']);
    await pane.expectClean();
  });

  it('refuses a price in cents and writes nothing at all', async () => {
    const pane = await openPane('', { sheets: ['Sheet1'] });
    const { page } = pane;
    // mempool.space answers 91,132 USD in cents; the other answers as recorded.
    await page.route(`${mempoolBaseUrl}${mempoolPaths.prices}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"time": 1768219200, "USD": 9113200}', headers: { 'Access-Control-Allow-Origin': '*' } }),
    );
    const asked = mempoolRequests(page);
    await page.click('#tab-network');
    await page.click('#panel-network [data-role="refresh"]');
    await statusStarts(page, '#panel-network [data-role="status"]', 'mempool.space sent a value that cannot be right');
    expect(await page.textContent('#panel-network [data-role="status"]')).toContain('9113200');
    expect(asked).toContain(mempoolPaths.prices);
    expect(await page.isDisabled('#panel-network [data-role="write"]')).toBe(true);
    const workbook = await workbookOf(page);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
    expect(workbook.names.filter(([name]) => name.startsWith('NET_'))).toEqual([]);
    expect(workbook.tables).toEqual([]);
    await pane.expectClean();
  });

  it("is in Japanese when Office's display language is Japanese", async () => {
    const pane = await openPane('', { displayLanguage: 'ja-JP' });
    const { page } = pane;
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.textContent('#connection')).toBe('Excel に接続済み');
    await pane.expectClean();
  });
});
