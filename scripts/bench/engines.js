/**
 * The per-engine figures of `npm run bench`: the shipped bundle (dist/shared.js and
 * dist/functions.js, as webpack emits them) in V8 (headless Chromium), JavaScriptCore (the jsc
 * shell) and SpiderMonkey (Firefox ESR), each scalar function's calls per second as Excel calls
 * it and its ratio to the plain-number floor measured in the same engine and run, and the
 * 100 × 100 BREAKEVEN_BTC grid against its floor. The engines are launched as the engine tests
 * launch them (test/helpers: engines.ts, browser.ts, firefox.ts); engine-bench.js measures
 * inside each. An engine that cannot run is reported, not skipped silently.
 */
const fs = require('fs');
const path = require('path');
require('../require-ts');
const { engineSite, runInJsc } = require('../../test/helpers/engines.ts');
const { launchChromium, serveFolder } = require('../../test/helpers/browser.ts');
const { launchFirefox } = require('../../test/helpers/firefox.ts');
const { floorsScript } = require('./samples');

const benchScript = fs.readFileSync(path.join(__dirname, 'engine-bench.js'), 'utf8');

/** Script text that defines the floors and the bench, then measures `input` and yields its JSON. */
function measuringScript(input, finish) {
  return `${floorsScript()}\n${benchScript}\n${finish(`JSON.stringify(hashwattBench(${JSON.stringify(input)}))`)}`;
}

/** Left-out arguments as null, so the input travels as JSON (engine-bench.js passes them as undefined). */
function asJson(args) {
  return args.map((arg) => (arg === undefined ? null : arg));
}

async function inJsc(folder, input) {
  return JSON.parse(runInJsc(folder, measuringScript(input, (result) => `print(${result});`)));
}

async function inChromium(origin, input) {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/engine.html`);
    return JSON.parse(await page.evaluate(measuringScript(input, (result) => result)));
  } finally {
    await browser.close();
  }
}

async function inFirefox(origin, input) {
  const firefox = await launchFirefox();
  try {
    return JSON.parse(await firefox.run(`${origin}/engine.html`, measuringScript(input, (result) => `return ${result};`)));
  } finally {
    await firefox.close();
  }
}

/**
 * { engine name: { scalars, grid } or { problem } } for V8 (Chromium), JavaScriptCore (jsc) and
 * SpiderMonkey (Firefox ESR). `scalars`: [{ id, args }]; `grid`: the BREAKEVEN_BTC grid's calls.
 */
async function measureEngines(distDir, scalars, grid) {
  const input = { scalars: scalars.map(({ id, args }) => ({ id, args: asJson(args) })), grid: grid.map(asJson), rounds: 5, roundMs: 50, gridRuns: 5 };
  const site = engineSite(distDir, []);
  const server = await serveFolder(site.folder);
  const results = {};
  try {
    for (const [name, measure] of [
      ['V8 (Chromium)', () => inChromium(server.origin, input)],
      ['JavaScriptCore (jsc)', () => inJsc(distDir, input)],
      ['SpiderMonkey (Firefox ESR)', () => inFirefox(server.origin, input)],
    ]) {
      process.stdout.write(`Measuring the bundle in ${name}...\n`);
      try {
        results[name] = await measure();
      } catch (error) {
        results[name] = { problem: String(error.message || error).split('\n')[0] };
      }
    }
  } finally {
    await server.close();
    site.cleanup();
  }
  return results;
}

module.exports = { measureEngines };
