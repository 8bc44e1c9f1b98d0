/**
 * Browser tests' shared pieces: Debian's Chromium driven by playwright-core (no browser
 * download works on these machines) with a fresh profile, a tiny static server for dist/ on
 * 127.0.0.1, and Office.js served from node_modules in place of Microsoft's CDN, its own
 * telemetry answered on the machine. Every other request that leaves 127.0.0.1 is refused and
 * recorded, so a test sees it. Nothing depends on the internet, or on how fast a page runs.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import http from 'http';
import https from 'https';
import type { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import { BrowserContext, Page, chromium } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';
export const repoRoot = path.join(__dirname, '..', '..');
export const officeJsCdn = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const officeJsDist = path.join(repoRoot, 'node_modules', '@microsoft', 'office-js', 'dist');
/**
 * Office.js's telemetry page (the pane's Content-Security-Policy allows it as a frame):
 * outside Office, Office.js frames it three seconds after it loads.
 */
export const officeTelemetryPage = 'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Chromium with a fresh --user-data-dir (removed on close); ignoreHTTPSErrors accepts a test
 * server's self-signed certificate.
 */
export async function launchChromium(
  options: { viewport?: { width: number; height: number }; deviceScaleFactor?: number; ignoreHTTPSErrors?: boolean } = {},
): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: apt-get update && apt-get install -y chromium`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: options.viewport ?? { width: 360, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
  });
  return {
    context,
    async close() {
      try {
        await context.close();
      } finally {
        fs.rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

const buildSources = ['src', 'data', 'assets', 'manifest.xml', 'webpack.config.js'];
const builtFiles = ['taskpane.html', 'taskpane.js', 'taskpane.css', 'functions.js'];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

export interface BuiltAddIn {
  folder: string;
  /** Removes the folder when it was a build of the test's own. */
  cleanup(): void;
}

/**
 * The built add-in to serve: dist/ when it is newer than every source it is built from (the
 * jest global setup builds it for `npm test`); otherwise a fresh production build into a
 * temporary folder of the test's own, never into dist/, which other test files may be reading.
 */
export function builtAddIn(): BuiltAddIn {
  const dist = path.join(repoRoot, 'dist');
  const oldestBuilt = Math.min(...builtFiles.map((file) => newestMtime(path.join(dist, file)) || 0));
  const newestSource = Math.max(...buildSources.map((entry) => newestMtime(path.join(repoRoot, entry))));
  if (oldestBuilt > newestSource) return { folder: dist, cleanup: () => undefined };
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-dist-'));
  execFileSync('npx', ['webpack', '--mode', 'production', '--output-path', folder], { cwd: repoRoot, stdio: 'pipe' });
  return { folder, cleanup: () => fs.rmSync(folder, { recursive: true, force: true }) };
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234, or https:// with tls (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 on a free port, at the root or under a sub-path (prefix, e.g.
 * /addins/hashwatt/), over http or, given a key and certificate (PEM), https; nothing outside
 * the folder is served.
 */
export async function serveFolder(folder: string, options: { prefix?: string; tls?: { key: string; cert: string } } = {}): Promise<StaticServer> {
  const root = path.resolve(folder);
  const prefix = options.prefix ?? '/';
  const handle: http.RequestListener = (request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.resolve(root, `./${requested.slice(prefix.length)}`);
    if (!requested.startsWith(prefix) || !file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(response);
  };
  const server = options.tls ? https.createServer(options.tls, handle) : http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * Routes a page's (or a whole context's) requests: Office.js's CDN path to
 * @microsoft/office-js's dist (or, with officeJsStub, office.js itself to that file; the CDN's
 * paths are case-insensitive, the package's files lower case), Office.js's telemetry page to an empty
 * page (whenever its timer frames it, it loads, and nothing leaves the machine), 127.0.0.1
 * (http or https) through, anything else refused. Returns the refused URLs, filled as pages run.
 */
export async function routeOffline(target: Pick<Page, 'route'>, options: { officeJsStub?: string } = {}): Promise<string[]> {
  const refused: string[] = [];
  await target.route('**/*', async (route) => {
    const url = route.request().url();
    if (/^https?:\/\/127\.0\.0\.1:/.test(url) || url.startsWith('data:')) return route.continue();
    if (url.startsWith(officeJsCdn)) {
      const relative = url.slice(officeJsCdn.length).split(/[?#]/)[0].toLowerCase();
      const file = options.officeJsStub && relative === 'office.js' ? options.officeJsStub : path.join(officeJsDist, relative);
      if (fs.existsSync(file) && fs.statSync(file).isFile()) {
        return route.fulfill({ status: 200, contentType: contentTypes[path.extname(file)] ?? 'text/plain', body: fs.readFileSync(file) });
      }
    }
    if (url === officeTelemetryPage) return route.fulfill({ status: 200, contentType: contentTypes['.html'], body: '<!doctype html><title></title>' });
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  return refused;
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

/**
 * Collects what a page reports as wrong: console errors and warnings about CSP, uncaught
 * exceptions, and securitypolicyviolation events (recorded by a script added before the
 * page's own scripts run). Nothing is filtered out: a test that expects these lists empty
 * tolerates no console error at all, Office.js's included (the pane's policy allows what
 * Office.js does, and routeOffline answers its telemetry).
 */
export async function watchProblems(page: Page): Promise<PageProblems & { collectCsp(): Promise<void> }> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') problems.consoleErrors.push(text);
    else if (/Content[- ]Security[- ]Policy/i.test(text)) problems.cspViolations.push(text);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (event) => {
      list.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return {
    ...problems,
    async collectCsp() {
      const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
      problems.cspViolations.push(...seen);
    },
  };
}
