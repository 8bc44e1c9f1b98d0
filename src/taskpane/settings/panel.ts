/**
 * The pane's settings, below the sections: the switch for formatted results in this workbook
 * (formatted-results.ts). Outside Excel, where there is no workbook, it is shown disabled.
 */
import { el } from '../dom';
import { translator } from '../i18n';
import type { PaneContext } from '../pane-context';
import { formattedResultsChosen, setFormattedResults, WorkbookSettings, workbookSettings } from './formatted-results';

export function mountSettings(container: HTMLElement, context: PaneContext, settings: WorkbookSettings | undefined = workbookSettings()): void {
  const t = translator(context.locale);
  const usable = context.excelAvailable && settings !== undefined;
  const box = el('input', { attrs: { id: 'formatted-results', type: 'checkbox', 'aria-describedby': 'formatted-results-hint' } });
  box.checked = formattedResultsChosen(settings);
  box.disabled = !usable;
  box.addEventListener('change', () => {
    if (!settings) return;
    const on = box.checked;
    box.disabled = true;
    void setFormattedResults(context, settings, on).then((result) => {
      if (result.status === 'failed') box.checked = formattedResultsChosen(settings);
      box.disabled = false;
    });
  });
  container.replaceChildren(
    el('details', { className: 'settings' }, [
      el('summary', { text: t('settingsHeading') }),
      el('label', { className: 'setting', attrs: { for: 'formatted-results' } }, [box, ` ${t('formattedResults')}`]),
      el('p', { className: 'hint', text: t(usable ? 'formattedResultsHint' : 'needsExcel'), attrs: { id: 'formatted-results-hint' } }),
    ]),
  );
}
