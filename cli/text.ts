// The command line's own words, in French and English.

import type { Lang } from '../core/types';

const TEXT = {
  usage: {
    fr: `Usage : tdr-check [options] <classeur.xlsx>

Vérifie un classeur des groupes thématiques PTF (Groupes, Membres, Calendrier...) au regard
des termes de référence génériques des GT PTF et des groupes de dialogue.

Options :
  --date AAAA-MM-JJ     date de référence (remplace Paramètres et la date du jour)
  --lang fr|en          langue des messages et des sorties (remplace Paramètres)
  --json [FICHIER]      écrit le rapport JSON (sur la sortie standard sans FICHIER)
  --out FICHIER.xlsx    écrit une copie du classeur avec les surlignages et les feuilles de sortie
  --html FICHIER.html   écrit le rapport HTML
  --template FICHIER.xlsx  écrit un classeur vide conforme au modèle, puis s'arrête
  --max-warnings N      code de sortie 1 au-delà de N avertissements
  --clear-history       avec --out : l'historique de la copie repart de ce mois
  --quiet               n'affiche que les erreurs de l'outil lui-même
  --help, --version

Codes de sortie : 0 aucune erreur ; 1 constats d'erreur (ou trop d'avertissements) ;
2 l'outil n'a pas pu s'exécuter.`,
    en: `Usage: tdr-check [options] <workbook.xlsx>

Checks a PTF thematic groups workbook (Groupes, Membres, Calendrier...) against the generic
terms of reference of the GT PTF and dialogue groups.

Options:
  --date YYYY-MM-DD     reference date (overrides Paramètres and today)
  --lang fr|en          language of messages and outputs (overrides Paramètres)
  --json [FILE]         write the JSON report (to standard output when FILE is omitted)
  --out FILE.xlsx       write a copy of the workbook with the highlights and output sheets
  --html FILE.html      write the HTML report
  --template FILE.xlsx  write a new empty workbook from the template, then exit
  --max-warnings N      exit 1 when there are more than N warnings
  --clear-history       with --out: the copy's history starts again from this month
  --quiet               print nothing but errors of the tool itself
  --help, --version

Exit codes: 0 no error; 1 error findings (or too many warnings); 2 the tool could not run.`,
  },
  missingValue: { fr: "L'option {option} attend une valeur.", en: 'The option {option} needs a value.' },
  badDate: {
    fr: 'Date non valable : « {value} » (attendu : AAAA-MM-JJ, par exemple 2026-11-15).',
    en: 'Invalid date "{value}" (expected YYYY-MM-DD, for example 2026-11-15).',
  },
  badLang: { fr: 'Langue inconnue : « {value} » (fr ou en).', en: 'Unknown language "{value}" (fr or en).' },
  badMaxWarnings: {
    fr: '--max-warnings attend un nombre entier positif, pas « {value} ».',
    en: '--max-warnings needs a whole number, not "{value}".',
  },
  unknownOption: {
    fr: 'Option inconnue : {option} (voir tdr-check --help).',
    en: 'Unknown option {option} (see tdr-check --help).',
  },
  tooManyFiles: {
    fr: 'Un seul classeur à la fois, reçu : {files}.',
    en: 'One workbook at a time, got: {files}.',
  },
  noWorkbook: {
    fr: 'Indiquez le classeur à vérifier : tdr-check [options] <classeur.xlsx> (voir --help).',
    en: 'Give the workbook to check: tdr-check [options] <workbook.xlsx> (see --help).',
  },
  notXlsxName: {
    fr: "« {file} » n'est pas un fichier .xlsx : enregistrez le classeur au format Excel (.xlsx).",
    en: '"{file}" is not an .xlsx file: save the workbook in Excel format (.xlsx).',
  },
  sameFile: {
    fr: "Le fichier de sortie {file} est le classeur d'entrée : l'outil n'écrit jamais dans le classeur vérifié.",
    en: 'The output file {file} is the input workbook: the tool never writes the workbook it checks.',
  },
  writeFailed: {
    fr: "Impossible d'écrire {file} : {reason}",
    en: 'Could not write {file}: {reason}',
  },
  internal: {
    fr: "Erreur interne de l'outil : {reason} (relancez avec TDR_CHECK_DEBUG=1 pour le détail).",
    en: 'Internal error of the tool: {reason} (run again with TDR_CHECK_DEBUG=1 for details).',
  },
  wrote: { fr: 'Écrit : {file}', en: 'Wrote: {file}' },
  workbookLevel: { fr: 'Classeur', en: 'Workbook' },
  totals: {
    fr: '{errors} erreur(s), {warnings} avertissement(s), {infos} info(s), {waived} dérogation(s) appliquée(s) — date de référence {date}',
    en: '{errors} error(s), {warnings} warning(s), {infos} info(s), {waived} waived — reference date {date}',
  },
  tooManyWarnings: {
    fr: '{warnings} avertissements, plus que le maximum autorisé ({max}).',
    en: '{warnings} warnings, more than the allowed maximum ({max}).',
  },
  colGt: { fr: 'GT', en: 'GT' },
  colScore: { fr: 'Conformité', en: 'Compliance' },
  colErrors: { fr: 'Erreurs', en: 'Errors' },
  colWarnings: { fr: 'Avert.', en: 'Warnings' },
  colEvaluated: { fr: 'Évalués', en: 'Evaluated' },
  colFailed: { fr: 'En échec', en: 'Failed' },
  waivedTag: { fr: 'dérogation', en: 'waived' },
} as const;

export type CliTextKey = keyof typeof TEXT;

export function cliText(lang: Lang, key: CliTextKey, data: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (w, k: string) => (data[k] === undefined ? w : String(data[k])));
}
