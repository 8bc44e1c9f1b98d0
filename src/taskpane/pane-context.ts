/**
 * What every task-pane panel is given: whether an Excel host is present (outside Office the
 * pane is a read-only preview), the display language, an in-pane confirmation (Office task
 * panes cannot use window.confirm), and the one way to touch the workbook.
 */
import type { Locale } from '../sheet/locale';

export interface PaneContext {
  /** False in a plain browser: panels show data read-only and disable workbook buttons. */
  readonly excelAvailable: boolean;
  readonly locale: Locale;
  /**
   * Asks the user in the pane; resolves true only on an explicit "Replace"/"OK". The dialog's
   * heading is `title` when given.
   */
  confirm(message: string, confirmLabel?: string, title?: string): Promise<boolean>;
  /** Shows a short status line (success or failure) to the user. */
  notify(message: string, kind?: 'info' | 'success' | 'error'): void;
  /** Runs a batch against the workbook (Excel.run in Office; a stub in tests). */
  runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}
