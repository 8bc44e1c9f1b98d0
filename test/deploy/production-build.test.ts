/**
 * A deployment build, as an organisation makes it: `webpack --mode production --env
 * base_url=https://office.example.com/addins/hashwatt/` (the one extra build of the suite,
 * into a folder of this test's own). Nothing in it is left on localhost (manifests, metadata,
 * pages, bundles, reference, workbooks, app package); every manifest URL starts with the base;
 * the bundles carry content hashes and the page loads exactly those; the emitted manifest.json
 * passes Microsoft's schema. Then the folder is served over https (a self-signed certificate
 * for 127.0.0.1 made with openssl, which Chromium is told to accept) under /addins/hashwatt/,
 * and real Chromium loads the task pane and registers every function of functions.json.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import JSZip from 'jszip';
import os from 'os';
import path from 'path';
import { Browser, StaticServer, launchChromium, repoRoot, routeOffline, serveFolder, watchProblems } from '../helpers/browser';
import { localizationErrors, unifiedManifestErrors } from './schema';

jest.setTimeout(60_000);

const base = 'https://office.example.com/addins/hashwatt/';
const subPath = '/addins/hashwatt/';
const { instrumentPage } = require('../../scripts/bench/browser.js') as { instrumentPage: (expectedFunctions: number) => void };

let dist: string;

/** A throwaway key and self-signed certificate (PEM) for https://127.0.0.1. */
function selfSignedCertificate(folder: string): { key: string; cert: string } {
  const [key, cert] = ['key.pem', 'cert.pem'].map((name) => path.join(folder, name));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'pipe' });
  return { key: fs.readFileSync(key, 'utf8'), cert: fs.readFileSync(cert, 'utf8') };
}

function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [path.relative(dist, full)];
  });
}

/** A file's text, and for a zip (.xlsx, the app package) the text of every file inside it. */
async function textsOf(file: string): Promise<string[]> {
  const bytes = fs.readFileSync(path.join(dist, file));
  if (!/\.(xlsx|zip)$/.test(file)) return [bytes.toString('utf8')];
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(Object.values(zip.files).filter((entry) => !entry.dir).map((entry) => entry.async('string')));
}

const read = (file: string): string => fs.readFileSync(path.join(dist, file), 'utf8');

beforeAll(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-deploy-'));
  execFileSync('npx', ['webpack', '--mode', 'production', '--env', `base_url=${base}`, '--output-path', dist], { cwd: repoRoot, stdio: 'pipe' });
}, 300_000);

afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe('a deployment build for https://office.example.com/addins/hashwatt/', () => {
  it('leaves nothing on localhost: manifests, metadata, pages, bundles, reference, workbooks, app package', async () => {
    const files = filesUnder(dist);
    for (const kind of [/^manifest\.xml$/, /^manifest\.json$/, /^functions\.json$/, /^functions\.ja-JP\.json$/, /^taskpane\.html$/, /\.js$/, /^docs\/functions\.html$/, /^templates\/.+\.xlsx$/, /^hashwatt-app\.zip$/]) {
      expect(files.filter((file) => kind.test(file)).length).toBeGreaterThan(0);
    }
    const onLocalhost: string[] = [];
    for (const file of files) if ((await textsOf(file)).some((text) => /localhost/i.test(text))) onLocalhost.push(file);
    expect(onLocalhost).toEqual([]);
  });

  it('starts every manifest URL and every help link with the base', () => {
    const xmlUrls = [...read('manifest.xml').matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    const jsonUrls = [...`${read('manifest.json')}${read('manifest.ja-jp.json')}`.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]).filter((url) => !url.includes('/json-schemas/'));
    const helpUrls = ['functions.json', 'functions.ja-JP.json'].flatMap((file) => (JSON.parse(read(file)) as { functions: { helpUrl: string }[] }).functions.map((f) => f.helpUrl));
    expect(helpUrls).toHaveLength(2 * (JSON.parse(read('functions.json')) as { functions: unknown[] }).functions.length);
    for (const url of [...xmlUrls, ...jsonUrls, ...helpUrls]) expect(url.startsWith(base)).toBe(true);
    for (const url of helpUrls) expect(url).toMatch(/\/docs\/functions\.html#[a-z0-9_]+$/);
  });

  it("carries package.json's version and passes Microsoft's schema", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const manifest = JSON.parse(read('manifest.json')) as { version: string };
    expect(manifest.version).toBe(version);
    expect(read('manifest.xml')).toContain(`<Version>${version.split('-')[0]}.0</Version>`);
    expect(unifiedManifestErrors(manifest)).toEqual([]);
    expect(localizationErrors(JSON.parse(read('manifest.ja-jp.json')))).toEqual([]);
  });

  it('packs the unified manifest, its strings and its two icons for the admin center', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dist, 'hashwatt-app.zip')));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.ja-jp.json', 'manifest.json', 'outline.png']);
    expect(await zip.file('manifest.json')?.async('string')).toBe(read('manifest.json'));
  });

  it('names the bundles and the stylesheet by content hash, and the shared-runtime page loads exactly those', () => {
    const files = filesUnder(dist);
    const hashed = files.filter((file) => /^(functions|taskpane|shared)\.[0-9a-f]{8}\.(js|css)$/.test(file)).sort();
    expect(hashed.map((file) => file.replace(/\.[0-9a-f]{8}\./, '.')).sort()).toEqual(['functions.js', 'shared.js', 'taskpane.css', 'taskpane.js']);
    expect(files).not.toContain('functions.js');
    expect(files).not.toContain('taskpane.js');
    expect(files).not.toContain('taskpane.css');
    const page = read('taskpane.html');
    const loaded = [...page.matchAll(/(?:src|href)="?([^" >]+)/g)].map((m) => m[1]).filter((url) => !/^https:|^assets\//.test(url));
    expect(loaded.sort()).toEqual(hashed);
    const functionsBundle = hashed.find((file) => file.startsWith('functions.'));
    expect(read('manifest.xml')).toContain(`<bt:Url id="Functions.Script.Url" DefaultValue="${base}${functionsBundle}"/>`);
    expect(read('manifest.xml')).toContain(`<bt:Url id="Functions.Metadata.Url" DefaultValue="${base}functions.json">`);
  });
});

describe('served over https under /addins/hashwatt/ in real Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let certificates: string;

  beforeAll(async () => {
    certificates = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-tls-'));
    server = await serveFolder(dist, { prefix: subPath, tls: selfSignedCertificate(certificates) });
    browser = await launchChromium({ ignoreHTTPSErrors: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(certificates, { recursive: true, force: true });
  });

  it('loads the task pane and registers every function of functions.json, every file found under the sub-path', async () => {
    const ids = (JSON.parse(read('functions.json')) as { functions: { id: string }[] }).functions.map((f) => f.id);
    const page = await browser.context.newPage();
    const refused = await routeOffline(page);
    const problems = await watchProblems(page);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.addInitScript(instrumentPage, ids.length);
    expect(server.origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    await page.goto(`${server.origin}${subPath}taskpane.html`);
    await page.waitForSelector('.gallery-item');
    await page.waitForFunction((count) => (window as unknown as { __hashwattBench: { ids: string[] } }).__hashwattBench.ids.length >= count, ids.length);
    const registered = await page.evaluate(() => (window as unknown as { __hashwattBench: { ids: string[] } }).__hashwattBench.ids);
    expect([...registered].sort()).toEqual([...ids].sort());
    const stylesheets = await page.evaluate(() => Array.from(document.styleSheets, (sheet) => ({ href: sheet.href, rules: sheet.cssRules.length })));
    expect(stylesheets).toHaveLength(1);
    expect(stylesheets[0].href).toMatch(new RegExp(`${subPath}taskpane\\.[0-9a-f]{8}\\.css$`));
    expect(stylesheets[0].rules).toBeGreaterThan(10);
    await problems.collectCsp();
    const { consoleErrors, pageErrors, cspViolations } = problems;
    expect({ consoleErrors, pageErrors, cspViolations, refused, failed }).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], refused: [], failed: [] });
    await page.close();
  });
});
