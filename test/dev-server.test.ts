/**
 * The development server (`npm start`, webpack.config.js devServer) as it really listens: it
 * answers on this machine's loopback (localhost) and on no other interface, and only the
 * functions' metadata is readable from another origin (Excel on the web reads it from its
 * own), never a source map. The server runs over a tiny bundle with source maps, so the test
 * exercises the configuration without building the whole add-in.
 */
import * as fs from 'fs';
import * as https from 'https';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';

const repoRoot = path.join(__dirname, '..');

/** The devServer block as `webpack serve` and `npm start` get it. */
function devServerConfig(): WebpackDevServer.Configuration {
  const previous = process.env.WEBPACK_SERVE;
  process.env.WEBPACK_SERVE = 'true';
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(path.join(repoRoot, 'webpack.config.js'))({}, { mode: 'development' }) as { devServer: WebpackDevServer.Configuration };
    return config.devServer;
  } finally {
    if (previous === undefined) delete process.env.WEBPACK_SERVE;
    else process.env.WEBPACK_SERVE = previous;
  }
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** GET over https (the server's certificate is self-signed): status and headers, or the connection's error code. */
function get(host: string, port: number, pathname: string, headers: Record<string, string> = {}) {
  return new Promise<{ status?: number; headers?: Record<string, unknown>; error?: string }>((resolve) => {
    const request = https.get({ host, port, path: pathname, headers, rejectUnauthorized: false, timeout: 3_000 }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers }));
    });
    request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
  });
}

/** This machine's addresses that are not loopback (IPv4), where the server must not answer. */
const otherAddresses = Object.values(os.networkInterfaces())
  .flat()
  .filter((entry): entry is os.NetworkInterfaceInfo => entry !== undefined && entry.family === 'IPv4' && !entry.internal)
  .map((entry) => entry.address);

describe('the development server', () => {
  let server: WebpackDevServer;
  let port: number;
  let folder: string;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-dev-server-'));
    fs.writeFileSync(path.join(folder, 'functions.js'), 'export const answer = 42;\n');
    fs.mkdirSync(path.join(folder, 'static'));
    fs.writeFileSync(path.join(folder, 'static', 'functions.json'), '{"functions":[]}\n');
    const compiler = webpack({
      mode: 'development',
      devtool: 'source-map',
      context: folder,
      entry: { functions: path.join(folder, 'functions.js') },
      output: { path: path.join(folder, 'dist'), filename: '[name].js' },
    });
    port = await freePort();
    server = new WebpackDevServer({ ...devServerConfig(), port, static: { directory: path.join(folder, 'static') } }, compiler);
    await server.start();
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('answers on localhost and 127.0.0.1', async () => {
    expect((await get('localhost', port, '/functions.js')).status).toBe(200);
    expect((await get('127.0.0.1', port, '/functions.js')).status).toBe(200);
  });

  (otherAddresses.length > 0 ? it : it.skip)(`does not answer on this machine's other addresses (${otherAddresses.join(', ')})`, async () => {
    for (const address of otherAddresses) expect(await get(address, port, '/functions.js')).toEqual({ error: 'ECONNREFUSED' });
  });

  it("lets another origin read the functions' metadata (Excel on the web reads it), never a source map or a bundle", async () => {
    const origin = { Origin: 'https://excel.officeapps.live.com' };
    const metadata = await get('localhost', port, '/functions.json', origin);
    expect(metadata.status).toBe(200);
    expect(metadata.headers?.['access-control-allow-origin']).toBe('*');
    for (const file of ['/functions.js.map', '/functions.js']) {
      const answer = await get('localhost', port, file, origin);
      expect(answer.status).toBe(200);
      expect(answer.headers?.['access-control-allow-origin']).toBeUndefined();
    }
  });
});
