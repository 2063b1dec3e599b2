/// <reference types="office-js" />
// Entry point of the ribbon's function commands (commands.html, the manifest's FunctionFile):
// Synthèse GEC, Effacer and Modèle run without the pane. Vérifier opens the pane instead.
// A function command has no window to speak in: a failure opens a dialog that says so, in the
// user's language (quality.md H6, notify.ts), and the command completes when it is closed.

import { ExcelPaneHost } from './excel-host';
import { failureText, showNotice, UnsupportedHostError } from './notify';
import { excelApiSupported, officeEnvironment, userLanguage } from './office-env';

type Command = () => Promise<unknown>;

function register(name: string, command: Command): void {
  const handler = (event: Office.AddinCommands.Event) => {
    const done = () => event.completed();
    const work = excelApiSupported() ? command() : Promise.reject(new UnsupportedHostError());
    work.then(done, (e: unknown) => {
      console.error(`tdr-check ${name}:`, e);
      const lang = userLanguage();
      void showNotice(Office.context?.ui, window.location.href, lang, failureText(name, lang, e)).then(done, done);
    });
  };
  // Office finds a command either by association or, on older hosts, as a global function.
  (globalThis as unknown as Record<string, unknown>)[name] = handler;
  if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
    Office.actions.associate(name, handler);
  }
}

void Office.onReady(() => undefined);

const host = () => new ExcelPaneHost(officeEnvironment());
register('tdrCheckSummary', () => host().summary({ language: null }));
register('tdrCheckClear', () => host().clear());
register('tdrCheckTemplate', () => {
  const h = host();
  return h.template(h.displayLanguage);
});
