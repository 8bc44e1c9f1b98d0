/**
 * The pane's sections as WAI-ARIA tabs: arrow keys, Home and End move between tabs (and
 * select them), and a section is mounted the first time it is shown, so a panel that fetches
 * data does nothing until the user opens it.
 */
import { el } from '../dom';

export interface TabSpec {
  id: string;
  label: string;
  mount(panel: HTMLElement): void;
}

export function mountTabs(host: HTMLElement, tabs: readonly TabSpec[], label: string): { select(id: string): void } {
  const list = el('div', { className: 'tabs', attrs: { role: 'tablist', 'aria-label': label } });
  const entries = tabs.map((tab) => {
    const button = el('button', {
      className: 'tab',
      text: tab.label,
      attrs: { type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': `panel-${tab.id}`, 'aria-selected': 'false', tabindex: '-1' },
    });
    const panel = el('div', { className: 'tab-panel', attrs: { role: 'tabpanel', id: `panel-${tab.id}`, 'aria-labelledby': `tab-${tab.id}`, hidden: '' } });
    return { tab, button, panel, mounted: false };
  });

  const select = (id: string, focus = false) => {
    for (const entry of entries) {
      const selected = entry.tab.id === id;
      entry.button.setAttribute('aria-selected', String(selected));
      entry.button.tabIndex = selected ? 0 : -1;
      entry.panel.hidden = !selected;
      if (selected && !entry.mounted) {
        entry.mounted = true;
        entry.tab.mount(entry.panel);
      }
      if (selected && focus) entry.button.focus();
    }
  };

  entries.forEach((entry, index) => {
    entry.button.addEventListener('click', () => select(entry.tab.id));
    entry.button.addEventListener('keydown', (event) => {
      const last = entries.length - 1;
      const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
      if (target === undefined) return;
      event.preventDefault();
      select(entries[target].tab.id, true);
    });
    list.append(entry.button);
  });
  host.append(list, ...entries.map((entry) => entry.panel));
  if (entries.length > 0) select(entries[0].tab.id);
  return { select: (id) => select(id) };
}
