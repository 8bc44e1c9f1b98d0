/**
 * Japanese function metadata (functions.ja-JP.json): every function and every parameter of
 * functions.json has a Japanese description, no translation names a function or parameter
 * that does not exist, the localised file changes nothing but descriptions, and each
 * translation keeps the numbers (defaults, ranges, constants) of the English text, so a
 * changed default shows up as a stale translation.
 */
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { generateMetadata } = require('../../scripts/metadata.js');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const locale = require('../../scripts/locale-metadata.js');

interface Parameter {
  name: string;
  description: string;
}
interface Fn {
  id: string;
  description: string;
  parameters: Parameter[];
}
type Translations = Record<string, { description: string; parameters: Record<string, string> }>;

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
const numbers = (text: string): string[] => text.match(/\d+(?:[.,]\d+)*/g) ?? [];

describe('Japanese function metadata', () => {
  let metadata: { functions: Fn[] };
  const translations: Translations = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'functions', 'locale', 'ja.json'), 'utf8'));

  beforeAll(async () => {
    metadata = await generateMetadata();
  });

  it('translates every function and every parameter, in Japanese', () => {
    expect(locale.translationProblems(metadata, translations)).toEqual([]);
    for (const fn of metadata.functions) {
      expect({ id: fn.id, ja: japanese.test(translations[fn.id].description) }).toEqual({ id: fn.id, ja: true });
      for (const p of fn.parameters) {
        expect({ p: `${fn.id}.${p.name}`, ja: japanese.test(translations[fn.id].parameters[p.name]) }).toEqual({ p: `${fn.id}.${p.name}`, ja: true });
      }
    }
  });

  it('reports a function added without a translation, and a translation of something that does not exist', () => {
    const added = { functions: [...metadata.functions, { id: 'NEW_FN', description: 'x', parameters: [{ name: 'x_mw', description: 'y' }] }] };
    const extra: Translations = { ...translations, GONE: { description: 'なし', parameters: {} } };
    extra.HASHPRICE = { ...extra.HASHPRICE, parameters: { ...extra.HASHPRICE.parameters, old_name: '旧' } };
    expect(locale.translationProblems(added, translations)).toEqual(['NEW_FN: no translated description']);
    expect(locale.translationProblems(metadata, extra)).toEqual([
      'HASHPRICE.old_name: translated, but HASHPRICE has no such parameter',
      'GONE: translated, but there is no such function',
    ]);
  });

  it('keeps the numbers of the English descriptions (defaults, ranges, constants)', () => {
    for (const fn of metadata.functions) {
      const t = translations[fn.id];
      const pairs: [string, string, string][] = [[fn.id, fn.description, t.description]];
      for (const p of fn.parameters) pairs.push([`${fn.id}.${p.name}`, p.description, t.parameters[p.name]]);
      for (const [where, english, ja] of pairs) {
        const missing = numbers(english).filter((n) => !numbers(ja).includes(n));
        expect({ where, missing }).toEqual({ where, missing: [] });
      }
    }
  });

  it('changes only descriptions: IDs, names, types, parameters and result shapes stay those of functions.json', async () => {
    const { fileName, metadata: ja, problems } = await locale.generateLocaleMetadata('ja', metadata);
    expect(fileName).toBe('functions.ja-JP.json');
    expect(problems).toEqual([]);
    const strip = (m: { functions: Fn[] }) =>
      m.functions.map((fn) => ({ ...fn, description: undefined, parameters: fn.parameters.map((p) => ({ ...p, description: undefined })) }));
    expect(strip(ja)).toEqual(strip(metadata));
    expect(ja.functions.find((fn: Fn) => fn.id === 'HASHPRICE').description).toBe(translations.HASHPRICE.description);
  });

  it('is what the manifest serves to Excel in ja-JP, beside the English functions.json', () => {
    const manifest = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    const url = /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="([^"]+)">\s*<bt:Override Locale="ja-JP" Value="([^"]+)"\/>\s*<\/bt:Url>/.exec(manifest);
    expect(url?.[1]).toBe('https://localhost:3000/functions.json');
    expect(url?.[2]).toBe('https://localhost:3000/functions.ja-JP.json');
  });
});
