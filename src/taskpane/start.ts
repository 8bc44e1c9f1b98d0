/**
 * Starts the pane once Office.js is ready (index.ts calls startPane from Office.onReady and
 * does nothing else): decides whether Excel is there (outside Office the host is null and the
 * pane is a read-only preview), picks the language, builds the PaneContext and the tabs.
 */
import { detectLocale, translator } from './i18n';
import type { PaneContext } from './pane-context';
import { sections } from './sections';
import { mountSettings } from './settings/panel';
import { createConfirm } from './shell/confirm-dialog';
import { createNotify } from './shell/status-line';
import { mountTabs } from './shell/tabs';

export interface StartInfo {
  /** Office.onReady's host: Office.HostType.Excel ("Excel" at run time) in Excel, null in a plain browser. */
  host?: Office.HostType | string | null;
}

export interface StartEnvironment {
  /** Office's display language ("ja-JP"); read only when Excel is the host. */
  displayLanguage?: string;
  /** The page's query string: `?lang=ja` picks Japanese in the preview. */
  search: string;
  runExcel: PaneContext['runExcel'];
}

/** Office.HostType is declared as a numeric enum, but its values are the host names at run time. */
export function isExcel(info: StartInfo): boolean {
  return String(info.host) === 'Excel';
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`taskpane.html has no #${id}`);
  return element as T;
}

/** The environment of the real page: Office's display language, the URL, Excel.run. */
export function officeEnvironment(info: StartInfo): StartEnvironment {
  return {
    displayLanguage: isExcel(info) && typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined,
    search: window.location.search,
    runExcel: (batch) => Excel.run(batch),
  };
}

export function startPane(info: StartInfo, environment: StartEnvironment = officeEnvironment(info)): PaneContext {
  const excelAvailable = isExcel(info);
  const locale = detectLocale(environment.displayLanguage, environment.search);
  const t = translator(locale);
  document.documentElement.lang = locale;

  const connection = byId('connection');
  connection.textContent = excelAvailable ? t('statusConnected') : t('previewBadge');
  connection.className = excelAvailable ? 'connection connection-live' : 'connection connection-preview';
  connection.hidden = false;
  const banner = byId('preview-banner');
  banner.textContent = t('previewBanner');
  banner.hidden = excelAvailable;

  const app = byId('app');
  const context: PaneContext = {
    excelAvailable,
    locale,
    confirm: createConfirm(byId('dialog-host'), app, { cancel: t('cancel'), confirm: t('replace'), title: t('confirmTitle') }),
    notify: createNotify(byId('status')),
    runExcel: environment.runExcel,
  };

  const host = byId('sections');
  host.replaceChildren();
  mountTabs(
    host,
    sections.map((section) => ({
      id: section.id,
      label: t(section.label),
      mount: (panel: HTMLElement) => {
        if (section.mount) section.mount(panel, context);
        else panel.append(Object.assign(document.createElement('p'), { className: 'hint', textContent: t('panelUnavailable') }));
      },
    })),
    t('tabsLabel'),
  );
  mountSettings(byId('settings'), context);
  // A marker for measurements and tests: the pane is on screen and usable.
  host.dataset.paneReady = 'true';
  return context;
}
