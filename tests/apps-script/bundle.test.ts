// The build output that `clasp push` sends (P5, S3, S4): exactly three files, Code.js within
// 300 KB, ES2019, no eval, the manifest's runtime, zone and two scopes, and .clasp.json pointing
// at the build.

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'acorn';
import { AUTORUN_TOKEN, LANGUAGE_TOKEN, SERVER_FUNCTIONS, MENU_ITEMS } from '../../apps-script/server-functions';
import { bundleSource, DIST } from './gas-runtime';

const ROOT = path.resolve(__dirname, '..', '..');
const MAX_CODE_BYTES = 300 * 1024;

function sidebar(): string {
  const file = path.join(DIST, 'Sidebar.html');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:apps-script\`.`);
  return fs.readFileSync(file, 'utf8');
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => {
    expect(m[1]).not.toMatch(/\bsrc\s*=/i);
    return m[2];
  });
}

/** `eval(…)`, `(0, eval)`, `new Function(…)`, `Function("…")`: code made from strings. */
const DYNAMIC_CODE = /(^|[^\w$.])eval\s*[(,)]|\bnew\s+Function\b|(^|[^\w$.])Function\s*\(/;

describe('dist/apps-script', () => {
  it('holds exactly Code.js, Sidebar.html and appsscript.json (all that clasp pushes)', () => {
    bundleSource();
    expect(fs.readdirSync(DIST).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });

  it('keeps Code.js within 300 KB', () => {
    const bytes = Buffer.byteLength(bundleSource(), 'utf8');
    process.stdout.write(`Apps Script Code.js: ${(bytes / 1024).toFixed(1)} KB; Sidebar.html: ${(Buffer.byteLength(sidebar()) / 1024).toFixed(1)} KB\n`);
    expect(bytes).toBeLessThanOrEqual(MAX_CODE_BYTES);
  });

  it('is plain ES2019 script code, without modules', () => {
    expect(() => parse(bundleSource(), { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
    for (const js of inlineScripts(sidebar())) expect(() => parse(js, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
    expect(bundleSource()).not.toMatch(/\bimport\s*\(|^\s*(import|export)\s/m);
  });

  it('makes no code from strings (S4)', () => {
    expect(DYNAMIC_CODE.test('x=eval("1")')).toBe(true);
    expect(DYNAMIC_CODE.test('x=new Function("return this")')).toBe(true);
    expect(bundleSource()).not.toMatch(DYNAMIC_CODE);
    for (const js of inlineScripts(sidebar())) expect(js).not.toMatch(DYNAMIC_CODE);
  });

  it('declares every menu and sidebar function at the top level, where Apps Script finds them', () => {
    const names = [...MENU_ITEMS.map((i) => i.fn), ...Object.values(SERVER_FUNCTIONS), 'onOpen', 'onInstall'];
    const code = bundleSource();
    for (const name of names) expect(code).toMatch(new RegExp(`(^|[;}\\s])function ${name}\\(`));
  });

  it('inlines the pane in one page that loads nothing from elsewhere, made by the shared plugin', () => {
    const html = sidebar();
    expect(html).toMatch(new RegExp(`<div id="?tdr-pane"? class="?tdr-pane"? data-autorun="?${AUTORUN_TOKEN}"? data-lang="?${LANGUAGE_TOKEN}"?>`));
    // H3: nothing the sidebar needs is in a <meta> (HtmlService keeps only viewport).
    expect((html.match(/<meta [^>]*>/g) ?? []).filter((m) => !/charset|name="?viewport/.test(m))).toEqual([]);
    // One plugin makes every single-file pane page (ui/build/inline-pane-plugin.js).
    const InlinePanePlugin = require('../../ui/build/inline-pane-plugin');
    const config = require('../../apps-script/webpack.config.js')({}, { mode: 'production' }) as { plugins: object[] };
    expect(config.plugins.filter((p) => p instanceof InlinePanePlugin)).toHaveLength(1);
    expect(config.plugins.every((p) => p instanceof InlinePanePlugin || !/Inline/i.test(p.constructor.name))).toBe(true);
    expect(html).toMatch(/<style>[\s\S]*\.tdr-pane/);
    expect(html).not.toMatch(/<link\b|<script\b[^>]*\bsrc=|@import/i);
  });

  it('asks V8, Africa/Bamako, exception logging and exactly the two scopes (S3)', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest).toEqual(JSON.parse(fs.readFileSync(path.join(ROOT, 'apps-script', 'appsscript.json'), 'utf8')));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Africa/Bamako');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('has .clasp.json at the root, pushing dist/apps-script', () => {
    const clasp = JSON.parse(fs.readFileSync(path.join(ROOT, '.clasp.json'), 'utf8'));
    expect(clasp.rootDir).toBe('dist/apps-script');
    expect(typeof clasp.scriptId).toBe('string');
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.push).toMatch(/build:apps-script.*clasp push -f/);
  });

  it('is what clasp would push, read offline from .clasp.json', () => {
    bundleSource();
    // A fresh HOME: no credentials, no Google; listing the files to push needs neither.
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-clasp-'));
    try {
      const out = execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@google', 'clasp', 'build', 'src', 'index.js'), 'show-file-status', '--json'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: home },
        encoding: 'utf8',
        timeout: 60_000,
      });
      const status = JSON.parse(out) as { filesToPush: string[]; untrackedFiles: string[] };
      expect([...status.filesToPush].sort()).toEqual(['dist/apps-script/Code.js', 'dist/apps-script/Sidebar.html', 'dist/apps-script/appsscript.json']);
      expect(status.untrackedFiles).toEqual([]);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 60_000);
});
