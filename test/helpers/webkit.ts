/**
 * WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver and MiniBrowser, JavaScriptCore in a
 * WebKit page as in WKWebView) driven over classic WebDriver (HTTP on 127.0.0.1). MiniBrowser
 * needs a display: the driver runs under xvfb-run, and is stopped with it (its process group).
 */
import { ChildProcess, spawn } from 'child_process';
import fs from 'fs';
import net from 'net';
import type { BrowserEngine } from './browser-engine-suite';
import { EngineBinary, requireEngine, webkitDriver } from './engines';

const xvfbRun: EngineBinary = { path: '/usr/bin/xvfb-run', aptPackage: 'xvfb', name: 'xvfb-run' };
/** MiniBrowser of webkit2gtk 4.1 (Debian 12), else of 4.0. */
const miniBrowsers = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function request(base: string, method: string, route: string, body?: unknown): Promise<{ value: unknown }> {
  const response = await fetch(base + route, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const answer = (await response.json()) as { value: { error?: string; message?: string } };
  if (!response.ok) throw new Error(`WebKitWebDriver ${method} ${route}: ${answer.value?.error} ${answer.value?.message}`);
  return answer;
}

/** WebKitWebDriver under xvfb-run and one MiniBrowser session. */
export async function launchWebKit(): Promise<BrowserEngine> {
  const driverPath = requireEngine(webkitDriver);
  const xvfb = requireEngine(xvfbRun);
  const binary = miniBrowsers.find((file) => fs.existsSync(file));
  if (!binary) throw new Error(`MiniBrowser is missing (${miniBrowsers.join(', ')}): apt-get update && apt-get install -y ${webkitDriver.aptPackage}`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const driver: ChildProcess = spawn(xvfb, ['-a', driverPath, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      if (driver.pid) process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  try {
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        await request(base, 'GET', '/status');
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port}: ${error}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const session = await request(base, 'POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } } },
    });
    const sessionRoute = `/session/${(session.value as { sessionId: string }).sessionId}`;
    await request(base, 'POST', `${sessionRoute}/timeouts`, { script: 120_000, pageLoad: 60_000 });
    return {
      async run<T>(url: string, body: string): Promise<T> {
        await request(base, 'POST', `${sessionRoute}/url`, { url });
        const script = `var done = arguments[arguments.length - 1];
          (function () { ${body} })().then(function (value) { done({ value: value }); }, function (error) { done({ error: String(error && (error.stack || error)) }); });`;
        const { value } = (await request(base, 'POST', `${sessionRoute}/execute/async`, { script, args: [] })) as { value: { value?: T; error?: string } };
        if (value.error !== undefined) throw new Error(`in WebKit: ${value.error}`);
        return value.value as T;
      },
      async close() {
        try {
          await request(base, 'DELETE', sessionRoute);
        } finally {
          stop();
        }
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}
