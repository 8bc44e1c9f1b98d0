/**
 * Office does not roll back a failed batch, so every writer of the pane is broken at every
 * write point: the fake workbook fails its Nth write operation, for every N of a full write,
 * and the workbook must then be exactly as it was or completely written (every sheet, cell,
 * table and name compared), never anything in between. Each scenario also covers a replace
 * over existing content of the user's.
 */
import { FakeWorkbook, FakeWorkbookOptions } from '../helpers/fake-workbook';
import { Scenario, scenarios } from './write-scenarios';

// Each test replays a whole write once per write point (hundreds of batches): a few seconds on
// an idle machine, up to a minute on a loaded one. The limit is for a hang, not for speed.
jest.setTimeout(120_000);

function freshBook(scenario: Scenario, options: FakeWorkbookOptions = {}): FakeWorkbook {
  const book = new FakeWorkbook(options);
  scenario.setUp(book);
  return book;
}

describe.each(Object.entries(scenarios))('%s, failing at every write', (_name, scenario) => {
  it('leaves the workbook unchanged or completely written, and says which', async () => {
    const complete = freshBook(scenario);
    const before = complete.snapshot();
    const success = await scenario.write(complete);
    expect(success.status).toMatch(/written|inserted|made/);
    const after = complete.snapshot();
    const writes = complete.writes;
    expect(writes).toBeGreaterThan(0);

    const endings = { unchanged: 0, written: 0, partial: 0 };
    for (let failAt = 1; failAt <= writes; failAt++) {
      const book = freshBook(scenario, { failAt });
      const outcome = await scenario.write(book);
      const now = book.snapshot();
      const ending = JSON.stringify(now) === JSON.stringify(before) ? 'unchanged' : JSON.stringify(now) === JSON.stringify(after) ? 'written' : 'partial';
      if (ending === 'partial') expect({ failAt, outcome, now }).toEqual({ failAt, outcome, now: after });
      expect(outcome.status === 'failed').toBe(ending === 'unchanged');
      // Said only when true: every failure here is taken back whole.
      if (outcome.status === 'failed') expect(outcome.message).toMatch(/The workbook is as it was\.$/);
      endings[ending] += 1;
    }
    expect(endings.unchanged + endings.written).toBe(writes);
  });
});
