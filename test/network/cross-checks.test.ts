/**
 * The refresh's cross-checks end to end over real HTTP: the local stand-in for mempool.space
 * (127.0.0.1) answers well-formed figures that cannot all be right — a price 10× the market,
 * a 99% fall from the price last written, a price time from 2019, fees averaged over blocks
 * ending at 5,000,000 with the tip at 931,958 — and the network panel (in the fake DOM, over
 * the fake workbook) asks about them before anything can be written: declined, nothing is
 * kept and nothing written; kept, "Write to workbook" writes them.
 */
import { mempoolPaths } from '../../src/taskpane/network/fetch-snapshot';
import { createNetworkPanel, NetworkPanel } from '../../src/taskpane/network/panel';
import type { PaneContext } from '../../src/taskpane/pane-context';
import { FakeWorkbook } from '../helpers/fake-workbook';
import { fakeContainer, FakeElement } from './fake-dom';
import { useMempoolServer } from './mempool-server';

/** The recorded answers' own moment: the price was taken 5 s before. */
const recordedNow = (): Date => new Date('2026-01-12T12:00:05.000Z');

const mempool = useMempoolServer();

interface Asked {
  readonly message: string;
  readonly label?: string;
  readonly title?: string;
}

function mount(book: FakeWorkbook, answer: boolean | (() => boolean), now = recordedNow, locale: PaneContext['locale'] = 'en') {
  const questions: Asked[] = [];
  const confirm = async (message: string, label?: string, title?: string): Promise<boolean> => {
    questions.push({ message, label, title });
    return typeof answer === 'function' ? answer() : answer;
  };
  const { container, root } = fakeContainer();
  const panel: NetworkPanel = createNetworkPanel(container, book.pane({ confirm, locale }), { fetchOptions: { baseUrl: mempool().baseUrl, timeoutMs: 5_000, now } });
  return { root, panel, questions };
}

const flagsOf = (root: FakeElement): string[] => root.findAll((e) => e.tagName === 'li').map((li) => li.textContent);

/** Refreshes with the flagged answers, declines, and checks that nothing can be written. */
async function declined(book: FakeWorkbook, setUp: () => void, now = recordedNow) {
  const { root, panel, questions } = mount(book, false, now);
  setUp();
  await panel.refresh();
  expect(questions).toHaveLength(1);
  expect(root.byRole('live').hidden).toBe(true);
  expect(root.byRole('write').disabled).toBe(true);
  expect(root.byRole('status').textContent).toBe('The figures from mempool.space were set aside; nothing was written. The bundled figures are unchanged.');
  const before = JSON.stringify(book.snapshot());
  await panel.write();
  expect(JSON.stringify(book.snapshot())).toBe(before);
  return questions[0];
}

const pricesBody = (usd: number, time = 1768219200): string => JSON.stringify({ time, USD: usd, EUR: 78300 });

describe('refresh cross-checks against the local mempool.space', () => {
  it('asks nothing when the recorded answers agree with the bundled price, the clock and the tip', async () => {
    const book = new FakeWorkbook();
    const { root, panel, questions } = mount(book, false);
    await panel.refresh();
    expect(questions).toEqual([]);
    expect(root.byRole('write').disabled).toBe(false);
    expect(root.byRole('status').textContent).toContain('Read from mempool.space at 2026-01-12 12:00:05 (UTC)');
  });

  it('a price 10× the market is asked about before any write; declined, nothing is kept', async () => {
    const book = new FakeWorkbook();
    const question = await declined(book, () => mempool().set(mempoolPaths.prices, { kind: 'body', body: pricesBody(911_320) }));
    expect(question.title).toBe('These figures look wrong');
    expect(question.label).toBe('Keep');
    expect(question.message).toBe(
      'The BTC price 911,320 USD is 10.6× above the bundled price of 2026-10-05, 86,303 USD. Keep them, so that "Write to workbook" can write them? Nothing is written now.',
    );
    expect(book.sheet('Network')).toBeUndefined();
  });

  it('kept, the flagged figures stay listed and "Write to workbook" writes them', async () => {
    const book = new FakeWorkbook();
    const { root, panel, questions } = mount(book, true);
    mempool().set(mempoolPaths.prices, { kind: 'body', body: pricesBody(911_320) });
    await panel.refresh();
    expect(questions).toHaveLength(1);
    expect(flagsOf(root)).toEqual(['The BTC price 911,320 USD is 10.6× above the bundled price of 2026-10-05, 86,303 USD.']);
    expect(root.byRole('status').textContent).toContain('kept although they look wrong');
    expect(book.sheet('Network')).toBeUndefined();
    await panel.write();
    expect(book.cell('Network', 'B5')).toBe(911_320);
  });

  it('a 99% fall from the price last written is asked about', async () => {
    const book = new FakeWorkbook();
    // The first refresh is near the bundled price (3.5× above: no question) and is written.
    let answer = true;
    const { panel, questions } = mount(book, () => answer);
    mempool().set(mempoolPaths.prices, { kind: 'body', body: pricesBody(300_000) });
    await panel.refresh();
    expect(questions).toEqual([]);
    await panel.write();
    expect(book.cell('Network', 'B5')).toBe(300_000);
    // Then mempool.space answers 3,000 USD: within 5× of nothing but… the bundled price (30×) and the written one (100×).
    answer = false;
    mempool().set(mempoolPaths.prices, { kind: 'body', body: pricesBody(3_000) });
    await panel.refresh();
    expect(questions).toHaveLength(1);
    expect(questions[0].message).toContain('The BTC price 3,000 USD is 100× below the price last written to the workbook (2026-01-12 12:00:05), 300,000 USD.');
    expect(questions[0].message).toContain('28.8× below the bundled price of 2026-10-05');
    await panel.write();
    expect(book.cell('Network', 'B5')).toBe(300_000);
  });

  // 2,568 days and 12 hours before the recorded clock, shown rounded.
  it('a price time from 2019 is asked about', async () => {
    const question = await declined(new FakeWorkbook(), () => mempool().set(mempoolPaths.prices, { kind: 'body', body: pricesBody(91_132, 1546300800) }));
    expect(question.message).toContain("The price was taken at 2019-01-01 00:00:00 (UTC), 2,569 days before this computer's clock.");
  });

  it("a recorded price read more than a day later, by the pane's clock, is asked about", async () => {
    const question = await declined(new FakeWorkbook(), () => undefined, () => new Date('2026-01-13T12:00:01.000Z'));
    expect(question.message).toContain("24 hours before this computer's clock");
  });

  it('a price answer with no time is asked about', async () => {
    const question = await declined(new FakeWorkbook(), () => mempool().set(mempoolPaths.prices, { kind: 'body', body: '{"USD": 91132}' }));
    expect(question.message).toContain('mempool.space gave no time for the price');
  });

  it('fees averaged over blocks ending at 5,000,000 with the tip at 931,958 are asked about', async () => {
    const rewards = JSON.stringify({ startBlock: 4_999_857, endBlock: 5_000_000, totalReward: '45249120000', totalFee: '249120000', totalTx: '576000' });
    const question = await declined(new FakeWorkbook(), () => mempool().set(mempoolPaths.rewardStats, { kind: 'body', body: rewards }));
    expect(question.message).toContain('The fees were averaged over blocks 4,999,857–5,000,000, but the tip is block 931,958.');
  });

  it('asks in Japanese when the pane speaks it', async () => {
    const book = new FakeWorkbook();
    const { panel, questions } = mount(book, false, recordedNow, 'ja');
    mempool().set(mempoolPaths.prices, { kind: 'body', body: pricesBody(911_320) });
    await panel.refresh();
    expect(questions[0].title).toBe('この値は誤っている可能性があります');
    expect(questions[0].message).toContain('BTC 価格 911,320 USD は同梱データ（2026-10-05 時点）の価格 86,303 USD の 10.6 倍高い値です。');
  });
});
