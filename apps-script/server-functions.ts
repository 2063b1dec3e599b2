// The names of the server's global functions, shared by the entry (which defines them) and the
// sidebar (which calls them through google.script.run), so the two cannot drift apart.

export const SERVER_FUNCTIONS = {
  validate: 'tdrCheckValidate',
  summary: 'tdrCheckSummary',
  select: 'tdrCheckSelect',
  clear: 'tdrCheckClear',
  template: 'tdrCheckTemplate',
} as const;

/** The menu "Conformité TdR": label → the global function it calls. */
export const MENU_ITEMS: readonly { label: string; fn: string }[] = [
  { label: 'Vérifier', fn: 'menuVerify' },
  { label: 'Panneau', fn: 'menuPane' },
  { label: 'Synthèse GEC', fn: 'menuSummary' },
  { label: 'Effacer', fn: 'menuClear' },
  { label: 'Modèle', fn: 'menuTemplate' },
];

export const AUTORUN_TOKEN = '__TDR_CHECK_AUTORUN__';
