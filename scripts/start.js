/**
 * `npm start`: builds the add-in, serves it on https://localhost:3000 and, where the platform
 * allows (Windows, macOS), sideloads it into desktop Excel with office-addin-debugging.
 * Elsewhere (Linux) there is no desktop Excel to sideload into: it says so in one line, still
 * serves the add-in, and prints how to load manifest.xml in Excel on the web and where the
 * task-pane preview is. There it makes the localhost certificates office-addin-dev-certs makes,
 * but does not try to trust their CA: `office-addin-dev-certs install` runs `sudo` for the
 * system store (which fails where there is no sudo, and which Chrome and Firefox on Debian and
 * Ubuntu do not read: they keep stores of their own), so it says how to trust the CA in the
 * browser instead.
 *
 * The server runs inside this process, so stopping `npm start` in any way (Ctrl+C, kill, a
 * closed terminal, its parent ending) stops the server with it. When the port is already taken
 * it says which process holds it and how to stop it, before building anything.
 * HASHWATT_DEV_PORT moves the port (the manifest names 3000: only for checks of this script).
 */
const { spawnSync } = require('child_process');
const { X509Certificate } = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { portHolders, portTaken, portTakenMessage } = require('./port');

const root = path.join(__dirname, '..');
const manifest = path.join(root, 'manifest.xml');
const port = Number(process.env.HASHWATT_DEV_PORT) || 3000;
const certDir = path.join(os.homedir(), '.office-addin-dev-certs');

/**
 * Runs a package's command as npx would, but through this Node: on Windows `npx` is a .cmd
 * file, which spawnSync cannot start without a shell.
 */
function runCommand(packageName, args, stdio = 'inherit') {
  const manifestFile = require.resolve(`${packageName}/package.json`, { paths: [root] });
  const { bin } = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const script = typeof bin === 'string' ? bin : bin[packageName];
  return spawnSync(process.execPath, [path.join(path.dirname(manifestFile), script), ...args], { cwd: root, stdio, encoding: 'utf8' });
}

const certificateFiles = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
const dayMs = 24 * 60 * 60 * 1000;

/**
 * The localhost certificate in dir: 'missing', 'expiring' (expired, or expiring within a day:
 * office-addin-dev-certs makes them for 30 days) or 'valid'.
 */
function certificateState(dir, now = new Date()) {
  const files = Object.values(certificateFiles).map((name) => path.join(dir, name));
  if (!files.every((file) => fs.existsSync(file))) return 'missing';
  try {
    const { validTo } = new X509Certificate(fs.readFileSync(path.join(dir, certificateFiles.cert)));
    return Date.parse(validTo) - now.getTime() < dayMs ? 'expiring' : 'valid';
  } catch {
    return 'expiring';
  }
}

/**
 * Makes sure dir holds a current CA and localhost certificate, made as office-addin-dev-certs
 * makes them (its own generator), without trusting the CA. Resolves { state, reason }: state
 * 'present', 'created', 'renewed' or 'failed' (reason: why; the server then uses
 * webpack-dev-server's own self-signed certificate). Never rejects.
 */
async function ensureCertificates(dir = certDir, now = new Date()) {
  const before = certificateState(dir, now);
  if (before === 'valid') return { state: 'present' };
  try {
    const { generateCertificates } = require('office-addin-dev-certs');
    const file = (name) => path.join(dir, certificateFiles[name]);
    // It writes nothing when a CA is already there: an expiring set is replaced whole.
    for (const name of Object.keys(certificateFiles)) fs.rmSync(file(name), { force: true });
    await generateCertificates(file('ca'), file('cert'), file('key'));
    return { state: before === 'expiring' ? 'renewed' : 'created' };
  } catch (error) {
    return { state: 'failed', reason: String((error && error.message) || error).split('\n')[0] };
  }
}

function sideloadSupported() {
  return process.platform === 'win32' || process.platform === 'darwin';
}

/** How to trust the CA: in the browser that opens Excel on the web, which is what must trust it. */
function trustSteps(dir) {
  const ca = path.join(dir, certificateFiles.ca);
  return [
    `  Your browser must trust the CA ${ca}; this script does not do it for you:`,
    '    Chrome, Edge, Chromium: Settings > Privacy and security > Security > Manage certificates,',
    '      import it as a trusted certificate authority (Authorities, or Installed by you > Trusted).',
    '    Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities >',
    '      Import, and tick "Trust this CA to identify websites".',
    `  Then reload https://localhost:${port}/taskpane.html: no certificate warning means it worked.`,
  ];
}

/** What the certificate step did, and what is left for the user to do. */
function certificateLines(certificates, dir = certDir) {
  switch (certificates.state) {
    case 'created':
      return [`  Made a development CA and localhost certificate (valid 30 days) in ${dir}.`, ...trustSteps(dir)];
    case 'renewed':
      return [`  The localhost certificate in ${dir} had expired: made a new CA and certificate.`, ...trustSteps(dir)];
    case 'present':
      return [`  Using the localhost certificate in ${dir}. If the browser warns about it:`, ...trustSteps(dir)];
    default:
      return [
        `  Could not make certificates in ${dir} (${certificates.reason}); this run uses a`,
        `  self-signed certificate: open https://localhost:${port}/taskpane.html once and accept it.`,
      ];
  }
}

/** What `npm start` prints once it serves, where it cannot sideload (Linux). */
function webInstructions(certificates, platform = process.platform, dir = certDir) {
  return [
    '',
    `Hashwatt is served at https://localhost:${port}`,
    `Could not sideload into desktop Excel: office-addin-debugging does that on Windows and macOS only, not on ${platform}.`,
    'To use Hashwatt in Excel on the web:',
    '  1. Open a workbook in Excel on the web (https://excel.cloud.microsoft or office.com > Excel).',
    '  2. Home > Add-ins > More Add-ins (or Get Add-ins) > My Add-ins > Upload My Add-in.',
    `  3. Choose ${manifest} and Upload.`,
    '  4. Type =MINER. in a cell for the functions; Home > Hashwatt > Company presets opens the task pane.',
    ...certificateLines(certificates, dir),
    `Task-pane preview in any browser (read-only, no Excel): https://localhost:${port}/taskpane.html`,
    'Stop with Ctrl+C.',
    '',
  ].join('\n');
}

/** Runs webpack-dev-server in this process; resolves once it listens. */
async function serve(certificates) {
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
      console.log(webInstructions(certificates));
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
    // Desktop Excel loads https://localhost:3000 only with a trusted certificate, and the dev
    // server uses office-addin-dev-certs' files (webpack.config.js); office-addin-debugging
    // makes and trusts them itself on macOS only. This asks once (Windows: a security prompt;
    // macOS: the password), then finds them trusted.
    try {
      await require('office-addin-dev-certs').ensureCertificatesAreInstalled();
    } catch (error) {
      process.stderr.write(`Could not trust the localhost certificate (${String(error.message).split('\n')[0]}): Excel may refuse to load the add-in.\n`);
    }
    // Builds, runs the dev server (npm run dev-server) and sideloads into desktop Excel.
    return runCommand('office-addin-debugging', ['start', manifest, 'desktop']).status ?? 1;
  }
  const build = spawnSync('npm', ['run', 'build:dev'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;
  const certificates = await ensureCertificates();
  try {
    await serve(certificates);
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    process.stderr.write(`${portTakenMessage(port, portHolders(port))}\n`);
    return 1;
  }
  return undefined;
}

module.exports = { certificateState, ensureCertificates, runCommand, webInstructions };

if (require.main === module) {
  main().then(
    (status) => {
      if (status !== undefined) process.exit(status);
    },
    (error) => {
      process.stderr.write(`npm start: ${error.stack || error}\n`);
      process.exit(1);
    },
  );
}
