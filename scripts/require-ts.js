/**
 * Lets plain Node (the build scripts, webpack's config, the benchmark) require the project's
 * TypeScript — the catalogue, the test helpers — by transpiling each file on load with the
 * project's TypeScript. Under jest, jest's own transform does this and the hook is unused.
 */
const fs = require('fs');
const ts = require('typescript');

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2019,
  esModuleInterop: true,
  resolveJsonModule: true,
};

if (!require.extensions['.ts']) {
  require.extensions['.ts'] = (module, filename) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions, fileName: filename });
    module._compile(outputText, filename);
  };
}
