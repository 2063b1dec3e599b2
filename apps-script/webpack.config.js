// The Apps Script bundle: `dist/apps-script/` holds exactly what `clasp push` sends to the bound
// script project, nothing else (clasp would push any other .js file as a server script):
//
//   Code.js          the core and the SpreadsheetApp adapter, one global scope, ES2019
//   Sidebar.html     the pane, its stylesheet and script inlined (HtmlService serves a single
//                    page), made by ui/build/inline-pane-plugin.js
//   appsscript.json  the manifest (V8, Africa/Bamako, the two scopes)
//
// Apps Script has no modules: menu items and google.script.run call top-level functions by name.
// The entry assigns them to `global`; gas-webpack-plugin turns each assignment into a top-level
// `function name() {}` declaration, which the bundle then replaces with the real one.
// `output.environment.globalThis` makes webpack's `global` a plain `globalThis` (without it the
// runtime falls back to `new Function('return this')`, which S4 forbids).

const path = require('path');
const GasPlugin = require('gas-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');
const InlinePanePlugin = require('../ui/build/inline-pane-plugin');
const tsRule = require('../ui/build/ts-rule');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'apps-script');

/**
 * The sidebar's `data-autorun` attribute (on the pane's root; not a <meta>, which HtmlService
 * drops): the server replaces this token by `validate` when the menu's Vérifier opens the
 * sidebar, by `off` otherwise (AUTORUN_TOKEN in server-functions.ts; a test checks the built page
 * holds it).
 */
const AUTORUN_TOKEN = '__TDR_CHECK_AUTORUN__';
/** The sidebar's `data-lang`: the server writes the user's language there (LANGUAGE_TOKEN). */
const LANGUAGE_TOKEN = '__TDR_CHECK_LANGUAGE__';

module.exports = (_env, argv = {}) => ({
  mode: argv.mode || 'production',
  context: ROOT,
  target: ['web', 'es2019'],
  entry: {
    Code: './apps-script/main.ts',
    sidebar: './apps-script/sidebar/main.ts',
  },
  output: {
    path: OUT,
    filename: '[name].js',
    clean: true,
    iife: true,
    environment: {
      globalThis: true,
      arrowFunction: true,
      const: true,
      destructuring: true,
      forOf: true,
      optionalChaining: false,
      templateLiteral: true,
    },
  },
  devtool: false,
  // Consolider reads .xlsx in the sidebar with the command line's reader (cli/xlsx/read.ts); its
  // file-system helpers are never called there.
  resolve: { extensions: ['.ts', '.js'], fallback: { fs: false, path: false } },
  module: {
    // Types are checked by `tsc -p apps-script` (see apps-script/README.md); the loader only
    // transpiles, to ES2019, which Apps Script's V8 runs.
    rules: [tsRule(path.join(__dirname, 'tsconfig.json'))],
  },
  node: { global: true },
  optimization: {
    splitChunks: false,
    runtimeChunk: false,
    minimize: true,
  },
  performance: { hints: false },
  plugins: [
    new GasPlugin({ comment: false, include: [path.join(__dirname, 'main.ts')] }),
    new InlinePanePlugin({ chunk: 'sidebar', filename: 'Sidebar.html', data: { autorun: AUTORUN_TOKEN, lang: LANGUAGE_TOKEN } }),
    new CopyPlugin({ patterns: [{ from: path.join(__dirname, 'appsscript.json'), to: 'appsscript.json' }] }),
  ],
});
