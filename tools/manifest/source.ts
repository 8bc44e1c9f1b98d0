/**
 * The add-in's manifest source (addin.json) and where its files are served: one base URL
 * (development: https://localhost:3000/; a deployment: the https folder it is hosted in),
 * joined with each file's path. Both manifests are written from this.
 */
import addin from './addin.json';

export type AddinSource = typeof addin;
export type LocalizedText = Readonly<Record<'en-US' | 'ja-JP', string>>;

export const source: AddinSource = addin;

/** The development server's base URL (`npm start`, `npm run dev-server`). */
export const developmentBaseUrl = 'https://localhost:3000/';

/**
 * A base URL as the manifests use it: absolute https, no query or fragment, ending in "/" so
 * a file's path joins under it (https://host/addins/hashwatt → https://host/addins/hashwatt/).
 */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`base URL must be an absolute https URL (got ${JSON.stringify(baseUrl)})`);
  }
  if (url.protocol !== 'https:') throw new Error(`base URL must use https, as Office requires (got ${baseUrl})`);
  if (url.search || url.hash) throw new Error(`base URL must have no query or fragment (got ${baseUrl})`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The manifest version Office reads from package.json's: 1.2.3 → 1.2.3.0 (a pre-release tag dropped). */
export function xmlManifestVersion(packageVersion: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(packageVersion);
  if (!match) throw new Error(`package.json version must start with MAJOR.MINOR.PATCH (got ${packageVersion})`);
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

/** What a build tells the manifests: where the add-in is served, its version, its functions bundle's file. */
export interface ManifestTarget {
  readonly baseUrl: string;
  readonly version: string;
  /** The functions bundle as built (functions.js, or its content-hashed name in a deployment build). */
  readonly functionsScript?: string;
}

/** The absolute URL of one of the add-in's files. */
export function urlOf(target: ManifestTarget, file: string): string {
  return new URL(file, normalizeBaseUrl(target.baseUrl)).href;
}
