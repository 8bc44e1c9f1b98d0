/**
 * Just enough of the DOM for the network panel in Node (Jest runs without a browser here):
 * elements with children, text, attributes, hidden/disabled, click listeners, and a search
 * by data-role. The panel uses only these; the browser tests drive the real page.
 */
export class FakeElement {
  readonly children: FakeElement[] = [];
  readonly attributes = new Map<string, string>();
  hidden = false;
  disabled = false;
  type = '';
  className = '';
  private text = '';
  private readonly listeners: (() => void)[] = [];

  constructor(
    readonly tagName: string,
    readonly ownerDocument: FakeDocument,
  ) {}

  get textContent(): string {
    return this.text + this.children.map((child) => child.textContent).join('');
  }

  set textContent(value: string) {
    this.children.length = 0;
    this.text = value ?? '';
  }

  appendChild(child: FakeElement): FakeElement {
    this.children.push(child);
    return child;
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  addEventListener(type: string, listener: () => void): void {
    if (type === 'click') this.listeners.push(listener);
  }

  /** A user's click: nothing happens on a disabled element. */
  click(): void {
    if (this.disabled) return;
    for (const listener of this.listeners) listener();
  }

  /** Every element below this one (depth first) that passes the test. */
  findAll(test: (element: FakeElement) => boolean): FakeElement[] {
    const found: FakeElement[] = [];
    for (const child of this.children) {
      if (test(child)) found.push(child);
      found.push(...child.findAll(test));
    }
    return found;
  }

  /** The one element with this data-role. */
  byRole(role: string): FakeElement {
    const found = this.findAll((element) => element.getAttribute('data-role') === role);
    if (found.length !== 1) throw new Error(`expected one data-role=${role}, found ${found.length}`);
    return found[0];
  }

  /** The text of each body row's cells. */
  rows(): string[][] {
    return this.findAll((e) => e.tagName === 'tbody')
      .flatMap((body) => body.children)
      .map((tr) => tr.children.map((td) => td.textContent));
  }
}

export class FakeDocument {
  createElement(tagName: string): FakeElement {
    return new FakeElement(tagName, this);
  }
}

/** A container for mountNetworkPanel, typed as the DOM element it stands in for. */
export function fakeContainer(): { container: HTMLElement; root: FakeElement } {
  const root = new FakeDocument().createElement('div');
  return { container: root as unknown as HTMLElement, root };
}
