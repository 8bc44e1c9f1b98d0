/**
 * Jest global setup: build once, before any test file runs, what the tests read — the CLI
 * (build/, as `npm install` builds it) and the add-in bundle (dist/, as `npm run build` does).
 * Test files never build on their own, so parallel test workers never see a half-written
 * dist/. Skipped when both outputs are newer than every source, and on a run of selected
 * test files (`npx jest path`) while the outputs exist: `npm test` always builds fresh.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const sources = ['src', 'data', 'templates', 'tools', 'docs', 'scripts', 'assets', 'manifest.xml', 'webpack.config.js', 'package.json'];
const outputs = ['build/cli/main.js', 'build/functions.json', 'dist/taskpane.html', 'dist/functions.js', 'dist/functions.json'];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(full).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function oldestOutput() {
  return Math.min(...outputs.map((file) => (fs.existsSync(path.join(root, file)) ? fs.statSync(path.join(root, file)).mtimeMs : 0)));
}

module.exports = async function globalSetup(globalConfig) {
  const built = oldestOutput() > 0;
  const selectedFiles = Boolean(globalConfig && globalConfig.testPathPattern);
  if (built && selectedFiles) return;
  if (oldestOutput() > Math.max(...sources.map(newestMtime))) return;
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
};
