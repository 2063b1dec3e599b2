// Builds the pane into ONE HTML file, its stylesheet and script inlined: what Apps Script's
// HtmlService serves as the Google Sheets sidebar (it cannot serve separate script files). The
// Apps Script build (apps-script/webpack.config.js) and the pane's browser tests
// (tests/ui/support/webpack.pane.js) both make their page with it.
//
// In a webpack config, with an entry that creates a PaneHost (over google.script.run) and calls
// `mountPane` (see ui/host.ts):
//
//   const InlinePanePlugin = require('../ui/build/inline-pane-plugin');
//   entry: { sidebar: './apps-script/sidebar/main.ts' },
//   plugins: [new InlinePanePlugin({ chunk: 'sidebar', filename: 'Sidebar.html' })],
//
// Options: `title` and `lang` (the first paint's), `css` (a stylesheet file, ui/pane.css by
// default), `data` (name → value: `data-*` attributes of the pane's root element, for a server to
// rewrite and the script to read, like the sidebar's `data-autorun`). Not <meta> elements:
// HtmlService drops every <meta> but viewport from the page it serves (quality.md H3). The chunk's
// script is removed from the output once inlined. The page holds no Content-Security-Policy (HtmlService serves it inside Google's own
// sandbox, and an inline script needs none).

const fs = require('fs');
const path = require('path');

const NAME = 'InlinePanePlugin';
const PANE_CSS = path.join(__dirname, '..', 'pane.css');

/** Text safe inside <script>: no `</script`, no `<!--` (they would end or confuse the element). */
function inlineScript(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function inlineStyle(css) {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/** Text safe inside a double-quoted attribute value or an element. */
function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

/** The page around the pane, in the language of its first paint. */
function panePage({ title, lang, css, script, data = {} }) {
  const attributes = Object.entries(data)
    .map(([name, value]) => {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`InlinePanePlugin: bad data attribute name ${name}`);
      return ` data-${name}="${escapeHtml(value)}"`;
    })
    .join('');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<base target="_top">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${inlineStyle(css)}</style>`,
    '</head>',
    '<body>',
    `<div id="tdr-pane" class="tdr-pane"${attributes}><p>Chargement… / Loading…</p></div>`,
    '<noscript><p>JavaScript est nécessaire. / JavaScript is required.</p></noscript>',
    `<script>${inlineScript(script)}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

class InlinePanePlugin {
  /**
   * @param {{ chunk: string, filename: string, title?: string, lang?: 'fr' | 'en', css?: string, data?: Record<string, string> }} options
   */
  constructor(options) {
    this.options = { title: 'Conformité TdR', lang: 'fr', css: PANE_CSS, ...options };
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    // One page, one script: a dynamic import of the pane (the Correspondances assistant, loaded on
    // demand in Excel) is bundled into it here, and no chunk file is made or fetched.
    const parser = compiler.options.module.parser || (compiler.options.module.parser = {});
    parser.javascript = { ...parser.javascript, dynamicImportMode: 'eager' };
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.add(this.options.css);
      compilation.hooks.processAssets.tap(
        // After minification, so the inlined script is the minified one.
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        () => {
          const chunk = [...compilation.chunks].find((c) => c.name === this.options.chunk);
          if (!chunk) {
            compilation.errors.push(new Error(`${NAME}: no chunk named ${this.options.chunk}`));
            return;
          }
          const files = [...chunk.files].filter((f) => f.endsWith('.js'));
          const script = files.map((f) => compilation.getAsset(f).source.source().toString()).join('\n;\n');
          const css = fs.readFileSync(this.options.css, 'utf8');
          const { title, lang, data } = this.options;
          const html = panePage({ title, lang, css, script, data });
          compilation.emitAsset(this.options.filename, new sources.RawSource(html));
          for (const f of files) compilation.deleteAsset(f);
        },
      );
    });
  }
}

module.exports = InlinePanePlugin;
module.exports.panePage = panePage;
module.exports.inlineScript = inlineScript;
