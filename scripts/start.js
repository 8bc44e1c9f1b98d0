/**
 * `npm start`: builds the add-in, serves it on https://localhost:3000 and, where the platform
 * allows (Windows, macOS), sideloads it into desktop Excel with office-addin-debugging.
 * Elsewhere (Linux) sideloading is not supported: it still serves the add-in and prints
 * exactly how to load manifest.xml in Excel on the web, and where the task-pane preview is.
 *
 * The server runs inside this process, so stopping `npm start` in any way (Ctrl+C, kill, a
 * closed terminal, its parent ending) stops the server with it. When the port is already taken
 * it says which process holds it and how to stop it, before building anything.
 * HASHWATT_DEV_PORT moves the port (the manifest names 3000: only for checks of this script).
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { portHolders, portTaken, portTakenMessage } = require('./port');

const root = path.join(__dirname, '..');
const manifest = path.join(root, 'manifest.xml');
const port = Number(process.env.HASHWATT_DEV_PORT) || 3000;
const certDir = path.join(os.homedir(), '.office-addin-dev-certs');

function npx(args, options = {}) {
  return spawnSync('npx', args, { cwd: root, stdio: 'inherit', ...options });
}

function certificatesPresent() {
  return ['ca.crt', 'localhost.crt', 'localhost.key'].every((name) => fs.existsSync(path.join(certDir, name)));
}

/** Creates (and where possible trusts) the localhost certificates; never fatal. */
function ensureCertificates() {
  if (certificatesPresent()) return 'present';
  const result = npx(['office-addin-dev-certs', 'install'], { stdio: 'pipe', timeout: 120000, encoding: 'utf8' });
  // It exits 0 even when it could not trust the CA (e.g. "sudo: not found"): read what it said.
  const said = `${result.stdout || ''}${result.stderr || ''}`;
  if (!certificatesPresent()) return 'missing';
  return result.status === 0 && !/unable to install|error/i.test(said) ? 'installed' : 'untrusted';
}

function sideloadSupported() {
  return process.platform === 'win32' || process.platform === 'darwin';
}

function printWebInstructions(certState) {
  const trust =
    certState === 'missing'
      ? [
          '  The server uses a self-signed certificate generated for this run. Open',
          `  https://localhost:${port}/taskpane.html once in your browser and accept it, or run`,
          '  `npx office-addin-dev-certs install` to create a local CA and trust ~/.office-addin-dev-certs/ca.crt.',
        ]
      : certState === 'untrusted'
        ? [
            `  The certificates are in ${certDir}, but this machine could not trust the CA by itself.`,
            `  Import ${path.join(certDir, 'ca.crt')} into your browser's trusted authorities, or open`,
            `  https://localhost:${port}/taskpane.html once and accept the certificate.`,
          ]
        : certState === 'installed'
          ? [`  The localhost certificate was created and trusted (${certDir}).`]
          : [
              `  Using the localhost certificate in ${certDir}. If the browser warns about it, import`,
              `  ${path.join(certDir, 'ca.crt')} into its trusted authorities.`,
            ];
  console.log(
    [
      '',
      `Hashwatt is served at https://localhost:${port}`,
      `Desktop sideloading is not supported on ${process.platform}. To use Hashwatt in Excel on the web:`,
      '  1. Open a workbook in Excel on the web (https://excel.cloud.microsoft or office.com > Excel).',
      '  2. Home > Add-ins > More Add-ins (or Get Add-ins) > My Add-ins > Upload My Add-in.',
      `  3. Choose ${manifest} and Upload.`,
      '  4. Type =MINER. in a cell for the functions; Home > Hashwatt > Company presets opens the task pane.',
      ...trust,
      `Task-pane preview in any browser (read-only, no Excel): https://localhost:${port}/taskpane.html`,
      'Stop with Ctrl+C.',
      '',
    ].join('\n'),
  );
}

/** Runs webpack-dev-server in this process; resolves once it listens. */
async function serve(certState) {
  process.env.WEBPACK_SERVE = 'true';
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const config = require('../webpack.config.js')({}, { mode: 'development' });
  const compiler = webpack({ ...config, mode: 'development' });
  let announced = false;
  compiler.hooks.done.tap('start', (stats) => {
    if (stats.hasErrors()) process.stdout.write(`${stats.toString({ all: false, errors: true })}\n`);
    if (!announced) {
      announced = true;
      printWebInstructions(certState);
    }
  });
  const server = new WebpackDevServer({ ...config.devServer, port }, compiler);
  await server.start();
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.stop().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
  // `npm start` killed with no signal it can pass on (kill -9) leaves this process running:
  // stop when the parent, or npm above the shell it ran this in, has gone.
  const parent = process.ppid;
  const watched = [parent, ...(process.env.npm_lifecycle_event ? [parentOf(parent)] : [])].filter((pid) => pid > 1);
  setInterval(() => {
    if (process.ppid !== parent || !watched.every(alive)) stop();
  }, 1000).unref();
}

/** The parent of a process (Linux /proc); 0 when it cannot be read. */
function parentOf(pid) {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
  } catch {
    return 0;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function main() {
  if (await portTaken(port)) {
    process.stderr.write(`${portTakenMessage(port, portHolders(port))}\n`);
    return 1;
  }
  // The development server is always https://localhost:3000: a deployment base URL set in the
  // environment (for `npm run build`) does not apply here.
  delete process.env.HASHWATT_BASE_URL;
  if (sideloadSupported()) {
    // Builds, runs the dev server (npm run dev-server) and sideloads into desktop Excel.
    const result = npx(['office-addin-debugging', 'start', manifest, 'desktop']);
    return result.status ?? 1;
  }
  const build = spawnSync('npm', ['run', 'build:dev'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;
  const certState = ensureCertificates();
  try {
    await serve(certState);
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    process.stderr.write(`${portTakenMessage(port, portHolders(port))}\n`);
    return 1;
  }
  return undefined;
}

main().then(
  (status) => {
    if (status !== undefined) process.exit(status);
  },
  (error) => {
    process.stderr.write(`npm start: ${error.stack || error}\n`);
    process.exit(1);
  },
);
