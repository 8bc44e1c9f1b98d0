/**
 * The network panel: the bundled, sourced figures (what MINER.NETWORK reads), a "Refresh from
 * the network" button that reads current figures from mempool.space and shows them beside
 * the bundled ones, and "Write to workbook", which needs Excel (disabled in the preview). A
 * failed refresh says why and leaves the bundled figures, and the workbook, as they were; a
 * refresh whose figures disagree with the bundled ones, the last written price, the clock or
 * the tip (cross-checks.ts) lists what is wrong and asks before they can be written.
 */
import { AgeContext, ageMarks } from '../age-marks';
import { isoDay } from '../data-age';
import { translator } from '../i18n';
import type { PaneContext } from '../pane-context';
import { BundledFigure, bundledNetworkFigures } from './bundled';
import { crossCheckStrings } from './cross-check-strings';
import { crossCheckSnapshot, KnownPrice } from './cross-checks';
import { fetchNetworkSnapshot, FetchSnapshotOptions } from './fetch-snapshot';
import { networkInputSpecs } from './fields';
import { planNetworkSheet } from './plan';
import { NetworkSnapshot, SnapshotResult } from './snapshot';
import { formatFetchedAt, formatFigure, networkStrings, NetworkStrings } from './strings';
import { writeNetworkInputs } from './write-sheet';

export interface NetworkPanelOptions {
  /** Where and how to fetch (tests: a local server and a short timeout). */
  readonly fetchOptions?: FetchSnapshotOptions;
  /** Replaces the fetch altogether. */
  readonly fetchSnapshot?: (options: FetchSnapshotOptions) => Promise<SnapshotResult>;
}

/** The panel's two actions, as the buttons run them (each resolves when its work is done). */
export interface NetworkPanel {
  refresh(): Promise<void>;
  write(): Promise<void>;
}

/** Builds the panel inside `container` (its previous content is replaced). */
export function mountNetworkPanel(container: HTMLElement, context: PaneContext, options: NetworkPanelOptions = {}): void {
  createNetworkPanel(container, context, options);
}

/** mountNetworkPanel, returning the actions so they can be awaited. */
export function createNetworkPanel(container: HTMLElement, context: PaneContext, options: NetworkPanelOptions = {}): NetworkPanel {
  const strings = networkStrings(context.locale);
  const doc = container.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, role?: string): HTMLElementTagNameMap[K] => {
    const element = doc.createElement(tag);
    if (text !== undefined) element.textContent = text;
    if (role !== undefined) element.setAttribute('data-role', role);
    return element;
  };
  const timeoutMs = options.fetchOptions?.timeoutMs ?? 8_000;
  const fetchSnapshot = options.fetchSnapshot ?? fetchNetworkSnapshot;
  const checks = crossCheckStrings(context.locale);
  // The pane's clock, which the cross-checks compare the price's time with.
  const now = options.fetchOptions?.now ?? (() => new Date());
  const bundledPrice = bundledNetworkFigures().find((figure) => figure.field === 'btc_price_usd');

  container.textContent = '';
  const section = el('section', undefined, 'network-panel');
  section.className = 'network-panel';
  section.appendChild(el('h2', strings.heading));
  section.appendChild(el('p', strings.intro));
  section.appendChild(el('h3', strings.bundledHeading));
  // Every figure's age is measured against the pane's clock (the real one), read when the table is built.
  const ages: AgeContext = { todayIso: isoDay(now()), t: translator(context.locale) };
  section.appendChild(figureTable(el, strings, 'bundled', bundledNetworkFigures().map((figure) => bundledRow(figure, strings, context)), ages));

  const actions = el('div');
  actions.className = 'network-actions';
  const refreshButton = el('button', strings.refresh, 'refresh');
  const writeButton = el('button', strings.write, 'write');
  refreshButton.type = 'button';
  writeButton.type = 'button';
  refreshButton.className = 'button button-primary';
  writeButton.className = 'button';
  actions.appendChild(refreshButton);
  actions.appendChild(writeButton);
  section.appendChild(actions);
  if (!context.excelAvailable) section.appendChild(el('p', strings.previewNoWrite, 'preview-note'));

  const status = el('p', '', 'status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  section.appendChild(status);
  const live = el('div', undefined, 'live');
  live.hidden = true;
  section.appendChild(live);
  container.appendChild(section);

  let snapshot: NetworkSnapshot | undefined;
  /** The price the last write put in the workbook, which a later refresh is checked against. */
  let writtenPrice: KnownPrice | undefined;
  let busy = false;
  const setBusy = (value: boolean): void => {
    busy = value;
    refreshButton.disabled = value;
    writeButton.disabled = value || snapshot === undefined || !context.excelAvailable;
  };
  const showStatus = (message: string, kind: 'info' | 'error'): void => {
    status.textContent = message;
    status.className = `network-status network-status-${kind}`;
  };
  setBusy(false);

  /**
   * A snapshot that passes every cross-check is kept; one that does not is shown with what is
   * wrong with it, and kept only when the user says so. Nothing is ever written here.
   */
  const keepChecked = async (fetched: NetworkSnapshot): Promise<void> => {
    const known = [...(bundledPrice ? [{ usd: bundledPrice.value, origin: 'bundled', asOf: bundledPrice.date } as const] : []), ...(writtenPrice ? [writtenPrice] : [])];
    const flags = crossCheckSnapshot(fetched, known, now());
    const fetchedAt = formatFetchedAt(fetched.fetched_at);
    if (flags.length === 0) {
      snapshot = fetched;
      return showStatus(strings.fetched(fetchedAt), 'info');
    }
    const list = el('ul', undefined, 'cross-checks');
    list.className = 'network-cross-checks';
    for (const flag of flags) list.appendChild(el('li', checks.flag(flag)));
    live.appendChild(list);
    showStatus(checks.title, 'error');
    if (await context.confirm(checks.question(flags), checks.keepLabel, checks.title)) {
      snapshot = fetched;
      showStatus(checks.kept(fetchedAt), 'info');
    } else {
      live.textContent = '';
      live.hidden = true;
      showStatus(checks.discarded, 'info');
    }
  };

  const refresh = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    showStatus(strings.fetching, 'info');
    const result = await fetchSnapshot({ ...options.fetchOptions, timeoutMs });
    // Whatever happened before, only a complete snapshot is ever kept, and only once checked.
    snapshot = undefined;
    live.textContent = '';
    live.hidden = !result.ok;
    if (result.ok) {
      live.appendChild(el('h3', strings.liveHeading));
      const fetchedAges: AgeContext = { todayIso: isoDay(now()), t: translator(context.locale) };
      live.appendChild(figureTable(el, strings, 'live-figures', liveRows(result.snapshot, strings, context), fetchedAges));
      await keepChecked(result.snapshot);
    } else {
      showStatus(strings.failure(result.reason, timeoutMs), 'error');
    }
    setBusy(false);
  };

  const write = async (): Promise<void> => {
    if (busy || snapshot === undefined || !context.excelAvailable) return;
    setBusy(true);
    const plan = planNetworkSheet(snapshot, context.locale);
    showStatus(strings.writing, 'info');
    const outcome = await writeNetworkInputs(context, plan, strings);
    const message =
      outcome.status === 'written'
        ? strings.written(plan.sheetName, plan.tableName)
        : outcome.status === 'cancelled'
          ? strings.cancelled
          : outcome.status === 'blocked'
            ? outcome.message
            : strings.writeFailed(outcome.message);
    if (outcome.status === 'written' && snapshot) writtenPrice = { usd: snapshot.btc_price_usd, origin: 'written', asOf: formatFetchedAt(snapshot.fetched_at) };
    const failed = outcome.status === 'blocked' || outcome.status === 'failed';
    showStatus(message, failed ? 'error' : 'info');
    context.notify(message, outcome.status === 'written' ? 'success' : failed ? 'error' : 'info');
    setBusy(false);
  };

  refreshButton.addEventListener('click', () => void refresh());
  writeButton.addEventListener('click', () => void write());
  return { refresh, write };
}

/** A row of a figure table: label, value, as-of and source cells. */
interface FigureRow {
  readonly label: string;
  readonly value: string;
  readonly asOf: string;
  readonly source: string;
  readonly note?: string;
}

function bundledRow(figure: BundledFigure, strings: NetworkStrings, context: PaneContext): FigureRow {
  return {
    label: strings.fieldLabels[figure.field],
    value: formatFigure(figure.field, figure.value, figure.unit, context.locale),
    asOf: figure.date,
    source: figure.source,
    note: figure.derived ? strings.derivedFromDifficulty : undefined,
  };
}

function liveRows(snapshot: NetworkSnapshot, strings: NetworkStrings, context: PaneContext): FigureRow[] {
  const asOf = formatFetchedAt(snapshot.fetched_at);
  return networkInputSpecs.map((spec) => ({
    label: strings.fieldLabels[spec.field],
    value: formatFigure(spec.field, snapshot[spec.field], spec.unit, context.locale),
    asOf,
    source: snapshot.source[spec.field],
    note: spec.field === 'network_hashrate_ehs' ? strings.derivedFromDifficulty : undefined,
  }));
}

type ElementMaker = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, role?: string) => HTMLElementTagNameMap[K];

function figureTable(el: ElementMaker, strings: NetworkStrings, role: string, rows: readonly FigureRow[], ages: AgeContext): HTMLTableElement {
  const table = el('table', undefined, role);
  table.className = 'network-figures';
  const head = el('tr');
  for (const title of [strings.columns.field, strings.columns.value, strings.columns.asOf, strings.columns.source]) head.appendChild(el('th', title));
  const thead = el('thead');
  thead.appendChild(head);
  table.appendChild(thead);
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    tr.appendChild(el('td', row.label));
    const value = el('td', row.value);
    if (row.note !== undefined) value.setAttribute('title', row.note);
    tr.appendChild(value);
    const asOfCell = el('td', row.asOf);
    for (const mark of ageMarks(asOfCell.ownerDocument, row.asOf, ages)) asOfCell.appendChild(mark);
    tr.appendChild(asOfCell);
    const sourceCell = el('td');
    const link = el('a', hostOf(row.source));
    link.setAttribute('href', row.source);
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
    sourceCell.appendChild(link);
    tr.appendChild(sourceCell);
    body.appendChild(tr);
  }
  table.appendChild(body);
  if (rows.length === 0) table.hidden = true;
  return table;
}

/** `hashrateindex.com` for a source URL, for a short link text. */
function hostOf(url: string): string {
  const match = /^https?:\/\/([^/]+)/.exec(url);
  return match ? match[1] : url;
}
