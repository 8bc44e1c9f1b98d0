/**
 * The Excel-layer files that declare MINER.* functions: every src/functions/*.ts file with a
 * @customfunction tag. Shared by webpack (the metadata plugin's input) and the metadata
 * script, so a new section file is picked up without editing either.
 */
const fs = require('fs');
const path = require('path');

const functionsDir = path.join(__dirname, '..', 'src', 'functions');

function functionFiles() {
  return fs
    .readdirSync(functionsDir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => path.join(functionsDir, name))
    .filter((file) => fs.readFileSync(file, 'utf8').includes('@customfunction'))
    .sort();
}

module.exports = { functionFiles };
