// Concurrent runs: the commands that write (check, GEC summary, clear, template; from the pane or
// the menu) hold the spreadsheet's document lock, flush their writes before letting it go, and
// when another run holds it they write nothing and say so, in French or English.

import { acrossScriptRun, loadGas, type Gas } from './gas-runtime';
import { digest, markedSheets } from './inspect';
import type { SpreadsheetModel } from './fake-sheets';
import { sampleSheets, spreadsheetOf } from './workbooks';

const NOW = '2026-11-15T10:32:00Z';
const BUSY_FR = /^Une autre commande de Conformité TdR est en cours sur ce classeur .*Réessayez dans un instant\.$/;
const BUSY_EN = /^Another TdR compliance command is running on this spreadsheet .*Try again in a moment\.$/;

function sample(): { model: SpreadsheetModel; gas: Gas } {
  const model = spreadsheetOf(sampleSheets());
  return { model, gas: loadGas(model, { now: NOW }) };
}

/** The server functions that write, as google.script.run calls them. */
const WRITERS: [string, unknown[]][] = [
  ['tdrCheckValidate', [{ language: null }]],
  ['tdrCheckSummary', [{ language: null }]],
  ['tdrCheckClear', []],
  ['tdrCheckTemplate', ['fr']],
];

/** The message of what `fn` throws. */
function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('nothing thrown');
}

describe('one writing command at a time on a spreadsheet (LockService)', () => {
  it('holds the document lock around each writing command, flushing before it lets go', () => {
    const { model, gas } = sample();
    for (const [name, args] of WRITERS) {
      gas.resetCalls();
      acrossScriptRun(gas.run(name, ...args));
      const calls = gas.calls();
      expect([name, calls.slice(0, 2)]).toEqual([name, ['LockService.getDocumentLock', 'Lock.tryLock']]);
      expect([name, calls.slice(-2)]).toEqual([name, ['SpreadsheetApp.flush', 'Lock.releaseLock']]);
      expect(model.lock.held).toBe(false);
    }
    // A wait of ten seconds each time.
    expect(model.lock.waits).toEqual(WRITERS.map(() => 10_000));
    // Selecting a cell writes nothing: no lock.
    gas.resetCalls();
    gas.run('tdrCheckSelect', 'Membres', 'A1');
    expect(gas.calls().some((c) => c.startsWith('Lock'))).toBe(false);
  });

  it('lets the lock go when a command fails', () => {
    const { model, gas } = sample();
    model.activeSheetId = -1; // the active sheet cannot be found: validate throws
    expect(() => gas.run('tdrCheckValidate', { language: null })).toThrow(/deleted/);
    expect(model.lock.held).toBe(false);
    expect(gas.calls().slice(-2)).toEqual(['SpreadsheetApp.flush', 'Lock.releaseLock']);
  });

  it('writes nothing while another run holds the spreadsheet, and says so in the user\'s language (the pane\'s), whatever the sheets\' language', () => {
    const { model, gas } = sample();
    const before = digest(model);
    model.lock.elsewhere = true;
    for (const [name, args] of WRITERS) expect([name, thrown(() => gas.run(name, ...args))]).toEqual([name, expect.stringMatching(BUSY_FR)]);
    expect(thrown(() => gas.run('tdrCheckValidate', { language: 'en' }))).toMatch(BUSY_FR);
    expect(thrown(() => gas.run('tdrCheckTemplate', 'en'))).toMatch(BUSY_FR);
    model.userLocale = 'en';
    expect(thrown(() => gas.run('tdrCheckClear'))).toMatch(BUSY_EN);
    expect(thrown(() => gas.run('tdrCheckValidate', { language: null }))).toMatch(BUSY_EN);
    expect(thrown(() => gas.run('tdrCheckValidate', { language: 'fr' }))).toMatch(BUSY_EN);
    expect(thrown(() => gas.run('tdrCheckTemplate', 'fr'))).toMatch(BUSY_EN);
    expect(digest(model)).toEqual(before);
    expect(model.lock.held).toBe(false);

    // Once the other run is over, the command goes through.
    model.lock.elsewhere = false;
    acrossScriptRun(gas.run('tdrCheckValidate', { language: null }));
    expect(markedSheets(model)).toHaveLength(3);
  });

  it('says it in a toast from the menu, rather than as a script error', () => {
    const { model, gas } = sample();
    const before = digest(model);
    model.lock.elsewhere = true;
    gas.run('menuSummary');
    gas.run('menuClear');
    model.userLocale = 'en';
    gas.run('menuTemplate');
    expect(model.toasts).toEqual([
      expect.stringMatching(new RegExp(`^Conformité TdR: ${BUSY_FR.source.slice(1)}`)),
      expect.stringMatching(new RegExp(`^Conformité TdR: ${BUSY_FR.source.slice(1)}`)),
      expect.stringMatching(new RegExp(`^TdR compliance: ${BUSY_EN.source.slice(1)}`)),
    ]);
    expect(digest(model)).toEqual(before);
  });
});
