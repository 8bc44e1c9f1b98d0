/**
 * Japanese function metadata (functions.ja-JP.json), written from the catalogue: every
 * function and every parameter has a Japanese description, the localised file changes nothing
 * but descriptions, and each translation keeps the numbers (defaults, ranges, constants) of
 * the English text, so a changed default shows up as a stale translation.
 */
import * as fs from 'fs';
import * as path from 'path';
import { catalogueMetadata, Metadata } from '../../src/catalogue/metadata';

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
const numbers = (text: string): string[] => text.match(/\d+(?:[.,]\d+)*/g) ?? [];

describe('Japanese function metadata', () => {
  const english = catalogueMetadata('en');
  const ja = catalogueMetadata('ja');

  it('describes every function and every parameter in Japanese', () => {
    for (const fn of ja.functions) {
      expect({ id: fn.id, ja: japanese.test(fn.description) }).toEqual({ id: fn.id, ja: true });
      for (const p of fn.parameters) {
        expect({ p: `${fn.id}.${p.name}`, ja: japanese.test(p.description) }).toEqual({ p: `${fn.id}.${p.name}`, ja: true });
      }
    }
  });

  it('keeps the numbers of the English descriptions (defaults, ranges, constants)', () => {
    english.functions.forEach((fn, f) => {
      const translated = ja.functions[f];
      const pairs: [string, string, string][] = [[fn.id, fn.description, translated.description]];
      fn.parameters.forEach((p, i) => pairs.push([`${fn.id}.${p.name}`, p.description, translated.parameters[i].description]));
      for (const [where, en, jaText] of pairs) {
        const missing = numbers(en).filter((n) => !numbers(jaText).includes(n));
        expect({ where, missing }).toEqual({ where, missing: [] });
      }
    });
  });

  it('changes only descriptions: IDs, names, types, parameters and result shapes stay those of functions.json', () => {
    const strip = (m: Metadata) =>
      m.functions.map((fn) => ({ ...fn, description: undefined, parameters: fn.parameters.map((p) => ({ ...p, description: undefined })) }));
    expect(strip(ja)).toEqual(strip(english));
    expect(ja.functions.find((fn) => fn.id === 'HASHPRICE')?.description).toMatch(japanese);
  });

  it('is what the manifest serves to Excel in ja-JP, beside the English functions.json', () => {
    const manifest = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    const url = /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="([^"]+)">\s*<bt:Override Locale="ja-JP" Value="([^"]+)"\/>\s*<\/bt:Url>/.exec(manifest);
    expect(url?.[1]).toBe('https://localhost:3000/functions.json');
    expect(url?.[2]).toBe('https://localhost:3000/functions.ja-JP.json');
  });
});
