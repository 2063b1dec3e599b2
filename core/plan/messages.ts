// Every word the outputs write (sheet names, titles, headers, labels), in French and English.
// The HTML report takes its words from here too, so the three outputs speak alike.

import type { Lang, RuleStatus, Severity, SeverityOrOff } from '../types';
import type { DocumentStatus } from './types';
import { plural } from '../messages';

const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const fr = {
  findingsSheet: 'Constats',
  summarySheet: (month: string) => `Synthèse GEC ${month}`,
  summaryTitle: (monthName: string, year: number) => `Synthèse pour la réunion mensuelle du GEC – ${monthName} ${year}`,
  findingsTitle: (workbook: string) => `Constats de conformité aux TdR – ${workbook}`,
  referenceDate: 'Date de référence',
  scope: 'Périmètre',
  workbook: 'Classeur',
  generatedAt: 'Produit le',
  counts: { errors: 'Erreurs', warnings: 'Avertissements', infos: 'Infos', waived: 'Dérogés' },
  findingsHeader: ['Sévérité', 'Règle', 'Réf. TdR', 'Feuille', 'Cellule', 'Groupe', 'GT', 'Message', 'Suggestion', 'Dérogation', 'Intitulé de la règle', 'Texte des TdR'],
  noFindings: 'Aucun constat.',
  rulesTitle: 'Règles',
  rulesHeader: ['Règle', 'Réf. TdR', 'Sévérité', 'Évalués', 'En échec', 'Statut'],
  waivedNoReason: 'dérogé (sans justification)',
  severity: { error: 'erreur', warning: 'avertissement', info: 'info', off: 'désactivée' } as Record<SeverityOrOff, string>,
  status: { passed: 'conforme', failed: 'non conforme', skipped: 'non évaluée', off: 'désactivée' } as Record<RuleStatus, string>,
  gtTableTitle: 'Conformité par GT',
  gtHeader: [
    'GT',
    'Groupes de dialogue',
    'PTF actifs',
    'Coordination en exercice (PTF)',
    'Fin de mandat',
    'Dernière coordination GT',
    'Réunions tenues (30 derniers jours)',
    'Participation moyenne (%, 90 jours)',
    'Points focaux Nexus valides',
    'Documents (TdR, PTA, bilan)',
    'Erreurs',
    'Avertissements',
    'Conformité (%)',
    'Détail',
  ],
  total: 'Total',
  /** A figure without meaning here (no meeting to average): « sans objet », never `n/a` in French. */
  notApplicable: 's.o.',
  /** A score with nothing evaluated. */
  notEvaluated: 'non évalué',
  chartTitle: 'Conformité par GT (%)',
  worstLegend: { error: 'au moins une erreur', warning: 'avertissements, sans erreur', none: 'ni erreur ni avertissement' },
  historySheet: 'Historique',
  historyHeader: ['Mois', 'GT', 'Conformité (%)', 'Erreurs', 'Avertissements', 'Évalués', 'En échec', 'Périmètre', 'Date de référence'],
  trendTitle: 'Évolution de la conformité (%, 12 derniers mois)',
  trendChartTitle: 'Conformité par mois (%)',
  trendChange: (month: string | null) => (month === null ? 'Évolution' : `Évolution depuis ${month}`),
  /** A change that cannot be computed (no previous month): sans objet. */
  noChange: 's.o.',
  /** What a score counts: `3 éléments en échec sur 91`. */
  scoreDetail: (failed: number, evaluated: number) =>
    `${failed} ${failed > 1 ? 'éléments' : 'élément'} en échec sur ${evaluated}`,
  documents: { tdr: 'TdR', workPlan: 'PTA', annualReport: 'bilan' },
  documentStatus: { present: 'présent', missing: 'manquant', na: 'sans objet' } as Record<DocumentStatus, string>,
  documentCounts: (p: number, m: number, n: number) =>
    `${plural(p, 'fr', 'présent', 'présents')}, ${plural(m, 'fr', 'manquant', 'manquants')}, ${n} sans objet`,
  attentionTitle: "Points d'attention",
  attentionHeader: ['GT', 'Groupe', 'Règle', 'Message', 'Cellule'],
  noAttention: "Aucune erreur ni aucun avertissement.",
  moreAttention: (n: number, sheet: string) => `${plural(n, 'fr', 'autre point', 'autres points')} : voir la feuille ${sheet}.`,
  outsideGt: 'Hors GT',
  rotationsTitle: 'Rotations à venir',
  rotationsHeader: ['GT', 'Coordination en exercice (PTF)', 'Fin de mandat', 'Jours restants', 'Coordination entrante (PTF)', 'Cellule'],
  noRotations: 'Aucune rotation dans le préavis.',
  meetingsTitle: 'Réunions du mois à venir',
  meetingsHeader: ['Date', 'Heure', 'Type', 'Groupe', 'Statut', 'Cellule'],
  noMeetings: 'Aucune réunion prévue dans les 31 prochains jours.',
  decisionsTitle: 'Décisions échues',
  decisionsHeader: ['Échéance', 'Jours de retard', 'Groupe', 'Décision', 'Responsable', 'Cellule'],
  noDecisions: 'Aucune décision échue.',
  // HTML report.
  htmlTitle: (workbook: string) => `Conformité aux TdR – ${workbook}`,
  findingsTitleShort: 'Constats',
  filterSeverity: 'Sévérité',
  filterGt: 'GT',
  filterRule: 'Règle',
  filterAllSeverities: 'Toutes les sévérités',
  filterAllGts: 'Tous les GT',
  filterAllRules: 'Toutes les règles',
  /** `{n}` and `{total}` are filled in by the page's script, which picks the form for n. */
  shown: { one: '{n} constat affiché sur {total}', other: '{n} constats affichés sur {total}' },
  /** The finding's rule: its title, id and TdR words on demand. */
  tdrQuoteLabel: 'Texte des TdR',
  ruleTitleHeader: 'Intitulé de la règle',
  noQuote: 'Règle de lecture du classeur (sans paragraphe des TdR).',
  waivedLabel: 'dérogé',
  dateFormat: 'dd/mm/yyyy',
};

type Messages = typeof fr;

const en: Messages = {
  findingsSheet: 'Findings',
  summarySheet: (month) => `GEC summary ${month}`,
  summaryTitle: (monthName, year) => `Summary for the GEC monthly meeting – ${monthName} ${year}`,
  findingsTitle: (workbook) => `Compliance with the TdR – ${workbook}`,
  referenceDate: 'Reference date',
  scope: 'Scope',
  workbook: 'Workbook',
  generatedAt: 'Made on',
  counts: { errors: 'Errors', warnings: 'Warnings', infos: 'Infos', waived: 'Waived' },
  findingsHeader: ['Severity', 'Rule', 'TdR ref.', 'Sheet', 'Cell', 'Group', 'GT', 'Message', 'Suggestion', 'Waiver', 'Rule title', 'TdR text'],
  noFindings: 'No findings.',
  rulesTitle: 'Rules',
  rulesHeader: ['Rule', 'TdR ref.', 'Severity', 'Evaluated', 'Failed', 'Status'],
  waivedNoReason: 'waived (no justification)',
  severity: { error: 'error', warning: 'warning', info: 'info', off: 'off' },
  status: { passed: 'compliant', failed: 'not compliant', skipped: 'not evaluated', off: 'off' },
  gtTableTitle: 'Compliance by GT',
  gtHeader: [
    'GT',
    'Dialogue groups',
    'Active PTF',
    'Coordination lead (PTF)',
    'End of mandate',
    'Last GT coordination',
    'Meetings held (last 30 days)',
    'Average attendance (%, 90 days)',
    'Valid Nexus focal points',
    'Documents (ToR, work plan, report)',
    'Errors',
    'Warnings',
    'Compliance (%)',
    'Detail',
  ],
  total: 'Total',
  notApplicable: 'n/a',
  notEvaluated: 'not evaluated',
  chartTitle: 'Compliance by GT (%)',
  // Excel reserves the sheet name "History".
  worstLegend: { error: 'at least one error', warning: 'warnings, no error', none: 'no error or warning' },
  historySheet: 'Compliance history',
  historyHeader: ['Month', 'GT', 'Compliance (%)', 'Errors', 'Warnings', 'Evaluated', 'Failed', 'Scope', 'Reference date'],
  trendTitle: 'Compliance over time (%, last 12 months)',
  trendChartTitle: 'Compliance by month (%)',
  trendChange: (month) => (month === null ? 'Change' : `Change since ${month}`),
  noChange: 'n/a',
  scoreDetail: (failed, evaluated) => `${failed} ${failed === 1 ? 'item' : 'items'} failed out of ${evaluated}`,
  documents: { tdr: 'ToR', workPlan: 'work plan', annualReport: 'report' },
  documentStatus: { present: 'present', missing: 'missing', na: 'n/a' },
  documentCounts: (p, m, n) => `${p} present, ${m} missing, ${n} n/a`,
  attentionTitle: 'Points of attention',
  attentionHeader: ['GT', 'Group', 'Rule', 'Message', 'Cell'],
  noAttention: 'No errors and no warnings.',
  moreAttention: (n, sheet) => `${n} more: see the ${sheet} sheet.`,
  outsideGt: 'No GT',
  rotationsTitle: 'Coming rotations',
  rotationsHeader: ['GT', 'Coordination lead (PTF)', 'End of mandate', 'Days left', 'Incoming coordination (PTF)', 'Cell'],
  noRotations: 'No rotation within the notice.',
  meetingsTitle: "Next month's meetings",
  meetingsHeader: ['Date', 'Time', 'Type', 'Group', 'Status', 'Cell'],
  noMeetings: 'No meeting in the next 31 days.',
  decisionsTitle: 'Overdue decisions',
  decisionsHeader: ['Due date', 'Days late', 'Group', 'Decision', 'Owner', 'Cell'],
  noDecisions: 'No overdue decision.',
  htmlTitle: (workbook) => `TdR compliance – ${workbook}`,
  findingsTitleShort: 'Findings',
  filterSeverity: 'Severity',
  filterGt: 'GT',
  filterRule: 'Rule',
  filterAllSeverities: 'All severities',
  filterAllGts: 'All GTs',
  filterAllRules: 'All rules',
  shown: { one: '{n} of {total} findings shown', other: '{n} of {total} findings shown' },
  tdrQuoteLabel: 'TdR text',
  ruleTitleHeader: 'Rule title',
  noQuote: 'A workbook reading rule (no TdR paragraph).',
  waivedLabel: 'waived',
  dateFormat: 'yyyy-mm-dd',
};

export const OUTPUT_MESSAGES: Readonly<Record<Lang, Messages>> = { fr, en };

export function outputMessages(lang: Lang): Messages {
  return OUTPUT_MESSAGES[lang];
}

/** `novembre`, `November`: month 1-12. */
export function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][month - 1];
}

/** A number as the outputs write it: `87,5` (fr, decimal comma) or `87.5` (en). */
export function formatNumber(n: number, lang: Lang): string {
  return lang === 'fr' ? String(n).replace('.', ',') : String(n);
}

export function severityLabel(s: Severity | SeverityOrOff, lang: Lang): string {
  return OUTPUT_MESSAGES[lang].severity[s];
}
