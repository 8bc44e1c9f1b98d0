/**
 * The shipped add-in in Firefox ESR (SpiderMonkey; Excel on the web runs in the user's
 * browser), driven over WebDriver BiDi (test/helpers/firefox.ts): the recorded results to the
 * bit and the task pane's preview (test/helpers/browser-engine-suite.ts).
 */
import { describeBrowserEngine } from '../helpers/browser-engine-suite';
import { launchFirefox } from '../helpers/firefox';

jest.setTimeout(120_000);

describeBrowserEngine('Firefox ESR', launchFirefox);
