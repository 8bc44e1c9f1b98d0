/**
 * A preset's detail card: the workbook actions, every figure (latest value, date, source
 * link, caveat and stale badges, note, earlier figures), the contracts, the ready formulas
 * and the preset's notes. DOM only; the data shaping lives in gallery.ts, notes.ts, plan.ts.
 */
import { Contract, FieldValue, Figure, Preset, figureHistory, presetFields } from '../../core/data/presets';
import { aiRevenueUsdPerMwYear } from '../../core/hosting/ai-mw-revenue';
import { ageLabel, staleBadge } from '../age-marks';
import { Child, el, excelButton, externalLink } from '../dom';
import { MessageKey, Translate } from '../i18n';
import type { Locale } from '../../sheet/locale';
import type { PaneContext } from '../pane-context';
import { PresetFormula, presetFormulas } from './formulas';
import { companyCardFormula } from './insert-card';
import { Caveat, formatNumber, formatUsd, noteCaveats, noteSegments, sourceHost } from './notes';
import { figureName, figuresTableName, contractsTableName, presetSheetName } from './plan';
import { valuationGaps } from './valuation-gaps';

export interface CardEnvironment {
  context: PaneContext;
  t: Translate;
  /** Today (YYYY-MM-DD, from the pane's clock): every figure's age is measured against it. */
  todayIso: string;
  /** id of the element that says why Excel buttons are disabled (the preview banner). */
  previewReasonId: string;
  onInsertPreset(preset: Preset): void;
  onInsertFormula(preset: Preset, formula: PresetFormula): void;
  onInsertCard(preset: Preset): void;
}

const caveatKeys: Record<Caveat, { label: MessageKey; tooltip: MessageKey; className: string }> = {
  U: { label: 'caveatU', tooltip: 'caveatUTooltip', className: 'badge badge-caveat-u' },
  D: { label: 'caveatD', tooltip: 'caveatDTooltip', className: 'badge badge-caveat-d' },
};

/** A note as text with its [U]/[D] markers highlighted and its URLs as links. */
export function renderNote(note: string, t: Translate, className = 'note'): HTMLElement {
  const paragraph = el('p', { className });
  for (const segment of noteSegments(note)) {
    if (segment.kind === 'text') paragraph.append(segment.text);
    else if (segment.kind === 'link') paragraph.append(externalLink(segment.url, sourceHost(segment.url), { attrs: { title: segment.url } }));
    else paragraph.append(el('mark', { className: `caveat caveat-${segment.caveat.toLowerCase()}`, text: segment.text, attrs: { title: t(caveatKeys[segment.caveat].tooltip) } }));
  }
  return paragraph;
}

function figureValue(figure: Figure, locale: Locale): string {
  if (typeof figure.value !== 'number') return figure.value;
  return `${formatNumber(figure.value, locale)} ${figure.unit}`;
}

function sourceLink(url: string, t: Translate): HTMLAnchorElement {
  return externalLink(url, t('sourceLink', { host: sourceHost(url) }), {
    className: 'source-link',
    attrs: { title: url, 'aria-description': t('opensNewTab') },
  });
}

function badges(figure: Figure, env: CardEnvironment): HTMLElement[] {
  const { t } = env;
  const list: HTMLElement[] = [];
  const stale = staleBadge(document, figure.as_of, { todayIso: env.todayIso, t });
  if (stale) list.push(stale);
  for (const caveat of noteCaveats(figure.note)) {
    list.push(el('span', { className: caveatKeys[caveat].className, text: t(caveatKeys[caveat].label), attrs: { title: t(caveatKeys[caveat].tooltip) } }));
  }
  return list;
}

function figureLine(figure: Figure, env: CardEnvironment, latest: boolean): Child[] {
  const { t, context } = env;
  return [
    el('div', { className: latest ? 'figure-value' : 'figure-value figure-value-earlier' }, [
      el('span', { className: 'value', text: figureValue(figure, context.locale) }),
      ...badges(figure, env),
    ]),
    el('div', { className: 'figure-meta' }, [el('span', { text: t('asOf', { date: figure.as_of }) }), ' · ', ageLabel(document, figure.as_of, { todayIso: env.todayIso, t }), ' · ', sourceLink(figure.source, t)]),
    figure.note !== undefined && renderNote(figure.note, t),
  ];
}

function renderFigure(field: string, history: Figure[], env: CardEnvironment): HTMLElement {
  const { t } = env;
  const [latest, ...earlier] = [...history].reverse();
  const item = el('div', { className: 'figure', attrs: { 'data-field': field } }, [
    el('dt', { className: 'figure-label', text: t(`field.${field}` as MessageKey) }),
    el('dd', {}, figureLine(latest, env, true)),
  ]);
  if (earlier.length > 0) {
    const list = el('ol', { className: 'history-list' }, earlier.map((figure) => el('li', {}, figureLine(figure, env, false))));
    item.querySelector('dd')?.append(el('details', { className: 'history' }, [el('summary', { text: t('history', { count: earlier.length }) }), list]));
  }
  return item;
}

function contractFact(label: string, value: string): HTMLElement {
  return el('div', { className: 'fact' }, [el('dt', { text: label }), el('dd', { text: value })]);
}

function renderContract(contract: Contract, env: CardEnvironment): HTMLElement {
  const { t, context } = env;
  const locale = context.locale;
  const share = contract.prepayment_share;
  return el('li', { className: 'contract' }, [
    el('div', { className: 'contract-title' }, [
      el('span', { className: 'counterparty', text: contract.counterparty }),
      el('span', { className: 'contract-kind', text: t(`kind.${contract.kind}` as MessageKey) }),
    ]),
    el('dl', { className: 'facts' }, [
      contractFact(t('contract.it_load_mw'), `${formatNumber(contract.it_load_mw, locale)} MW`),
      contractFact(t('contract.contract_value_usd'), formatUsd(contract.contract_value_usd, locale)),
      contractFact(t('contract.term_years'), t('termYears', { value: formatNumber(contract.term_years, locale) })),
      contractFact(t('contract.prepayment_share'), share === undefined ? t('notGiven') : `${formatNumber(Math.round(share * 1000) / 10, locale)}%`),
      contractFact(
        t('contract.revenue_per_mw_year'),
        formatUsd(aiRevenueUsdPerMwYear(contract.contract_value_usd, contract.term_years, contract.it_load_mw), locale),
      ),
      contractFact(t('contract.signed'), contract.signed),
    ]),
    el('div', { className: 'figure-meta' }, [sourceLink(contract.source, t)]),
    contract.note !== undefined && renderNote(contract.note, t),
  ]);
}

function section(title: string, className: string, children: HTMLElement[]): HTMLElement {
  return el('section', { className: `card-section ${className}` }, [el('h3', { className: 'section-title', text: title }), ...children]);
}

function actionsSection(preset: Preset, env: CardEnvironment): HTMLElement {
  const { t, context } = env;
  const tables = [figuresTableName(preset.ticker), ...(preset.contracts?.length ? [contractsTableName(preset.ticker)] : [])];
  const button = excelButton(t('insertPreset'), {
    excelAvailable: context.excelAvailable,
    needsExcel: t('needsExcel'),
    className: 'button button-primary insert-preset',
    reasonId: env.previewReasonId,
  });
  button.addEventListener('click', () => env.onInsertPreset(preset));
  const example = figureName(preset.ticker, preset.hashrate_ehs ? 'hashrate_ehs' : 'name');
  return section(t('actionsHeading'), 'card-actions', [
    button,
    el('p', { className: 'hint', text: t('insertPresetHint', { sheet: presetSheetName(preset.ticker), tables: tables.join(', '), name: example }) }),
    ...insertCardAction(preset, env),
  ]);
}

/** "Insert as card": the company's card in the selected cell (insert-card.ts). */
function insertCardAction(preset: Preset, env: CardEnvironment): HTMLElement[] {
  const { t, context } = env;
  const button = excelButton(t('insertCard'), { excelAvailable: context.excelAvailable, needsExcel: t('needsExcel'), className: 'button insert-card', reasonId: env.previewReasonId });
  button.addEventListener('click', () => env.onInsertCard(preset));
  return [button, el('p', { className: 'hint', text: t('insertCardHint', { formula: companyCardFormula(preset.ticker).formula }) })];
}

function formulasSection(preset: Preset, env: CardEnvironment): HTMLElement {
  const { t, context } = env;
  const formulas = presetFormulas(preset);
  if (formulas.length === 0) return section(t('formulasHeading'), 'card-formulas', [el('p', { className: 'hint', text: t('noFormulas') })]);
  const items = formulas.map((formula) => {
    const button = excelButton(t('insertFormula'), {
      excelAvailable: context.excelAvailable,
      needsExcel: t('needsExcel'),
      className: 'button insert-formula',
      reasonId: env.previewReasonId,
    });
    button.dataset.formula = formula.kind;
    button.setAttribute('aria-label', `${t('insertFormula')}: ${t(`formula.${formula.kind}` as MessageKey)}`);
    button.addEventListener('click', () => env.onInsertFormula(preset, formula));
    return el('li', { className: 'formula' }, [
      el('div', { className: 'formula-label', text: t(`formula.${formula.kind}` as MessageKey) }),
      el('code', { className: 'formula-text', text: formula.formula }),
      formula.ifName && el('p', { className: 'hint', text: t('formulaLiveInput', { name: formula.ifName.name }) }),
      button,
    ]);
  });
  return section(t('formulasHeading'), 'card-formulas', [
    el('p', { className: 'hint', text: t('formulasHint', { ticker: preset.ticker }) }),
    el('ul', { className: 'formula-list' }, items),
  ]);
}

/** The figures a sum of the parts lacks, each by its label and field name, said plainly. */
function valuationGapsSection(preset: Preset, env: CardEnvironment): HTMLElement {
  const { t } = env;
  const { blocking, assets } = valuationGaps(preset);
  const named = (fields: readonly string[]) => fields.map((field) => `${t(`field.${field}` as MessageKey)} (${field})`).join(', ');
  const lines: HTMLElement[] = [];
  if (blocking.length > 0) lines.push(el('p', { className: 'gap gap-blocking', text: t('valuationGapsBlocking', { fields: named(blocking) }) }));
  if (assets.length > 0) lines.push(el('p', { className: 'gap gap-assets', text: t('valuationGapsAssets', { fields: named(assets) }) }));
  return section(t('valuationGapsHeading'), 'card-valuation-gaps', lines.length > 0 ? lines : [el('p', { className: 'hint', text: t('valuationGapsNone') })]);
}

export function renderCard(preset: Preset, env: CardEnvironment, id: string): HTMLElement {
  const { t } = env;
  const figures = presetFields
    .map((field) => ({ field, history: figureHistory(preset[field as keyof Preset] as FieldValue | undefined) }))
    .filter(({ history }) => history.length > 0)
    .map(({ field, history }) => renderFigure(field, history, env));
  const contracts = preset.contracts ?? [];
  const notes = preset.notes ?? [];
  return el('div', { className: 'card', attrs: { id, 'data-ticker': preset.ticker } }, [
    actionsSection(preset, env),
    section(t('fieldsHeading'), 'card-figures', [el('dl', { className: 'figures' }, figures)]),
    valuationGapsSection(preset, env),
    section(t('contractsHeading'), 'card-contracts', [
      contracts.length > 0
        ? el('ul', { className: 'contracts' }, contracts.map((contract) => renderContract(contract, env)))
        : el('p', { className: 'hint', text: t('noContracts') }),
    ]),
    formulasSection(preset, env),
    ...(notes.length > 0 ? [section(t('notesHeading'), 'card-notes', [el('ul', { className: 'notes' }, notes.map((note) => el('li', {}, [renderNote(note, t)])))])] : []),
  ]);
}
