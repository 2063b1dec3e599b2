// The built Sidebar.html served in Chromium as Apps Script serves it: `google.script.run` already
// defined, each call handed to the fake server (gas-runtime) and its answer sent back as JSON, the
// way a value crosses `google.script.run` (no Date, no undefined).

import type { Page } from 'playwright-core';
import { acrossScriptRun, type Gas } from './gas-runtime';

const SCRIPT_RUN_STUB = `
(() => {
  const runner = (success, failure) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (h) => runner(h, failure);
      if (name === 'withFailureHandler') return (h) => runner(success, h);
      return (...args) => {
        window.__gasCall(String(name), JSON.stringify(args)).then(
          (json) => {
            const answer = JSON.parse(json);
            if (answer.error !== undefined) failure && failure(new Error(answer.error));
            else success && success(answer.value);
          },
          (e) => failure && failure(e),
        );
      };
    },
  });
  window.google = { script: { run: runner(null, null) } };
})();`;

/** Loads `html` in `page` over the fake server `gas`; each server function called is pushed to `serverCalls`. */
export async function serveSidebar(page: Page, html: string, gas: Gas, serverCalls: string[]): Promise<void> {
  await page.exposeFunction('__gasCall', (fn: string, args: string) => {
    serverCalls.push(fn);
    try {
      return JSON.stringify({ value: acrossScriptRun(gas.run(fn, ...(JSON.parse(args) as unknown[]))) ?? null });
    } catch (e) {
      return JSON.stringify({ error: (e as Error).message });
    }
  });
  await page.setContent(html.replace(/<head>/i, () => `<head><script>${SCRIPT_RUN_STUB}</script>`), { waitUntil: 'load' });
}
