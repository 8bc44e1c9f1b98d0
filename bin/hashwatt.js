#!/usr/bin/env node
// The hashwatt CLI: the compiled src/cli/main.ts (built by `npm run build:cli`, run on install).
const path = require('path');
const fs = require('fs');

const main = path.join(__dirname, '..', 'build', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  console.error('hashwatt: the CLI is not built yet; run `npm run build:cli` (npm install runs it).');
  process.exit(1);
}
require(main).runProcess(process.argv.slice(2));
