/**
 * The Presets tab: a search box, the gallery of company presets (one row each: ticker, name,
 * power, AI contracted MW, contract count, data date) and, under a row when it is opened,
 * the preset's detail card. The workbook actions go through actions.ts; while one runs, the
 * panel's Excel buttons are disabled.
 */
import { Preset, listPresets } from '../../core/data/presets';
import { el } from '../dom';
import { Translate, translator } from '../i18n';
import type { PaneContext } from '../pane-context';
import { insertPreset, insertPresetFormula } from './actions';
import { insertCompanyCard } from './insert-card';
import { CardEnvironment, renderCard } from './card';
import { ageText } from '../age-marks';
import { isoDay, staleAfterDays, figureAge } from '../data-age';
import { filterPresets, galleryRow } from './gallery';
import { formatNumber } from './notes';

export interface PresetsPanelOptions {
  presets?: readonly Preset[];
  /** id of the element that explains why Excel buttons are disabled in the preview. */
  previewReasonId?: string;
}

function rowMeta(preset: Preset, t: Translate, context: PaneContext, todayIso: string): HTMLElement {
  const row = galleryRow(preset);
  const megawatts = (value: number | undefined) => (value === undefined ? t('notGiven') : t('megawatts', { value: formatNumber(value, context.locale) }));
  const parts = [
    t('powerShort', { value: megawatts(row.powerMw) }),
    t('aiShort', { value: megawatts(row.aiContractedItMw) }),
    row.contractCount === 1 ? t('contractsOne') : t('contractsMany', { count: row.contractCount }),
  ];
  return el('span', { className: 'row-meta' }, [
    ...parts.map((part) => el('span', { className: 'meta-item', text: part })),
    el('span', {
      className: figureAge(row.dataDate, todayIso).stale ? 'meta-item meta-date meta-date-stale' : 'meta-item meta-date',
      text: t('dataAsOf', { date: row.dataDate, age: ageText(row.dataDate, { todayIso, t }) }),
    }),
  ]);
}

export function mountPresetsPanel(container: HTMLElement, context: PaneContext, options: PresetsPanelOptions = {}): void {
  const t = translator(context.locale);
  const presets = options.presets ?? listPresets();
  // Ages are measured against the real clock when the panel is built, not the newest figure.
  const todayIso = isoDay(new Date(Date.now()));
  const panel = el('div', { className: 'presets-panel' });

  const withExcelButtonsDisabled = async (work: () => Promise<unknown>) => {
    const buttons = Array.from(panel.querySelectorAll<HTMLButtonElement>('button[data-needs-excel]'));
    buttons.forEach((button) => (button.disabled = true));
    panel.setAttribute('aria-busy', 'true');
    try {
      await work();
    } finally {
      buttons.forEach((button) => (button.disabled = !context.excelAvailable));
      panel.removeAttribute('aria-busy');
    }
  };
  const env: CardEnvironment = {
    context,
    t,
    todayIso,
    previewReasonId: options.previewReasonId ?? 'preview-banner',
    onInsertPreset: (preset) => void withExcelButtonsDisabled(() => insertPreset(context, preset)),
    onInsertFormula: (preset, formula) => void withExcelButtonsDisabled(() => insertPresetFormula(context, preset, formula)),
    onInsertCard: (preset) => void withExcelButtonsDisabled(() => insertCompanyCard(context, preset)),
  };

  const search = el('input', {
    className: 'search-input',
    attrs: { id: 'preset-search', type: 'search', placeholder: t('searchPlaceholder'), autocomplete: 'off', spellcheck: 'false' },
  });
  const count = el('p', { className: 'result-count', attrs: { id: 'preset-count', 'aria-live': 'polite' } });
  const gallery = el('ul', { className: 'gallery', attrs: { 'aria-label': t('galleryLabel') } });
  const empty = el('p', { className: 'empty', attrs: { hidden: '' } });

  const items = presets.map((preset) => {
    const row = galleryRow(preset);
    const cardId = `card-${preset.ticker}`;
    const button = el('button', { className: 'gallery-row', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': cardId } }, [
      el('span', { className: 'row-main' }, [
        el('span', { className: 'ticker', text: row.ticker }),
        el('span', { className: 'name', text: row.name }),
        el('span', { className: 'chevron', attrs: { 'aria-hidden': 'true' } }),
      ]),
      rowMeta(preset, t, context, todayIso),
    ]);
    const item = el('li', { className: 'gallery-item', attrs: { 'data-ticker': preset.ticker } }, [button]);
    let card: HTMLElement | undefined;
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      if (open && !card) {
        card = renderCard(preset, env, cardId);
        item.append(card);
      }
      if (card) card.hidden = !open;
    });
    gallery.append(item);
    return { preset, item };
  });

  const applyFilter = () => {
    const query = search.value.trim();
    const shown = new Set(filterPresets(presets, query));
    for (const { preset, item } of items) item.hidden = !shown.has(preset);
    count.textContent = t('resultCount', { count: shown.size, total: presets.length });
    empty.hidden = shown.size > 0;
    empty.textContent = shown.size > 0 ? '' : t('noResults', { query });
  };
  search.addEventListener('input', applyFilter);
  applyFilter();

  panel.append(
    el('div', { className: 'search' }, [el('label', { className: 'search-label', text: t('searchLabel'), attrs: { for: 'preset-search' } }), search]),
    count,
    gallery,
    empty,
    el('p', { className: 'legend', text: t('legend', { today: todayIso, limit: staleAfterDays }) }),
  );
  container.append(panel);
}
