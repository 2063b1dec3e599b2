// The Apps Script bundle: `dist/apps-script/` holds exactly what `clasp push` sends to the bound
// script project, nothing else (clasp would push any other .js file as a server script):
//
//   Code.js          the core and the SpreadsheetApp adapter, one global scope, ES2019
//   Sidebar.html     the pane, its script inlined (HtmlService serves a single page)
//   appsscript.json  the manifest (V8, Africa/Bamako, the two scopes)
//
// Apps Script has no modules: menu items and google.script.run call top-level functions by name.
// The entry assigns them to `global`; gas-webpack-plugin turns each assignment into a top-level
// `function name() {}` declaration, which the bundle then replaces with the real one.
// `output.environment.globalThis` makes webpack's `global` a plain `globalThis` (without it the
// runtime falls back to `new Function('return this')`, which S4 forbids).

const fs = require('fs');
const path = require('path');
const { Compilation, sources } = require('webpack');
const GasPlugin = require('gas-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'apps-script');

/**
 * Inlines the compiled sidebar script and the pane's stylesheet into the sidebar page, and drops
 * the separate .js file.
 */
class InlineSidebarPlugin {
  constructor({ template, style, script, output }) {
    this.template = template;
    this.style = style;
    this.script = script;
    this.output = output;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlineSidebarPlugin', (compilation) => {
      compilation.fileDependencies.add(this.template);
      compilation.fileDependencies.add(this.style);
      compilation.hooks.processAssets.tap(
        { name: 'InlineSidebarPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        () => {
          const asset = compilation.getAsset(this.script);
          if (!asset) throw new Error(`InlineSidebarPlugin: no asset ${this.script}`);
          // `</script` or `<!--` inside the code would end or confuse the inline <script> element.
          const js = asset.source.source().toString().replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
          const css = fs.readFileSync(this.style, 'utf8').replace(/<\/(style)/gi, '<\\/$1');
          let page = fs.readFileSync(this.template, 'utf8');
          for (const marker of ['<!-- tdr-check:style -->', '<!-- tdr-check:script -->']) {
            if (!page.includes(marker)) throw new Error(`InlineSidebarPlugin: ${this.template} lacks ${marker}`);
          }
          // Function replacements, so `$&` or `$1` in the code are not read as patterns.
          page = page.replace('<!-- tdr-check:style -->', () => `<style>${css}</style>`);
          page = page.replace('<!-- tdr-check:script -->', () => `<script>${js}</script>`);
          compilation.deleteAsset(this.script);
          compilation.emitAsset(this.output, new sources.RawSource(page));
        },
      );
    });
  }
}

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
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        exclude: /node_modules/,
        options: {
          // Types are checked by `tsc -p apps-script` (see apps-script/README.md); the loader only
          // transpiles, to ES2019, which Apps Script's V8 runs.
          transpileOnly: true,
          configFile: path.join(__dirname, 'tsconfig.json'),
          compilerOptions: { target: 'ES2019', module: 'ES2020', noEmit: false, sourceMap: false },
        },
      },
    ],
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
    new InlineSidebarPlugin({
      template: path.join(__dirname, 'sidebar', 'sidebar.html'),
      style: path.join(ROOT, 'ui', 'pane.css'),
      script: 'sidebar.js',
      output: 'Sidebar.html',
    }),
    new CopyPlugin({ patterns: [{ from: path.join(__dirname, 'appsscript.json'), to: 'appsscript.json' }] }),
  ],
});
