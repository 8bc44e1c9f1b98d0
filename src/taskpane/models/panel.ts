/**
 * The "Models" panel: the model workbooks, each with "Insert" (new sheets in this workbook,
 * built from the same definitions as the downloadable files) and a download link to its
 * .xlsx and to its portable copy (one that computes without the add-in); a choice of label language; and, when a company preset is in the workbook, the
 * choice to link the model's inputs to that preset's figures (its defined names). Inserting
 * needs Excel (disabled in the preview); downloading does not.
 */
import { models } from '../../models';
import type { ModelDefinition } from '../../models';
import type { Locale } from '../../sheet/locale';
import type { PaneContext } from '../pane-context';
import { modelsStrings, sheetList } from './strings';
import { readWorkbookState } from '../workbook/state';
import { makePortableCopy, PortableOutcome } from './make-portable';
import { insertModel, InsertOutcome, presetLinks } from './write-model';

/** The panel's actions, as its controls run them (each resolves when its work is done). */
export interface ModelsPanel {
  /** Reads the workbook's names and lists the presets the inputs can link to. */
  refreshLinks(): Promise<void>;
  insert(modelId: string): Promise<InsertOutcome>;
  /** Copies the workbook's sheets into portable sheets (see make-portable.ts). */
  makePortable(): Promise<PortableOutcome>;
}

export function mountModelsPanel(container: HTMLElement, context: PaneContext): void {
  createModelsPanel(container, context);
}

/** The .xlsx of a model, as the add-in serves it (dist/templates/), or its portable variant. */
export function downloadUrl(model: ModelDefinition, locale: Locale, portable = false): string {
  return `templates/${model.fileName}${locale === 'ja' ? '_ja' : ''}${portable ? '.portable' : ''}.xlsx`;
}

export function createModelsPanel(container: HTMLElement, context: PaneContext): ModelsPanel {
  const strings = modelsStrings(context.locale);
  const say = strings.say;
  const doc = container.ownerDocument;
  /** An element with its text and, for the tests and styles, a data-role. */
  function make<K extends keyof HTMLElementTagNameMap>(tag: K, parts: { text?: string; role?: string; className?: string } = {}): HTMLElementTagNameMap[K] {
    const element = doc.createElement(tag);
    if (parts.text !== undefined) element.textContent = parts.text;
    if (parts.role !== undefined) element.setAttribute('data-role', parts.role);
    if (parts.className !== undefined) element.className = parts.className;
    return element;
  }
  const option = (value: string, text: string): HTMLOptionElement => {
    const element = make('option', { text });
    element.setAttribute('value', value);
    element.value = value;
    return element;
  };

  container.textContent = '';
  const section = make('section', { role: 'models-panel', className: 'models-panel' });
  section.appendChild(make('h2', { text: say('heading') }));
  section.appendChild(make('p', { text: say('intro') }));

  const languageLabel = make('label', { text: say('languageLabel'), className: 'models-option' });
  const language = make('select', { role: 'language' });
  for (const locale of ['en', 'ja'] as const) language.appendChild(option(locale, strings.languages[locale]));
  language.value = context.locale;
  languageLabel.appendChild(language);
  section.appendChild(languageLabel);

  const linkLabel = make('label', { text: say('linkLabel'), className: 'models-option' });
  const link = make('select', { role: 'link' });
  link.appendChild(option('', say('noLink')));
  link.value = '';
  link.disabled = true;
  linkLabel.appendChild(link);
  section.appendChild(linkLabel);
  if (!context.excelAvailable) section.appendChild(make('p', { text: say('previewNote'), role: 'preview-note' }));

  const list = make('ul', { role: 'models', className: 'models-list' });
  const insertButtons: HTMLButtonElement[] = [];
  const downloads: { anchor: HTMLAnchorElement; model: ModelDefinition; portable: boolean }[] = [];
  const downloadLink = (model: ModelDefinition, portable: boolean): HTMLAnchorElement => {
    const anchor = make('a', { text: say(portable ? 'downloadPortable' : 'download'), role: `download-${portable ? 'portable-' : ''}${model.id}` });
    anchor.setAttribute('href', downloadUrl(model, context.locale, portable));
    anchor.setAttribute('download', '');
    if (portable) anchor.setAttribute('title', say('portableNote'));
    downloads.push({ anchor, model, portable });
    return anchor;
  };
  for (const model of models) {
    const item = make('li', { role: `model-${model.id}`, className: 'models-item' });
    item.appendChild(make('h3', { text: model.title[context.locale] }));
    item.appendChild(make('p', { text: model.summary[context.locale] }));
    const insertButton = make('button', { text: say('insert'), role: `insert-${model.id}`, className: 'button button-primary' });
    insertButton.type = 'button';
    if (!context.excelAvailable) insertButton.setAttribute('title', say('needsExcel'));
    insertButton.addEventListener('click', () => void insert(model.id));
    insertButtons.push(insertButton);
    item.appendChild(insertButton);
    item.appendChild(downloadLink(model, false));
    item.appendChild(downloadLink(model, true));
    list.appendChild(item);
  }
  section.appendChild(list);
  language.addEventListener('change', () => {
    for (const { anchor, model, portable } of downloads) anchor.setAttribute('href', downloadUrl(model, chosenLocale(), portable));
  });

  const portable = make('div', { role: 'portable', className: 'models-portable' });
  portable.appendChild(make('h3', { text: say('portableHeading') }));
  portable.appendChild(make('p', { text: say('portableIntro') }));
  const portableButton = make('button', { text: say('makePortable'), role: 'make-portable', className: 'button' });
  portableButton.type = 'button';
  if (!context.excelAvailable) portableButton.setAttribute('title', say('needsExcel'));
  portableButton.addEventListener('click', () => void makePortable());
  insertButtons.push(portableButton);
  portable.appendChild(portableButton);
  section.appendChild(portable);

  const status = make('p', { text: '', role: 'status' });
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  section.appendChild(status);
  container.appendChild(section);

  let busy = false;
  /** Tickers whose preset names are in the workbook. */
  let linkable = new Set<string>();
  const setBusy = (value: boolean): void => {
    busy = value;
    for (const button of insertButtons) button.disabled = value || !context.excelAvailable;
  };
  const showStatus = (message: string, kind: 'info' | 'error'): void => {
    status.textContent = message;
    status.className = `models-status models-status-${kind}`;
  };
  const chosenLocale = (): Locale => (language.value === 'ja' || language.value === 'en' ? language.value : context.locale);
  setBusy(false);

  const refreshLinks = async (): Promise<void> => {
    if (!context.excelAvailable) return;
    try {
      const names = Object.keys((await context.runExcel((excel) => readWorkbookState(excel))).names);
      const byTicker = new Map<string, number>();
      for (const model of models) {
        for (const l of presetLinks(model, names)) byTicker.set(l.ticker, Math.max(byTicker.get(l.ticker) ?? 0, Object.keys(l.links).length));
      }
      linkable = new Set(byTicker.keys());
      const current = link.value;
      link.textContent = '';
      link.appendChild(option('', say('noLink')));
      for (const [ticker, count] of byTicker) link.appendChild(option(ticker, say('linkTo', { ticker, count })));
      link.value = byTicker.has(current) ? current : '';
      link.disabled = byTicker.size === 0;
    } catch {
      // Reading names is a convenience: without it the model still inserts with its own figures.
      link.disabled = true;
    }
  };

  const insert = async (modelId: string): Promise<InsertOutcome> => {
    const model = models.find((m) => m.id === modelId);
    if (!model) return { status: 'failed', message: `no model ${modelId}` };
    if (busy || !context.excelAvailable) return { status: 'failed', message: say('needsExcel') };
    setBusy(true);
    showStatus(say('inserting', { title: model.title[context.locale] }), 'info');
    const ticker = linkable.has(link.value) ? link.value : undefined;
    const outcome = await insertModel(context, model, { locale: chosenLocale(), ticker }, strings);
    let message: string;
    if (outcome.status === 'inserted') {
      const sheets = sheetList(outcome.sheets, context.locale);
      const linked = outcome.link ? Object.values(outcome.link.links) : [];
      message =
        outcome.link && linked.length > 0
          ? say('insertedLinked', { sheets, ticker: outcome.link.ticker, names: linked.join(', ') })
          : say('inserted', { sheets });
      if (outcome.replaced) message += say('replacedNote');
    } else if (outcome.status === 'cancelled') {
      message = say('cancelled', { sheets: sheetList(outcome.sheets, context.locale) });
    } else {
      message = say('failed', { message: outcome.message });
    }
    const failed = outcome.status === 'failed';
    showStatus(message, failed ? 'error' : 'info');
    context.notify(message, outcome.status === 'inserted' ? 'success' : failed ? 'error' : 'info');
    setBusy(false);
    return outcome;
  };

  const makePortable = async (): Promise<PortableOutcome> => {
    if (busy || !context.excelAvailable) return { status: 'failed', message: say('needsExcel') };
    setBusy(true);
    showStatus(say('makingPortable'), 'info');
    const outcome = await makePortableCopy(context, strings);
    const message =
      outcome.status === 'made'
        ? say('madePortable', { sheets: sheetList(outcome.sheets, context.locale), native: outcome.nativeCells, frozen: outcome.frozen })
        : outcome.status === 'cancelled'
          ? say('portableCancelled')
          : outcome.status === 'empty'
            ? say('portableEmpty')
            : say('portableFailed', { message: outcome.message });
    const failed = outcome.status === 'failed';
    showStatus(message, failed ? 'error' : 'info');
    context.notify(message, outcome.status === 'made' ? 'success' : failed ? 'error' : 'info');
    setBusy(false);
    return outcome;
  };

  void refreshLinks();
  link.addEventListener('focus', () => void refreshLinks());
  return { refreshLinks, insert, makePortable };
}
