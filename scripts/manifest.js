/**
 * The add-in's manifests, written from tools/manifest/addin.json for a base URL and
 * package.json's version (tools/manifest):
 * - manifest.xml, the add-in only manifest (every Office that runs add-ins);
 * - manifest.json and manifest.ja-jp.json, the unified manifest for Microsoft 365 and its
 *   Japanese strings, and hashwatt-app.zip, the app package the admin center takes (those
 *   two and the package's icons).
 * The webpack build emits them into dist/ for the base it builds for. `npm run manifest`
 * rewrites the development manifest.xml (https://localhost:3000/) at the repository root,
 * which `npm start`, `npm stop` and `npm run validate` use.
 */
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');
require('./require-ts');

const root = path.join(__dirname, '..');
const { developmentBaseUrl, normalizeBaseUrl, source } = require('../tools/manifest/source.ts');
const { xmlManifest } = require('../tools/manifest/xml.ts');
const { packageIcons, unifiedManifest } = require('../tools/manifest/unified.ts');

/** The app package's name in dist/. */
const appPackageName = 'hashwatt-app.zip';

/** package.json's version: the manifests' version follows it. */
function packageVersion() {
  return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
}

const json = (value) => JSON.stringify(value, null, 2) + '\n';

/** The app package: the unified manifest, its localization files and its two icons (fixed dates, so the same input gives the same bytes). */
async function appPackage(unified) {
  const zip = new JSZip();
  const date = new Date(Date.UTC(2026, 0, 1));
  zip.file('manifest.json', json(unified.manifest), { date });
  for (const [name, content] of Object.entries(unified.localizations)) zip.file(name, json(content), { date });
  for (const [role, name] of Object.entries(packageIcons)) zip.file(name, fs.readFileSync(path.join(root, source.files.packageIcons[role])), { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * Every manifest file for a target ({ baseUrl, version?, functionsScript? }), as
 * [{ name, content }] with names relative to dist/.
 */
async function generateManifests(target) {
  const full = { version: packageVersion(), ...target, baseUrl: normalizeBaseUrl(target.baseUrl) };
  const unified = unifiedManifest(full);
  return [
    { name: 'manifest.xml', content: xmlManifest(full) },
    { name: 'manifest.json', content: json(unified.manifest) },
    ...Object.entries(unified.localizations).map(([name, content]) => ({ name, content: json(content) })),
    { name: appPackageName, content: await appPackage(unified) },
  ];
}

module.exports = { generateManifests, developmentBaseUrl, normalizeBaseUrl, packageVersion, appPackageName };

if (require.main === module) {
  generateManifests({ baseUrl: developmentBaseUrl })
    .then((files) => fs.writeFileSync(path.join(root, 'manifest.xml'), files.find((file) => file.name === 'manifest.xml').content))
    .catch((error) => {
      console.error(error.stack || error.message);
      process.exit(1);
    });
}
