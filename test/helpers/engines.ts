/**
 * The shipped bundle in the engines Excel runs besides Node's V8: what the engine tests
 * (test/engines/) and the benchmark share. The bundle is dist/ as webpack emits it: shared.js
 * (decimal.js and the data) then functions.js (the core, the catalogue, webpack's runtime),
 * loaded after test/helpers/engine-calls.js, which stands in for Excel's CustomFunctions.
 * A missing engine is a failure that names the Debian package to install, never a skip.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

export const repoRoot = path.join(__dirname, '..', '..');
export const engineCallsScript = path.join(__dirname, 'engine-calls.js');

/** An engine binary, the Debian package that installs it and what it is. */
export interface EngineBinary {
  path: string;
  aptPackage: string;
  name: string;
}

export const jscShell: EngineBinary = { path: '/usr/bin/jsc', aptPackage: 'libjavascriptcoregtk-4.0-bin', name: 'JavaScriptCore shell' };
export const firefoxEsr: EngineBinary = { path: '/usr/bin/firefox-esr', aptPackage: 'firefox-esr', name: 'Firefox ESR' };
export const webkitDriver: EngineBinary = { path: '/usr/bin/WebKitWebDriver', aptPackage: 'webkit2gtk-driver', name: 'WebKitGTK WebDriver' };

/** The binary's path; throws, naming the command that installs it, when it is missing. */
export function requireEngine(engine: EngineBinary): string {
  if (!fs.existsSync(engine.path)) {
    throw new Error(`${engine.name} (${engine.path}) is missing: apt-get update && apt-get install -y ${engine.aptPackage}`);
  }
  return engine.path;
}

/** The bundle's scripts in the order the task pane loads them, under a built folder (dist/). */
export function bundleScripts(folder: string): string[] {
  const scripts = ['shared.js', 'functions.js'].map((name) => path.join(folder, name));
  for (const script of scripts) if (!fs.existsSync(script)) throw new Error(`${script} is missing: build with npx webpack --mode production`);
  return scripts;
}

/**
 * Runs `main` (script text, run last) in the jsc shell after the CustomFunctions stand-in and
 * the bundle; `input` is handed to it as the file named by arguments[0]. Returns what it
 * printed.
 */
export function runInJsc(folder: string, main: string, input = ''): string {
  const jsc = requireEngine(jscShell);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-jsc-'));
  try {
    const mainFile = path.join(scratch, 'main.js');
    const inputFile = path.join(scratch, 'input.json');
    fs.writeFileSync(mainFile, main);
    fs.writeFileSync(inputFile, input);
    const result = spawnSync(jsc, [engineCallsScript, ...bundleScripts(folder), mainFile, '--', inputFile], {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`jsc exited with ${result.status}: ${(result.stderr || result.stdout).slice(0, 2000)}`);
    return result.stdout;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Calls in the form engine-calls.js takes them: which function under which fixture key, on which arguments. */
export interface EngineCalls {
  key: string;
  id: string;
  calls: unknown[][];
}

/** The outcome of every call, by key, computed in the jsc shell. */
export function outcomesInJsc(folder: string, entries: readonly EngineCalls[]): Record<string, string[] | null> {
  const main = 'print(JSON.stringify(hashwattOutcomes(JSON.parse(readFile(arguments[0])))));\n';
  return JSON.parse(runInJsc(folder, main, JSON.stringify(entries.map(({ key, id, calls }) => ({ key, id, calls })))));
}

/** Where Office.js is served from in an engine site: @microsoft/office-js's dist, as the browser tests serve it for the CDN. */
const officeJsFolder = 'office-js';
const officeJsCdn = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

/** A folder an engine's browser is served from (test/helpers/browser.ts serveFolder), and how to remove it. */
export interface EngineSite {
  folder: string;
  cleanup(): void;
}

/**
 * A folder to serve to a browser engine on 127.0.0.1: the built add-in (its files linked, so
 * what runs is what webpack emitted) and
 * - engine.html: the CustomFunctions stand-in, shared.js and functions.js, and calls.json, the
 *   recorded calls (hashwattOutcomes runs them);
 * - taskpane.html as built, with Office.js taken from office-js/ (@microsoft/office-js's dist,
 *   'self' under the page's CSP) in place of Microsoft's CDN, which these machines cannot reach
 *   and WebDriver cannot reroute, and engine-watch.js loaded first to record page errors.
 */
export function engineSite(built: string, calls: readonly EngineCalls[]): EngineSite {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-engine-site-'));
  for (const name of fs.readdirSync(built)) {
    if (name !== 'taskpane.html') fs.symlinkSync(path.join(built, name), path.join(folder, name));
  }
  fs.symlinkSync(path.join(repoRoot, 'node_modules', '@microsoft', 'office-js', 'dist'), path.join(folder, officeJsFolder));
  fs.copyFileSync(engineCallsScript, path.join(folder, 'engine-calls.js'));
  fs.copyFileSync(path.join(__dirname, 'engine-watch.js'), path.join(folder, 'engine-watch.js'));
  fs.writeFileSync(path.join(folder, 'calls.json'), JSON.stringify(calls.map(({ key, id, calls: args }) => ({ key, id, calls: args }))));
  const scripts = ['engine-calls.js', ...bundleScripts(built).map((file) => path.basename(file))];
  fs.writeFileSync(
    path.join(folder, 'engine.html'),
    `<!doctype html><meta charset=utf-8><title>engine</title>${scripts.map((src) => `<script src="${src}"></script>`).join('')}\n`,
  );
  const pane = fs.readFileSync(path.join(built, 'taskpane.html'), 'utf8');
  if (!pane.includes(`${officeJsCdn}office.js`)) throw new Error(`taskpane.html does not load ${officeJsCdn}office.js`);
  const served = pane
    .replace(`<script src=${officeJsCdn}office.js></script>`, `<script src=engine-watch.js></script><script src=${officeJsFolder}/office.js></script>`)
    .replace(`<script src="${officeJsCdn}office.js"></script>`, `<script src="engine-watch.js"></script><script src="${officeJsFolder}/office.js"></script>`);
  if (!served.includes('engine-watch.js')) throw new Error('taskpane.html: could not put engine-watch.js before Office.js');
  fs.writeFileSync(path.join(folder, 'taskpane.html'), served);
  return { folder, cleanup: () => fs.rmSync(folder, { recursive: true, force: true }) };
}

/** Page script (an async function's body) that runs calls.json and resolves to the outcomes as JSON text. */
export const outcomesInPage = "return fetch('calls.json').then(function (r) { return r.json(); }).then(function (calls) { return JSON.stringify(hashwattOutcomes(calls)); });";

/** What the task pane shows once loaded, read in the page: the connection label, the preset tickers, and the problems engine-watch.js recorded. */
export interface PaneState {
  connection: string;
  tickers: string[];
  pageErrors: string[];
  cspViolations: string[];
}

/** Page script (an async function's body): waits up to 20 s for the preset gallery, then resolves to the PaneState. */
export const paneStateInPage = `
  var deadline = Date.now() + 20000;
  return new Promise(function (resolve) {
    (function poll() {
      var items = document.querySelectorAll('.gallery-item');
      if (items.length === 0 && Date.now() < deadline) return setTimeout(poll, 50);
      var problems = window.__pageProblems || { pageErrors: ['engine-watch.js did not run'], cspViolations: [] };
      resolve({
        connection: (document.getElementById('connection') || {}).textContent || '',
        tickers: Array.prototype.map.call(items, function (item) { return item.getAttribute('data-ticker'); }),
        pageErrors: problems.pageErrors.slice(),
        cspViolations: problems.cspViolations.slice(),
      });
    })();
  });`;
