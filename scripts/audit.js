#!/usr/bin/env node
/**
 * `node scripts/audit.js`: what ships (the production dependencies, `npm audit --omit=dev`)
 * must have no high or critical vulnerability. Exit status 1 when it has one; 0 when it has
 * none, and also when the registry's audit service does not answer (offline, or a registry
 * mirror without the audit endpoint), in which case it says plainly that nothing was checked.
 * Run by .ci/run.
 */
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const blocking = ['high', 'critical'];

function audit() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 120000 });
  if (run.error) return { unchecked: `npm audit could not run: ${run.error.message}` };
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return { unchecked: `npm audit gave no report (exit ${run.status}): ${(run.stderr || '').trim().split('\n').pop()}` };
  }
  if (!report.metadata || !report.metadata.vulnerabilities) {
    const reason = report.message || (report.error && (report.error.summary || report.error.code)) || 'no vulnerability counts';
    return { unchecked: `the registry's audit service did not answer: ${reason}` };
  }
  return { report };
}

function main() {
  const { unchecked, report } = audit();
  if (unchecked) {
    process.stdout.write(`audit (production dependencies): NOT CHECKED, ${unchecked}\n`);
    return 0;
  }
  const counts = report.metadata.vulnerabilities;
  const summary = ['critical', 'high', 'moderate', 'low', 'info'].map((level) => `${counts[level] || 0} ${level}`).join(', ');
  const found = Object.values(report.vulnerabilities || {}).filter((v) => blocking.includes(v.severity));
  if (found.length === 0 && blocking.every((level) => !counts[level])) {
    process.stdout.write(`audit (production dependencies): no high or critical vulnerability (${summary})\n`);
    return 0;
  }
  process.stdout.write(`audit (production dependencies): FAILED, ${summary}\n`);
  for (const v of found) {
    const advisories = (v.via || []).filter((via) => typeof via === 'object').map((via) => `${via.title} ${via.url || ''}`.trim());
    process.stdout.write(`  ${v.severity}: ${v.name} ${v.range || ''}${advisories.length ? ` (${advisories.join('; ')})` : ''}\n`);
  }
  return 1;
}

process.exitCode = main();
