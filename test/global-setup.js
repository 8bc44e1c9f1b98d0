/**
 * Jest global setup: build once, before any test file runs, what the tests read — the CLI
 * (build/, as `npm install` builds it) and the add-in bundle (dist/, as `npm run build` does).
 * Test files never build on their own, so parallel test workers never see a half-written
 * dist/. Skipped only when dist/ is a production build (its build.json says so: `npm start`
 * leaves a development build there) and both outputs are newer than every source, or on a run
 * of selected test files (`npx jest path`) while a production build exists.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const repoRoot = path.join(__dirname, '..');
const sources = ['src', 'data', 'templates', 'tools', 'docs', 'scripts', 'assets', 'manifest.xml', 'webpack.config.js', 'package.json'];
const outputs = ['build/cli/main.js', 'build/functions.json', 'dist/taskpane.html', 'dist/functions.js', 'dist/functions.json'];

function newestMtime(root, entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(full).reduce((newest, name) => Math.max(newest, newestMtime(root, path.join(entry, name))), stat.mtimeMs);
}

function oldestOutput(root) {
  return Math.min(...outputs.map((file) => (fs.existsSync(path.join(root, file)) ? fs.statSync(path.join(root, file)).mtimeMs : 0)));
}

/** The mode that built dist/, from its build.json; undefined when it has none. */
function distMode(root) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'dist', 'build.json'), 'utf8')).mode;
  } catch {
    return undefined;
  }
}

/** Why the outputs under root must be built before the tests, or null when they are current. */
function buildReason(root, selectedFiles) {
  if (oldestOutput(root) === 0) return 'not built yet';
  const mode = distMode(root);
  if (mode !== 'production') return mode ? `dist/ is a ${mode} build` : 'dist/ does not say which mode built it';
  if (selectedFiles) return null;
  if (oldestOutput(root) <= Math.max(...sources.map((entry) => newestMtime(root, entry)))) return 'sources changed since the last build';
  return null;
}

module.exports = async function globalSetup(globalConfig) {
  const selectedFiles = Boolean(globalConfig && globalConfig.testPathPattern);
  if (!buildReason(repoRoot, selectedFiles)) return;
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'inherit' });
};
module.exports.buildReason = buildReason;
