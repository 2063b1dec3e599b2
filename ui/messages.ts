// Every word of the pane, in French and English. Messages of findings come from the core, made by
// the host in the pane's language (ui/result.ts); these are the pane's own labels.

import type { PaneLang, PaneSeverity, ProgressStep, SkippedSheet } from './host';

/** A day (`YYYY-MM-DD`) as the language writes it: `15/11/2026` in French, ISO in English (as the core's outputs). */
export function formatDate(iso: string, lang: PaneLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang === 'en') return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

const REASONS_FR: Record<SkippedSheet['reason'], string> = { protected: 'feuille protégée', refused: 'refus du tableur' };
const REASONS_EN: Record<SkippedSheet['reason'], string> = { protected: 'protected sheet', refused: 'refused by the spreadsheet' };

function skippedList(list: readonly SkippedSheet[], reasons: Record<SkippedSheet['reason'], string>, colon: string): string {
  return list.map((s) => `${s.sheet} (${reasons[s.reason]}${s.reason === 'refused' && s.detail ? `${colon}${s.detail}` : ''})`).join(', ');
}

/** `2 jours`, `1 jour`, `0 jour` (French counts 0 as singular), `0 days`: the pane's plurals. */
function plural(n: number, lang: PaneLang, one: string, other: string): string {
  return `${n} ${new Intl.PluralRules(lang).select(n) === 'one' ? one : other}`;
}

const fr = {
  consolidate: 'Consolider',
  consolidateHint: 'Choisissez les classeurs .xlsx des coordinateurs : ils sont lus ici, sur cet ordinateur, puis consolidés dans ce classeur.',
  consolidateHeading: 'Consolidation',
  consolidateChecked: (file: string, scope: string, errors: number, warnings: number) =>
    `${file} : vérifié${scope ? ` (périmètre ${scope})` : ''}, ${errors} erreur(s), ${warnings} avertissement(s)`,
  consolidateFailed: (file: string, reason: string) => `${file} : illisible — ${reason}`,
  consolidateDone: (n: number, sheets: string) => `${n} classeur(s) consolidé(s) ; feuilles écrites : ${sheets}.`,
  consolidateNone: 'Aucun constat de consolidation.',
  consolidateFile: 'Classeur',
  title: 'Conformité TdR',
  language: 'Langue des feuilles',
  languageWorkbook: 'Langue du classeur',
  commands: 'Commandes',
  validate: 'Vérifier',
  summary: 'Synthèse GEC',
  clear: 'Effacer',
  template: 'Modèle',
  validateHint: 'Vérifie le classeur, surligne les constats et écrit les feuilles Constats et Synthèse GEC.',
  summaryHint: 'Vérifie le classeur et affiche la synthèse du mois pour le GEC.',
  clearHint: "Retire les surlignages et les feuilles de l'outil, et rien d'autre ; l'historique est conservé.",
  clearHistory: 'Effacer aussi l’historique',
  clearHistoryHint: 'Supprime aussi la feuille Historique : les chiffres de conformité des mois passés seront perdus.',
  confirmClearHistory:
    'Effacer aussi l’historique ? Les chiffres de conformité des mois passés (feuille Historique) seront supprimés définitivement ; ils ne pourront pas être recalculés.',
  confirmClear: 'Effacer, historique compris',
  cancel: 'Annuler',
  clearCancelled: 'Effacement annulé : rien n’a été retiré.',
  historyKept: (sheet: string) => `L’historique est conservé (feuille ${sheet}).`,
  templateHint: 'Ajoute les feuilles de saisie manquantes.',
  progress: 'Progression',
  step: {
    read: 'Lecture du classeur…',
    validate: 'Vérification des règles…',
    write: 'Écriture des surlignages et des feuilles…',
  } as Record<ProgressStep, string>,
  running: 'En cours…',
  clearing: 'Retrait des surlignages et des feuilles de l’outil…',
  templating: 'Ajout des feuilles manquantes…',
  done: (errors: number, warnings: number, infos: number) =>
    `Vérification terminée : ${plural(errors, 'fr', 'erreur', 'erreurs')}, ${plural(warnings, 'fr', 'avertissement', 'avertissements')}, ${plural(infos, 'fr', 'info', 'infos')}.`,
  wrote: (sheets: string[]) => `Feuilles écrites : ${sheets.join(', ')}.`,
  cleared: (rules: number, sheets: number) =>
    `Retirées : ${plural(rules, 'fr', 'règle de surlignage', 'règles de surlignage')} et ${plural(sheets, 'fr', 'feuille de l’outil', 'feuilles de l’outil')}.`,
  templateAdded: (sheets: string[]) => `Feuilles ajoutées : ${sheets.join(', ')}.`,
  templateNothing: 'Rien à ajouter : le classeur a déjà toutes les feuilles de saisie.',
  failed: (message: string) => `Échec : ${message}`,
  languageChanged: 'Langue changée : cliquez sur Vérifier pour réécrire les feuilles de l’outil dans cette langue.',
  skipped: (list: readonly SkippedSheet[]) =>
    `Feuilles non traitées (les autres l’ont été) : ${skippedList(list, REASONS_FR, ' : ')}. ` +
    (list.some((s) => s.reason === 'protected') ? 'Retirez la protection (ou demandez le droit de modifier), puis relancez.' : 'Relancez dans un instant.'),
  result: 'Résultat',
  workbook: 'Classeur',
  referenceDate: 'Date de référence',
  scope: 'Périmètre',
  counts: { errors: 'Erreurs', warnings: 'Avertissements', infos: 'Infos', waived: 'Dérogés' },
  gtTable: 'Conformité par GT',
  gtHeader: ['GT', 'Conformité', 'Erreurs', 'Avert.'],
  total: 'Total',
  notApplicable: 'non évalué',
  findings: 'Constats',
  filterSeverity: 'Sévérité',
  filterGt: 'GT',
  all: 'Tous',
  allSeverities: 'Toutes les sévérités',
  allGts: 'Tous les GT',
  tdrText: (tdr: string) => `Texte des TdR (${tdr})`,
  waivedFilter: 'Dérogés',
  outsideGt: 'Hors GT',
  severity: { error: 'erreur', warning: 'avertissement', info: 'info' } as Record<PaneSeverity, string>,
  severityPlural: { error: 'Erreurs', warning: 'Avertissements', info: 'Infos' } as Record<PaneSeverity, string>,
  waived: 'dérogé',
  shown: (n: number, total: number) => `${plural(n, 'fr', 'constat affiché', 'constats affichés')} sur ${total}`,
  more: (n: number) => `Afficher ${n} de plus`,
  noFindings: 'Aucun constat.',
  noMatch: 'Aucun constat pour ces filtres.',
  goTo: (place: string) => `Aller à ${place}`,
  workbookLevel: 'Classeur',
  suggestion: 'Suggestion',
  waiver: 'Dérogation',
  notYet: 'Cliquez sur Vérifier pour contrôler le classeur.',
  selectFailed: (message: string) => `Impossible d’aller à la cellule : ${message}`,
  // The Correspondances assistant's button and progress, here so that the pane's first script
  // does not need ui/mapping.ts (loaded when the assistant is opened).
  mappingOpen: 'Correspondances…',
  mappingOpenHint: 'Indiquer quelles feuilles, colonnes et valeurs de ce classeur correspondent à celles de l’outil',
  mappingLoading: 'Recherche des correspondances…',
  mappingWriting: 'Écriture des correspondances…',
  mappingWritten: (n: number, sheet: string) => `${n} correspondance${n > 1 ? 's' : ''} ajoutée${n > 1 ? 's' : ''} à la feuille « ${sheet} ».`,
};

type PaneMessages = typeof fr;

const en: PaneMessages = {
  consolidate: 'Consolidate',
  consolidateHint: "Pick the coordinators' .xlsx workbooks: they are read here, on this computer, then consolidated into this workbook.",
  consolidateHeading: 'Consolidation',
  consolidateChecked: (file: string, scope: string, errors: number, warnings: number) =>
    `${file}: checked${scope ? ` (scope ${scope})` : ''}, ${errors} error(s), ${warnings} warning(s)`,
  consolidateFailed: (file: string, reason: string) => `${file}: unreadable — ${reason}`,
  consolidateDone: (n: number, sheets: string) => `${n} workbook(s) consolidated; sheets written: ${sheets}.`,
  consolidateNone: 'No consolidation finding.',
  consolidateFile: 'Workbook',
  title: 'TdR compliance',
  language: 'Language of the sheets',
  languageWorkbook: "Workbook's language",
  commands: 'Commands',
  validate: 'Check',
  summary: 'GEC summary',
  clear: 'Clear',
  template: 'Template',
  validateHint: 'Checks the workbook, highlights the findings and writes the Findings and GEC summary sheets.',
  summaryHint: "Checks the workbook and shows this month's summary for the GEC.",
  clearHint: "Removes the tool's highlights and sheets, and nothing else; the history is kept.",
  clearHistory: 'Also clear the history',
  clearHistoryHint: 'Also deletes the Compliance history sheet: the compliance figures of past months will be lost.',
  confirmClearHistory:
    'Also clear the history? The compliance figures of past months (the Compliance history sheet) will be deleted for good; they cannot be computed again.',
  confirmClear: 'Clear, history included',
  cancel: 'Cancel',
  clearCancelled: 'Clear cancelled: nothing was removed.',
  historyKept: (sheet) => `The history is kept (sheet ${sheet}).`,
  templateHint: 'Adds the missing input sheets.',
  progress: 'Progress',
  step: {
    read: 'Reading the workbook…',
    validate: 'Checking the rules…',
    write: 'Writing highlights and sheets…',
  },
  running: 'Working…',
  clearing: "Removing the tool's highlights and sheets…",
  templating: 'Adding the missing sheets…',
  done: (errors, warnings, infos) =>
    `Check done: ${plural(errors, 'en', 'error', 'errors')}, ${plural(warnings, 'en', 'warning', 'warnings')}, ${plural(infos, 'en', 'info', 'infos')}.`,
  wrote: (sheets) => `Sheets written: ${sheets.join(', ')}.`,
  cleared: (rules, sheets) => `Removed: ${plural(rules, 'en', 'highlight rule', 'highlight rules')} and ${plural(sheets, 'en', 'tool sheet', 'tool sheets')}.`,
  templateAdded: (sheets) => `Sheets added: ${sheets.join(', ')}.`,
  templateNothing: 'Nothing to add: the workbook already has every input sheet.',
  failed: (message) => `Failed: ${message}`,
  languageChanged: "Language changed: click Check to write the tool's sheets again in this language.",
  skipped: (list) =>
    `Sheets not done (the others were): ${skippedList(list, REASONS_EN, ': ')}. ` +
    (list.some((s) => s.reason === 'protected') ? 'Remove the protection (or ask for edit rights), then run again.' : 'Run again in a moment.'),
  result: 'Result',
  workbook: 'Workbook',
  referenceDate: 'Reference date',
  scope: 'Scope',
  counts: { errors: 'Errors', warnings: 'Warnings', infos: 'Infos', waived: 'Waived' },
  gtTable: 'Compliance by GT',
  gtHeader: ['GT', 'Compliance', 'Errors', 'Warn.'],
  total: 'Total',
  notApplicable: 'n/a',
  findings: 'Findings',
  filterSeverity: 'Severity',
  filterGt: 'GT',
  all: 'All',
  allSeverities: 'All severities',
  allGts: 'All GTs',
  tdrText: (tdr) => `TdR text (${tdr})`,
  waivedFilter: 'Waived',
  outsideGt: 'No GT',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  severityPlural: { error: 'Errors', warning: 'Warnings', info: 'Infos' },
  waived: 'waived',
  shown: (n, total) => `${n} of ${total} findings shown`,
  more: (n) => `Show ${n} more`,
  noFindings: 'No findings.',
  noMatch: 'No findings for these filters.',
  goTo: (place) => `Go to ${place}`,
  workbookLevel: 'Workbook',
  suggestion: 'Suggestion',
  waiver: 'Waiver',
  notYet: 'Click Check to check the workbook.',
  selectFailed: (message) => `Cannot go to the cell: ${message}`,
  mappingOpen: 'Mapping…',
  mappingOpenHint: 'Say which sheets, columns and values of this workbook match the tool’s',
  mappingLoading: 'Looking for correspondences…',
  mappingWriting: 'Writing the correspondences…',
  mappingWritten: (n: number, sheet: string) => `${n} correspondence${n > 1 ? 's' : ''} added to the sheet "${sheet}".`,
};

/** The output sheets a run wrote, in the order the pane names them. */
export function writtenSheets(sheets: { findings: string; summary: string; history?: string }): string[] {
  return sheets.history ? [sheets.findings, sheets.summary, sheets.history] : [sheets.findings, sheets.summary];
}

export const PANE_MESSAGES: Readonly<Record<PaneLang, PaneMessages>> = { fr, en };

export function paneMessages(lang: PaneLang): PaneMessages {
  return PANE_MESSAGES[lang];
}
