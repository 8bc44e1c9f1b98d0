#!/usr/bin/env node
/**
 * Generates the function reference, docs/functions.md, from the catalogue (src/catalogue)
 * and the failures documented in src/core (tools/reference/). With a second argument it also
 * writes the HTML help page there.
 *
 *   node scripts/docs.js [mdFile] [htmlFile]     (default docs/functions.md)
 *
 * generateDocs() returns { markdown, html } without writing (the webpack build emits the
 * HTML as dist/docs/functions.html; each function's @helpurl points into it).
 */
'use strict';

const fs = require('fs');
const path = require('path');
require('./require-ts');

const root = path.join(__dirname, '..');

/** { markdown, html } of the reference. */
async function generateDocs() {
  return require('../tools/reference/generate.ts').generateReference(root);
}

module.exports = { generateDocs };

if (require.main === module) {
  const mdFile = path.resolve(process.argv[2] || path.join(root, 'docs', 'functions.md'));
  const htmlFile = process.argv[3] && path.resolve(process.argv[3]);
  generateDocs()
    .then(({ markdown, html }) => {
      fs.writeFileSync(mdFile, markdown);
      console.log(path.relative(root, mdFile));
      if (htmlFile) {
        fs.mkdirSync(path.dirname(htmlFile), { recursive: true });
        fs.writeFileSync(htmlFile, html);
        console.log(path.relative(root, htmlFile));
      }
    })
    .catch((error) => {
      console.error(error.stack || error.message);
      process.exit(1);
    });
}
