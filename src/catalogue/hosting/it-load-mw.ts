import { itLoadMw, itLoadMwParams } from '../../core/hosting/it-load-mw';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'IT_LOAD_MW', result: 'number', unit: 'MW', params: itLoadMwParams, core: itLoadMw,
});

export const docs: FunctionDocs = [
  "Critical IT load a site's gross power supports: gross MW / PUE.",
  '拠点のグロス電力が支えるクリティカルIT負荷：グロスMW / PUE。',
  { returns: 'Critical IT load in MW.', example: [100, 1.3] },
];
