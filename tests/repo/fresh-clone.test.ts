// F1: a fresh clone of the project alone passes `npm test`. Nothing the tests, the build or the
// documentation rely on lives outside the repository (the specification folder beside the
// project is not shipped), and a missing system package stops the suite at once with one line.

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const { missingPackages, missingLine } = require(path.join(ROOT, 'scripts', 'check-system.js')) as {
  missingPackages(env: { PATH?: string }, usualPlaces?: boolean): { name: string; debian: string }[];
  missingLine(missing: { name: string; debian: string }[]): string;
};

/** The folder beside the project that holds the specification; spelled in two parts so this file does not match. */
const OUTSIDE = new RegExp(['\\.\\./', 'shared\\b'].join(''));

/** Files a test, a build or a reader of the project may open (sources, configs, scripts, docs). */
function projectFiles(): string[] {
  const out: string[] = [];
  const skip = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'coverage']);
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (skip.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|js|json|md|xml|html|sh|py)$/.test(entry.name) || entry.name === 'run') out.push(full);
    }
  };
  walk(ROOT);
  return out;
}

describe('a fresh clone (F1)', () => {
  it('no test, build script, configuration or document reaches outside the repository', () => {
    const files = projectFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(path.join(ROOT, '.ci', 'run'));
    const offenders = files.filter((f) => OUTSIDE.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('the pattern finds such a path (the check can fail)', () => {
    expect(OUTSIDE.test(['const SCHEMA = "..', '/shared/office-xsd/x.xsd"'].join(''))).toBe(true);
  });

  it('no test builds a path to the parent folder of the repository', () => {
    const tests = projectFiles().filter((f) => f.startsWith(path.join(ROOT, 'tests')) && f.endsWith('.ts'));
    const parent = /path\.(?:resolve|join)\(\s*ROOT\s*,\s*'\.\.'/;
    expect(tests.filter((f) => parent.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('the Office manifest schemas are in the repository with their source and licence', () => {
    const dir = path.join(ROOT, 'excel-addin', 'manifest-schemas');
    expect(fs.existsSync(path.join(dir, 'OfficeAppManifestV1_1.xsd'))).toBe(true);
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(readme).toMatch(/Source/);
    expect(readme).toMatch(/Licence/);
  });

  it('the system check passes on this machine and names what is missing elsewhere, in one line', () => {
    expect(missingPackages(process.env)).toEqual([]);
    const nothing = missingPackages({ PATH: '/nonexistent' }, false);
    expect(nothing.map((p) => p.debian)).toEqual(['chromium', 'libreoffice-calc']);
    const line = missingLine(nothing);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toMatch(/Chromium.*apt-get install chromium libreoffice-calc/);
  });

  it('finds a program on PATH, and the script stops with status 1 and that one line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'system-'));
    try {
      const fake = path.join(dir, 'chromium');
      fs.writeFileSync(fake, '#!/bin/sh\n', { mode: 0o755 });
      expect(missingPackages({ PATH: dir }, false).map((p) => p.debian)).toEqual(['libreoffice-calc']);
      const script = path.join(ROOT, 'scripts', 'check-system.js');
      let result = { status: 0, stderr: '' };
      try {
        execFileSync(process.execPath, [script, '--path-only'], { env: { PATH: dir }, stdio: 'pipe' });
      } catch (e) {
        const err = e as { status: number; stderr: Buffer };
        result = { status: err.status, stderr: err.stderr.toString() };
      }
      expect(result.status).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/LibreOffice Calc.*apt-get install libreoffice-calc/);
      expect(lines[0]).not.toMatch(/Chromium/);
      // With both programs on PATH it says nothing and lets the suite go on.
      fs.writeFileSync(path.join(dir, 'soffice'), '#!/bin/sh\n', { mode: 0o755 });
      expect(execFileSync(process.execPath, [script, '--path-only'], { env: { PATH: dir } }).toString()).toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('`npm test` runs the system check first', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.test.startsWith('node scripts/check-system.js && ')).toBe(true);
  });
});
