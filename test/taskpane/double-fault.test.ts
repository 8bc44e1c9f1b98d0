/**
 * When Excel fails twice (the connection lost mid-write, so taking the write back fails too),
 * the pane must not claim the workbook is as it was: for every point of every writer where
 * the connection can drop, the message lists what may be left (every sheet, table and name
 * that differs from before is named in it), the user is offered to clean up, and
 *   - accepting once the connection is back leaves the workbook exactly as it was;
 *   - declining, a later write that succeeds leaves no leftover: the workbook is exactly as
 *     one clean write makes it.
 */
import type { PaneContext } from '../../src/taskpane/pane-context';
import { FakeWorkbook, FakeWorkbookOptions } from '../helpers/fake-workbook';
import { Scenario, scenarios } from './write-scenarios';

// Each test replays a whole write once per write point (hundreds of batches): a few seconds on
// an idle machine, up to a minute on a loaded one. The limit is for a hang, not for speed.
jest.setTimeout(120_000);

const restoredSentence = 'The workbook is as it was.';
const cleanUpTitle = 'Excel failed twice';

interface Picture {
  sheets: { name: string; cells: unknown; charts: unknown }[];
  tables: [string, unknown][];
  names: [string, unknown][];
}

/** The workbook without its looks: cells' contents and number formats, tables, names. */
function content(picture: Picture): unknown {
  const sheets = picture.sheets.map(({ name, cells }) => ({
    name,
    cells: (cells as [string, { format?: unknown; hyperlink?: unknown }][])
      .map(([address, { format, hyperlink, ...cell }]) => [address, cell])
      .filter(([, cell]) => Object.values(cell).some((value) => value !== undefined && value !== '')),
  }));
  return { sheets, tables: picture.tables, names: picture.names };
}

function freshBook(scenario: Scenario, options: FakeWorkbookOptions = {}): FakeWorkbook {
  const book = new FakeWorkbook(options);
  scenario.setUp(book);
  return book;
}

/** A pane that agrees to the write's questions and answers the clean-up offer with `cleanUp`. */
function paneFor(book: FakeWorkbook, cleanUp: (message: string) => boolean): { pane: PaneContext; offers: string[] } {
  const offers: string[] = [];
  const confirm = async (message: string, _label?: string, title?: string) => {
    if (title !== cleanUpTitle) return true;
    offers.push(message);
    return cleanUp(message);
  };
  return { pane: book.pane({ confirm }), offers };
}

/** The sheets, tables and names that differ between two pictures of the workbook. */
function changedParts(before: Picture, now: Picture): string[] {
  const differs = <T extends [string, unknown] | { name: string }>(list: T[], other: T[], key: (item: T) => string) =>
    list.filter((item) => JSON.stringify(item) !== JSON.stringify(other.find((candidate) => key(candidate) === key(item)))).map(key);
  const sheetKey = (sheet: { name: string }) => sheet.name;
  const entryKey = (entry: [string, unknown]) => entry[0];
  return [
    ...new Set([
      ...differs(now.sheets, before.sheets, sheetKey),
      ...differs(before.sheets, now.sheets, sheetKey),
      ...differs(now.tables, before.tables, entryKey),
      ...differs(now.names, before.names, entryKey),
    ]),
  ];
}

describe.each(Object.entries(scenarios))('%s, the connection lost at every write', (_name, scenario) => {
  it('says what may be left, never that the workbook is as it was; a clean-up or a later write leaves nothing', async () => {
    const complete = freshBook(scenario);
    const before = complete.snapshot() as Picture;
    await scenario.write(complete);
    const after = complete.snapshot();
    const writes = complete.writes;

    for (let lostAt = 1; lostAt <= writes; lostAt++) {
      // Declined: the message lists what is left; the next write, once the connection is back, removes it.
      const book = freshBook(scenario, { lostAt });
      const { pane, offers } = paneFor(book, () => false);
      const outcome = await scenario.write(book, pane);
      const now = book.snapshot() as Picture;
      if (outcome.status !== 'failed') {
        expect({ lostAt, outcome, now }).toEqual({ lostAt, outcome, now: after });
        continue;
      }
      const message = outcome.message ?? '';
      expect({ lostAt, message }).toEqual({ lostAt, message: expect.not.stringContaining(restoredSentence) });
      expect(message).toContain('What may be left of the write:');
      for (const part of changedParts(before, now)) {
        // A table Excel has just added, before the write could name it, is called Table1 or the like.
        const named = /^Table\d+$/.test(part) ? message.includes('such as Table1') : message.includes(part);
        expect({ lostAt, part, named }).toEqual({ lostAt, part, named: true });
      }
      expect(offers).toHaveLength(1);
      expect(offers[0]).toContain('Try again now to take it out');
      book.reconnect();
      await scenario.write(book);
      expect({ lostAt, now: book.snapshot() }).toEqual({ lostAt, now: after });

      // Accepted once the connection is back: the workbook is exactly as it was, and the message says so.
      const again = freshBook(scenario, { lostAt });
      const cleaned = await scenario.write(again, paneFor(again, () => (again.reconnect(), true)).pane);
      expect(cleaned.status).toBe('failed');
      expect(cleaned.message).toContain('What the write had left was taken out.');
      if (cleaned.message?.endsWith(restoredSentence)) expect({ lostAt, now: again.snapshot() }).toEqual({ lostAt, now: before });
      else {
        // Looks written before the connection dropped stay; the message says so, and everything else is as it was.
        expect(cleaned.message).toMatch(/Its cells, tables and names are as they were; some formatting may have changed\.$/);
        expect({ lostAt, now: content(again.snapshot() as Picture) }).toEqual({ lostAt, now: content(before) });
      }
    }
  });
});
