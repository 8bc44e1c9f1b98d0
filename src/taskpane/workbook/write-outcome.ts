/**
 * What a write through the gateway came to: the gateway returns it, the messages put it in
 * words, the panels act on it. Its own file so the messages need not import the gateway.
 */
import type { Blocked, ChangeSummary, Conflicts } from './plan';

/** How a write ended. */
export type WriteOutcome =
  | { readonly status: 'written'; readonly summary: ChangeSummary; readonly replaced: boolean }
  | { readonly status: 'cancelled'; readonly conflicts: Conflicts }
  | { readonly status: 'blocked'; readonly blocked: Blocked }
  | { readonly status: 'missing'; readonly missing: readonly string[] }
  /** The workbook changed between the question and the write: nothing was written. */
  | { readonly status: 'changed' }
  /** Excel failed; the message says whether the workbook is as it was, and if not, what may be left. */
  | { readonly status: 'failed'; readonly message: string; readonly restored: boolean };
