/**
 * The pane's sections, in tab order, and what mounts each. A section without a mount shows a
 * short line instead.
 */
import { MessageKey } from './i18n';
import { mountMathPanel } from './math/panel';
import { mountModelsPanel } from './models/panel';
import { mountNetworkPanel } from './network/panel';
import type { PaneContext } from './pane-context';
import { mountPresetsPanel } from './presets/panel';

export interface SectionSpec {
  id: 'presets' | 'models' | 'network' | 'math';
  label: MessageKey;
  mount?: (container: HTMLElement, context: PaneContext) => void;
}

export const sections: readonly SectionSpec[] = [
  { id: 'presets', label: 'tabPresets', mount: mountPresetsPanel },
  { id: 'models', label: 'tabModels', mount: mountModelsPanel },
  { id: 'network', label: 'tabNetwork', mount: mountNetworkPanel },
  { id: 'math', label: 'tabMath', mount: mountMathPanel },
];
