// The entry points as Apps Script calls them: Code.js loaded in one global scope with no Node
// (`require`, `process`, `setTimeout` absent), `onOpen` building the menu under limited
// authorisation, each menu item naming a real global function, the sidebar opened by the menu.

import * as vm from 'vm';
import { MENU_ITEMS, SERVER_FUNCTIONS } from '../../apps-script/server-functions';
import { bundleSource, loadGas } from './gas-runtime';
import { markedSheets } from './inspect';
import { newSpreadsheetModel } from './fake-sheets';
import { sampleSheets, spreadsheetOf } from './workbooks';

describe('Code.js in an Apps Script global scope', () => {
  it('loads with no require, module, process or timers, and defines its globals there', () => {
    const gas = loadGas(newSpreadsheetModel('vide'));
    for (const name of ['require', 'module', 'exports', 'process', 'setTimeout', 'setInterval', 'window', 'document']) {
      expect(vm.runInContext(`typeof ${name}`, gas.context)).toBe('undefined');
    }
    for (const name of [...Object.values(SERVER_FUNCTIONS), ...MENU_ITEMS.map((i) => i.fn), 'onOpen', 'onInstall']) {
      expect(vm.runInContext(`typeof ${name}`, gas.context)).toBe('function');
    }
    // Loading reads nothing: Apps Script evaluates the file before every call.
    expect(gas.calls()).toEqual([]);
  });

  it('builds the menu "Conformité TdR" in onOpen, touching only the Ui (limited authorisation)', () => {
    const model = spreadsheetOf(sampleSheets());
    const gas = loadGas(model);
    gas.run('onOpen', { authMode: 'LIMITED' });
    expect(model.menus).toEqual([
      {
        title: 'Conformité TdR',
        items: [
          { caption: 'Vérifier', functionName: 'menuVerify' },
          { caption: 'Panneau', functionName: 'menuPane' },
          { caption: 'Synthèse GEC', functionName: 'menuSummary' },
          { caption: 'Effacer', functionName: 'menuClear' },
          { caption: 'Modèle', functionName: 'menuTemplate' },
        ],
      },
    ]);
    expect(gas.calls()).toEqual(['SpreadsheetApp.getUi', 'Ui.createMenu', ...MENU_ITEMS.map(() => 'Menu.addItem'), 'Menu.addToUi']);
    // Each item names a function declared at the top level of Code.js.
    const code = bundleSource();
    for (const { functionName } of model.menus[0].items) {
      expect(code).toMatch(new RegExp(`(^|[;}\\s])function ${functionName}\\(`));
      expect(vm.runInContext(`typeof ${functionName}`, gas.context)).toBe('function');
    }
    gas.resetCalls();
    gas.run('onInstall', { authMode: 'FULL' });
    expect(model.menus).toHaveLength(2);
  });

  it('opens the sidebar from Vérifier (running at once) and Panneau (waiting)', () => {
    const model = spreadsheetOf(sampleSheets());
    const gas = loadGas(model);
    gas.run('menuVerify');
    gas.run('menuPane');
    expect(model.sidebars).toHaveLength(2);
    expect(model.sidebars[0]).toMatch(/name="?tdr-autorun"? content="?validate"?/);
    expect(model.sidebars[1]).toMatch(/name="?tdr-autorun"? content="?off"?/);
    expect(model.sidebars[0]).toContain('id=tdr-pane');
    // Opening the pane writes nothing.
    expect(markedSheets(model)).toEqual([]);
  });

  it('runs Synthèse GEC, Effacer and Modèle from the menu, saying what it did', () => {
    const model = spreadsheetOf(sampleSheets());
    const gas = loadGas(model, { now: '2026-11-15T10:32:00Z' });
    gas.run('menuSummary');
    expect(markedSheets(model).map((s) => s.name)).toEqual(['Constats', 'Synthèse GEC 2026-11']);
    expect(model.activeSheetId).toBe(markedSheets(model)[1].id);
    gas.run('menuClear');
    expect(markedSheets(model)).toEqual([]);
    gas.run('menuTemplate');
    expect(model.toasts).toEqual([
      expect.stringMatching(/^Conformité TdR: 2 erreur\(s\), \d+ avertissement\(s\), \d+ info\(s\)\. Feuilles écrites : Constats, Synthèse GEC 2026-11\.$/),
      expect.stringMatching(/^Conformité TdR: \d+ règle\(s\) de surlignage et 2 feuille\(s\) de l'outil retirées\.$/),
      'Conformité TdR: Le classeur a déjà toutes les feuilles du modèle.',
    ]);
  });
});
