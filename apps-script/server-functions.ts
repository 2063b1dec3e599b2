// The names of the server's global functions, shared by the entry (which defines them) and the
// sidebar (which calls them through google.script.run), so the two cannot drift apart.

export const SERVER_FUNCTIONS = {
  validate: 'tdrCheckValidate',
  summary: 'tdrCheckSummary',
  select: 'tdrCheckSelect',
  clear: 'tdrCheckClear',
  template: 'tdrCheckTemplate',
  sheetNames: 'tdrCheckSheetNames',
  writeSheets: 'tdrCheckWriteSheets',
  suggestMapping: 'tdrCheckSuggestMapping',
  writeMapping: 'tdrCheckWriteMapping',
} as const;

/** The languages of the menu: the user's, French unless it is English. */
export type MenuLang = 'fr' | 'en';

/** The menu's title, as the Excel add-in's ribbon group is named (manifest.xml). */
export const MENU_TITLE: Readonly<Record<MenuLang, string>> = { fr: 'Conformité TdR', en: 'TdR compliance' };

/** The menu: label → the global function it calls. */
export const MENU_ITEMS: readonly { label: Readonly<Record<MenuLang, string>>; fn: string }[] = [
  { label: { fr: 'Vérifier', en: 'Check' }, fn: 'menuVerify' },
  { label: { fr: 'Panneau', en: 'Pane' }, fn: 'menuPane' },
  { label: { fr: 'Synthèse GEC', en: 'GEC summary' }, fn: 'menuSummary' },
  { label: { fr: 'Effacer', en: 'Clear' }, fn: 'menuClear' },
  { label: { fr: 'Modèle', en: 'Template' }, fn: 'menuTemplate' },
];

export const AUTORUN_TOKEN = '__TDR_CHECK_AUTORUN__';
/** Replaced by the user's language (`fr` or `en`) in the sidebar's `data-lang`. */
export const LANGUAGE_TOKEN = '__TDR_CHECK_LANGUAGE__';
