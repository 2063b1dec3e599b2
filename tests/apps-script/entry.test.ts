// The entry points as Apps Script calls them: Code.js loaded in one global scope with no Node
// (`require`, `process`, `setTimeout` absent), `onOpen` building the menu under limited
// authorisation in the user's language, each menu item naming a real global function, the
// sidebar opened by the menu.

import * as vm from 'vm';
import { MENU_ITEMS, MENU_TITLE, SERVER_FUNCTIONS } from '../../apps-script/server-functions';
import { paneMessages } from '../../ui/messages';
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

  it('builds the menu "Conformité TdR" in onOpen, reading only the user\'s language (limited authorisation)', () => {
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
    expect(gas.calls()).toEqual(['Session.getActiveUserLocale', 'SpreadsheetApp.getUi', 'Ui.createMenu', ...MENU_ITEMS.map(() => 'Menu.addItem'), 'Menu.addToUi']);
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
    expect(model.sidebarTitles).toEqual(['Conformité TdR', 'Conformité TdR']);
    expect(model.sidebars[0]).toMatch(/id="?tdr-pane"?[^>]* data-autorun="?validate"?/);
    expect(model.sidebars[1]).toMatch(/id="?tdr-pane"?[^>]* data-autorun="?off"?/);
    expect(model.sidebars[0]).toContain('id=tdr-pane');
    // Opening the pane writes nothing.
    expect(markedSheets(model)).toEqual([]);
  });

  it('runs Synthèse GEC, Effacer and Modèle from the menu, saying what it did', () => {
    const model = spreadsheetOf(sampleSheets());
    const gas = loadGas(model, { now: '2026-11-15T10:32:00Z' });
    gas.run('menuSummary');
    expect(markedSheets(model).map((s) => s.name)).toEqual(['Constats', 'Synthèse GEC 2026-11', 'Historique']);
    expect(model.activeSheetId).toBe(markedSheets(model)[1].id);
    // The menu's Effacer keeps the history, and says so.
    gas.run('menuClear');
    expect(markedSheets(model).map((s) => s.name)).toEqual(['Historique']);
    gas.run('menuTemplate');
    expect(model.toasts).toEqual([
      expect.stringMatching(/^Conformité TdR: Vérification terminée : 2 erreurs, \d+ avertissements?, \d+ infos?\. Feuilles écrites : Constats, Synthèse GEC 2026-11, Historique\.$/),
      expect.stringMatching(/^Conformité TdR: Retirées : \d+ règles? de surlignage et 2 feuilles de l’outil\. L’historique est conservé \(feuille Historique\)\.$/),
      'Conformité TdR: Rien à ajouter : le classeur a déjà toutes les feuilles de saisie.',
    ]);
  });
});

describe('the menu in the user\'s language', () => {
  const menuOf = (userLocale: string, locale = 'fr_FR') => {
    const model = spreadsheetOf(sampleSheets());
    model.userLocale = userLocale;
    model.locale = locale;
    const gas = loadGas(model);
    gas.run('onOpen', { authMode: 'LIMITED' });
    return { menu: model.menus[0], calls: gas.calls() };
  };

  it('is in English for a user whose language is English, the same functions behind', () => {
    for (const locale of ['en', 'en_GB', 'en-US']) {
      const { menu, calls } = menuOf(locale);
      expect(menu).toEqual({
        title: 'TdR compliance',
        items: [
          { caption: 'Check', functionName: 'menuVerify' },
          { caption: 'Pane', functionName: 'menuPane' },
          { caption: 'GEC summary', functionName: 'menuSummary' },
          { caption: 'Clear', functionName: 'menuClear' },
          { caption: 'Template', functionName: 'menuTemplate' },
        ],
      });
      // The user's setting is enough: the spreadsheet is not read.
      expect(calls.filter((c) => c.startsWith('Spreadsheet'))).toEqual(['SpreadsheetApp.getUi']);
    }
  });

  it('is in French for a French-speaking user, whatever the spreadsheet\'s locale', () => {
    for (const locale of ['fr', 'fr_ML', 'fr-CA']) expect(menuOf(locale, 'en_US').menu.title).toBe('Conformité TdR');
  });

  it('follows the spreadsheet\'s locale for a user of another language, else French', () => {
    const english = menuOf('de', 'en_US');
    expect(english.menu.title).toBe('TdR compliance');
    expect(english.calls.slice(0, 3)).toEqual(['Session.getActiveUserLocale', 'SpreadsheetApp.getActive', 'Spreadsheet.getSpreadsheetLocale']);
    expect(menuOf('', 'en_GB').menu.title).toBe('TdR compliance');
    expect(menuOf('de', 'de_DE').menu.title).toBe('Conformité TdR');
    expect(menuOf('', '').menu.title).toBe('Conformité TdR');
  });

  it('uses the pane\'s words for the commands they share', () => {
    for (const lang of ['fr', 'en'] as const) {
      const t = paneMessages(lang);
      const label = (fn: string) => MENU_ITEMS.find((i) => i.fn === fn)!.label[lang];
      expect([MENU_TITLE[lang], label('menuVerify'), label('menuSummary'), label('menuClear'), label('menuTemplate')]).toEqual([
        t.title, t.validate, t.summary, t.clear, t.template,
      ]);
    }
  });

  it('titles the sidebar and says what Synthèse GEC, Effacer and Modèle did in the user\'s language', () => {
    const model = spreadsheetOf(sampleSheets());
    model.userLocale = 'en';
    const gas = loadGas(model, { now: '2026-11-15T10:32:00Z' });
    gas.run('menuPane');
    expect(model.sidebarTitles).toEqual(['TdR compliance']);
    // The sidebar is told the user's language in an attribute (HtmlService drops <meta>, H3).
    expect(model.sidebars[0]).toMatch(/id="?tdr-pane"?[^>]* data-lang="?en"?/);
    gas.run('menuSummary');
    gas.run('menuClear');
    gas.run('menuTemplate');
    expect(model.toasts).toEqual([
      // The user's language, though the sheets it wrote are French (Paramètres): presentation.md §4.
      expect.stringMatching(/^TdR compliance: Check done: .* Sheets written: Constats, Synthèse GEC 2026-11, Historique\.$/),
      expect.stringMatching(/^TdR compliance: Removed: \d+ highlight rules? and 2 tool sheets\. The history is kept \(sheet Historique\)\.$/),
      'TdR compliance: Nothing to add: the workbook already has every input sheet.',
    ]);
  });
});
