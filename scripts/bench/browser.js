/**
 * Page-load timing of the built add-in in headless Chromium, with the browser tests' shared
 * launcher (test/helpers/browser.ts: Debian's Chromium through playwright-core, a fresh
 * profile, dist/ served on 127.0.0.1 and Office.js from @microsoft/office-js, nothing leaving
 * the machine). An init script stands in for Excel's CustomFunctions.associate and records
 * when the last function of functions.json registers; the paint timing and the pane's own
 * sections replacing the page's placeholder tell when the task pane is on screen.
 */
const fs = require('fs');
const path = require('path');
require('../require-ts');

const helpers = path.join(__dirname, '..', '..', 'test', 'helpers', 'browser.ts');

/**
 * Runs in the page before any script: a CustomFunctions stand-in that counts associations
 * (either overload) and keeps itself in place if Office.js installs its own, plus a watch for
 * the moment the pane has mounted its sections.
 */
function instrumentPage(expectedFunctions) {
  const marks = { associated: 0, ids: [], registeredMs: null, paneReadyMs: null };
  window.__hashwattBench = marks;
  class StandInError extends Error {
    constructor(code, message) {
      super(message || '');
      this.code = code;
    }
  }
  // Office.js extends an existing CustomFunctions object with its own associate: keep
  // counting in front of whichever implementation is installed.
  let hostAssociate = null;
  const countingAssociate = function (idOrMap) {
    marks.ids.push(...(typeof idOrMap === 'string' ? [idOrMap] : Object.keys(idOrMap || {})));
    marks.associated = marks.ids.length;
    if (marks.registeredMs === null && marks.associated >= expectedFunctions) marks.registeredMs = performance.now();
    if (hostAssociate) return hostAssociate.apply(this, arguments);
  };
  const standIn = {
    Error: StandInError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
  };
  Object.defineProperty(standIn, 'associate', {
    enumerable: true,
    get: () => countingAssociate,
    set: (implementation) => {
      hostAssociate = implementation;
    },
  });
  Object.defineProperty(window, 'CustomFunctions', {
    configurable: true,
    get: () => standIn,
    set: (other) => {
      for (const key of Object.keys(other || {})) if (key === 'associate' || !(key in standIn)) standIn[key] = other[key];
    },
  });
  // Ready: the pane marks itself (data-pane-ready), or its sections have replaced the
  // "Loading…" placeholder of taskpane.html.
  const paneReady = () => {
    if (marks.paneReadyMs !== null) return;
    const sections = document.getElementById('sections');
    const mounted = sections && sections.childElementCount > 0 && !sections.querySelector('.loading');
    if (document.querySelector('[data-pane-ready]') || mounted) marks.paneReadyMs = performance.now();
  };
  new MutationObserver(paneReady).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

function collectMarks() {
  const marks = window.__hashwattBench;
  const navigation = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    associated: marks.associated,
    functionsRegisteredMs: marks.registeredMs,
    paneReadyMs: marks.paneReadyMs,
    firstContentfulPaintMs: paint ? paint.startTime : null,
    domContentLoadedMs: navigation ? navigation.domContentLoadedEventEnd : null,
    loadMs: navigation ? navigation.loadEventEnd : null,
  };
}

/** One cold page load of taskpane.html in a fresh browser profile; times are ms from navigation start. */
async function measureOnce(browserHelpers, distDir, expectedFunctions) {
  const { launchChromium, serveFolder, routeOffline } = browserHelpers;
  const server = await serveFolder(distDir);
  const browser = await launchChromium();
  try {
    await routeOffline(browser.context);
    await browser.context.addInitScript(instrumentPage, expectedFunctions);
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/taskpane.html`, { waitUntil: 'load' });
    await page
      .waitForFunction(
        () => {
          const marks = window.__hashwattBench;
          return marks && marks.registeredMs !== null && marks.paneReadyMs !== null &&
            performance.getEntriesByName('first-contentful-paint').length > 0;
        },
        undefined,
        { timeout: 15000 },
      )
      .catch(() => undefined);
    return { ...(await page.evaluate(collectMarks)), errors };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Median page-load figures over `runs` cold loads, or { skipped: reason } when Chromium or
 * the browser helpers (playwright-core) are missing.
 */
async function measurePageLoad(distDir, expectedFunctions, runs = 5) {
  let browserHelpers;
  try {
    browserHelpers = require(helpers);
  } catch (error) {
    return { skipped: `the browser helpers could not load (${error.message.split('\n')[0]})` };
  }
  if (!fs.existsSync(browserHelpers.chromiumPath)) {
    return { skipped: `${browserHelpers.chromiumPath} is missing (apt-get update && apt-get install -y chromium)` };
  }
  const loads = [];
  for (let i = 0; i < runs; i++) loads.push(await measureOnce(browserHelpers, distDir, expectedFunctions));
  return { runs: loads };
}

module.exports = { measurePageLoad, instrumentPage };
