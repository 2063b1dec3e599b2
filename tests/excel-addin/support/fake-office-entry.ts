// Stands in for office.js in the task pane's browser test: `Office` and `Excel.run` over the fake
// workbook described by `window.__TDR_FAKE__`, which stays reachable as `window.__fakeWorkbook`.

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

const info = { host: 'Excel', platform: 'OfficeOnline' };
w.Office = {
  HostType: { Excel: 'Excel', Word: 'Word' },
  context: {
    displayLanguage: spec.displayLanguage,
    requirements: { isSetSupported: (set: string, version: string) => set === 'ExcelApi' && (version !== '1.9' || spec.excelApi19 !== false) },
  },
  actions: { associate: () => undefined },
  onReady: (callback?: (i: typeof info) => void) =>
    Promise.resolve().then(() => {
      callback?.(info);
      return info;
    }),
};
w.Excel = { run: (batch: Parameters<FakeWorkbook['run']>[0]) => workbook.run(batch) };
