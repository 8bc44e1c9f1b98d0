/**
 * What the task pane may run: its Content-Security-Policy is pinned (no 'unsafe-inline', no
 * 'unsafe-eval', the exact script sources: the page's own bundles, Office.js's folder on
 * Microsoft's CDN and the one MicrosoftAjax.js file it may add), in the source page and in the
 * built one. It is checked against Office.js itself (@microsoft/office-js, the files the pane
 * runs in Excel and in the preview): each style attribute Office.js writes is allowed by its
 * hash and no other is, each frame it opens is allowed, and each host it names is either
 * allowed or listed here with the reason the pane never loads from it. And no code under src/
 * writes HTML strings or style attributes into the page or evaluates code from text.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

const repoRoot = path.join(__dirname, '..');

const expectedPolicy: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", 'https://appsforoffice.microsoft.com/lib/1/hosted/', 'https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js'],
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-hashes'", "'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'", 'https://mempool.space', 'https://*.pipe.aria.microsoft.com'],
  'frame-src': ['https://appsforoffice.microsoft.com/lib/1/hosted/', 'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** The policy of a page's Content-Security-Policy meta tag, directive by directive. */
function policyOf(html: string): Record<string, string[]> {
  const tags = html.match(/<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/gi) ?? [];
  expect(tags).toHaveLength(1);
  const content = /content="([^"]*)"/.exec(tags[0] ?? '')?.[1] ?? '';
  return Object.fromEntries(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the task pane\'s Content-Security-Policy', () => {
  const pages = {
    'src/taskpane/taskpane.html': fs.readFileSync(path.join(repoRoot, 'src', 'taskpane', 'taskpane.html'), 'utf8'),
    'dist/taskpane.html (built)': fs.readFileSync(path.join(repoRoot, 'dist', 'taskpane.html'), 'utf8'),
  };

  for (const [name, html] of Object.entries(pages)) {
    it(`${name}: is exactly the reviewed policy`, () => {
      expect(policyOf(html)).toEqual(expectedPolicy);
    });

    it(`${name}: allows no inline script, no eval, no wildcard script source; inline style attributes only by hash`, () => {
      const policy = policyOf(html);
      const all = Object.values(policy).flat();
      expect(all).not.toContain("'unsafe-inline'");
      expect(all).not.toContain("'unsafe-eval'");
      expect(all).not.toContain("'wasm-unsafe-eval'");
      const { 'style-src-attr': styleAttributes, ...others } = policy;
      expect(Object.values(others).flat()).not.toContain("'unsafe-hashes'");
      expect(styleAttributes.filter((source) => source !== "'unsafe-hashes'" && !/^'sha256-[A-Za-z0-9+/]{43}='$/.test(source))).toEqual([]);
      expect(policy['script-src'].filter((source) => /\*|^https?:$|^data:$|^blob:$/.test(source))).toEqual([]);
    });

    it(`${name}: has no inline script, no event-handler attribute and no inline style`, () => {
      const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
      const scripts = withoutComments.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toMatch(/^<script\b[^>]*\bsrc=[^>]*>\s*<\/script>$/i);
      expect(withoutComments).not.toMatch(/\son[a-z]+\s*=/i);
      expect(withoutComments).not.toMatch(/\sstyle\s*=/i);
      expect(withoutComments).not.toMatch(/<style\b/i);
    });
  }

  it('names the Office.js the page loads within its script sources', () => {
    const office = /<script src="?(https:\/\/[^"\s>]+office\.js)"?/.exec(pages['src/taskpane/taskpane.html'])?.[1] ?? '';
    expect(office.startsWith('https://appsforoffice.microsoft.com/lib/1/hosted/')).toBe(true);
  });
});

const officeJsDist = path.join(repoRoot, 'node_modules', '@microsoft', 'office-js', 'dist');

/**
 * The Office.js files the pane runs: the loader; what it loads outside Office (the preview);
 * the host files of the Excel clients that run Hashwatt (web, Windows, Mac); the
 * custom-functions runtime; and the telemetry scripts they load.
 */
const officeJsFiles = [
  'office.js',
  'o15apptofilemappingtable.js',
  'excel-web-16.00.js',
  'excel-win32-16.01.js',
  'excel-mac-16.00.js',
  'custom-functions-runtime.js',
  'telemetry/oteljs_agave.js',
  'ariatelemetry/aria-web-telemetry.js',
];

/** Hosts Office.js names in those files that the pane never loads anything from, and why. */
const hostsNeverLoaded: Record<string, string> = {
  'document.localhost': "the rich API's name for the open document: its requests go through the host's bridge, never the network",
  'alcdn.msauth.net': 'MSAL, loaded only by Office.auth (nested app authentication), which the pane does not call',
  'support.microsoft.com': "a help link in Internet Explorer 11's cross-zone notice; Excel no longer runs add-ins in Internet Explorer",
};

/** Whether a CSP source expression (https, a host maybe with *., maybe a path) matches an https URL. */
function sourceMatches(source: string, url: URL): boolean {
  const match = /^https:\/\/(\*\.)?([^/]+)(\/.*)?$/.exec(source);
  if (!match) return false;
  const [, wildcard, host, sourcePath] = match;
  const hostMatches = wildcard ? url.hostname.endsWith(`.${host}`) : url.hostname === host;
  const pathMatches = !sourcePath || (sourcePath.endsWith('/') ? url.pathname.startsWith(sourcePath) : url.pathname === sourcePath);
  return hostMatches && pathMatches;
}

const sha256Source = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the policy allows what Office.js does in the pane, read from @microsoft/office-js', () => {
  const policy = policyOf(fs.readFileSync(path.join(repoRoot, 'src', 'taskpane', 'taskpane.html'), 'utf8'));
  const code = Object.fromEntries(officeJsFiles.map((file) => [file, fs.readFileSync(path.join(officeJsDist, file), 'utf8')]));

  it('allows each style attribute Office.js writes by its hash, and no other', () => {
    const written = Object.values(code).flatMap((text) => [...text.matchAll(/setAttribute\(\s*"style"\s*,\s*([^)]*)\)/g)].map((found) => found[1]));
    expect(written).toEqual(['"display:none"']);
    expect(policy['style-src-attr']).toEqual(["'unsafe-hashes'", ...written.map((literal) => sha256Source(JSON.parse(literal) as string))]);
  });

  it('allows the frames Office.js opens: its telemetry proxy page, and its error page on its own base path', () => {
    const pages = Object.values(code).flatMap((text) => [...text.matchAll(/"(https:\/\/[^"]+\.html)"/g)].map((found) => found[1]));
    expect(pages).toEqual(['https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html']);
    expect(code['excel-web-16.00.js']).toContain('getOfficeJsBasePath()+"AgaveErrorUX/index.html#"');
    const errorPage = new URL('https://appsforoffice.microsoft.com/lib/1/hosted/AgaveErrorUX/index.html');
    for (const page of [...pages.map((url) => new URL(url)), errorPage]) expect(policy['frame-src'].some((source) => sourceMatches(source, page))).toBe(true);
  });

  it('allows every host Office.js names, for its scripts, frames or connections, or says why the pane never loads from it', () => {
    const allowed = [...policy['script-src'], ...policy['connect-src'], ...policy['frame-src']];
    const named = Object.entries(code).flatMap(([file, text]) =>
      [...text.matchAll(/["'](?:https?:)?\/\/([a-z0-9.-]+\.[a-z]{2,})(\/[^"'\s]*)?/gi)].map((found) => ({ file, url: new URL(`https://${found[1]}${found[2] ?? '/'}`) })),
    );
    expect(named.map(({ url }) => url.hostname)).toEqual(expect.arrayContaining(['ajax.aspnetcdn.com', 'telemetryservice.firstpartyapps.oaspapps.com', 'browser.pipe.aria.microsoft.com']));
    const unexplained = named.filter(({ url }) => !allowed.some((source) => sourceMatches(source, url)) && !(url.hostname in hostsNeverLoaded));
    expect(unexplained.map(({ file, url }) => `${file}: ${url.href}`)).toEqual([]);
  });

  it('matches sources as a browser does', () => {
    expect(sourceMatches('https://*.pipe.aria.microsoft.com', new URL('https://eu.pipe.aria.microsoft.com/Collector/3.0/'))).toBe(true);
    expect(sourceMatches('https://*.pipe.aria.microsoft.com', new URL('https://pipe.aria.microsoft.com.evil.example/'))).toBe(false);
    expect(sourceMatches('https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js', new URL('https://ajax.aspnetcdn.com/ajax/3.5/Other.js'))).toBe(false);
    expect(sourceMatches('https://appsforoffice.microsoft.com/lib/1/hosted/', new URL('https://appsforoffice.microsoft.com/lib/beta/hosted/office.js'))).toBe(false);
    expect(sourceMatches('https://mempool.space', new URL('https://mempool.space/api/v1/prices'))).toBe(true);
  });
});

describe('no code under src/ writes HTML strings or style attributes into the page or runs code from text', () => {
  const forbidden: [string, RegExp][] = [
    ['innerHTML', /\binnerHTML\b/],
    ['outerHTML', /\bouterHTML\b/],
    ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
    ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
    ['eval', /(^|[^.\w])eval\s*\(/],
    ['new Function', /\bnew\s+Function\s*\(/],
    ['Function(...) called as code', /(^|[^.\w])Function\s*\(\s*['"`]/],
    ['setTimeout or setInterval with a string', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
    ['createContextualFragment', /\bcreateContextualFragment\b/],
    ["setAttribute('style') (the policy allows only the one style attribute Office.js writes)", /\bsetAttribute\s*\(\s*['"`]style['"`]/],
  ];
  const sources = filesUnder(path.join(repoRoot, 'src')).filter((file) => /\.(ts|js)$/.test(file));

  it('scans the source files', () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  for (const [name, pattern] of forbidden) {
    it(`uses no ${name}`, () => {
      const found = sources.flatMap((file) =>
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${path.relative(repoRoot, file)}:${i + 1}` }))
          .filter(({ line }) => pattern.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
      expect(found).toEqual([]);
    });
  }

  it('would catch each of them', () => {
    const samples = ['el.innerHTML = text', 'el.outerHTML = x', "el.insertAdjacentHTML('beforeend', x)", 'document.write(x)', 'eval(code)', "new Function('return 1')", "Function('return 1')", "setTimeout('go()', 1)", 'range.createContextualFragment(x)', "el.setAttribute('style', 'color:red')"];
    samples.forEach((sample, i) => expect(forbidden[i][1].test(sample)).toBe(true));
  });
});
