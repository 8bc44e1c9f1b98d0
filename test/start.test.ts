/**
 * `npm start` and the test setup: a start that finds its port taken names the process holding
 * it and how to stop it (a real listener on 127.0.0.1, the port moved with HASHWATT_DEV_PORT);
 * where it cannot sideload (Linux) it says so in one line, makes the localhost certificates
 * without sudo (office-addin-dev-certs' own generator, into a temporary folder here) and
 * recommends no command, only how to trust the CA in a browser; and the test setup rebuilds a
 * dist/ that a development build (`npm start`) left behind.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const start = require('../scripts/start') as {
  certificateState: (dir: string, now?: Date) => 'missing' | 'expiring' | 'valid';
  ensureCertificates: (dir: string, now?: Date) => Promise<{ state: string; reason?: string }>;
  runCommand: (packageName: string, args: string[], stdio: 'pipe') => { status: number | null; stdout: string; stderr: string };
  webInstructions: (certificates: { state: string; reason?: string }, platform: string, dir: string) => string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildReason } = require('./global-setup') as { buildReason: (root: string, selectedFiles: boolean) => string | null };

const repoRoot = path.join(__dirname, '..');

describe('npm start on a port already in use', () => {
  let listener: net.Server;
  let port: number;

  beforeAll(async () => {
    listener = net.createServer();
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    port = (listener.address() as net.AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => listener.close(() => resolve())));

  it('says which process holds it and how to stop it, before building, with no stack trace', () => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'start.js')], {
      cwd: repoRoot,
      env: { ...process.env, HASHWATT_DEV_PORT: String(port) },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Port ${port} is already in use`);
    expect(run.stderr).toContain(`pid ${process.pid}: `);
    expect(run.stderr).toContain(`kill ${process.pid}`);
    expect(run.stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
    expect(run.stdout).not.toMatch(/webpack|compiled/i);
  });
});

describe('npm start where desktop Excel can be sideloaded (Windows, macOS)', () => {
  it('runs office-addin-debugging through this Node, as npx would, without a shell (npx is a .cmd on Windows)', () => {
    const run = start.runCommand('office-addin-debugging', ['start', '--help'], 'pipe');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: office-addin-debugging start');
  });
});

describe('npm start where desktop Excel cannot be sideloaded (Linux)', () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  const fortyDaysMs = 40 * 24 * 60 * 60 * 1000;

  beforeAll(() => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-certs-')), '.office-addin-dev-certs');
  });
  afterAll(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('makes the CA and localhost certificate without sudo, keeps them while valid, renews them when expired', async () => {
    expect(start.certificateState(dir)).toBe('missing');
    expect(await start.ensureCertificates(dir)).toEqual({ state: 'created' });
    expect(fs.readFileSync(file('ca.crt'), 'utf8')).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(fs.readFileSync(file('localhost.key'), 'utf8')).toMatch(/PRIVATE KEY-----/);
    const ca = fs.readFileSync(file('ca.crt'), 'utf8');
    expect(start.certificateState(dir)).toBe('valid');
    expect(await start.ensureCertificates(dir)).toEqual({ state: 'present' });
    expect(fs.readFileSync(file('ca.crt'), 'utf8')).toBe(ca);
    const later = new Date(Date.now() + fortyDaysMs);
    expect(start.certificateState(dir, later)).toBe('expiring');
    expect(await start.ensureCertificates(dir, later)).toEqual({ state: 'renewed' });
    expect(fs.readFileSync(file('ca.crt'), 'utf8')).not.toBe(ca);
  });

  it('says in one line what it could not do and recommends no command, only how to trust the CA', () => {
    for (const state of ['created', 'renewed', 'present']) {
      const text = start.webInstructions({ state }, 'linux', dir);
      expect(text.split('\n').filter((line) => /sideload/i.test(line))).toEqual([
        'Could not sideload into desktop Excel: office-addin-debugging does that on Windows and macOS only, not on linux.',
      ]);
      expect(text).toContain(`Your browser must trust the CA ${file('ca.crt')}`);
      expect(text).toContain('Upload My Add-in');
      expect(text).not.toMatch(/`|\bnpx\b|\bsudo\b|office-addin-dev-certs install/);
    }
    const failed = start.webInstructions({ state: 'failed', reason: 'EACCES: permission denied' }, 'linux', dir);
    expect(failed).toContain('(EACCES: permission denied)');
    expect(failed).toContain('open https://localhost:3000/taskpane.html once and accept it');
    expect(failed).not.toMatch(/`|\bnpx\b|\bsudo\b|office-addin-dev-certs install/);
  });
});

describe('the test setup builds dist/ fresh unless it holds a current production build', () => {
  let root: string;
  const write = (file: string, content: string, when: Date): void => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
    fs.utimesSync(path.join(root, file), when, when);
    fs.utimesSync(path.dirname(path.join(root, file)), when, when);
  };
  const built = (mode: string | undefined, when: Date): void => {
    for (const file of ['build/cli/main.js', 'build/functions.json', 'dist/taskpane.html', 'dist/functions.js', 'dist/functions.json']) write(file, '', when);
    if (mode) write('dist/build.json', JSON.stringify({ mode }), when);
  };
  const earlier = new Date('2026-01-01T00:00:00Z');
  const later = new Date('2026-01-02T00:00:00Z');

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-setup-'));
    write('src/index.ts', '', earlier);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('builds when nothing is built', () => {
    expect(buildReason(root, false)).toBe('not built yet');
  });

  it('keeps a production build newer than every source', () => {
    built('production', later);
    expect(buildReason(root, false)).toBeNull();
    expect(buildReason(root, true)).toBeNull();
  });

  it('rebuilds a development build newer than every source (left by npm start), also for selected test files', () => {
    built('development', later);
    expect(buildReason(root, false)).toBe('dist/ is a development build');
    expect(buildReason(root, true)).toBe('dist/ is a development build');
  });

  it('rebuilds a dist/ that does not say which mode built it', () => {
    built(undefined, later);
    expect(buildReason(root, false)).toBe('dist/ does not say which mode built it');
  });

  it('rebuilds a production build older than a source', () => {
    built('production', earlier);
    write('src/index.ts', 'changed', later);
    expect(buildReason(root, false)).toBe('sources changed since the last build');
  });
});

describe('the build says which mode made it', () => {
  it('names it in build.json, which the test setup reads', () => {
    expect(JSON.parse(fs.readFileSync(path.join(repoRoot, 'dist', 'build.json'), 'utf8'))).toMatchObject({ mode: 'production' });
  });
});
