/**
 * Generates functions.json (the custom-functions metadata) from the JSDoc of src/functions,
 * with the same tool and inputs the webpack build uses. `node scripts/metadata.js OUT` writes
 * it; without OUT it prints it. The CLI and the tests read the result.
 */
const fs = require('fs');
const path = require('path');
const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
const { functionFiles } = require('./function-files');

async function generateMetadata() {
  const result = await generateCustomFunctionsMetadata(functionFiles(), true);
  if (result.errors.length > 0) throw new Error(`functions metadata errors:\n${result.errors.join('\n')}`);
  return JSON.parse(result.metadataJson);
}

module.exports = { generateMetadata };

if (require.main === module) {
  generateMetadata()
    .then((metadata) => {
      const text = JSON.stringify(metadata, null, 2) + '\n';
      const out = process.argv[2];
      if (!out) return process.stdout.write(text);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, text);
    })
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
