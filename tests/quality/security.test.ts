// Security bars S4 and S5 (quality.md).
//
// S4: no `eval` or `new Function` in the built bundles. Every script `npm run build` makes is read:
// the command line's build (`build/**/*.js`), the add-in's and Apps Script's bundles
// (`dist/**/*.js`) and the pages that inline their scripts (`dist/**/*.html`). Nothing is
// allow-listed: a bundled library that uses one fails the test, and must be replaced or reported.
//
// S5: `npm audit --omit=dev` shows no high or critical advisory. `.ci/run` runs it through
// `scripts/audit.js` (tested here with a stand-in `npm`), and the runtime dependencies stay a short
// list, so that adding one is a deliberate act that shows up here.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

/** The runtime dependencies (package.json `dependencies`, and what they pull in). */
const RUNTIME_ALLOW_LIST = ['fflate'];

function filesUnder(dir: string, ext: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, ext));
    else if (ext.test(e.name)) out.push(p);
  }
  return out;
}

/** `eval(…)`, `new Function`, and `Function(…)` called without `new` (the same thing). */
const DYNAMIC_CODE = [/\beval\s*\(/, /\bnew\s+Function\b/, /(?:^|[^.\w$])Function\s*\(/m];

function dynamicCode(source: string): string[] {
  const found: string[] = [];
  for (const re of DYNAMIC_CODE) {
    const m = re.exec(source);
    if (m) found.push(source.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, ' '));
  }
  return found;
}

describe('S4: no eval or new Function in the built bundles', () => {
  const scripts = [
    ...filesUnder(path.join(ROOT, 'build'), /\.js$/),
    ...filesUnder(path.join(ROOT, 'dist'), /\.(js|html)$/),
  ];

  it('finds the bundles (npm test builds them first)', () => {
    const rel = scripts.map((f) => path.relative(ROOT, f));
    expect(rel).toContain(path.join('build', 'core', 'index.js'));
    expect(rel).toContain(path.join('build', 'cli', 'main.js'));
    expect(rel).toContain(path.join('dist', 'apps-script', 'Code.js'));
    expect(rel.some((f) => /^dist[/\\]excel-addin[/\\]taskpane.*\.js$/.test(f))).toBe(true);
  });

  it('none of them evaluates code from text', () => {
    const offenders = scripts
      .map((f) => ({ file: path.relative(ROOT, f), found: dynamicCode(fs.readFileSync(f, 'utf8')) }))
      .filter((x) => x.found.length > 0);
    expect(offenders).toEqual([]);
  });

  it('the scan sees each form (it can fail)', () => {
    expect(dynamicCode('var x = eval("1+1");')).not.toEqual([]);
    expect(dynamicCode('var f = new Function("a", "return a");')).not.toEqual([]);
    expect(dynamicCode('var g = Function("return this")();')).not.toEqual([]);
    expect(dynamicCode('x = eval ("1")')).not.toEqual([]);
    // Not code evaluation: names that merely contain the words.
    expect(dynamicCode('retrieval(x); context.evaluate(k); isFunction(f); typeof f === "function"; a.Function(1)')).toEqual([]);
  });
});

describe('S5: runtime dependencies and their audit', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };

  it(`declares only the allowed runtime dependencies (${RUNTIME_ALLOW_LIST.join(', ')})`, () => {
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual([...RUNTIME_ALLOW_LIST].sort());
  });

  it('pulls in no other package at run time (package-lock.json)', () => {
    const runtime = Object.entries(lock.packages)
      .filter(([where, p]) => where !== '' && !p.dev && !p.devOptional)
      .map(([where]) => where.replace(/^.*node_modules\//, ''));
    expect([...new Set(runtime)].sort()).toEqual([...RUNTIME_ALLOW_LIST].sort());
  });

  it('.ci/run audits the runtime dependencies before the tests', () => {
    const ci = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    const audit = ci.indexOf('node scripts/audit.js');
    expect(audit).toBeGreaterThan(-1);
    expect(audit).toBeLessThan(ci.indexOf('npm test'));
    expect(fs.readFileSync(path.join(ROOT, 'scripts', 'audit.js'), 'utf8')).toContain("'--omit=dev'");
  });

  describe('scripts/audit.js', () => {
    /** Runs the audit script with a stand-in `npm` that prints `answer` and exits with `status`. */
    function audit(answer: string, status: number): { status: number | null; out: string } {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-audit-'));
      try {
        fs.writeFileSync(path.join(dir, 'answer.json'), answer);
        const npm = path.join(dir, 'npm');
        fs.writeFileSync(npm, `#!/bin/sh\ncat "${path.join(dir, 'answer.json')}"\nexit ${status}\n`, { mode: 0o755 });
        const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'audit.js')], {
          encoding: 'utf8',
          env: { ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}` },
        });
        return { status: r.status, out: r.stdout + r.stderr };
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    const counts = (high: number, critical: number) =>
      JSON.stringify({ metadata: { vulnerabilities: { info: 0, low: 2, moderate: 1, high, critical, total: 3 + high + critical } } });

    it('fails on a high or a critical advisory', () => {
      expect(audit(counts(1, 0), 1).status).toBe(1);
      expect(audit(counts(0, 1), 1).status).toBe(1);
    });
    it('passes when there are only low and moderate ones', () => {
      const r = audit(counts(0, 0), 1);
      expect(r.status).toBe(0);
      expect(r.out).toMatch(/"moderate":1/);
    });
    it('says plainly when the registry refuses the audit, without failing', () => {
      const r = audit(JSON.stringify({ error: { code: 'E405', summary: '405 Method Not Allowed' } }), 1);
      expect(r.status).toBe(0);
      expect(r.out).toMatch(/NOT audited/);
    });
  });
});
