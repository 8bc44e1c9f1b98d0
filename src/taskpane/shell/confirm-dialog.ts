/**
 * The pane's own confirmation (Office task panes cannot use window.confirm): a modal dialog
 * over the pane, the rest made inert, focus on Cancel, Escape cancels, Tab stays inside.
 * Resolves true only when the confirm button is pressed.
 */
import { el } from '../dom';
import type { PaneContext } from '../pane-context';

export interface ConfirmLabels {
  cancel: string;
  confirm: string;
  title: string;
}

export function createConfirm(host: HTMLElement, inertWhileOpen: HTMLElement, labels: ConfirmLabels): PaneContext['confirm'] {
  let closeOpen: ((answer: boolean) => void) | undefined;

  return (message, confirmLabel = labels.confirm, title = labels.title) => {
    closeOpen?.(false);
    const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    const ok = el('button', { className: 'button button-primary', text: confirmLabel, attrs: { type: 'button', 'data-answer': 'confirm' } });
    const cancel = el('button', { className: 'button', text: labels.cancel, attrs: { type: 'button', 'data-answer': 'cancel' } });
    const dialog = el(
      'div',
      { className: 'dialog', attrs: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'dialog-title', 'aria-describedby': 'dialog-message' } },
      [
        el('h2', { className: 'dialog-title', text: title, attrs: { id: 'dialog-title' } }),
        el('p', { className: 'dialog-message', text: message, attrs: { id: 'dialog-message' } }),
        el('div', { className: 'dialog-actions' }, [ok, cancel]),
      ],
    );
    const backdrop = el('div', { className: 'dialog-backdrop' }, [dialog]);

    return new Promise<boolean>((resolve) => {
      const close = (answer: boolean) => {
        closeOpen = undefined;
        backdrop.remove();
        inertWhileOpen.inert = false;
        previousFocus?.focus();
        resolve(answer);
      };
      closeOpen = close;
      ok.addEventListener('click', () => close(true));
      cancel.addEventListener('click', () => close(false));
      dialog.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close(false);
        } else if (event.key === 'Tab') {
          event.preventDefault();
          (document.activeElement === ok ? cancel : ok).focus();
        }
      });
      inertWhileOpen.inert = true;
      host.append(backdrop);
      cancel.focus();
    });
  };
}
