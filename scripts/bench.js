#!/usr/bin/env node
/**
 * `npm run bench`: the performance figures of the add-in, measured on the compiled code.
 *
 * - Every scalar MINER.* function in functions.json, called through the Excel layer (input
 *   normalisation, validation, decimal core, error mapping): calls per second, and the ratio
 *   to a plain-number implementation of the same formula measured in the same run (the floor,
 *   scripts/bench/samples.js).
 * - Workloads: HASHPRICE_PATH over 600 months, CONVERSION_CASHFLOWS over 30 years,
 *   HASHPRICE_FAN over 10,000 paths × 60 months, ASIC_CASHFLOWS over a 60-month path,
 *   FLEX_MARGIN_PER_MW over 8,760 hourly prices and over 1,048,576 in a column and in a row,
 *   a 100 × 100 BREAKEVEN_BTC grid (against its plain-number floor: the target is a ratio,
 *   so it holds on a faster or slower machine alike); peak heap.
 * - The size of dist/functions.js, of the shared chunk (decimal.js and the data) and of the
 *   task-pane bundle, raw and gzipped.
 * - In headless Chromium: the time from navigation start to all functions registered, and to
 *   the task pane painted.
 * - Per engine, through the shipped bundle (dist/shared.js and dist/functions.js): V8 (headless
 *   Chromium), JavaScriptCore (the jsc shell) and SpiderMonkey (Firefox ESR), every scalar
 *   function's calls per second and its ratio to its floor measured in the same engine, and the
 *   100 × 100 BREAKEVEN_BTC grid against its floor (scripts/bench/engines.js).
 *
 * It builds first: build/ (tsc, the CLI's compiled core and Excel layer, and functions.json)
 * and dist/ (webpack --mode production). `--no-build` measures what is already built;
 * `--profile ID...` prints where each named function's time goes instead of the figures.
 * Figures also go to test-artifacts/bench-results.json. The exit status is 1 when a target
 * is missed or a figure could not be measured (a scalar function without sample args in
 * scripts/bench/samples.js is one: add its sample there).
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { measurePageLoad } = require('./bench/browser');
const { measureEngines } = require('./bench/engines');
const { callsPerSecond, timeMs, bestTimesMs, heap, median } = require('./bench/measure');
const { samples, dayOfHourlyPricesUsdPerMwh } = require('./bench/samples');

const root = path.join(__dirname, '..');
const buildDir = path.join(root, 'build');
const distDir = path.join(root, 'dist');
const resultsFile = path.join(root, 'test-artifacts', 'bench-results.json');

/** The targets the issue sets; a missed one is made met in the code, never moved here. */
const targets = {
  scalarCallsPerSecond: 250000,
  hashpricePath600Ms: 5,
  flexMargin8760Ms: 20,
  leaseFinancing30YearsMs: 1,
  hashpriceFan10000x60Ms: 100,
  asicCashflows60Ms: 1,
  functionsBundleGzipBytes: 150 * 1000,
  /** The 100 × 100 BREAKEVEN_BTC grid through the Excel layer, as a multiple of its plain-number floor. */
  breakevenGridTimesFloor: 10,
};

// ---------------------------------------------------------------------------------------------
// Build

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, output: `${result.stdout || ''}${result.stderr || ''}`.trim() };
}

function bin(name) {
  return path.join(root, 'node_modules', '.bin', name);
}

function build() {
  process.stdout.write('Building build/ (tsc) and dist/ (webpack --mode production)...\n');
  const tsc = run(bin('tsc'), ['-p', 'tsconfig.cli.json']);
  if (!tsc.ok) {
    // tsc still emits JavaScript on type errors; measure it, but say so.
    process.stdout.write(`warning: tsc reported errors (JavaScript was emitted):\n${tsc.output.split('\n').slice(0, 10).join('\n')}\n`);
  }
  for (const [command, args] of [
    ['node', ['scripts/metadata.js', 'build/functions.json']],
    [bin('webpack'), ['--mode', 'production']],
  ]) {
    const step = run(command, args);
    if (!step.ok) throw new Error(`${path.basename(command)} ${args.join(' ')} failed:\n${step.output}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Inputs

function loadFunctions() {
  require(path.join(buildDir, 'functions', 'host-shim.js')).installCustomFunctionsShim();
  const { functionsById } = require(path.join(buildDir, 'functions', 'registry.js'));
  const metadata = JSON.parse(fs.readFileSync(path.join(buildDir, 'functions.json'), 'utf8')).functions;
  return { byId: functionsById(), metadata };
}

/** The sample args of `id` with the named parameters replaced. */
function argsWith(meta, overrides) {
  const args = [...samples[meta.id].args];
  for (const [name, value] of Object.entries(overrides)) {
    const index = meta.parameters.findIndex((p) => p.name === name);
    if (index < 0) throw new Error(`${meta.id} has no parameter ${name}`);
    args[index] = value;
  }
  return args;
}

/** A year of hourly prices (USD/MWh) as one column: the sample day with a seasonal swing and deterministic noise. */
function yearOfHourlyPrices() {
  const day = dayOfHourlyPricesUsdPerMwh[0];
  const column = [];
  let seed = 20260101;
  for (let hour = 0; hour < 8760; hour++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const season = 1 + 0.25 * Math.cos((2 * Math.PI * hour) / 8760);
    column.push([Math.round(day[hour % 24] * season * (0.8 + (0.4 * seed) / 2147483648) * 100) / 100]);
  }
  return column;
}

/** Excel's row count of hourly prices (USD/MWh), as one column (rows of one cell) or as one row. */
function fullColumnAndRowOfPrices() {
  const year = yearOfHourlyPrices();
  const cells = Array.from({ length: 1048576 }, (_, i) => year[i % year.length][0]);
  return { column: cells.map((price) => [price]), row: [cells] };
}

/** Calls fn once; an Excel error becomes a readable failure. */
function tryCall(fn, args) {
  try {
    return { value: fn(...args) };
  } catch (error) {
    return { error: `${error.code || error.name}: ${error.message}` };
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements

function measureScalars(byId, metadata) {
  const rows = [];
  for (const meta of metadata.filter((m) => m.result.dimensionality !== 'matrix')) {
    const fn = byId.get(meta.id);
    const sample = samples[meta.id];
    const row = { id: meta.id, callsPerSecond: null, floorCallsPerSecond: null, ratio: null, problem: null };
    rows.push(row);
    if (!fn) {
      row.problem = 'in functions.json but not exported by the Excel layer';
      continue;
    }
    if (!sample) {
      row.problem = 'no sample: add its args to scripts/bench/samples.js';
      continue;
    }
    const check = tryCall(fn, sample.args);
    if (check.error) {
      row.problem = `sample args fail: ${check.error}`;
      continue;
    }
    [row.callsPerSecond, row.floorCallsPerSecond = null] = callsPerSecond(sample.floor ? [fn, sample.floor] : [fn], sample.args);
    if (row.floorCallsPerSecond) row.ratio = row.floorCallsPerSecond / row.callsPerSecond;
  }
  return rows;
}

/**
 * One workload's warm and cold time. With `floorTimes` (a ratio target), the function's
 * plain-number floor (scripts/bench/samples.js) is timed on the same calls in the same run, and
 * the target is the layer's time over the floor's.
 */
function workload(label, byId, metadata, id, makeArgs, target, floorTimes = null) {
  const fn = byId.get(id);
  const meta = metadata.find((m) => m.id === id);
  const figure = { label, ms: null, coldMs: null, targetMs: target, bestMs: null, floorMs: null, targetTimesFloor: floorTimes, problem: null };
  if (!fn || !meta) {
    figure.problem = `${id} is not in functions.json yet`;
    return figure;
  }
  if (!samples[id]) {
    figure.problem = `no sample: add ${id}'s args to scripts/bench/samples.js`;
    return figure;
  }
  const calls = makeArgs(meta);
  const check = calls.map((args) => tryCall(fn, args)).find((outcome) => outcome.error);
  if (check) {
    figure.problem = `${id} fails on the workload's args: ${check.error}`;
    return figure;
  }
  const allCalls = (f) => () => {
    let last;
    for (const args of calls) last = f(...args);
    return last;
  };
  Object.assign(figure, timeMs(allCalls(fn)));
  if (floorTimes) {
    if (!samples[id].floor) figure.problem = `no floor: add ${id}'s plain-number formula to scripts/bench/samples.js`;
    else [figure.bestMs, figure.floorMs] = bestTimesMs([allCalls(fn), allCalls(samples[id].floor)]);
  }
  return figure;
}

/** The 100 × 100 BREAKEVEN_BTC grid's calls: power price 0.02 + i × 0.001 × efficiency 12 + j × 0.25. */
function breakevenGridCalls(meta) {
  const powerPrices = Array.from({ length: 100 }, (_, i) => 0.02 + i * 0.001);
  const efficiencies = Array.from({ length: 100 }, (_, i) => 12 + i * 0.25);
  return powerPrices.flatMap((price) =>
    efficiencies.map((efficiency) => argsWith(meta, { power_price_usd_per_kwh: price, efficiency_j_per_th: efficiency })),
  );
}

function measureWorkloads(byId, metadata) {
  const prices = yearOfHourlyPrices();
  const fullRange = fullColumnAndRowOfPrices();
  return [
    workload('HASHPRICE_PATH, 600 months', byId, metadata, 'HASHPRICE_PATH', (meta) => [argsWith(meta, { months: 600 })], targets.hashpricePath600Ms),
    workload('CONVERSION_CASHFLOWS, 30 years', byId, metadata, 'CONVERSION_CASHFLOWS', (meta) => [argsWith(meta, { years: 30 })], null),
    workload('LEASE_FINANCING, 30-year lease', byId, metadata, 'LEASE_FINANCING', (meta) => [argsWith(meta, { term_years: 30 })], targets.leaseFinancing30YearsMs),
    workload('HASHPRICE_FAN, 10,000 paths × 60 months', byId, metadata, 'HASHPRICE_FAN', (meta) => [argsWith(meta, { months: 60, paths: 10000 })], targets.hashpriceFan10000x60Ms),
    workload(
      'ASIC_CASHFLOWS, 60 months',
      byId,
      metadata,
      'ASIC_CASHFLOWS',
      (meta) => [argsWith(meta, { months: 60, hashprice_usd_per_ph_day: Array.from({ length: 60 }, (_, i) => [39.33 * 0.98 ** i]) })],
      targets.asicCashflows60Ms,
    ),
    workload(
      'FLEX_MARGIN_PER_MW, 8,760 hourly prices',
      byId,
      metadata,
      'FLEX_MARGIN_PER_MW',
      (meta) => [argsWith(meta, { hourly_power_prices_usd_per_mwh: prices })],
      targets.flexMargin8760Ms,
    ),
    ...['column', 'row'].map((shape) =>
      workload(
        `FLEX_MARGIN_PER_MW, 1,048,576 hourly prices in a ${shape}`,
        byId,
        metadata,
        'FLEX_MARGIN_PER_MW',
        (meta) => [argsWith(meta, { hourly_power_prices_usd_per_mwh: fullRange[shape] })],
        null,
      ),
    ),
    workload(
      'BREAKEVEN_BTC grid, 100 × 100 (power price × efficiency)',
      byId,
      metadata,
      'BREAKEVEN_BTC',
      breakevenGridCalls,
      null,
      targets.breakevenGridTimesFloor,
    ),
  ];
}

function fileSizes(file) {
  if (!fs.existsSync(file)) return null;
  const content = fs.readFileSync(file);
  return { raw: content.length, gzip: zlib.gzipSync(content, { level: 9 }).length };
}

function measureBundles() {
  return {
    functions: fileSizes(path.join(distDir, 'functions.js')),
    shared: fileSizes(path.join(distDir, 'shared.js')),
    taskpane: fileSizes(path.join(distDir, 'taskpane.js')),
  };
}

async function measureBrowser() {
  const dist = JSON.parse(fs.readFileSync(path.join(distDir, 'functions.json'), 'utf8')).functions;
  const result = await measurePageLoad(distDir, dist.length);
  if (result.skipped) return { skipped: result.skipped, functions: dist.length };
  const pick = (key) => {
    const values = result.runs.map((r) => r[key]);
    return values.every((v) => typeof v === 'number') ? median(values) : null;
  };
  return {
    functions: dist.length,
    runs: result.runs.length,
    associated: Math.min(...result.runs.map((r) => r.associated)),
    functionsRegisteredMs: pick('functionsRegisteredMs'),
    firstContentfulPaintMs: pick('firstContentfulPaintMs'),
    paneReadyMs: pick('paneReadyMs'),
    errors: [...new Set(result.runs.flatMap((r) => r.errors))],
  };
}

function machine() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = (cpuinfo.match(/^model name\s*:\s*(.+)$/m) || [])[1] || (os.cpus()[0] || {}).model || 'unknown CPU';
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return { cores, cpu: model.trim(), node: process.version, line: `${cores} × ${model.trim()}, Node ${process.version}` };
}

// ---------------------------------------------------------------------------------------------
// Report

const integer = (n) => Math.round(n).toLocaleString('en-US');
const ms = (n) => (n < 10 ? n.toFixed(3) : n.toFixed(1));
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function verdict(met) {
  return met ? 'met' : 'MISSED';
}

function report(results) {
  const out = [];
  const checks = [];
  const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
  out.push(`Machine: ${results.machine.line}`);
  out.push(`Load average (1, 5, 15 min) at start: ${load(results.loadBefore)}; at end: ${load(results.loadAfter)}`, '');

  out.push(
    `Scalar functions through the Excel layer, best of 7 rounds alternating with the floor (target: >= ${integer(
      targets.scalarCallsPerSecond,
    )} calls/s each)`,
  );
  out.push(
    table(
      ['function', 'calls/s', 'floor calls/s', 'floor ÷ layer', 'target'],
      results.scalars.map((r) => {
        if (r.problem) {
          checks.push({ target: `${r.id} >= ${integer(targets.scalarCallsPerSecond)} calls/s`, status: 'not measured', detail: r.problem });
          return [r.id, r.problem, '', '', 'NOT MEASURED'];
        }
        const met = r.callsPerSecond >= targets.scalarCallsPerSecond;
        checks.push({ target: `${r.id} >= ${integer(targets.scalarCallsPerSecond)} calls/s`, status: verdict(met), detail: integer(r.callsPerSecond) });
        return [
          r.id,
          integer(r.callsPerSecond),
          r.floorCallsPerSecond ? integer(r.floorCallsPerSecond) : 'no floor',
          r.ratio ? `${r.ratio.toFixed(1)}×` : '',
          verdict(met),
        ];
      }),
    ),
  );
  out.push('');

  out.push('Workloads (warm: median of repeated runs after a JIT warm-up; cold: the very first run)');
  out.push(
    table(
      ['workload', 'warm', 'cold', 'target (warm)'],
      results.workloads.map((w) => {
        const name = w.targetMs ? `${w.label} < ${w.targetMs} ms` : w.targetTimesFloor ? `${w.label} within ${w.targetTimesFloor}× of its floor` : null;
        if (w.problem) {
          if (name) checks.push({ target: name, status: 'not measured', detail: w.problem });
          return [w.label, w.problem, '', name ? 'NOT MEASURED' : ''];
        }
        const times = [w.label, `${ms(w.ms)} ms`, `${ms(w.coldMs)} ms`];
        if (w.targetTimesFloor) {
          // Best run against best run, alternating (bestTimesMs): the ratio of the code's own speeds.
          const ratio = w.bestMs / w.floorMs;
          const met = ratio <= w.targetTimesFloor;
          const target = `${w.label} within ${w.targetTimesFloor}× of its plain-number floor`;
          checks.push({ target, status: verdict(met), detail: `${ratio.toFixed(1)}× (best ${ms(w.bestMs)} ms, floor ${ms(w.floorMs)} ms)` });
          return [...times, `<= ${w.targetTimesFloor}× floor: best ${ms(w.bestMs)} / ${ms(w.floorMs)} ms = ${ratio.toFixed(1)}× ${verdict(met)}`];
        }
        if (!name) return [...times, ''];
        const met = w.ms < w.targetMs;
        checks.push({ target: name, status: verdict(met), detail: `${ms(w.ms)} ms` });
        return [...times, `< ${w.targetMs} ms ${verdict(met)}`];
      }),
    ),
  );
  out.push(`Peak heap used: ${(results.peakHeapBytes / 1048576).toFixed(1)} MB`, '');

  out.push('Bundles (dist/, production build; KB = 1,000 bytes)');
  const { functions, shared, taskpane } = results.bundles;
  const bundleRows = [];
  if (functions) {
    const met = functions.gzip < targets.functionsBundleGzipBytes;
    checks.push({ target: `functions.js < ${kb(targets.functionsBundleGzipBytes)} gzipped`, status: verdict(met), detail: kb(functions.gzip) });
    bundleRows.push(['functions.js', kb(functions.raw), kb(functions.gzip), `< ${kb(targets.functionsBundleGzipBytes)} gz ${verdict(met)}`]);
  } else {
    checks.push({ target: `functions.js < ${kb(targets.functionsBundleGzipBytes)} gzipped`, status: 'not measured', detail: 'dist/functions.js is missing' });
    bundleRows.push(['functions.js', 'missing', '', 'NOT MEASURED']);
  }
  for (const [name, size] of [['shared.js', shared], ['taskpane.js', taskpane]]) {
    bundleRows.push(size ? [name, kb(size.raw), kb(size.gzip), ''] : [name, 'missing', '', '']);
  }
  out.push(table(['bundle', 'raw', 'gzipped', 'target'], bundleRows), '');

  const b = results.browser;
  out.push('Headless Chromium, cold load of taskpane.html (median, ms from navigation start)');
  if (b.skipped) {
    out.push(`  not measured: ${b.skipped}`);
    checks.push({ target: 'page-load figures', status: 'not measured', detail: b.skipped });
  } else {
    const registered =
      b.functionsRegisteredMs === null ? `not reached (${b.associated} of ${b.functions} associated)` : `${ms(b.functionsRegisteredMs)} ms`;
    out.push(
      table(
        ['figure', `over ${b.runs} loads`],
        [
          [`all ${b.functions} functions registered`, registered],
          ['task pane painted (first contentful paint)', b.firstContentfulPaintMs === null ? 'not reached' : `${ms(b.firstContentfulPaintMs)} ms`],
          ['task pane ready (its sections mounted)', b.paneReadyMs === null ? 'not reached' : `${ms(b.paneReadyMs)} ms`],
        ],
      ),
    );
    if (b.errors.length) out.push(`  page errors: ${b.errors.join('; ')}`);
    if (b.functionsRegisteredMs === null || b.firstContentfulPaintMs === null) {
      checks.push({ target: 'page-load figures', status: 'not measured', detail: 'registration or paint not reached' });
    }
  }
  out.push('');

  out.push(...engineReport(results.engines, checks), '');

  const failed = checks.filter((c) => c.status !== 'met');
  out.push(`Targets: ${checks.length - failed.length} met, ${failed.length} missed or not measured`);
  for (const c of failed) out.push(`  ${c.status.toUpperCase()}: ${c.target} (${c.detail})`);
  return { text: out.join('\n'), checks, failed };
}

/** The per-engine section: one table of calls/s and floor ÷ layer per engine, the grid's ratio in each. */
function engineReport(engines, checks) {
  const out = [
    `Per engine, through the shipped bundle (dist/shared.js + dist/functions.js): calls/s as Excel calls each scalar, floor ÷ layer (target: >= ${integer(
      targets.scalarCallsPerSecond,
    )} calls/s in each engine; the BREAKEVEN_BTC grid within ${targets.breakevenGridTimesFloor}× of its floor in Chromium)`,
  ];
  const names = Object.keys(engines);
  const rows = new Map();
  for (const name of names) {
    const result = engines[name];
    if (result.problem) {
      checks.push({ target: `${name}: every scalar >= ${integer(targets.scalarCallsPerSecond)} calls/s`, status: 'not measured', detail: result.problem });
      continue;
    }
    for (const r of result.scalars) {
      if (!rows.has(r.id)) rows.set(r.id, [r.id, ...names.flatMap(() => ['', ''])]);
      const at = 1 + 2 * names.indexOf(name);
      if (r.problem) {
        rows.get(r.id)[at] = r.problem;
        checks.push({ target: `${r.id} >= ${integer(targets.scalarCallsPerSecond)} calls/s in ${name}`, status: 'not measured', detail: r.problem });
        continue;
      }
      rows.get(r.id)[at] = integer(r.callsPerSecond);
      rows.get(r.id)[at + 1] = r.floorCallsPerSecond ? `${(r.floorCallsPerSecond / r.callsPerSecond).toFixed(1)}×` : 'no floor';
      const met = r.callsPerSecond >= targets.scalarCallsPerSecond;
      checks.push({ target: `${r.id} >= ${integer(targets.scalarCallsPerSecond)} calls/s in ${name}`, status: verdict(met), detail: integer(r.callsPerSecond) });
    }
  }
  out.push(table(['function', ...names.flatMap((name) => [`${name} calls/s`, 'floor ÷ layer'])], [...rows.values()]));
  for (const name of names) {
    const result = engines[name];
    if (result.problem) {
      out.push(`  ${name}: not measured: ${result.problem}`);
      continue;
    }
    const ratio = result.grid.bestMs / result.grid.floorMs;
    out.push(`  ${name}: BREAKEVEN_BTC grid, 100 × 100: best ${ms(result.grid.bestMs)} ms, floor ${ms(result.grid.floorMs)} ms = ${ratio.toFixed(1)}× its floor`);
    if (name.includes('Chromium')) {
      const met = ratio <= targets.breakevenGridTimesFloor;
      checks.push({ target: `BREAKEVEN_BTC grid within ${targets.breakevenGridTimesFloor}× of its floor in ${name}`, status: verdict(met), detail: `${ratio.toFixed(1)}×` });
    }
  }
  return out;
}

/** `--profile ID...`: the self-time profile of each named function on its sample args. */
async function profile(byId, ids) {
  const { profileCalls } = require('./bench/profile');
  for (const id of ids) {
    const fn = byId.get(id);
    if (!fn || !samples[id]) throw new Error(`--profile ${id}: ${fn ? 'no sample args in scripts/bench/samples.js' : 'no such function'}`);
    const { calls, entries } = await profileCalls(fn, samples[id].args, { root });
    process.stdout.write(`\n${id}: ${integer(calls / 2)} calls/s while profiled; self time:\n`);
    for (const [percent, where] of entries) process.stdout.write(`${percent.toFixed(1).padStart(6)}%  ${where}\n`);
  }
}

async function main() {
  const argv = process.argv.slice(2);
  if (!argv.includes('--no-build')) build();
  const { byId, metadata } = loadFunctions();
  if (argv.includes('--profile')) {
    const ids = argv.slice(argv.indexOf('--profile') + 1).filter((arg) => !arg.startsWith('--'));
    return profile(byId, ids.map((id) => id.toUpperCase()));
  }
  const loadBefore = os.loadavg();
  heap.sample();
  const scalars = measureScalars(byId, metadata);
  const workloads = measureWorkloads(byId, metadata);
  const results = {
    machine: machine(),
    loadBefore,
    scalars,
    workloads,
    peakHeapBytes: heap.peakBytes,
    bundles: measureBundles(),
    browser: await measureBrowser(),
    engines: await measureEngines(
      distDir,
      metadata.filter((m) => m.result.dimensionality !== 'matrix' && samples[m.id]).map((m) => ({ id: m.id, args: samples[m.id].args })),
      breakevenGridCalls(metadata.find((m) => m.id === 'BREAKEVEN_BTC')),
    ),
    loadAfter: os.loadavg(),
    targets,
  };
  const { text, checks, failed } = report(results);
  process.stdout.write(`\n${text}\n`);
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, JSON.stringify({ ...results, checks }, null, 2) + '\n');
  process.stdout.write(`Figures written to ${path.relative(root, resultsFile)}\n`);
  if (failed.length) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error.message}\n`);
  process.exit(1);
});
