// npm speaks normally in this project (no silent .npmrc), and the benchmark's JSON stays clean by
// itself: `--json FILE` writes the object to a file, `npm run --silent bench -- --json` to stdout.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { jsonTarget } from '../../bench/bench';

const ROOT = path.join(__dirname, '..', '..');

describe('the benchmark JSON without silencing npm', () => {
  it('--json takes an optional file', () => {
    expect(jsonTarget([])).toBeNull();
    expect(jsonTarget(['--json'])).toBe('-');
    expect(jsonTarget(['--json', '--no-build'])).toBe('-');
    expect(jsonTarget(['--json', 'bench.json'])).toBe('bench.json');
    expect(jsonTarget(['--json=out/b.json'])).toBe('out/b.json');
    expect(jsonTarget(['--json='])).toBe('-');
  });

  it('the project sets no npm log level: npm ci and the others print their messages', () => {
    const rc = path.join(ROOT, '.npmrc');
    if (fs.existsSync(rc)) expect(fs.readFileSync(rc, 'utf8')).not.toMatch(/^\s*loglevel\s*=\s*silent/m);
    const r = spawnSync('npm', ['config', 'get', 'loglevel'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: '' } });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).not.toBe('silent');
  });

  it('npm run --silent leaves only the script output on stdout (what the README documents)', () => {
    // A tiny script stands for bench: the same npm, the same flag, nothing slow.
    const r = spawnSync('npm', ['run', '--silent', 'env', '--', 'node', '-e', 'process.stdout.write(JSON.stringify({ok:1}))'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: '' },
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ok: 1 });
  });
});
