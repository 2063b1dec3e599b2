/// <reference types="office-js" />
// The real environment: Office.js's `Excel.run` and the user's interface language. The only file
// besides the two entry points that names the Office globals.

import type { PaneLang } from '../../ui/host';
import type { ExcelEnvironment } from './excel-host';
import type { XlContext } from './office/excel-api';

/** The user's Office display language: French when it is French, else English. */
export function userLanguage(): PaneLang {
  return /^fr/i.test(Office.context?.displayLanguage ?? '') ? 'fr' : 'en';
}

export function officeEnvironment(): ExcelEnvironment {
  return {
    run: <T>(batch: (ctx: XlContext) => Promise<T>) => Excel.run((ctx) => batch(ctx)),
    displayLanguage: userLanguage(),
    yieldToUi: () => new Promise((resolve) => setTimeout(resolve, 0)),
  };
}

/** ExcelApi 1.9 is what the manifest requires; a host below it gets a message, not a half-written workbook. */
export function excelApiSupported(): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', '1.9');
}
