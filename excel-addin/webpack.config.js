// Build of the Excel add-in: dist/excel-addin/ holds taskpane.html and commands.html with their
// scripts, the pane's stylesheet, the icons, legacy.js and the manifest.
//
//   npm run build:excel   production bundle (no eval, no source maps, ≤ 250 KB per script)
//   npm run dev-server    https://localhost:3000 with the office-addin-dev-certs certificate
//
// ADDIN_BASE_URL=https://example.org/tdr-check/ rewrites the manifest's https://localhost:3000/
// URLs in dist/excel-addin/manifest.xml for a real web server. `env.outDir` (webpack
// --env outDir=…) builds elsewhere (the tests do).

const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const tsRule = require('../ui/build/ts-rule');

const root = path.resolve(__dirname, '..');
const DEV_URL = 'https://localhost:3000/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Task pane and commands script budget (quality.md P5), office.js not counted. */
const MAX_SCRIPT_BYTES = 250 * 1024;

/**
 * Where office.js comes from and what it loads in turn (quality.md H2): the hosted office.js, the
 * Microsoft Ajax library it fetches from ajax.aspnetcdn.com, and Office's newer CDN
 * (res.cdn.office.net and its siblings), from which office.js loads its host-specific scripts
 * on recent builds. Telemetry endpoints are left out: office.js runs without them.
 */
const OFFICE_ORIGINS = ['https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com', 'https://*.cdn.office.net'];

/**
 * The pages' Content-Security-Policy: scripts from the add-in and office.js's origins only, no
 * eval, no inline script. Office.js styles its own elements inline and talks to its CDN.
 */
function contentSecurityPolicy(dev) {
  const self = dev ? "'self' wss://localhost:3000" : "'self'";
  const office = OFFICE_ORIGINS.join(' ');
  return [
    "default-src 'none'",
    `script-src 'self' ${office}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${office}`,
    "font-src 'self' data:",
    `connect-src ${self} ${office}`,
    `frame-src 'self' ${office}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function baseUrl() {
  const url = process.env.ADDIN_BASE_URL || DEV_URL;
  return url.endsWith('/') ? url : `${url}/`;
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || 'production';
  const dev = mode === 'development';
  const csp = contentSecurityPolicy(dev);
  const page = (name) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: path.join(__dirname, `${name}.html`),
      chunks: [name],
      inject: 'head',
      scriptLoading: 'defer',
      minify: false,
      csp,
      officeJs: OFFICE_JS,
    });

  const config = {
    mode,
    context: root,
    target: ['web', 'es2019'],
    entry: {
      taskpane: './excel-addin/src/taskpane.ts',
      commands: './excel-addin/src/commands.ts',
      notice: './excel-addin/src/notice.ts',
    },
    output: {
      path: env.outDir ? path.resolve(env.outDir) : path.join(root, 'dist', 'excel-addin'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    // 'eval' source maps would break the no-eval rule and the CSP, even in development.
    devtool: dev ? 'source-map' : false,
    // Consolider reads .xlsx in the page with the command line's reader (cli/xlsx/read.ts); its
    // file-system helpers are never called there.
    resolve: { extensions: ['.ts', '.js'], fallback: { fs: false, path: false } },
    module: {
      // `npm run typecheck` type-checks; the bundle only transpiles.
      rules: [tsRule(path.join(__dirname, 'tsconfig.json'), { sourceMap: dev })],
    },
    plugins: [
      page('taskpane'),
      page('commands'),
      page('notice'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'excel-addin/assets/*.png', to: 'assets/[name][ext]' },
          { from: 'excel-addin/legacy.js', to: 'legacy.js' },
          { from: 'ui/pane.css', to: 'pane.css' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString('utf8').split(DEV_URL).join(baseUrl()),
          },
        ],
      }),
    ],
    performance: {
      hints: dev ? false : 'error',
      maxAssetSize: MAX_SCRIPT_BYTES,
      maxEntrypointSize: MAX_SCRIPT_BYTES,
      assetFilter: (file) => file.endsWith('.js'),
    },
    stats: 'errors-warnings',
  };

  if (env.WEBPACK_SERVE) {
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: 3000,
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { errors: true, warnings: false } },
    };
  }
  return config;
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.OFFICE_ORIGINS = OFFICE_ORIGINS;
module.exports.MAX_SCRIPT_BYTES = MAX_SCRIPT_BYTES;
