/**
 * Builds the add-in into dist/: functions.js (every MINER.* function, registered from the
 * catalogue in src/catalogue), functions.json and functions.ja-JP.json (written from the same
 * catalogue by scripts/metadata.js), the task pane
 * (taskpane.html, which also hosts the functions: one shared runtime), and the assets; and,
 * from the generators in scripts/, docs/functions.html (the function reference each @helpurl
 * points to) and the model workbooks templates/*.xlsx (src/models, written by tools/workbooks).
 * A plain build never touches certificates; only `webpack serve` reads them.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { generateDocs } = require('./scripts/docs');
const { generateMetadata, metadataFileName } = require('./scripts/metadata');
const { generateWorkbooks } = require('./scripts/templates');

const devServerPort = 3000;

/** office-addin-dev-certs' files when present; otherwise webpack-dev-server's own self-signed pair. */
function httpsServer() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const [ca, cert, key] = ['ca.crt', 'localhost.crt', 'localhost.key'].map((name) => path.join(dir, name));
  if ([ca, cert, key].every((file) => fs.existsSync(file))) {
    return { type: 'https', options: { ca: fs.readFileSync(ca), cert: fs.readFileSync(cert), key: fs.readFileSync(key) } };
  }
  return 'https';
}

/**
 * Emits the generated files as build assets. They are made once per process (a watching dev
 * server keeps the first ones; restart it after changing src/models, tools/ or the translations).
 */
class GeneratedAssetsPlugin {
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    let generated;
    const generate = async () => {
      const [metadata, japanese] = await Promise.all([generateMetadata('en'), generateMetadata('ja')]);
      const [docs, workbooks] = await Promise.all([generateDocs(), generateWorkbooks()]);
      return [
        ...[['en', metadata], ['ja', japanese]].map(([locale, content]) => ({ name: metadataFileName(locale), content: JSON.stringify(content, null, 2) + '\n', warnings: [] })),
        { name: 'docs/functions.html', content: docs.html, warnings: [] },
        ...workbooks.map((workbook) => ({ name: `templates/${workbook.fileName}`, content: workbook.bytes, warnings: [] })),
      ];
    };
    compiler.hooks.thisCompilation.tap('GeneratedAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: 'GeneratedAssetsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        try {
          generated = generated || (await generate());
        } catch (error) {
          compilation.errors.push(new WebpackError(`generated assets: ${error.message}`));
          return;
        }
        for (const asset of generated) {
          compilation.emitAsset(asset.name, new sources.RawSource(asset.content));
          for (const warning of asset.warnings) compilation.warnings.push(new WebpackError(`${asset.name}: ${warning}`));
        }
      });
    });
  }
}

module.exports = (env, options) => {
  const dev = options.mode !== 'production';
  const serving = Boolean(process.env.WEBPACK_SERVE);
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/functions/index.ts',
      taskpane: './src/taskpane/index.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.json', transpileOnly: true, compilerOptions: { module: 'es2020', moduleResolution: 'node' } } } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        inject: 'body',
        scriptLoading: 'blocking',
      }),
      new GeneratedAssetsPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: devServerPort,
          server: httpsServer(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: { directory: path.join(__dirname, 'dist') },
          hot: false,
          liveReload: false,
          client: false,
        }
      : undefined,
  };
};
