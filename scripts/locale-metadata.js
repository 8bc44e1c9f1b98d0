#!/usr/bin/env node
/**
 * Localised function metadata: functions.json with the descriptions of one language, from
 * src/functions/locale/<lang>.json (id -> { description, parameters: { name: description } }).
 * IDs, names, types, parameter names and shapes stay exactly those of functions.json; only
 * the function and parameter descriptions change. The manifest serves the Japanese file to
 * Excel in ja-JP (a <bt:Override> of Functions.Metadata.Url).
 *
 *   node scripts/locale-metadata.js [lang] [outFile]     (default ja; prints without outFile)
 *
 * A description missing from the translation keeps its English text (translationProblems
 * names it; the locale test fails on it).
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { generateMetadata } = require('./metadata');

const localeDir = path.join(__dirname, '..', 'src', 'functions', 'locale');

/** The Excel locale each translation file serves. */
const excelLocales = { ja: 'ja-JP' };

function readTranslations(lang) {
  return JSON.parse(fs.readFileSync(path.join(localeDir, `${lang}.json`), 'utf8'));
}

/** Every function or parameter without a translation, and every translation of nothing. */
function translationProblems(metadata, translations) {
  const problems = [];
  const ids = new Set(metadata.functions.map((fn) => fn.id));
  for (const fn of metadata.functions) {
    const t = translations[fn.id];
    if (!t || typeof t.description !== 'string' || !t.description.trim()) {
      problems.push(`${fn.id}: no translated description`);
      continue;
    }
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const p of fn.parameters) {
      const text = t.parameters && t.parameters[p.name];
      if (typeof text !== 'string' || !text.trim()) problems.push(`${fn.id}.${p.name}: no translated description`);
    }
    for (const name of Object.keys(t.parameters || {})) {
      if (!names.has(name)) problems.push(`${fn.id}.${name}: translated, but ${fn.id} has no such parameter`);
    }
  }
  for (const id of Object.keys(translations)) {
    if (!ids.has(id)) problems.push(`${id}: translated, but there is no such function`);
  }
  return problems;
}

/** functions.json with the translated descriptions (English kept where a translation is missing). */
function localizeMetadata(metadata, translations) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const t = translations[fn.id] || {};
      return {
        ...fn,
        description: t.description || fn.description,
        parameters: fn.parameters.map((p) => ({
          ...p,
          description: (t.parameters && t.parameters[p.name]) || p.description,
        })),
      };
    }),
  };
}

/** { fileName, metadata, problems } for a language, from freshly generated metadata when none is given. */
async function generateLocaleMetadata(lang = 'ja', metadata) {
  const base = metadata || (await generateMetadata());
  const translations = readTranslations(lang);
  return {
    fileName: `functions.${excelLocales[lang] || lang}.json`,
    metadata: localizeMetadata(base, translations),
    problems: translationProblems(base, translations),
  };
}

module.exports = { excelLocales, readTranslations, translationProblems, localizeMetadata, generateLocaleMetadata };

if (require.main === module) {
  const [lang = 'ja', out] = process.argv.slice(2);
  generateLocaleMetadata(lang)
    .then(({ metadata, problems }) => {
      for (const problem of problems) console.error(`warning: ${problem}`);
      const text = JSON.stringify(metadata, null, 2) + '\n';
      if (!out) return process.stdout.write(text);
      fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
      fs.writeFileSync(out, text);
    })
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
