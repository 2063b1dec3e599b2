// Stands in for office.js in the task pane's browser test: `Office` and `Excel.run` over the fake
// workbook described by `window.__TDR_FAKE__`, which stays reachable as `window.__fakeWorkbook`.
//
// Like the real office.js (quality.md H2), it loads more scripts before `Office.onReady` fires:
// the Microsoft Ajax library from ajax.aspnetcdn.com and its host script from Office's CDN. A
// page whose Content-Security-Policy refuses either never gets `onReady`: the pane never starts.

import { FakeWorkbook } from './fake-excel';

interface FakeSpec {
  name: string;
  date1904: boolean;
  displayLanguage: string;
  sheets: { name: string; rows: (string | number | boolean | null)[][] }[];
  /** isSetSupported answers this for ExcelApi 1.9 (default true). */
  excelApi19?: boolean;
}

const w = window as unknown as { __TDR_FAKE__: FakeSpec; __fakeWorkbook: FakeWorkbook; Office: unknown; Excel: unknown };
const spec = w.__TDR_FAKE__;
const workbook = new FakeWorkbook({ name: spec.name, date1904: spec.date1904 });
for (const s of spec.sheets) workbook.setValues(workbook.addSheet(s.name), s.rows);
w.__fakeWorkbook = workbook;

/** What office.js loads in turn (the test serves them). */
export const OFFICE_DEPENDENCIES = ['https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js', 'https://res.cdn.office.net/files/fake/excel-web-16.00.js'];

const dependencies = Promise.all(
  OFFICE_DEPENDENCIES.map(
    (src) =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`office.js could not load ${src}`));
        document.head.append(script);
      }),
  ),
);
(window as unknown as { __officeLoaded: Promise<unknown> }).__officeLoaded = dependencies.then(
  () => 'loaded',
  (e: Error) => e.message,
);

const info = { host: 'Excel', platform: 'OfficeOnline' };

/** Dialogs opened (displayDialogAsync): their address; each is closed by the user a moment later. */
const dialogs: string[] = [];
(window as unknown as { __dialogs: string[] }).__dialogs = dialogs;
const ui = {
  displayDialogAsync(url: string, _options: unknown, callback: (r: { status: string; value: unknown }) => void) {
    dialogs.push(url);
    const handlers: Record<string, (arg: unknown) => void> = {};
    callback({ status: 'succeeded', value: { close: () => undefined, addEventHandler: (type: string, h: (arg: unknown) => void) => (handlers[type] = h) } });
    // The user closes it with its close button (Office reports error 12006).
    setTimeout(() => handlers.dialogEventReceived?.({ error: 12006 }), 20);
  },
};
w.Office = {
  HostType: { Excel: 'Excel', Word: 'Word' },
  context: {
    displayLanguage: spec.displayLanguage,
    ui,
    requirements: { isSetSupported: (set: string, version: string) => set === 'ExcelApi' && (version !== '1.9' || spec.excelApi19 !== false) },
  },
  actions: { associate: () => undefined },
  onReady: (callback?: (i: typeof info) => void) =>
    dependencies.then(() => {
      callback?.(info);
      return info;
    }),
};
w.Excel = { run: (batch: Parameters<FakeWorkbook['run']>[0]) => workbook.run(batch) };
