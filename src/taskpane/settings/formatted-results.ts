/**
 * The pane's switch for formatted results (src/functions/formatted-results.ts): it writes the
 * workbook setting the functions read, saves it with the workbook, then has Excel recalculate
 * so results already in cells take the new form. Testable without Office: the settings are
 * passed in (Office.context.document.settings in Excel).
 */
import { formattedResultsSetting } from '../../functions/formatted-results';
import { translator } from '../i18n';
import type { PaneContext } from '../pane-context';

/** The part of Office.Settings the switch uses. */
export type WorkbookSettings = Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>;

/** The workbook's add-in settings in Excel; undefined in the preview. */
export function workbookSettings(): WorkbookSettings | undefined {
  return typeof Office === 'undefined' ? undefined : Office.context?.document?.settings;
}

export function formattedResultsChosen(settings: WorkbookSettings | undefined): boolean {
  return settings?.get(formattedResultsSetting) === true;
}

function saved(settings: WorkbookSettings): Promise<void> {
  return new Promise((resolve, reject) =>
    // AsyncResultStatus is a numeric enum in the types and the text "failed" at run time.
    settings.saveAsync((result) => (String(result.status) === 'failed' ? reject(new Error(result.error?.message ?? 'the settings were not saved')) : resolve())),
  );
}

export type SwitchResult = { status: 'saved'; on: boolean } | { status: 'failed'; message: string };

/** Turns formatted results on or off for this workbook, saves it and recalculates. */
export async function setFormattedResults(pane: PaneContext, settings: WorkbookSettings, on: boolean): Promise<SwitchResult> {
  const t = translator(pane.locale);
  try {
    settings.set(formattedResultsSetting, on);
    await saved(settings);
    // The functions are not volatile: a full recalculation is what re-reads the setting.
    await pane.runExcel(async (context) => {
      context.workbook.application.calculate('Full');
      await context.sync();
    });
    pane.notify(t(on ? 'formattedResultsOn' : 'formattedResultsOff'), 'success');
    return { status: 'saved', on };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    pane.notify(t('excelError', { message }), 'error');
    return { status: 'failed', message };
  }
}
