/**
 * The languages Hashwatt writes in: the task pane's strings, the labels of an inserted model
 * and the generated workbooks. Declared once so a third language is added in one place.
 */
export type Locale = 'en' | 'ja';

export const locales: readonly Locale[] = ['en', 'ja'];
