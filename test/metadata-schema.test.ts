/**
 * functions.json and functions.ja-JP.json, as the build writes them, against the custom-functions
 * metadata schema Microsoft publishes: the `customFunctions` object of the add-in manifest
 * schema (json-schemas/teams/v1.30/MicrosoftTeams.schema.json in @microsoft/app-manifest,
 * `#/definitions/extensionCustomFunctions`), which describes the same functions, enums and
 * allowCustomDataForDataTypeAny that the add-in-only manifest's metadata file holds.
 */
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import fs from 'fs';
import path from 'path';
import { catalogueMetadata } from '../src/catalogue/metadata';
/**
 * The newest schema in the package: custom enums arrive in 1.25, and parameter descriptions up
 * to 512 characters (as Excel takes them) in 1.27; the manifest itself keeps its own version.
 */
const customFunctionsSchemaVersion = '1.30';
const schemaFile = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams', `v${customFunctionsSchemaVersion}`, 'MicrosoftTeams.schema.json');
const manifestSchema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));

function metadataErrors(document: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(manifestSchema, 'manifest');
  const validate = ajv.getSchema('manifest#/definitions/extensionCustomFunctions');
  if (!validate) throw new Error('the manifest schema has no extensionCustomFunctions definition');
  return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
}

describe.each(['en', 'ja'] as const)('the %s metadata against the published schema', (locale) => {
  const metadata = JSON.parse(JSON.stringify(catalogueMetadata(locale)));

  it('validates, enums and allowCustomDataForDataTypeAny included', () => {
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
    expect(metadata.enums.length).toBeGreaterThan(0);
    expect(metadataErrors(metadata)).toEqual([]);
  });

  it('is refused when an enum breaks the schema (the check can fail)', () => {
    const broken = { ...metadata, enums: [{ id: 'x', type: 'text', values: [] }] };
    expect(metadataErrors(broken).length).toBeGreaterThan(0);
  });
});
