/**
 * manifest.json, the unified manifest for Microsoft 365 (schema 1.24, the first whose custom
 * functions read their metadata from a URL), with its Japanese strings in a localization file
 * beside it: what Microsoft 365 clients (Excel on the web, Windows and Mac with a current
 * subscription) install from the admin center. Written from the same source as manifest.xml.
 */
import { ManifestTarget, source, urlOf } from './source';

export const unifiedSchemaVersion = '1.24';
const schemaBase = `https://developer.microsoft.com/json-schemas/teams/v${unifiedSchemaVersion}`;

/** The Japanese strings' file, named in localizationInfo (relative to manifest.json). */
export const japaneseLocalizationFile = 'manifest.ja-jp.json';

/** The app package's icons: the manifest names them relative to itself. */
export const packageIcons = { color: 'color.png', outline: 'outline.png' } as const;

const runtimeId = 'SharedRuntime';
const showTaskpane = 'ShowTaskpane';

/** package.json's version as the unified manifest takes it (semver, at most 25 characters). */
function semver(version: string): string {
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version) || version.length > 25) throw new Error(`package.json version is not semver (got ${version})`);
  return version;
}

export interface UnifiedManifest {
  readonly manifest: Record<string, unknown>;
  /** The localization files, by name (relative to manifest.json). */
  readonly localizations: Readonly<Record<string, Record<string, unknown>>>;
}

export function unifiedManifest(target: ManifestTarget): UnifiedManifest {
  const url = (file: string): string => urlOf(target, file);
  const { files, strings } = source;
  const icons = ([16, 32, 80] as const).map((size) => ({ size, url: url(files.icons[size]) }));
  const en = 'en-US';
  const manifest = {
    $schema: `${schemaBase}/MicrosoftTeams.schema.json`,
    manifestVersion: unifiedSchemaVersion,
    version: semver(target.version),
    id: source.id,
    localizationInfo: { defaultLanguageTag: 'en-us', additionalLanguages: [{ languageTag: 'ja-jp', file: japaneseLocalizationFile }] },
    developer: {
      name: source.provider,
      websiteUrl: url(source.developer.websiteUrl),
      privacyUrl: url(source.developer.privacyUrl),
      termsOfUseUrl: url(source.developer.termsOfUseUrl),
    },
    name: { short: source.name, full: source.fullName },
    description: { short: source.shortDescription[en], full: source.description[en] },
    icons: packageIcons,
    accentColor: source.accentColor,
    validDomains: [new URL(url('')).host, ...source.appDomains.map((domain) => new URL(domain).host)],
    authorization: { permissions: { resourceSpecific: [{ name: 'Document.ReadWrite.User', type: 'Delegated' }] } },
    extensions: [
      {
        requirements: { scopes: ['workbook'], capabilities: [{ name: 'SharedRuntime', minVersion: '1.1' }] },
        runtimes: [
          {
            id: runtimeId,
            type: 'general',
            code: { page: url(files.taskpane) },
            lifetime: 'long',
            actions: [{ id: showTaskpane, type: 'openPage', view: 'dashboard', pinnable: false }],
            customFunctions: {
              namespace: { id: source.namespace, name: source.namespace },
              metadataUrl: url(files.metadata),
              allowCustomDataForDataTypeAny: true,
            },
          },
        ],
        ribbons: [
          {
            requirements: { formFactors: ['desktop'] },
            tabs: [
              {
                builtInTabId: 'TabHome',
                groups: [
                  {
                    id: 'HashwattGroup',
                    label: strings.groupLabel[en],
                    icons,
                    controls: [
                      {
                        id: 'TaskpaneButton',
                        type: 'button',
                        label: strings.taskpaneButtonLabel[en],
                        icons,
                        supertip: { title: strings.taskpaneButtonLabel[en], description: strings.taskpaneButtonTooltip[en] },
                        actionId: showTaskpane,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        getStartedMessages: [{ title: strings.getStartedTitle[en], description: strings.getStartedDescription[en], learnMoreUrl: url(files.help) }],
      },
    ],
  };
  const ja = 'ja-JP';
  const group = 'extensions[0].ribbons[0].tabs[0].groups[0]';
  const japanese = {
    $schema: `${schemaBase}/MicrosoftTeams.Localization.schema.json`,
    'name.short': source.name,
    'description.short': source.shortDescription[ja],
    'description.full': source.description[ja],
    'extensions[0].runtimes[0].customFunctions.metadataUrl': url(files.localizedMetadata[ja]),
    [`${group}.label`]: strings.groupLabel[ja],
    [`${group}.controls[0].label`]: strings.taskpaneButtonLabel[ja],
    [`${group}.controls[0].supertip.title`]: strings.taskpaneButtonLabel[ja],
    [`${group}.controls[0].supertip.description`]: strings.taskpaneButtonTooltip[ja],
    'extensions[0].getStartedMessages[0].title': strings.getStartedTitle[ja],
    'extensions[0].getStartedMessages[0].description': strings.getStartedDescription[ja],
  };
  return { manifest, localizations: { [japaneseLocalizationFile]: japanese } };
}
