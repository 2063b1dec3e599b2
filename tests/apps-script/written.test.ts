// What a validation writes must not change when the calls that write it do (issue 16 §3): the
// state of the fake spreadsheet after a first validation, a second one and a clear, on the sample
// and on the workbook ten times larger, is compared with the state recorded in
// `fixtures/written-state.json` (one hash per sheet and step, and the sample's output sheets in
// full, to show what differs). That file was made by the build of main before the calls were
// batched. When what is written is meant to change, look at the difference, then remake the file:
//
//   UPDATE_WRITTEN_STATE=1 npx jest tests/apps-script/written.test.ts

import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { loadGas } from './gas-runtime';
import { fullState } from './state';
import { LARGE_COPIES, sampleSheets, spreadsheetOf } from './workbooks';

const FILE = path.join(__dirname, 'fixtures', 'written-state.json');
const NOW = '2026-11-15T10:32:00Z';
const STEPS = ['validate', 'again', 'clear'] as const;

interface SheetState {
  name: string;
  metadata: unknown[];
}
interface Recorded {
  /** copies → step → sheet name → hash of its whole state. */
  hashes: Record<string, Record<string, Record<string, string>>>;
  /** The sample's output sheets after the first validation, whole. */
  sampleOutputs: unknown[];
  /** The active sheet after each step, by copies. */
  active: Record<string, Record<string, string | null>>;
}

const hash = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);

function record(): Recorded {
  const out: Recorded = { hashes: {}, sampleOutputs: [], active: {} };
  for (const copies of [1, LARGE_COPIES]) {
    const model = spreadsheetOf(sampleSheets(copies));
    const gas = loadGas(model, { now: NOW });
    out.hashes[copies] = {};
    out.active[copies] = {};
    for (const step of STEPS) {
      if (step === 'clear') gas.run('tdrCheckClear');
      else gas.run('tdrCheckValidate', { language: null });
      const state = fullState(model) as { active: string | null; sheets: SheetState[] };
      out.hashes[copies][step] = Object.fromEntries(state.sheets.map((s) => [s.name, hash(s)]));
      out.active[copies][step] = state.active;
      if (copies === 1 && step === 'validate') out.sampleOutputs = state.sheets.filter((s) => s.metadata.length > 0);
    }
  }
  return out;
}

const now = record();

describe('what a validation writes (values, formats, widths, rules, marks, charts)', () => {
  if (process.env.UPDATE_WRITTEN_STATE) {
    it('records the state', () => {
      fs.writeFileSync(FILE, JSON.stringify(now, null, 1) + '\n');
    });
    return;
  }
  const before = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Recorded;

  it("is the sample's output sheets as recorded, cell by cell", () => {
    expect(now.sampleOutputs).toEqual(before.sampleOutputs);
  });

  it('is every sheet as recorded, after a first validation, a second one and a clear, on both sizes', () => {
    expect(now.hashes).toEqual(before.hashes);
    expect(now.active).toEqual(before.active);
  });
});
