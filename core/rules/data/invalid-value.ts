import type { Rule } from '../rule';
import { evaluateRows, reportIssues } from './issues';

// A value that cannot be read as its column's kind (workbook.md, "Cell values"), an unknown
// enumeration value, or a reference to a group of the wrong kind.
const rule: Rule = {
  id: 'data/invalid-value',
  area: 'data',
  tdr: '—',
  title: { fr: 'Valeur illisible', en: 'Unreadable value' },
  quote: [],
  defaultSeverity: 'error',
  description: {
    fr: 'Chaque valeur est lisible dans le type de sa colonne.',
    en: 'Every value can be read as its column’s kind.',
  },
  messages: {
    invalidDate: {
      fr: '« {value} » n’est pas une date lisible (colonne « {column} » ; attendu : 15/03/2026 ou 2026-03-15).',
      en: '"{value}" is not a readable date (column "{column}"; expected 15/03/2026 or 2026-03-15).',
    },
    invalidTime: {
      fr: '« {value} » n’est pas une heure lisible (colonne « {column} » ; attendu : 9h00 ou 14:30).',
      en: '"{value}" is not a readable time (column "{column}"; expected 9h00 or 14:30).',
    },
    invalidYesNo: {
      fr: '« {value} » n’est ni oui ni non (colonne « {column} »).',
      en: '"{value}" is neither yes nor no (column "{column}").',
    },
    invalidWholeNumber: {
      fr: '« {value} » n’est pas un nombre entier positif ou nul (colonne « {column} »).',
      en: '"{value}" is not a whole number ≥ 0 (column "{column}").',
    },
    invalidYear: {
      fr: '« {value} » n’est pas une année entre 2000 et 2100 (colonne « {column} »).',
      en: '"{value}" is not a year between 2000 and 2100 (column "{column}").',
    },
    invalidEmail: {
      fr: '« {value} » n’est pas une adresse électronique (colonne « {column} »).',
      en: '"{value}" is not an e-mail address (column "{column}").',
    },
    invalidOdd: {
      fr: '« {value} » n’est pas une liste d’ODD de 1 à 17 (colonne « {column} »).',
      en: '"{value}" is not a list of SDGs from 1 to 17 (column "{column}").',
    },
    unknownCps: {
      fr: '« {value} » n’est aucune des 11 CPS des TdR (colonne « {column} »).',
      en: '"{value}" is none of the 11 CPS of the ToR (column "{column}").',
    },
    unknownGroupType: {
      fr: 'Type de groupe inconnu : « {value} » (GT PTF, Groupe de dialogue, Groupe de dialogue ad hoc ou Cluster).',
      en: 'Unknown group type "{value}" (GT PTF, Dialogue group, Ad hoc dialogue group or Cluster).',
    },
    unknownRole: {
      fr: 'Rôle inconnu : « {value} » (Membre, Dialogue Leader, Coordination - entrant, - en exercice ou - sortant).',
      en: 'Unknown role "{value}" (Member, Dialogue Leader, Incoming, Lead or Outgoing coordination).',
    },
    roleOnWrongGroup: {
      fr: 'Le rôle « {value} » ne convient pas au groupe {group} : la coordination appartient aux GT PTF, le Dialogue Leader aux groupes de dialogue.',
      en: 'The role "{value}" does not fit the group {group}: coordination roles belong to GT PTF, Dialogue Leaders to dialogue groups.',
    },
    unknownMeetingType: {
      fr: 'Type de réunion inconnu : « {value} ».',
      en: 'Unknown meeting type "{value}".',
    },
    unknownMeetingStatus: {
      fr: 'Statut de réunion inconnu : « {value} » (Prévue, Tenue, Annulée ou Reportée).',
      en: 'Unknown meeting status "{value}" (Planned, Held, Cancelled or Postponed).',
    },
    unknownDecisionStatus: {
      fr: 'Statut de décision inconnu : « {value} » (Ouverte, Réalisée ou Abandonnée).',
      en: 'Unknown decision status "{value}" (Open, Done or Dropped).',
    },
    unknownDocumentType: {
      fr: 'Type de document inconnu : « {value} » (TdR, Programme de travail annuel, Bilan annuel, Priorités annuelles).',
      en: 'Unknown document type "{value}" (ToR, Annual work plan, Annual report, Annual priorities).',
    },
    invalidPartnerType: {
      fr: 'Type de PTF inconnu : « {value} » (Bilatéral, Multilatéral ou Autre).',
      en: 'Unknown partner type "{value}" (Bilateral, Multilateral or Other).',
    },
    notAGt: {
      fr: '« {value} » n’est pas un GT PTF (colonne « {column} »).',
      en: '"{value}" is not a GT PTF (column "{column}").',
    },
    notADialogueGroup: {
      fr: '« {value} » n’est pas un groupe de dialogue : une rencontre ministérielle est celle d’un groupe de dialogue (IV.12).',
      en: '"{value}" is not a dialogue group: a ministerial meeting is a dialogue group’s (IV.12).',
    },
    notACluster: {
      fr: '« {value} » n’est pas un cluster (colonne « {column} »).',
      en: '"{value}" is not a cluster (column "{column}").',
    },
    isACluster: {
      fr: '« {value} » est un cluster, pas un groupe PTF (colonne « {column} »).',
      en: '"{value}" is a cluster, not a PTF group (column "{column}").',
    },
    unknownSetting: {
      fr: 'Paramètre inconnu : « {value} ».',
      en: 'Unknown setting "{value}".',
    },
    badSetting: {
      fr: 'Valeur « {value} » non valable pour le paramètre « {key} ».',
      en: 'The value "{value}" is not valid for the setting "{key}".',
    },
    badSeverity: {
      fr: 'Sévérité « {value} » inconnue pour la règle {key} (erreur, avertissement, info ou désactivée).',
      en: 'Unknown severity "{value}" for the rule {key} (error, warning, info or off).',
    },
    mappingUnknownItem: {
      fr: '« {value} » n’est pas un élément de correspondance (Feuille, Colonne ou Valeur).',
      en: '"{value}" is not a mapping item (Sheet, Column or Value).',
    },
    mappingUnknownTool: {
      fr: '« {value} » ne désigne aucun nom de l’outil pour cet élément (exemple : {example}).',
      en: '"{value}" names nothing of the tool for this item (for example: {example}).',
    },
    mappingAbsentSheet: {
      fr: 'Ce classeur n’a pas de feuille « {value} » : la correspondance est ignorée.',
      en: 'This workbook has no sheet "{value}": the mapping is ignored.',
    },
    mappingAbsentHeader: {
      fr: 'La feuille « {sheet} » n’a pas d’en-tête « {value} » (10 premières lignes) : la correspondance est ignorée.',
      en: 'The sheet "{sheet}" has no header "{value}" (first 10 rows): the mapping is ignored.',
    },
  },
  suggestions: {
    default: { fr: 'Corrigez la valeur de la cellule.', en: 'Correct the cell’s value.' },
    mappingUnknownTool: {
      fr: 'Écrivez le nom de l’outil en français ou en anglais, ses parties séparées par › (Membres › Rôle › Dialogue Leader).',
      en: 'Write the tool’s name in French or English, its parts separated by › (Members › Role › Dialogue Leader).',
    },
    mappingAbsentSheet: {
      fr: 'Écrivez le nom de la feuille tel qu’il figure sur son onglet.',
      en: 'Write the sheet’s name as its tab shows it.',
    },
    mappingAbsentHeader: {
      fr: 'Écrivez l’en-tête tel qu’il figure sur la feuille.',
      en: 'Write the header as the sheet shows it.',
    },
    unknownSetting: {
      fr: 'Utilisez une clé de la liste des paramètres ou un identifiant de règle (membership/alternate).',
      en: 'Use a key from the settings list or a rule id (membership/alternate).',
    },
    roleOnWrongGroup: {
      fr: 'Vérifiez le groupe ou le rôle de cette ligne.',
      en: 'Check this row’s group or role.',
    },
  },
  check(context) {
    evaluateRows(context);
    reportIssues(context, 'invalid-value');
  },
};
export default rule;
