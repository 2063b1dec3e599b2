// Shared by the browser tests (tests/ui, tests/excel-addin, tests/apps-script): a webpack build in a temporary folder
// and headless Chromium, offline. Pages are served from memory through request interception, so
// nothing listens on a port and every request the page makes is seen.

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
const WEBPACK = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');

/**
 * Runs `webpack --config <config> --mode <mode> --env outDir=<tmp>` with extra environment
 * variables; returns the output folder.
 */
export function webpackBuild(config: string, mode: 'production' | 'development' = 'production', variables: Record<string, string> = {}): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdr-build-'));
  const args = [WEBPACK, '--config', config, '--mode', mode, '--env', `outDir=${outDir}`];
  try {
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'pipe', encoding: 'utf8', env: { ...process.env, ...variables } });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`webpack ${path.basename(config)} failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
  return outDir;
}

const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium, headless and offline. */
export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (.ci/run does).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/**
 * Serves `dir` at `origin` (https://localhost:3000/…) and the given scripts at their URLs; any
 * other request is aborted and recorded.
 */
export async function serve(page: Page, origin: string, dir: string, extra: Record<string, string> = {}): Promise<{ requests: string[]; refused: string[] }> {
  const requests: string[] = [];
  const refused: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url in extra) return route.fulfill({ status: 200, contentType: TYPES['.js'], body: extra[url] });
    if (url.startsWith(origin)) {
      const file = path.join(dir, decodeURIComponent(new URL(url).pathname));
      if (file.startsWith(dir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) });
      }
      return route.fulfill({ status: 404, body: 'not found' });
    }
    refused.push(url);
    return route.abort();
  });
  return { requests, refused };
}
