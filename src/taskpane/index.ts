/**
 * Task pane entry: nothing happens here but starting the pane once Office.js is ready. If
 * Office.js could not load at all (offline), the pane still starts, as the preview.
 */
import { startPane } from './start';

if (typeof Office === 'undefined') startPane({ host: null });
else void Office.onReady((info) => startPane(info));
