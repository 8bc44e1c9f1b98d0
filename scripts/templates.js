#!/usr/bin/env node
/**
 * Generates the model workbooks (src/models, written by tools/workbooks) into dist/templates/,
 * or into the folder given.
 *
 *   node scripts/templates.js [outDir]
 *
 * The generators are TypeScript (tools/**, and templates/** while build-time code remains
 * there), compiled here with tools/workbooks/tsconfig.json into build/generators/ together
 * with the src/ code they use, so a fresh clone needs only
 * `npm install`. compileGenerators() and generateWorkbooks() are also used by the webpack
 * build (webpack.config.js) and scripts/docs.js.
 */
'use strict';

const { execFileSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const outDir = path.join(root, 'build', 'generators');

let compiled = false;

/** Compiles the generators (and what they import from src/) into build/generators/, once per process. */
function compileGenerators() {
  if (compiled) return;
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tools', 'workbooks', 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
  compiled = true;
}

/** A compiled generator module, e.g. generator('tools/workbooks/build'). */
function generator(modulePath) {
  compileGenerators();
  return require(path.join(outDir, modulePath));
}

/** [{ fileName, bytes }] of every model workbook and its portable variant. */
async function generateWorkbooks() {
  return generator('tools/workbooks/build').workbookFiles();
}

module.exports = { compileGenerators, generator, generateWorkbooks };

if (require.main === module) {
  const target = path.resolve(process.argv[2] || path.join(root, 'dist', 'templates'));
  generator('tools/workbooks/build')
    .writeWorkbooks(target)
    .then((files) => {
      for (const file of files) console.log(path.relative(root, file));
    })
    .catch((error) => {
      console.error(error.stack || error.message);
      process.exit(1);
    });
}
