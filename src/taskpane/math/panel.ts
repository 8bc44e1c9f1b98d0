/**
 * The "Math" panel: "Show the math" reads the selected cell and shows the plain Excel formula
 * that computes its MINER.* value without the add-in (with the cell's own references), or, for
 * a figure from the bundled data, its date and source; "Write formula" puts that formula into a
 * cell the user names, asking before it replaces anything. Both need Excel (disabled in the
 * preview).
 */
import type { Explanation } from '../../portable/explain';
import { el, excelButton } from '../dom';
import type { PaneContext } from '../pane-context';
import { readSelectedMath, SelectedMath } from './selected-cell';
import { mathStrings, SayMath } from './strings';
import { writeFormula, WriteOutcome } from './write-formula';

/** The panel's actions, as its buttons run them (each resolves when its work is done). */
export interface MathPanel {
  show(): Promise<SelectedMath | undefined>;
  write(): Promise<WriteOutcome | undefined>;
}

export function mountMathPanel(container: HTMLElement, context: PaneContext): void {
  createMathPanel(container, context);
}

/** What the panel says of an explanation (a native formula is shown on its own line instead). */
function explanationText(selected: SelectedMath, say: SayMath): string {
  const explanation: Explanation | undefined = selected.explanation;
  if (!explanation) return say('empty', { address: selected.address });
  switch (explanation.kind) {
    case 'native':
      return '';
    case 'table':
      return say(explanation.whole ? 'tableNativeWhole' : 'tableNative', { id: explanation.id });
    case 'plain':
      return say('plain', { address: selected.address });
    case 'data':
      return explanation.source && explanation.asOf
        ? say('data', { id: explanation.id, asOf: explanation.asOf, source: explanation.source })
        : say('dataUnresolved', { id: explanation.id });
    case 'opaque':
      return say(explanation.reason === 'table' ? 'table' : 'noNative', { id: explanation.id });
  }
}

export function createMathPanel(container: HTMLElement, context: PaneContext): MathPanel {
  const say = mathStrings(context.locale);
  const showButton = excelButton(say('show'), { excelAvailable: context.excelAvailable, needsExcel: say('needsExcel'), className: 'button button-primary' });
  showButton.dataset.role = 'show-math';
  const cellLine = el('p', { className: 'math-cell', attrs: { 'data-role': 'math-cell' } });
  const formulaCode = el('code', { className: 'math-formula', attrs: { 'data-role': 'cell-formula' } });
  const nativeCode = el('code', { className: 'math-formula', attrs: { 'data-role': 'native-formula' } });
  const formulaBlock = el('div', { className: 'math-block' }, [el('h3', { text: say('formulaLabel') }), formulaCode]);
  const nativeBlock = el('div', { className: 'math-block' }, [el('h3', { text: say('nativeLabel') }), nativeCode]);
  const note = el('p', { className: 'math-note', attrs: { 'data-role': 'math-note' } });
  const target = el('input', { className: 'math-target', attrs: { type: 'text', 'data-role': 'target', placeholder: say('targetPlaceholder'), 'aria-label': say('targetLabel') } });
  const writeButton = excelButton(say('write'), { excelAvailable: context.excelAvailable, needsExcel: say('needsExcel') });
  writeButton.dataset.role = 'write-formula';
  const writeRow = el('div', { className: 'math-write' }, [el('label', { text: say('targetLabel') }, [target]), writeButton]);
  const status = el('p', { className: 'math-status', attrs: { 'data-role': 'status', role: 'status', 'aria-live': 'polite' } });
  for (const element of [formulaBlock, nativeBlock, writeRow]) element.hidden = true;

  container.replaceChildren(
    el('section', { className: 'math-panel', attrs: { 'data-role': 'math-panel' } }, [
      el('h2', { text: say('heading') }),
      el('p', { text: say('intro') }),
      showButton,
      cellLine,
      formulaBlock,
      nativeBlock,
      note,
      writeRow,
      status,
    ]),
  );

  let shown: SelectedMath | undefined;
  let busy = false;
  const setBusy = (value: boolean) => {
    busy = value;
    showButton.disabled = value || !context.excelAvailable;
    writeButton.disabled = value || !context.excelAvailable || shown?.explanation?.kind !== 'native';
  };
  const showStatus = (message: string, kind: 'info' | 'error') => {
    status.textContent = message;
    status.className = `math-status math-status-${kind}`;
  };

  const show = async (): Promise<SelectedMath | undefined> => {
    if (busy || !context.excelAvailable) return undefined;
    setBusy(true);
    showStatus(say('reading'), 'info');
    try {
      const selected = await readSelectedMath(context);
      shown = selected;
      cellLine.textContent = say('cellLabel', { address: selected.address });
      formulaCode.textContent = selected.formula;
      formulaBlock.hidden = selected.formula === '';
      const explanation = selected.explanation;
      const native = explanation?.kind === 'native' ? explanation.formula : '';
      const tableLines = explanation?.kind === 'table' ? explanation.rows.flatMap((row) => row.map((cell) => `${cell.cell}: ${cell.formula}`)) : [];
      nativeCode.textContent = native !== '' ? native : tableLines.join('\n');
      nativeBlock.hidden = nativeCode.textContent === '';
      writeRow.hidden = native === '';
      note.textContent = explanationText(selected, say);
      showStatus('', 'info');
      return selected;
    } catch (error) {
      shown = undefined;
      showStatus(say('failed', { message: error instanceof Error ? error.message : String(error) }), 'error');
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const write = async (): Promise<WriteOutcome | undefined> => {
    const explanation = shown?.explanation;
    if (busy || !shown || explanation?.kind !== 'native') return undefined;
    setBusy(true);
    const outcome = await writeFormula(context, target.value, shown.sheet, explanation.formula, say);
    setBusy(false);
    if (outcome.status === 'written') showStatus(say('written', { address: outcome.address }), 'info');
    else if (outcome.status === 'cancelled') showStatus(say('notWritten', { address: outcome.address }), 'info');
    else if (outcome.status === 'bad-target') showStatus(say('badTarget', { target: target.value }), 'error');
    else showStatus(say('failed', { message: outcome.message }), 'error');
    if (outcome.status === 'written') context.notify(say('written', { address: outcome.address }), 'success');
    return outcome;
  };

  showButton.addEventListener('click', () => void show());
  writeButton.addEventListener('click', () => void write());
  setBusy(false);
  return { show, write };
}
