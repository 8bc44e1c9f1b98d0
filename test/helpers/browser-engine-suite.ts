/**
 * The tests a browser engine runs on the shipped add-in (test/engines/firefox.test.ts,
 * webkit.test.ts): served from 127.0.0.1 (engines.ts engineSite), every recorded call of
 * test/fixtures/recorded-results.json on shared.js and functions.js as webpack emits them, each
 * outcome the recorded one to the bit, and the task pane's preview: it loads, says it is a
 * preview, lists every preset, and raises no page error.
 */
import { builtAddIn, BuiltAddIn, serveFolder, StaticServer } from './browser';
import { expectPaneLoaded, itGivesTheRecordedResults } from './engine-results';
import { engineSite, EngineSite, outcomesInPage, PaneState, paneStateInPage } from './engines';
import { recordedCalls } from './recorded-cases';

/** A browser engine under test: opens a URL and runs a page script there (an async function's body). */
export interface BrowserEngine {
  run<T>(url: string, body: string): Promise<T>;
  close(): Promise<void>;
}

export function describeBrowserEngine(name: string, launch: () => Promise<BrowserEngine>): void {
  let addIn: BuiltAddIn;
  let site: EngineSite;
  let server: StaticServer;
  let engine: BrowserEngine;
  let outcomes: Record<string, string[] | null>;

  beforeAll(async () => {
    addIn = builtAddIn();
    site = engineSite(addIn.folder, recordedCalls());
    server = await serveFolder(site.folder);
    engine = await launch();
    outcomes = JSON.parse(await engine.run<string>(`${server.origin}/engine.html`, outcomesInPage));
  }, 300_000);

  afterAll(async () => {
    await engine?.close();
    await server?.close();
    site?.cleanup();
    addIn?.cleanup();
  });

  describe(`${name}: the shipped bundle`, () => {
    itGivesTheRecordedResults(() => outcomes);
  });

  describe(`${name}: the task pane preview`, () => {
    it('loads, says it is a preview, lists every preset, and raises no page error', async () => {
      expectPaneLoaded(await engine.run<PaneState>(`${server.origin}/taskpane.html`, paneStateInPage));
    });
  });
}
