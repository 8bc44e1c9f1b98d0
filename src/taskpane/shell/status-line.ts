/** The pane's status line (role="status", read out politely): the outcome of the last action. */
import type { PaneContext } from '../pane-context';

export function createNotify(line: HTMLElement): PaneContext['notify'] {
  return (message, kind = 'info') => {
    line.textContent = message;
    line.className = `status status-${kind}`;
    line.hidden = false;
  };
}
