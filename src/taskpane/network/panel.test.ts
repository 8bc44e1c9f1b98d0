/**
 * The network panel in Node: a small fake DOM, the local stand-in for mempool.space, and a
 * fake workbook. What the user sees after each outcome, and that a failed refresh never
 * leads to a write.
 */
import { fakeContainer, FakeElement } from '../../../test/network/fake-dom';
import { FakeWorkbook } from '../../../test/helpers/fake-workbook';
import { closedPortUrl, MempoolServer, startMempoolServer } from '../../../test/network/mempool-server';
import type { Locale } from '../../sheet/locale';
import type { PaneContext } from '../pane-context';
import { mempoolPaths } from './fetch-snapshot';
import { createNetworkPanel, mountNetworkPanel, NetworkPanel } from './panel';
import * as plan from './plan';
import type { SnapshotResult } from './snapshot';

const now = (): Date => new Date('2026-01-12T12:00:05.000Z');
let server: MempoolServer;

beforeAll(async () => {
  server = await startMempoolServer();
});

afterEach(() => {
  server.reset();
  jest.restoreAllMocks();
});

afterAll(async () => {
  await server.close();
});

/** A pane with no Excel: any attempt to touch a workbook is recorded. */
function previewPane(overrides: Partial<PaneContext> = {}): PaneContext & { runExcel: jest.Mock } {
  return {
    excelAvailable: false,
    locale: 'en',
    confirm: jest.fn(async () => true),
    notify: jest.fn(),
    runExcel: jest.fn(async () => {
      throw new Error('no Excel');
    }),
    ...overrides,
  } as PaneContext & { runExcel: jest.Mock };
}

/** The panel over the local server; a request gets 5 s unless a test shortens it (a loaded machine is slow to answer). */
function mount(pane: PaneContext, baseUrl = server.baseUrl, timeoutMs = 5000): { root: FakeElement; panel: NetworkPanel } {
  const { container, root } = fakeContainer();
  const panel = createNetworkPanel(container, pane, { fetchOptions: { baseUrl, timeoutMs, now } });
  return { root, panel };
}

const bundledRowsOf = (root: FakeElement): string[][] => root.byRole('bundled').rows();

describe('network panel: before any refresh', () => {
  it('shows the bundled figures with date and source, and offers the refresh', () => {
    const { container, root } = fakeContainer();
    mountNetworkPanel(container, previewPane(), { fetchOptions: { now: () => new Date('2026-12-07T09:00:00Z') } });
    const rows = bundledRowsOf(root);
    expect(rows.map((r) => r[0])).toEqual(['BTC price', 'Difficulty', 'Network hashrate', 'Block height', 'Fees per block']);
    // The bundled snapshot is dated 2026-10-05: 63 days before the pane's today, not yet stale.
    for (const row of rows) expect(row[2]).toBe('2026-10-0563 days old');
    expect(rows[1][1]).toMatch(/^\d{1,3}(,\d{3})+$/);
    const links = root.byRole('bundled').findAll((e) => e.tagName === 'a');
    expect(links.every((a) => /^https:\/\//.test(a.getAttribute('href') ?? ''))).toBe(true);
    expect(root.byRole('refresh').textContent).toBe('Refresh from the network');
    expect(root.byRole('refresh').disabled).toBe(false);
    expect(root.byRole('write').disabled).toBe(true);
    expect(root.byRole('live').hidden).toBe(true);
  });

  it('says in the preview that writing needs Excel; in Excel it does not', () => {
    expect(mount(previewPane()).root.byRole('preview-note').textContent).toContain('needs Excel');
    const inExcel = mount(new FakeWorkbook().pane()).root;
    expect(inExcel.findAll((e) => e.getAttribute('data-role') === 'preview-note')).toHaveLength(0);
  });

  it('speaks Japanese when the pane does', () => {
    const { root } = mount(previewPane({ locale: 'ja' }));
    expect(root.byRole('refresh').textContent).toBe('ネットワークから更新');
    expect(root.byRole('write').textContent).toBe('ブックに書き込む');
    expect(bundledRowsOf(root)[0][0]).toBe('BTC 価格');
  });
});

describe('network panel: the age of every figure against today', () => {
  const mountOn = (today: string, locale: Locale = 'en') => {
    const { container, root } = fakeContainer();
    createNetworkPanel(container, previewPane({ locale }), { fetchOptions: { now: () => new Date(`${today}T12:00:00Z`) } });
    return root.byRole('bundled');
  };
  const ageCells = (table: FakeElement) => table.findAll((e) => e.className === 'age').map((e) => e.getAttribute('data-age-days'));
  const badges = (table: FakeElement) => table.findAll((e) => e.className === 'badge badge-stale');

  it('90 days after the 2026-10-05 snapshot nothing is stale; 91 days after, every figure is', () => {
    expect(ageCells(mountOn('2027-01-03'))).toEqual(['90', '90', '90', '90', '90']);
    expect(badges(mountOn('2027-01-03'))).toHaveLength(0);
    const late = mountOn('2027-01-04');
    expect(ageCells(late)).toEqual(['91', '91', '91', '91', '91']);
    expect(badges(late).map((badge) => badge.textContent)).toEqual(['stale', 'stale', 'stale', 'stale', 'stale']);
    expect(badges(late)[0].getAttribute('title')).toBe(
      'Dated 2026-10-05: 91 days old today (2027-01-04), past the 90-day limit. Look for a newer source before relying on it.',
    );
  });

  it('in Japanese too', () => {
    const late = mountOn('2027-01-04', 'ja');
    expect(late.rows()[0][2]).toBe('2026-10-0591 日前古い');
  });
});

describe('network panel: refresh', () => {
  it('shows the fetched figures beside the bundled ones, even in the preview, but writes nothing there', async () => {
    const pane = previewPane();
    const { root, panel } = mount(pane);
    const bundledBefore = bundledRowsOf(root);
    await panel.refresh();
    const live = root.byRole('live');
    expect(live.hidden).toBe(false);
    expect(live.rows().map((r) => r.slice(0, 3))).toEqual([
      ['BTC price', '91,132 USD', '2026-01-12 12:00:050 days old'],
      ['Difficulty', '146,470,000,000,000', '2026-01-12 12:00:050 days old'],
      ['Network hashrate', '1,048.47 EH/s', '2026-01-12 12:00:050 days old'],
      ['Block height', '931,958', '2026-01-12 12:00:050 days old'],
      ['Fees per block', '0.0173 BTC', '2026-01-12 12:00:050 days old'],
    ]);
    expect(root.byRole('status').textContent).toContain('Read from mempool.space at 2026-01-12 12:00:05 (UTC)');
    expect(bundledRowsOf(root)).toEqual(bundledBefore);
    expect(root.byRole('write').disabled).toBe(true);
    await panel.write();
    expect(pane.runExcel).not.toHaveBeenCalled();
  });

  it('in Excel, "Write to workbook" writes the Network sheet and reports it', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Model');
    const notify = jest.fn();
    const { root, panel } = mount(book.pane({ notify }));
    await panel.refresh();
    expect(root.byRole('write').disabled).toBe(false);
    await panel.write();
    expect(book.cell('Network', 'B5')).toBe(91_132);
    expect(book.formulaOf('NET_HASHRATE_EHS')).toBe('=Network!$B$7');
    expect(notify).toHaveBeenCalledWith(expect.stringContaining('Network_Inputs'), 'success');
    expect(root.byRole('status').textContent).toContain('Wrote the figures');
  });

  it('a declined replacement writes nothing and says so', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Network', { A1: 'mine' });
    const notify = jest.fn();
    const { panel } = mount(book.pane({ notify, confirm: async () => false }));
    await panel.refresh();
    await panel.write();
    expect(book.cell('Network', 'A1')).toBe('mine');
    expect(notify).toHaveBeenCalledWith('Nothing was written.', 'info');
  });

  it('the button runs one refresh at a time', async () => {
    let finish: (result: SnapshotResult) => void = () => undefined;
    const fetchSnapshot = jest.fn(() => new Promise<SnapshotResult>((resolve) => (finish = resolve)));
    const { container, root } = fakeContainer();
    mountNetworkPanel(container, previewPane(), { fetchSnapshot });
    root.byRole('refresh').click();
    root.byRole('refresh').click();
    expect(fetchSnapshot).toHaveBeenCalledTimes(1);
    expect(root.byRole('refresh').disabled).toBe(true);
    expect(root.byRole('status').textContent).toBe('Reading mempool.space…');
    finish({ ok: false, reason: { kind: 'offline', url: 'https://mempool.space/api/v1/prices', detail: 'fetch failed' } });
    await new Promise((resolve) => setImmediate(resolve));
    expect(root.byRole('refresh').disabled).toBe(false);
    expect(root.byRole('status').textContent).toContain('Could not reach mempool.space');
  });
});

describe('network panel: a failed refresh keeps the bundled figures and never writes', () => {
  async function failedRefresh(setUp: () => void, baseUrl?: string, locale: Locale = 'en', timeoutMs?: number): Promise<{ root: FakeElement; status: string }> {
    const planSpy = jest.spyOn(plan, 'planNetworkSheet');
    const pane = previewPane({ excelAvailable: true, locale });
    const { root, panel } = mount(pane, baseUrl, timeoutMs);
    const bundledBefore = bundledRowsOf(root);
    setUp();
    await panel.refresh();
    expect(bundledRowsOf(root)).toEqual(bundledBefore);
    expect(root.byRole('live').hidden).toBe(true);
    expect(root.byRole('live').rows()).toEqual([]);
    expect(root.byRole('write').disabled).toBe(true);
    await panel.write();
    expect(planSpy).not.toHaveBeenCalled();
    expect(pane.runExcel).not.toHaveBeenCalled();
    return { root, status: root.byRole('status').textContent };
  }

  it('HTTP 500', async () => {
    const { status } = await failedRefresh(() => server.set(mempoolPaths.rewardStats, { kind: 'status', status: 500 }));
    expect(status).toContain('HTTP 500');
    expect(status).toContain('The bundled figures are unchanged and nothing was written.');
  });

  it('malformed JSON', async () => {
    const { status } = await failedRefresh(() => server.set(mempoolPaths.prices, { kind: 'body', body: '{"USD": 91' }));
    expect(status).toContain('could not be read');
  });

  it('a timeout', async () => {
    const { status } = await failedRefresh(() => server.set(mempoolPaths.hashrate, { kind: 'hang' }), undefined, 'en', 300);
    expect(status).toContain('did not answer within 0.3 s');
  }, 10_000);

  it('offline (connection refused)', async () => {
    const { status } = await failedRefresh(() => undefined, await closedPortUrl());
    expect(status).toContain('Could not reach mempool.space');
  }, 10_000);

  it('an implausible value, in Japanese', async () => {
    const { status } = await failedRefresh(() => server.set(mempoolPaths.tipHeight, { kind: 'body', body: '5' }), undefined, 'ja');
    expect(status).toContain('ありえない範囲');
    expect(status).toContain('同梱データはそのまま');
  });

  it('a failure after a success drops the earlier figures: nothing stale can be written', async () => {
    const pane = previewPane({ excelAvailable: true });
    const { root, panel } = mount(pane);
    await panel.refresh();
    expect(root.byRole('write').disabled).toBe(false);
    server.set(mempoolPaths.prices, { kind: 'status', status: 500 });
    await panel.refresh();
    expect(root.byRole('write').disabled).toBe(true);
    expect(root.byRole('live').hidden).toBe(true);
    await panel.write();
    expect(pane.runExcel).not.toHaveBeenCalled();
  });
});
