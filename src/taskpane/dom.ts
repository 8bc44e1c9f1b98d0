/**
 * Building the pane's DOM without HTML strings: every text goes in as a text node, so data
 * cannot inject markup, and no inline style attribute is ever written (the page's CSP has
 * style-src 'self').
 */

export interface ElementOptions {
  className?: string;
  text?: string;
  /** Attributes, e.g. { role: 'tab', 'aria-selected': 'true' }; undefined values are skipped. */
  attrs?: Readonly<Record<string, string | undefined>>;
}

export type Child = Node | string | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** A link that opens in a new tab without giving the new page a handle on this one. */
export function externalLink(url: string, text: string, options: ElementOptions = {}): HTMLAnchorElement {
  return el('a', { ...options, text, attrs: { ...options.attrs, href: url, target: '_blank', rel: 'noopener noreferrer' } });
}

/**
 * A button that needs Excel: in the preview it is disabled and its tooltip says why. The
 * `reason` element (the preview banner) is linked with aria-describedby for screen readers.
 */
export function excelButton(label: string, options: { excelAvailable: boolean; needsExcel: string; className?: string; reasonId?: string }): HTMLButtonElement {
  const button = el('button', {
    className: options.className ?? 'button',
    text: label,
    attrs: {
      type: 'button',
      title: options.excelAvailable ? undefined : options.needsExcel,
      'aria-describedby': options.excelAvailable ? undefined : options.reasonId,
    },
  });
  button.disabled = !options.excelAvailable;
  button.dataset.needsExcel = 'true';
  return button;
}
