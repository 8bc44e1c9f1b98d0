/**
 * The shipped bundle in JavaScriptCore, the engine of Excel on Mac (WKWebView) and of Safari:
 * Debian's jsc shell loads shared.js and functions.js as webpack emits them, after a stand-in
 * for Excel's CustomFunctions (test/helpers/engine-calls.js), and makes every recorded call of
 * test/fixtures/recorded-results.json, the 100 × 100 BREAKEVEN_BTC grid among them. Every
 * outcome must be the recorded one to the bit.
 */
import { builtAddIn, BuiltAddIn } from '../helpers/browser';
import { itGivesTheRecordedResults } from '../helpers/engine-results';
import { outcomesInJsc, runInJsc } from '../helpers/engines';
import { recordedCalls } from '../helpers/recorded-cases';

jest.setTimeout(120_000);

let addIn: BuiltAddIn;
let outcomes: Record<string, string[] | null>;

beforeAll(() => {
  addIn = builtAddIn();
  outcomes = outcomesInJsc(addIn.folder, recordedCalls());
}, 300_000);

afterAll(() => addIn?.cleanup());

describe('JavaScriptCore (jsc shell): the shipped bundle', () => {
  it('runs in an engine without a browser: no window, no document', () => {
    expect(runInJsc(addIn.folder, "print(typeof window, typeof document, hashwattRegistered().length > 0);\n").trim()).toBe('undefined undefined true');
  });

  itGivesTheRecordedResults(() => outcomes);
});
