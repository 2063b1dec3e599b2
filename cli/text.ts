// The command line's own words, in French and English.

import type { Lang } from '../core/types';
import { formatMessage } from '../core/messages';

const TEXT = {
  usage: {
    fr: `Usage : tdr-check [options] <classeur.xlsx>
        tdr-check [options] <classeur.xlsx> <classeur.xlsx>... | <dossier>   (consolidation)

Vérifie un classeur des groupes thématiques PTF (Groupes, Membres, Calendrier...) au regard
des termes de référence génériques des GT PTF et des groupes de dialogue.

Options :
  --date DATE           date de référence, 15/11/2026 ou 2026-11-15 (remplace Paramètres
                        et la date du jour)
  --lang fr|en          langue des messages et des sorties (remplace Paramètres)
  --json [FICHIER]      écrit le rapport JSON (sur la sortie standard sans FICHIER)
  --out FICHIER.xlsx    écrit une copie du classeur avec les surlignages et les feuilles de sortie
  --html FICHIER.html   écrit le rapport HTML
  --scope GT2[,GT4]     GT PTF du périmètre (remplace Paramètres › Périmètre)
  --template FICHIER.xlsx  écrit un classeur vide conforme au modèle, puis s'arrête
  --suggest-mapping     propose la feuille Correspondances d'un classeur tenu à sa façon
                        (tableau à coller sur la sortie standard), sans vérifier
  --max-warnings N      code de sortie 1 au-delà de N avertissements
  --clear-history       avec --out : l'historique de la copie repart de ce mois
  --quiet               n'affiche que les erreurs de l'outil lui-même
  --verbose             affiche sous chaque constat la suggestion et le texte des TdR
  --help, --version

Codes de sortie : 0 aucune erreur ; 1 constats d'erreur (ou trop d'avertissements) ;
2 l'outil n'a pas pu s'exécuter.`,
    en: `Usage: tdr-check [options] <workbook.xlsx>
       tdr-check [options] <workbook.xlsx> <workbook.xlsx>... | <folder>   (consolidation)

Checks a PTF thematic groups workbook (Groupes, Membres, Calendrier...) against the generic
terms of reference of the GT PTF and dialogue groups.

Options:
  --date DATE           reference date, 2026-11-15 or 15/11/2026 (overrides Paramètres
                        and today)
  --lang fr|en          language of messages and outputs (overrides Paramètres)
  --json [FILE]         write the JSON report (to standard output when FILE is omitted)
  --out FILE.xlsx       write a copy of the workbook with the highlights and output sheets
  --html FILE.html      write the HTML report
  --scope GT2[,GT4]     the GT PTF in scope (overrides Paramètres › Périmètre)
  --template FILE.xlsx  write a new empty workbook from the template, then exit
  --suggest-mapping     propose the Mapping sheet of a workbook laid out its own way
                        (a table to paste, on standard output), without checking
  --max-warnings N      exit 1 when there are more than N warnings
  --clear-history       with --out: the copy's history starts again from this month
  --quiet               print nothing but errors of the tool itself
  --verbose             print the suggestion and the TdR text under each finding
  --help, --version

Exit codes: 0 no error; 1 error findings (or too many warnings); 2 the tool could not run.`,
  },
  consolidatedTotals: {
    fr: 'Consolidation de {workbooks, plural, one {# classeur} other {# classeurs}} : {errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}} en tout — conformité {score}',
    en: 'Consolidation of {workbooks, plural, one {# workbook} other {# workbooks}}: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}} in all — compliance {score}',
  },
  sameWorkbookTwice: {
    fr: 'Le classeur {file} est nommé deux fois.',
    en: 'The workbook {file} is named twice.',
  },
  noXlsxInFolder: {
    fr: 'Aucun classeur .xlsx dans {folder}.',
    en: 'No .xlsx workbook in {folder}.',
  },
  scopeWithSeveral: {
    fr: '--scope vaut pour un seul classeur : avec plusieurs, chacun est vérifié avec son propre Périmètre.',
    en: '--scope applies to one workbook: with several, each is checked with its own Scope.',
  },
  scope: { fr: ' — Périmètre : {scope}', en: ' — Scope: {scope}' },
  badScope: {
    fr: '--scope : « {value} » ne désigne aucun GT PTF (GT1 à GT5, par code ou par nom).',
    en: '--scope: "{value}" names no GT PTF (GT1 to GT5, by code or name).',
  },
  suggestOneWorkbook: {
    fr: '--suggest-mapping propose les correspondances d’un seul classeur à la fois, reçu : {files}.',
    en: '--suggest-mapping proposes the mapping of one workbook at a time, got: {files}.',
  },
  missingValue: { fr: "L'option {option} attend une valeur.", en: 'The option {option} needs a value.' },
  badDate: {
    fr: 'Date non valable : « {value} » (attendu : JJ/MM/AAAA ou AAAA-MM-JJ, par exemple 15/11/2026).',
    en: 'Invalid date "{value}" (expected YYYY-MM-DD or DD/MM/YYYY, for example 2026-11-15).',
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
    fr: "Impossible d'écrire {file} : {reason}.",
    en: 'Could not write {file}: {reason}.',
  },
  /** A workbook that cannot be read: the path as the user typed it, then why. */
  readFailed: { fr: '{file} : {reason}', en: '{file}: {reason}' },
  // Why a file could not be written, in plain words (Node's error codes stay out of sight).
  fsExists: {
    fr: "un fichier porte déjà le nom d'un dossier à créer sur ce chemin",
    en: 'a file already has the name of a folder to create on that path',
  },
  fsNotDir: { fr: "un élément du chemin est un fichier, pas un dossier", en: 'a part of the path is a file, not a folder' },
  fsNoEnt: { fr: "le dossier n'existe pas", en: 'the folder does not exist' },
  fsDenied: { fr: "l'accès est refusé (droits insuffisants)", en: 'permission denied' },
  fsIsDir: { fr: "c'est un dossier, pas un fichier", en: 'it is a folder, not a file' },
  fsFull: { fr: 'le disque est plein', en: 'the disk is full' },
  fsReadOnly: { fr: 'le support est en lecture seule', en: 'the drive is read-only' },
  fsBusy: {
    fr: 'le fichier est ouvert dans une autre application (fermez-le puis relancez)',
    en: 'the file is open in another application (close it and run again)',
  },
  fsOther: { fr: 'erreur du système de fichiers', en: 'file system error' },
  suggestionLabel: { fr: 'Suggestion : {text}', en: 'Suggestion: {text}' },
  ruleLabel: { fr: 'Règle « {title} » ({tdr}) : {quote}', en: 'Rule "{title}" ({tdr}): {quote}' },
  ruleLabelNoQuote: { fr: 'Règle « {title} »', en: 'Rule "{title}"' },
  internal: {
    fr: "Erreur interne de l'outil : {reason} (relancez avec TDR_CHECK_DEBUG=1 pour le détail).",
    en: 'Internal error of the tool: {reason} (run again with TDR_CHECK_DEBUG=1 for details).',
  },
  wrote: { fr: 'Écrit : {file}', en: 'Wrote: {file}' },
  workbookLevel: { fr: 'Classeur', en: 'Workbook' },
  totals: {
    fr: '{errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}}, {infos, plural, one {# info} other {# infos}}, {waived, plural, one {# dérogation appliquée} other {# dérogations appliquées}} — date de référence {date}',
    en: '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# info} other {# infos}}, {waived} waived — reference date {date}',
  },
  tooManyWarnings: {
    fr: '{warnings, plural, one {# avertissement} other {# avertissements}}, plus que le maximum autorisé ({max}).',
    en: '{warnings, plural, one {# warning} other {# warnings}}, more than the allowed maximum ({max}).',
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
  return formatMessage(TEXT[key][lang], data, lang);
}
