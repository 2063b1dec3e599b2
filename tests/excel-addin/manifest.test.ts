// The add-in manifest: valid against Microsoft's schemas (offline: the schemas are in
// excel-addin/manifest-schemas/, the validator is xmllint-wasm, as `npm run validate:manifest`),
// least privilege, French by default with English strings, and a ribbon whose commands exist in
// the code.

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './support/workbooks';

const MANIFEST = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(MANIFEST, 'utf8');
const { validateManifest } = require(path.join(ROOT, 'scripts', 'validate-manifest.js')) as {
  validateManifest(xml: string, fileName?: string): Promise<{ valid: boolean; errors: string[] }>;
};

describe('manifest.xml', () => {
  it('is valid against the Office add-in manifest schemas', async () => {
    const result = await validateManifest(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('fails the schema when an element is out of place (the check can fail)', async () => {
    // Permissions before DefaultSettings: the schema's sequence forbids it.
    const moved = xml.replace('<Permissions>ReadWriteDocument</Permissions>', '').replace('<DefaultSettings>', '<Permissions>ReadWriteDocument</Permissions><DefaultSettings>');
    const result = await validateManifest(moved);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/Permissions.*not expected/);
  });

  it('runs as `npm run validate:manifest` on a file, offline, with an exit code', () => {
    const script = path.join(ROOT, 'scripts', 'validate-manifest.js');
    expect(execFileSync('node', [script, MANIFEST], { encoding: 'utf8' })).toMatch(/valid against the Office schemas/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    const broken = path.join(dir, 'manifest.xml');
    fs.writeFileSync(broken, xml.replace('<Hosts>', '<Hostz/><Hosts>'));
    try {
      let status = 0;
      try {
        execFileSync('node', [script, broken], { stdio: 'pipe' });
      } catch (e) {
        status = (e as { status: number }).status;
      }
      expect(status).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['validate:manifest']).toBe('node scripts/validate-manifest.js');
  });

  it('is a task pane app for workbooks asking ReadWriteDocument and ExcelApi 1.9', () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(xml.match(/<Permissions>(\w+)<\/Permissions>/)![1]).toBe('ReadWriteDocument');
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.9"\/>/);
  });

  it('speaks French by default with an English override for every string', () => {
    expect(xml).toMatch(/<DefaultLocale>fr-FR<\/DefaultLocale>/);
    const strings = xml.match(/<bt:String id="[^"]+" DefaultValue="[^"]*">\s*<bt:Override Locale="en-US" Value="[^"]+"\/>/g) ?? [];
    const all = xml.match(/<bt:String id=/g) ?? [];
    expect(strings.length).toBe(all.length);
    expect(xml).toMatch(/<DisplayName DefaultValue="Conformité TdR">\s*<Override Locale="en-US"/);
  });

  it('puts the group Conformité TdR on the Home tab with Vérifier, Synthèse GEC, Effacer, Modèle', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">\s*<Group id="TdrCheck.Group">\s*<Label resid="Group.Label"\/>/);
    expect(xml).toMatch(/<bt:String id="Group.Label" DefaultValue="Conformité TdR">/);
    const labels = [...xml.matchAll(/<bt:String id="(\w+)\.Label" DefaultValue="([^"]+)"/g)].map((m) => m[2]);
    expect(labels).toEqual(['Conformité TdR', 'Vérifier', 'Synthèse GEC', 'Effacer', 'Modèle']);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="Taskpane.RunUrl"\/>/);
    expect(xml).toMatch(/<bt:Url id="Taskpane.RunUrl" DefaultValue="https:\/\/localhost:3000\/taskpane.html\?run=1"\/>/);
  });

  it('names function commands that commands.ts registers, and icons that exist', () => {
    const commands = fs.readFileSync(path.join(ROOT, 'excel-addin', 'src', 'commands.ts'), 'utf8');
    const functions = [...xml.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(functions).toEqual(['tdrCheckSummary', 'tdrCheckClear', 'tdrCheckTemplate']);
    for (const f of functions) expect(commands).toContain(`register('${f}'`);
    const icons = [...xml.matchAll(/https:\/\/localhost:3000\/assets\/([\w-]+\.png)/g)].map((m) => m[1]);
    expect(icons.length).toBeGreaterThan(10);
    for (const icon of icons) expect(fs.existsSync(path.join(ROOT, 'excel-addin', 'assets', icon))).toBe(true);
  });
});
