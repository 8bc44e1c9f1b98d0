/**
 * The shipped add-in in WebKitGTK (WebKit and JavaScriptCore, as WKWebView runs it in Excel on
 * Mac), driven over WebDriver by Debian's WebKitWebDriver (test/helpers/webkit.ts): the
 * recorded results to the bit and the task pane's preview (test/helpers/browser-engine-suite.ts).
 */
import { describeBrowserEngine } from '../helpers/browser-engine-suite';
import { launchWebKit } from '../helpers/webkit';

jest.setTimeout(120_000);

describeBrowserEngine('WebKitGTK', launchWebKit);
