/**
 * What the task pane may run: its Content-Security-Policy is pinned (no 'unsafe-inline', no
 * 'unsafe-eval', the exact script sources: the page's own bundles, Office.js's folder on
 * Microsoft's CDN and the one MicrosoftAjax.js file it may add), in the source page and in the
 * built one; and no code under src/ writes HTML strings into the page or evaluates code from text.
 */
import * as fs from 'fs';
import * as path from 'path';

const repoRoot = path.join(__dirname, '..');

const expectedPolicy: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", 'https://appsforoffice.microsoft.com/lib/1/hosted/', 'https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js'],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'", 'https://mempool.space', 'https://*.pipe.aria.microsoft.com'],
  'frame-src': ['https://appsforoffice.microsoft.com/lib/1/hosted/'],
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

    it(`${name}: allows no inline script, no eval, no wildcard script source`, () => {
      const policy = policyOf(html);
      const all = Object.values(policy).flat();
      expect(all).not.toContain("'unsafe-inline'");
      expect(all).not.toContain("'unsafe-eval'");
      expect(all).not.toContain("'unsafe-hashes'");
      expect(all).not.toContain("'wasm-unsafe-eval'");
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

describe('no code under src/ writes HTML strings into the page or runs code from text', () => {
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
    const samples = ['el.innerHTML = text', 'el.outerHTML = x', "el.insertAdjacentHTML('beforeend', x)", 'document.write(x)', 'eval(code)', "new Function('return 1')", "Function('return 1')", "setTimeout('go()', 1)", 'range.createContextualFragment(x)'];
    samples.forEach((sample, i) => expect(forbidden[i][1].test(sample)).toBe(true));
  });
});
