/**
 * The unified manifest (manifest.json, Microsoft 365) and its Japanese strings, written from the
 * same source as manifest.xml, against Microsoft's published schema, for the development server
 * and for a deployment under a sub-path; and the XML and JSON manifests agree.
 */
import fs from 'fs';
import path from 'path';
import { developmentBaseUrl, source } from '../../tools/manifest/source';
import { japaneseLocalizationFile, unifiedManifest, unifiedSchemaVersion } from '../../tools/manifest/unified';
import { xmlManifest } from '../../tools/manifest/xml';
import { localizationErrors, schemaFolder, unifiedManifestErrors } from './schema';

const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
const deploymentBase = 'https://office.example.com/addins/hashwatt/';

/** Every string in a JSON value that is an absolute URL. */
function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object') return Object.entries(value).filter(([key]) => key !== '$schema').flatMap(([, v]) => urlsIn(v));
  return [];
}

describe.each([
  ['development', developmentBaseUrl],
  ['a deployment under a sub-path', deploymentBase],
])('manifest.json for %s', (_name, baseUrl) => {
  const { manifest, localizations } = unifiedManifest({ baseUrl, version });

  it(`passes Microsoft's schema ${unifiedSchemaVersion}, and its Japanese strings the localization schema`, () => {
    expect(fs.existsSync(schemaFolder)).toBe(true);
    expect(unifiedManifestErrors(manifest)).toEqual([]);
    expect(Object.keys(localizations)).toEqual([japaneseLocalizationFile]);
    for (const localization of Object.values(localizations)) expect(localizationErrors(localization)).toEqual([]);
  });

  it("has the add-in's id and package.json's version, and every URL under the base", () => {
    expect(manifest.id).toBe(source.id);
    expect(manifest.version).toBe(version);
    const urls = [...urlsIn(manifest), ...Object.values(localizations).flatMap(urlsIn)];
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(baseUrl)).toBe(true);
  });

  it('runs the task pane and the MINER functions in one long-lived runtime reading functions.json', () => {
    const [extension] = manifest.extensions as { runtimes: { lifetime: string; code: { page: string }; customFunctions: { namespace: { id: string }; metadataUrl: string } }[] }[];
    const [runtime] = extension.runtimes;
    expect(runtime.lifetime).toBe('long');
    expect(runtime.code.page).toBe(`${baseUrl}taskpane.html`);
    expect(runtime.customFunctions.namespace.id).toBe('MINER');
    expect(runtime.customFunctions.metadataUrl).toBe(`${baseUrl}functions.json`);
    expect(localizations[japaneseLocalizationFile]['extensions[0].runtimes[0].customFunctions.metadataUrl']).toBe(`${baseUrl}functions.ja-JP.json`);
  });

  it('names the same pages and metadata as manifest.xml', () => {
    const xml = xmlManifest({ baseUrl, version });
    for (const url of [`${baseUrl}taskpane.html`, `${baseUrl}functions.json`, `${baseUrl}functions.ja-JP.json`, `${baseUrl}docs/functions.html`]) {
      expect(xml).toContain(`"${url}"`);
      expect(JSON.stringify({ manifest, localizations })).toContain(`"${url}"`);
    }
  });
});

it('the schema rejects a manifest that breaks it (the validator really validates)', () => {
  const { manifest } = unifiedManifest({ baseUrl: deploymentBase, version });
  expect(unifiedManifestErrors({ ...manifest, accentColor: 'amber' })).not.toEqual([]);
  expect(unifiedManifestErrors({ ...manifest, extensions: [{ ...(manifest.extensions as object[])[0], unknown: true }] })).not.toEqual([]);
});
