/**
 * Validates a unified manifest and its localization files offline against the JSON schemas
 * Microsoft publishes in @microsoft/app-manifest (json-schemas/teams/v<version>), draft-04
 * schemas read with Ajv. The localization schema's key patterns are not valid as Unicode
 * regular expressions, so that schema compiles without the u flag.
 */
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import fs from 'fs';
import path from 'path';
import { unifiedSchemaVersion } from '../../tools/manifest/unified';

export const schemaFolder = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams', `v${unifiedSchemaVersion}`);

function validator(file: string, unicodeRegExp: boolean): (document: unknown) => string[] {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaFolder, file), 'utf8')));
  return (document) => (validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`));
}

/** The schema's complaints about a manifest.json ([] when it is valid). */
export const unifiedManifestErrors = validator('MicrosoftTeams.schema.json', true);

/** The schema's complaints about a localization file ([] when it is valid). */
export const localizationErrors = validator('MicrosoftTeams.Localization.schema.json', false);
