/**
 * `npm start`: builds the add-in, serves it on https://localhost:3000 and, where the platform
 * allows (Windows, macOS), sideloads it into desktop Excel with office-addin-debugging.
 * Elsewhere (Linux) sideloading is not supported: it still serves the add-in and prints
 * exactly how to load manifest.xml in Excel on the web, and where the task-pane preview is.
 */
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const manifest = path.join(root, 'manifest.xml');
const port = 3000;
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

function main() {
  // The development server is always https://localhost:3000: a deployment base URL set in the
  // environment (for `npm run build`) does not apply here.
  delete process.env.HASHWATT_BASE_URL;
  if (sideloadSupported()) {
    // Builds, runs the dev server (npm run dev-server) and sideloads into desktop Excel.
    const result = npx(['office-addin-debugging', 'start', manifest, 'desktop']);
    process.exit(result.status ?? 1);
  }
  const build = spawnSync('npm', ['run', 'build:dev'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const certState = ensureCertificates();
  const server = spawn('npx', ['webpack', 'serve', '--mode', 'development'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let announced = false;
  server.stdout.on('data', (chunk) => {
    const text = chunk.toString();
    if (!announced && /compiled/i.test(text)) {
      announced = true;
      printWebInstructions(certState);
    }
    if (/error/i.test(text)) process.stdout.write(text);
  });
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}

main();
