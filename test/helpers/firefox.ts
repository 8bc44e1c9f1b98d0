/**
 * Firefox ESR (Debian's firefox-esr, SpiderMonkey) driven over WebDriver BiDi by
 * puppeteer-core: no geckodriver and no browser download, the Debian binary itself.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import puppeteer from 'puppeteer-core';
import type { BrowserEngine } from './browser-engine-suite';
import { firefoxEsr, requireEngine } from './engines';

/** Headless Firefox ESR with a fresh profile (removed on close). */
export async function launchFirefox(): Promise<BrowserEngine> {
  const executablePath = requireEngine(firefoxEsr);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir,
    protocolTimeout: 120_000,
    // performance.now() to the microsecond, not rounded to the millisecond against fingerprinting (the benchmark times with it)
    extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false },
  });
  return {
    async run<T>(url: string, body: string): Promise<T> {
      const page = await browser.newPage();
      try {
        await page.goto(url, { waitUntil: 'load' });
        return (await page.evaluate(`(async function () { ${body} })()`)) as T;
      } finally {
        await page.close();
      }
    },
    async close() {
      try {
        await browser.close();
      } finally {
        fs.rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}
