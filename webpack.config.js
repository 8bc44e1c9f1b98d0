/**
 * Builds the add-in into dist/: functions.js + functions.json (metadata generated from the
 * JSDoc of src/functions by the custom-functions metadata plugin), the task pane
 * (taskpane.html, which also hosts the functions: one shared runtime), and the assets.
 * A plain build never touches certificates; only `webpack serve` reads them.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { functionFiles } = require('./scripts/function-files');

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
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.json', transpileOnly: true } } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: functionFiles() }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        inject: 'body',
        scriptLoading: 'blocking',
      }),
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
