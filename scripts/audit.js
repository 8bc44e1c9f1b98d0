#!/usr/bin/env node
/**
 * `node scripts/audit.js`: what ships (the production dependencies) is checked one of two ways,
 * and the output says which one ran.
 *
 * 1. The registry's audit service (`npm audit --omit=dev`): exit status 1 on a high or critical
 *    advisory, 0 when there is none.
 * 2. When that service does not answer (offline, a mirror without the audit endpoint, an error
 *    status such as 405), the production packages of package-lock.json are compared with the
 *    reviewed list scripts/shipped-dependencies.json (name, version and integrity of each):
 *    exit status 1 on any package added, removed or changed since the review, 0 when they match.
 *    After reviewing a dependency change, rewrite the list with `node scripts/audit.js --pin`.
 *
 * HASHWATT_AUDIT_REGISTRY names another registry to ask (the tests stand one in locally).
 * Run by .ci/run.
 */
const { execFile } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const pinnedFile = path.join(__dirname, 'shipped-dependencies.json');
const blocking = ['high', 'critical'];
const pinnedComment =
  'The production dependencies (what ships in the bundles) as last reviewed, from package-lock.json. scripts/audit.js compares the lock with this list when the registry cannot audit. Rewrite it only after reviewing a dependency change: node scripts/audit.js --pin';

function audit() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const registry = process.env.HASHWATT_AUDIT_REGISTRY;
  const args = ['audit', '--omit=dev', '--json', ...(registry ? ['--registry', registry] : [])];
  return new Promise((resolve) => {
    execFile(npm, args, { cwd: root, encoding: 'utf8', timeout: 120000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && error.code === 'ENOENT') return resolve({ unchecked: `npm audit could not run: ${error.message}` });
      let report;
      try {
        report = JSON.parse(stdout);
      } catch {
        return resolve({ unchecked: `npm audit gave no report (exit ${error ? error.code : 0}): ${(stderr || '').trim().split('\n').pop()}` });
      }
      if (!report.metadata || !report.metadata.vulnerabilities) {
        const reason = report.message || (report.error && (report.error.summary || report.error.code)) || 'no vulnerability counts';
        return resolve({ unchecked: `the registry's audit service did not answer: ${reason}` });
      }
      return resolve({ report });
    });
  });
}

/** The production packages of a package-lock.json, by their path in node_modules. */
function shippedPackages(lock) {
  const packages = {};
  for (const [where, entry] of Object.entries(lock.packages || {})) {
    if (!where.startsWith('node_modules/') || entry.dev || entry.link) continue;
    packages[where] = { name: where.split('node_modules/').pop(), version: entry.version, integrity: entry.integrity };
  }
  return packages;
}

/** Every difference between the reviewed list and what ships, one line each; empty when they match. */
function differences(pinned, shipped) {
  const lines = [];
  for (const [where, entry] of Object.entries(shipped)) {
    const reviewed = pinned[where];
    if (!reviewed) lines.push(`not reviewed: ${entry.name}@${entry.version} (${where})`);
    else if (reviewed.version !== entry.version) lines.push(`changed: ${entry.name} ${reviewed.version} -> ${entry.version} (${where})`);
    else if (reviewed.integrity !== entry.integrity) lines.push(`changed: ${entry.name}@${entry.version} has another integrity than reviewed (${where})`);
  }
  for (const [where, entry] of Object.entries(pinned)) if (!shipped[where]) lines.push(`no longer shipped: ${entry.name}@${entry.version} (${where})`);
  return lines;
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

function checkPinned(reason, write) {
  const shipped = shippedPackages(readJson(path.join(root, 'package-lock.json')));
  const found = differences(readJson(pinnedFile).packages, shipped);
  const count = Object.keys(shipped).length;
  write(`audit (production dependencies): advisory check NOT RUN, ${reason}\n`);
  if (found.length === 0) {
    write(`audit (production dependencies): checked instead the ${count} shipped packages of package-lock.json against the reviewed list scripts/shipped-dependencies.json: they match\n`);
    return 0;
  }
  write(`audit (production dependencies): FAILED, package-lock.json ships what scripts/shipped-dependencies.json does not list as reviewed:\n`);
  for (const line of found) write(`  ${line}\n`);
  return 1;
}

function checkAdvisories(report, write) {
  const counts = report.metadata.vulnerabilities;
  const summary = ['critical', 'high', 'moderate', 'low', 'info'].map((level) => `${counts[level] || 0} ${level}`).join(', ');
  const found = Object.values(report.vulnerabilities || {}).filter((v) => blocking.includes(v.severity));
  if (found.length === 0 && blocking.every((level) => !counts[level])) {
    write(`audit (production dependencies): advisory check by the registry, no high or critical vulnerability (${summary})\n`);
    return 0;
  }
  write(`audit (production dependencies): advisory check by the registry FAILED, ${summary}\n`);
  for (const v of found) {
    const advisories = (v.via || []).filter((via) => typeof via === 'object').map((via) => `${via.title} ${via.url || ''}`.trim());
    write(`  ${v.severity}: ${v.name} ${v.range || ''}${advisories.length ? ` (${advisories.join('; ')})` : ''}\n`);
  }
  return 1;
}

function pin() {
  const packages = shippedPackages(readJson(path.join(root, 'package-lock.json')));
  fs.writeFileSync(pinnedFile, JSON.stringify({ _comment: pinnedComment, packages }, null, 2) + '\n');
  process.stdout.write(`wrote ${Object.keys(packages).length} packages to scripts/shipped-dependencies.json\n`);
  return 0;
}

async function main() {
  if (process.argv.includes('--pin')) return pin();
  const write = (text) => process.stdout.write(text);
  const { unchecked, report } = await audit();
  return unchecked ? checkPinned(unchecked, write) : checkAdvisories(report, write);
}

if (require.main === module) main().then((status) => (process.exitCode = status));

module.exports = { shippedPackages, differences };
