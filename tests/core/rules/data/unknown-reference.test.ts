import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/data/unknown-reference';

const groupes = [
  ['Code', 'Nom', 'Type', 'GT de rattachement', 'Cluster lié'],
  ['GT2', 'Capital humain', 'GT PTF', '', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', ''],
  ['CL-NUT', 'Cluster Nutrition', 'Cluster', '', ''],
];
const membres = [['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'UE', 'Dialogue Leader'], ['GT2', 'AFD', 'Coordination - en exercice']];
const calendrierHeader = ['ID', 'Date', 'Groupe', 'Type', 'Statut', 'Participants'];
const D = '2026-11-15';

ruleTester(rule, {
  valid: [
    {
      name: 'references by code, name and reference alias; clusters from the reference list or Groupes',
      date: D,
      sheets: {
        Groupes: [
          ...groupes,
          // `GT 2` is a code form of the reference GT2, matched through the GT PTF row.
          ['GD-EAU', 'Eau et assainissement', 'GD', 'GT 2', 'WASH; Cluster Nutrition; CL-SANTE, Education'],
        ],
        Membres: [['Groupe', 'PTF', 'Rôle'], ['Santé', 'UE', 'Membre'], ['gt2', 'AFD', 'Membre'], ['Health', 'BM', 'Membre']],
        Calendrier: [
          calendrierHeader,
          ['R-1', '2026-03-01', 'GT2', 'Coordination GT', 'Tenue', 'UE, AFD'],
          ['R-2', '2026-03-02', 'WASH', 'Réunion de cluster', 'Tenue', 'UE; Cluster Nutrition'],
          ['R-3', '2026-03-03', 'CL-NUT', 'Réunion de cluster', 'Tenue', ''],
        ],
        'Décisions': [['Réunion', 'Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut'], ['r-1', 'GT2', 'Note', 'UE', '2026-12-01', 'Ouverte'], ['', 'GD-SANTE', 'Note', 'UE', '2026-12-01', 'Ouverte']],
        Documents: [['Groupe', 'Type', 'Année'], ['Capital humain', 'TdR', 2026]],
      },
    },
    {
      name: 'without a PTF sheet, any partner and participant name is accepted',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'Inconnu', 'Membre']],
        Calendrier: [calendrierHeader, ['R-1', '2026-03-01', 'GT2', 'Coordination GT', 'Tenue', 'Personne; Nul/Autre']],
      },
    },
    {
      name: 'Décisions.Réunion is not checked when Calendrier has no ID column',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: membres,
        Calendrier: [['Date', 'Type', 'Statut'], ['2026-03-01', 'GEC', 'Tenue']],
        'Décisions': [['Réunion', 'Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut'], ['R-9', 'GT2', 'Note', 'UE', '2026-12-01', 'Ouverte']],
      },
    },
    {
      name: 'with a PTF sheet: Sigles and Noms (normalised), clusters among the participants',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'union europeenne', 'Membre'], ['GD-SANTE', 'AFD', 'Membre']],
        Calendrier: [calendrierHeader, ['R-1', '2026-03-01', 'GD-SANTE', 'Réunion du groupe', 'Tenue', 'UE; Agence française de développement\nCL-NUT, Santé']],
        PTF: [['Sigle', 'Nom'], ['UE', 'Union européenne'], ['AFD', 'Agence française de développement']],
      },
    },
    {
      name: 'Groupes absent (data/missing-sheet): group references are not checked, not flagged on every row',
      date: D,
      sheets: {
        Membres: membres,
        Calendrier: [calendrierHeader, ['R-1', '2026-03-01', 'GT2', 'Coordination GT', 'Tenue', '']],
        Documents: [['Groupe', 'Type', 'Année'], ['GT2', 'TdR', 2026]],
      },
    },
    {
      name: 'Groupes without its Code or Nom column (data/missing-column): group references are not checked',
      date: D,
      sheets: {
        Groupes: [['Nom', 'Type', 'GT de rattachement'], ['Capital humain', 'GT PTF', ''], ['Réforme X', 'GD ad hoc', 'GT-CH']],
        Membres: [['Groupe', 'PTF', 'Rôle'], ['GD-X', 'UE', 'Dialogue Leader']],
        Calendrier: [calendrierHeader, ['R-1', '2026-03-01', 'GT-CH', 'Coordination GT', 'Tenue', '']],
      },
    },
    {
      name: 'a PTF sheet without its Sigle column (data/missing-column): partners are not checked against it',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: membres,
        Calendrier: [calendrierHeader, ['R-1', '2026-03-01', 'GT2', 'Coordination GT', 'Tenue', 'UE; AFD; Inconnu']],
        PTF: [['Liste des partenaires'], ['UE'], ['AFD']],
      },
    },
  ],
  invalid: [
    {
      name: 'a Groupe naming nothing, on Membres, Calendrier, Décisions and Documents',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [['Groupe', 'PTF', 'Rôle'], ['GD-LUNE', 'UE', 'Membre']],
        Calendrier: [calendrierHeader, ['R-1', '2026-03-01', 'Lune', 'Réunion du groupe', 'Tenue', ''], ['R-2', '2026-03-02', 'Mars', 'GEC', 'Tenue', '']],
        'Décisions': [['Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut'], ['GT9', 'Note', 'UE', '2026-12-01', 'Ouverte']],
        Documents: [['Groupe', 'Type', 'Année'], ['Groupe X', 'TdR', 2026]],
      },
      errors: [
        { messageId: 'unknownReference', sheet: 'Membres', cell: 'A2', group: null, gt: null, severity: 'error', data: { items: ['GD-LUNE'], column: 'Groupe' } },
        { messageId: 'unknownReference', sheet: 'Calendrier', cell: 'C2', data: { items: ['Lune'] } },
        { messageId: 'unknownReference', sheet: 'Calendrier', cell: 'C3', data: { items: ['Mars'] } },
        { messageId: 'unknownReference', sheet: 'Décisions', cell: 'A2', data: { items: ['GT9'] } },
        { messageId: 'unknownReference', sheet: 'Documents', cell: 'A2', data: { items: ['Groupe X'] } },
      ],
      failed: 5,
    },
    {
      name: 'a GT de rattachement and Cluster lié items naming nothing: one finding per cell listing every unknown item',
      date: D,
      sheets: {
        Groupes: [...groupes, ['GD-EAU', 'Eau', 'GD', 'GT 9', 'WASH; Lune\nMars, CL-SANTE']],
        Membres: membres,
        Calendrier: [calendrierHeader],
      },
      errors: [
        { messageId: 'unknownReference', sheet: 'Groupes', cell: 'D5', group: 'GD-EAU', gt: null, data: { items: ['GT 9'], column: 'GT de rattachement' } },
        { messageId: 'unknownReference', sheet: 'Groupes', cell: 'E5', group: 'GD-EAU', data: { items: ['Lune', 'Mars'], column: 'Cluster lié' } },
      ],
      failed: 1,
    },
    {
      name: 'Décisions.Réunion naming no Calendrier ID',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: membres,
        Calendrier: [calendrierHeader, ['R-1', '2026-03-01', 'GT2', 'Coordination GT', 'Tenue', '']],
        'Décisions': [['Réunion', 'Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut'], ['R-1', 'GT2', 'a', 'UE', '2026-12-01', 'Ouverte'], ['R-2', 'GD-SANTE', 'b', 'UE', '2026-12-01', 'Ouverte']],
      },
      errors: [{ messageId: 'unknownMeeting', sheet: 'Décisions', cell: 'A3', group: 'GD-SANTE', gt: 'GT2', data: { items: ['R-2'] } }],
    },
    {
      name: 'with a PTF sheet: a Membres.PTF and Participants items that are neither a PTF nor a cluster',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'UE', 'Dialogue Leader'], ['GD-SANTE', 'Banque X', 'Membre']],
        Calendrier: [calendrierHeader, ['R-1', '2026-03-01', 'GD-SANTE', 'Réunion du groupe', 'Tenue', 'UE; Banque X, AFD\nCL-NUT; Lune/Mars']],
        PTF: [['Sigle', 'Nom'], ['UE', 'Union européenne'], ['AFD', 'Agence française de développement']],
      },
      errors: [
        { messageId: 'unknownPartner', sheet: 'Membres', cell: 'B3', group: 'GD-SANTE', gt: 'GT2', data: { items: ['Banque X'] } },
        { messageId: 'unknownParticipants', sheet: 'Calendrier', cell: 'F2', group: 'GD-SANTE', gt: 'GT2', data: { items: ['Banque X', 'Lune', 'Mars'] } },
      ],
    },
  ],
});
