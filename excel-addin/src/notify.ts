/// <reference types="office-js" />
// A ribbon command that fails must tell the user (quality.md H6). A function command has no window
// of its own, so it opens a small Office dialog (notice.html) that shows the message in the user's
// language; the command completes once the dialog is closed (Office ends a command's runtime at
// `event.completed()`, which would close the dialog with it).

import type { PaneLang } from '../../ui/host';

/** The ribbon's function commands, named as the user sees them. */
export const COMMAND_LABELS: Readonly<Record<string, Readonly<Record<PaneLang, string>>>> = {
  tdrCheckSummary: { fr: 'Synthèse GEC', en: 'GEC summary' },
  tdrCheckClear: { fr: 'Effacer', en: 'Clear' },
  tdrCheckTemplate: { fr: 'Modèle', en: 'Template' },
};

const UNSUPPORTED: Readonly<Record<PaneLang, string>> = {
  fr: 'ce complément demande Excel avec ExcelApi 1.9 ou plus récent (Microsoft 365, Excel 2021 ou Excel sur le web).',
  en: 'this add-in needs Excel with ExcelApi 1.9 or later (Microsoft 365, Excel 2021 or Excel on the web).',
};

/** Thrown when the host lacks ExcelApi 1.9: its message is said in the user's words. */
export class UnsupportedHostError extends Error {
  constructor() {
    super('ExcelApi 1.9 is not supported');
  }
}

function messageOf(e: unknown): string {
  if (e instanceof UnsupportedHostError) return '';
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}

/** What the dialog says: which command failed, and why, in the user's language. */
export function failureText(command: string, lang: PaneLang, e: unknown): string {
  const label = COMMAND_LABELS[command]?.[lang] ?? command;
  const why = e instanceof UnsupportedHostError ? UNSUPPORTED[lang] : messageOf(e);
  return lang === 'fr'
    ? `La commande « ${label} » n’a pas abouti : ${why}`
    : `The ${label} command did not complete: ${why}`;
}

/** The part of `Office.context.ui` the notice uses. */
export interface DialogUi {
  displayDialogAsync(startAddress: string, options: Office.DialogOptions, callback: (result: Office.AsyncResult<Office.Dialog>) => void): void;
}

/** The notice page's address with the text it shows (in the fragment: never sent to a server). */
export function noticeUrl(base: string, lang: PaneLang, text: string): string {
  const url = new URL('notice.html', base);
  url.search = `lang=${lang}`;
  url.hash = encodeURIComponent(text);
  return url.href;
}

/**
 * Shows `text` in a dialog and resolves when the user closes it (or at once when the host cannot
 * open one: then the text goes to the console, the only place left).
 */
export function showNotice(ui: DialogUi | undefined, base: string, lang: PaneLang, text: string): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!ui || typeof ui.displayDialogAsync !== 'function') {
      console.error(text);
      resolve();
      return;
    }
    ui.displayDialogAsync(noticeUrl(base, lang, text), { height: 30, width: 35, displayInIframe: true }, (result) => {
      if (String(result.status) !== 'succeeded') {
        console.error(text);
        resolve();
        return;
      }
      const dialog = result.value;
      const close = () => {
        try {
          dialog.close();
        } finally {
          resolve();
        }
      };
      // The notice's OK button sends a message; the dialog's own close button raises an event.
      // (Office.EventType's values, spelled out: the enum object exists only once office.js runs.)
      dialog.addEventHandler('dialogMessageReceived' as unknown as Office.EventType, close);
      dialog.addEventHandler('dialogEventReceived' as unknown as Office.EventType, () => resolve());
    });
  });
}
