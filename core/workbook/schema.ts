// The workbook format of workbook.md as data: each input sheet's names, and each column's aliases
// in French and English. The headers written by the template come from here too (first alias of
// each language).

import type { SheetKey } from './model';

export interface ColumnSpec {
  field: string;
  /** Header in French (the canonical name) and in English. */
  fr: string;
  en: string;
  /** Every accepted header, the canonical names included. */
  aliases: readonly string[];
  /** `yes`: must exist and be filled on every row. */
  required?: boolean;
}

/** K: `mapping` for the Correspondances sheet (mapping.ts), read before the others. */
export interface SheetSpec<K extends string = SheetKey> {
  key: K;
  fr: string;
  en: string;
  names: readonly string[];
  required: boolean;
  columns: readonly ColumnSpec[];
}

const waivers: ColumnSpec = {
  field: 'waivers',
  fr: 'Dérogations',
  en: 'Waivers',
  aliases: ['Dérogations', 'Dérogation', 'Waivers', 'Exceptions'],
};

function col(field: string, fr: string, en: string, others: string[], required = false): ColumnSpec {
  return { field, fr, en, aliases: [fr, en, ...others], required };
}

export const SHEETS: readonly SheetSpec[] = [
  {
    key: 'groups',
    fr: 'Groupes',
    en: 'Groups',
    names: ['Groupes', 'Groups'],
    required: true,
    columns: [
      col('code', 'Code', 'Code', ['ID', 'Identifiant', 'Sigle'], true),
      col('name', 'Nom', 'Name', ['Intitulé', 'Libellé'], true),
      col('type', 'Type', 'Group type', ['Type de groupe'], true),
      col('parentGt', 'GT de rattachement', 'Parent GT', ['GT', 'GT PTF', 'Thematic group']),
      col('cps', 'CPS', 'Counterpart CPS', ['CPS de référence', 'CPS homologue']),
      col('odd', 'ODD', 'SDGs', ['SDG', 'ODD liés']),
      col('theme', 'Thématique portée', 'Theme', ['Thématique', 'Enjeu']),
      col('results', 'Résultats attendus', 'Expected results', ['Résultats']),
      col('clusters', 'Cluster lié', 'Linked cluster', ['Clusters liés', 'Cluster']),
      waivers,
    ],
  },
  {
    key: 'members',
    fr: 'Membres',
    en: 'Members',
    names: ['Membres', 'Members'],
    required: true,
    columns: [
      col('group', 'Groupe', 'Group', ['Groupe de dialogue', 'GT'], true),
      col('partner', 'PTF', 'Partner', ['Partenaire', 'Institution'], true),
      col('role', 'Rôle', 'Role', ['Fonction dans le groupe'], true),
      col('expert', 'Expert titulaire', 'Primary expert', ['Expert', 'Titulaire', 'Expert permanent']),
      col('expertEmail', 'Email titulaire', 'Email', ['Courriel', 'E-mail']),
      col('alternate', 'Suppléant', 'Alternate', ['Suppléante', 'Binôme']),
      col('alternateEmail', 'Email suppléant', 'Alternate email', ['Courriel suppléant']),
      col('nexus', 'Point focal Nexus', 'Nexus focal point', ['Nexus', 'Focal point Nexus']),
      col('nexusDate', 'Désignation Nexus', 'Nexus since', ['Date désignation Nexus', 'Nexus depuis']),
      col('start', 'Début mandat', 'Mandate start', ['Début', 'Start']),
      col('end', 'Fin mandat', 'Mandate end', ['Fin', 'End']),
      waivers,
    ],
  },
  {
    key: 'calendar',
    fr: 'Calendrier',
    en: 'Calendar',
    names: ['Calendrier', 'Calendar', 'Réunions', 'Meetings'],
    required: true,
    columns: [
      col('id', 'ID', 'Ref', ['Réf', 'N°']),
      col('date', 'Date', 'Meeting date', ['Date de la réunion'], true),
      col('start', 'Heure début', 'Start time', ['Heure', 'Début']),
      col('end', 'Heure fin', 'End time', ['Fin']),
      col('group', 'Groupe', 'Group', ['Instance']),
      col('type', 'Type', 'Meeting type', ['Type de réunion'], true),
      col('status', 'Statut', 'Status', ['État'], true),
      col('agendaSent', 'OdJ envoyé le', 'Agenda sent', ['Ordre du jour', 'OdJ']),
      col('minutesSent', 'CR diffusé le', 'Minutes sent', ['Compte rendu', 'CR']),
      col('participants', 'Participants', 'Attendees', ['PTF présents', 'Présents']),
      col('invited', 'Invités', 'Invited', ['Nb invités']),
      col('gtRepresentative', 'Représentant coordination GT', 'GT representative', [
        'Accompagnant GT',
        'Représentant GT',
      ]),
      waivers,
    ],
  },
  {
    key: 'decisions',
    fr: 'Décisions',
    en: 'Decisions',
    names: ['Décisions', 'Decisions'],
    required: false,
    columns: [
      col('id', 'ID', 'Ref', ['Réf']),
      col('meeting', 'Réunion', 'Meeting', ['Réunion ID']),
      col('group', 'Groupe', 'Group', [], true),
      col('decision', 'Décision', 'Decision', ['Libellé'], true),
      col('owner', 'Responsable', 'Owner', ['Porteur'], true),
      col('due', 'Échéance', 'Due date', ['Echeance', 'Date limite'], true),
      col('status', 'Statut', 'Status', [], true),
      col('doneOn', 'Date de réalisation', 'Done on', ['Réalisée le']),
      waivers,
    ],
  },
  {
    key: 'documents',
    fr: 'Documents',
    en: 'Documents',
    names: ['Documents'],
    required: false,
    columns: [
      col('group', 'Groupe', 'Group', [], true),
      col('type', 'Type', 'Document', ['Type de document'], true),
      col('year', 'Année', 'Year', [], true),
      col('date', 'Date', 'Date sent', ['Date de validation', 'Date de transmission']),
      col('link', 'Lien', 'Link', ['URL']),
      waivers,
    ],
  },
  {
    key: 'partners',
    fr: 'PTF',
    en: 'Partners',
    names: ['PTF', 'Partners', 'Partenaires'],
    required: false,
    columns: [
      col('code', 'Sigle', 'Acronym', ['Code', 'Acronyme'], true),
      col('name', 'Nom', 'Name', []),
      col('type', 'Type', 'Type', ['Catégorie']),
    ],
  },
  {
    key: 'settings',
    fr: 'Paramètres',
    en: 'Settings',
    names: ['Paramètres', 'Settings'],
    required: false,
    columns: [
      col('key', 'Paramètre', 'Setting', ['Clé'], true),
      col('value', 'Valeur', 'Value', [], true),
    ],
  },
];

export function sheetSpec(key: SheetKey): SheetSpec {
  return SHEETS.find((s) => s.key === key)!;
}
