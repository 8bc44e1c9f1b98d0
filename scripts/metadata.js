/**
 * Writes functions.json (the custom-functions metadata) from the catalogue (src/catalogue):
 * `node scripts/metadata.js [OUT] [--locale ja]` writes it, or prints it without OUT. The
 * webpack build emits the same files into dist/ (functions.json and functions.ja-JP.json).
 */
const fs = require('fs');
const path = require('path');
require('./require-ts');

/** The Excel locale each language's file serves (the manifest overrides the metadata URL for it). */
const excelLocales = { ja: 'ja-JP' };

/**
 * functions.json in a language (English by default), as an object; each function's help link
 * points into helpBaseUrl (by default the development server's docs/functions.html).
 */
async function generateMetadata(locale = 'en', helpBaseUrl = undefined) {
  const { catalogueMetadata } = require('../src/catalogue/metadata.ts');
  return catalogueMetadata(locale, helpBaseUrl);
}

/** The file name Excel is served a language's metadata under: functions.json, functions.ja-JP.json. */
function metadataFileName(locale = 'en') {
  return locale === 'en' ? 'functions.json' : `functions.${excelLocales[locale] || locale}.json`;
}

/** JSON text with every object's keys in alphabetical order, as functions.json has always been written. */
function metadataText(metadata) {
  const sorted = (value) =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted(value[key])]))
        : value;
  return JSON.stringify(sorted(metadata), null, 2) + '\n';
}

module.exports = { generateMetadata, metadataFileName, metadataText, excelLocales };

if (require.main === module) {
  const args = process.argv.slice(2);
  const localeAt = args.indexOf('--locale');
  const locale = localeAt >= 0 ? args.splice(localeAt, 2)[1] : 'en';
  generateMetadata(locale)
    .then((metadata) => {
      const text = metadataText(metadata);
      const out = args[0];
      if (!out) return process.stdout.write(text);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, text);
    })
    .catch((error) => {
      console.error(error.stack || error.message);
      process.exit(1);
    });
}
