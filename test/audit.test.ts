/**
 * scripts/audit.js against a registry stood in on 127.0.0.1: when the audit endpoint answers
 * 405 it checks what ships against the reviewed list (and says so); when it answers with an
 * advisory it fails on it. The comparison with the reviewed list fails on any difference.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { shippedPackages, differences } = require('../scripts/audit') as {
  shippedPackages: (lock: unknown) => Record<string, Shipped>;
  differences: (pinned: Record<string, Shipped>, shipped: Record<string, Shipped>) => string[];
};

interface Shipped {
  name: string;
  version: string;
  integrity: string;
}

const repoRoot = path.join(__dirname, '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8'));

/** A registry whose audit endpoints answer with `status` and `body`; the paths it was asked. */
async function standInRegistry(status: number, body: unknown): Promise<{ url: string; asked: string[]; close: () => Promise<void> }> {
  const asked: string[] = [];
  const server = http.createServer((request, response) => {
    asked.push(`${request.method} ${request.url}`);
    request.resume();
    request.on('end', () => {
      const audit = (request.url ?? '').includes('/-/npm/v1/security/');
      response.writeHead(audit ? status : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(audit ? body : {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, asked, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Runs the audit against the registry, with an npm cache of its own (npm caches advisories). */
function runAudit(registry: string): Promise<{ status: number; stdout: string }> {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-npm-cache-'));
  const env = { ...process.env, HASHWATT_AUDIT_REGISTRY: registry, npm_config_cache: cache };
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(repoRoot, 'scripts', 'audit.js')], { cwd: repoRoot, env, encoding: 'utf8' }, (error, stdout) => {
      fs.rmSync(cache, { recursive: true, force: true });
      resolve({ status: error ? Number(error.code) : 0, stdout });
    });
  });
}

describe('scripts/audit.js against a stand-in registry', () => {
  it('checks what ships against the reviewed list when the audit endpoint answers 405, and says so', async () => {
    const registry = await standInRegistry(405, { error: 'Method not allowed' });
    try {
      const { status, stdout } = await runAudit(registry.url);
      expect(registry.asked).toContain('POST /-/npm/v1/security/advisories/bulk');
      expect(stdout).toMatch(/advisory check NOT RUN, .*405/);
      expect(stdout).toContain('checked instead the 14 shipped packages of package-lock.json against the reviewed list scripts/shipped-dependencies.json: they match');
      expect(status).toBe(0);
    } finally {
      await registry.close();
    }
  }, 60_000);

  it('fails on a high advisory for a shipped package, naming it', async () => {
    const advisory = { id: 1, url: 'https://advisories.example/1', title: 'Prototype pollution in Decimal', severity: 'high', vulnerable_versions: '<=10.6.0', cwe: [], cvss: { score: 7.5, vectorString: null } };
    const registry = await standInRegistry(200, { 'decimal.js': [advisory] });
    try {
      const { status, stdout } = await runAudit(registry.url);
      expect(stdout).toContain('advisory check by the registry FAILED, 0 critical, 1 high');
      expect(stdout).toContain('high: decimal.js');
      expect(stdout).toContain('Prototype pollution in Decimal https://advisories.example/1');
      expect(status).toBe(1);
    } finally {
      await registry.close();
    }
  }, 60_000);
});

describe('the reviewed list of shipped packages (scripts/shipped-dependencies.json)', () => {
  const shipped = shippedPackages(readJson('package-lock.json'));
  const pinned = readJson('scripts/shipped-dependencies.json').packages as Record<string, Shipped>;

  it('lists exactly the production packages of package-lock.json: decimal.js, jszip and what jszip needs', () => {
    expect(differences(pinned, shipped)).toEqual([]);
    expect(Object.values(shipped).map((entry) => entry.name)).toEqual(expect.arrayContaining(['decimal.js', 'jszip', 'pako', 'lie']));
    expect(Object.values(shipped).map((entry) => entry.name)).not.toContain('webpack');
  });

  it('reports a package added, one removed, a version changed and an integrity changed', () => {
    const changed = { ...shipped };
    changed['node_modules/left-pad'] = { name: 'left-pad', version: '1.3.0', integrity: 'sha512-x' };
    delete changed['node_modules/pako'];
    changed['node_modules/jszip'] = { ...changed['node_modules/jszip'], version: '3.10.3' };
    changed['node_modules/decimal.js'] = { ...changed['node_modules/decimal.js'], integrity: 'sha512-other' };
    expect(differences(pinned, changed).sort()).toEqual(
      [
        'changed: decimal.js@10.6.0 has another integrity than reviewed (node_modules/decimal.js)',
        'changed: jszip 3.10.2 -> 3.10.3 (node_modules/jszip)',
        'no longer shipped: pako@1.0.11 (node_modules/pako)',
        'not reviewed: left-pad@1.3.0 (node_modules/left-pad)',
      ].sort(),
    );
  });
});
