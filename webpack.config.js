/**
 * Builds the add-in into dist/: functions.js (every MINER.* function, registered from the
 * catalogue in src/catalogue), functions.json and functions.ja-JP.json (written from the same
 * catalogue by scripts/metadata.js), the task pane
 * (taskpane.html, which also hosts the functions: one shared runtime), and the assets; and,
 * from the generators in scripts/, docs/functions.html (the function reference each @helpurl
 * points to) and the model workbooks templates/*.xlsx (src/models, written by tools/workbooks).
 * The manifests (manifest.xml, manifest.json with its Japanese strings, and the app package
 * hashwatt-app.zip) are written by scripts/manifest.js from tools/manifest/addin.json.
 *
 * Every URL the add-in publishes (manifests, help links in functions.json) starts with one base
 * URL: https://localhost:3000/ by default (the development server), or the https folder a
 * deployment serves dist/ from, given as `--env base_url=https://host/path/` or in the
 * HASHWATT_BASE_URL environment variable. A deployment build also names the bundles and the
 * stylesheet by their content hash (functions.1a2b3c4d.js), so a browser or proxy that cached
 * an older release never runs its functions.js against the new functions.json; the pages and
 * the metadata keep stable names (the manifest names them).
 * A plain build never touches certificates; only `webpack serve` reads them.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { generateDocs } = require('./scripts/docs');
const { generateManifests, developmentBaseUrl, normalizeBaseUrl } = require('./scripts/manifest');
const { generateMetadata, metadataFileName, metadataText } = require('./scripts/metadata');
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
 * The development server's headers: Excel on the web reads the functions' metadata
 * (functions*.json) from its own origin, so the JSON files answer any origin, as the README
 * asks of a host; nothing else does (a source map, the whole source, answers only its own).
 */
function devServerHeaders(request) {
  return /\.json(?:[?#]|$)/.test(request.url || '') ? { 'Access-Control-Allow-Origin': '*' } : {};
}

/**
 * Emits the generated files as build assets, their URLs under baseUrl. They are made once per
 * process (a watching dev server keeps the first ones; restart it after changing src/models,
 * tools/ or the translations); the manifests, which name the bundle's file, on every build.
 */
class GeneratedAssetsPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const helpBaseUrl = new URL('docs/functions.html', this.baseUrl).href;
    let generated;
    const generate = async () => {
      const [metadata, japanese] = await Promise.all([generateMetadata('en', helpBaseUrl), generateMetadata('ja', helpBaseUrl)]);
      const [docs, workbooks] = await Promise.all([generateDocs(), generateWorkbooks()]);
      return [
        ...[['en', metadata], ['ja', japanese]].map(([locale, content]) => ({ name: metadataFileName(locale), content: metadataText(content), warnings: [] })),
        { name: 'docs/functions.html', content: docs.html, warnings: [] },
        ...workbooks.map((workbook) => ({ name: `templates/${workbook.fileName}`, content: workbook.bytes, warnings: [] })),
      ];
    };
    compiler.hooks.thisCompilation.tap('GeneratedAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: 'GeneratedAssetsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        let manifests;
        try {
          generated = generated || (await generate());
          const functionsScript = [...compilation.namedChunks.get('functions').files].find((file) => file.endsWith('.js'));
          manifests = await generateManifests({ baseUrl: this.baseUrl, functionsScript });
        } catch (error) {
          compilation.errors.push(new WebpackError(`generated assets: ${error.message}`));
          return;
        }
        for (const asset of [...generated, ...manifests.map((file) => ({ ...file, warnings: [] }))]) {
          compilation.emitAsset(asset.name, new sources.RawSource(asset.content));
          for (const warning of asset.warnings) compilation.warnings.push(new WebpackError(`${asset.name}: ${warning}`));
        }
      });
    });
  }
}

/**
 * In a deployment build, taskpane.html links the content-hashed stylesheet the build emitted
 * in place of taskpane.css (the page's template names the plain file).
 */
class HashedStylesheetPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('HashedStylesheetPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap('HashedStylesheetPlugin', (data) => {
        const stylesheet = Object.keys(compilation.assets).find((name) => /^taskpane\.[0-9a-f]+\.css$/.test(name));
        const link = /href="?taskpane\.css"?/;
        if (!stylesheet || !link.test(data.html)) throw new Error('taskpane.html must link taskpane.css, and the build emit its content-hashed copy');
        return { ...data, html: data.html.replace(link, `href="${stylesheet}"`) };
      });
    });
  }
}

/** decimal.js and the bundled data (data/*.json): what both bundles use and the page loads once. */
function sharedModule(module) {
  const resource = module.resource || '';
  return /[\\/]node_modules[\\/]decimal\.js[\\/]/.test(resource) || /[\\/]data[\\/][^\\/]+(\.json|[\\/][^\\/]+\.json)$/.test(resource);
}

/**
 * Emits build.json, naming the mode that built the folder and the version: the test setup
 * rebuilds a dist/ a development build (`npm start`) left behind, and a host can tell which
 * release it serves.
 */
class BuildInfoPlugin {
  constructor(mode) {
    this.mode = mode;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const { version } = require('./package.json');
    compiler.hooks.thisCompilation.tap('BuildInfoPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'BuildInfoPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('build.json', new sources.RawSource(JSON.stringify({ mode: this.mode, version }, null, 2) + '\n'));
      });
    });
  }
}

module.exports = (env = {}, options) => {
  const dev = options.mode !== 'production';
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const deployment = env.base_url || process.env.HASHWATT_BASE_URL;
  const baseUrl = normalizeBaseUrl(deployment || developmentBaseUrl);
  const hashed = (name, ext) => (deployment ? `${name}.[contenthash:8]${ext}` : `${name}${ext}`);
  return {
    devtool: dev ? 'source-map' : false,
    // One page loads both bundles (the shared runtime): the task pane depends on the functions
    // bundle, so what both use ships once: decimal.js and the bundled data in shared.js, the
    // core and the catalogue in functions.js, which also carries the one webpack runtime;
    // taskpane.js holds only the pane's own modules. The page loads them in that order.
    entry: {
      functions: './src/functions/index.ts',
      taskpane: { import: './src/taskpane/index.ts', dependOn: 'functions' },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: hashed('[name]', '.js'),
      clean: true,
      // Rewrite every output even when its content is unchanged, so a build is never older than
      // its sources (the browser tests and the test setup rebuild when it is).
      compareBeforeEmit: false,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.json', transpileOnly: true, compilerOptions: { module: 'es2020', moduleResolution: 'node', target: 'es2020' } } } },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          shared: { name: 'shared', test: sharedModule, chunks: 'all', enforce: true },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        inject: 'body',
        scriptLoading: 'blocking',
      }),
      new GeneratedAssetsPlugin(baseUrl),
      new BuildInfoPlugin(dev ? 'development' : 'production'),
      ...(deployment ? [new HashedStylesheetPlugin()] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: hashed('taskpane', '.css') },
        ],
      }),
    ],
    devServer: serving
      ? {
          // This machine only: the add-in under development is nobody else's to load.
          host: 'localhost',
          port: devServerPort,
          server: httpsServer(),
          headers: devServerHeaders,
          static: { directory: path.join(__dirname, 'dist') },
          hot: false,
          liveReload: false,
          client: false,
        }
      : undefined,
  };
};
