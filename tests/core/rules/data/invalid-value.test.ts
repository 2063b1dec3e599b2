import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/data/invalid-value';
import requiredValue from '../../../../core/rules/data/required-value';
import { basicSheets, run } from '../../workbook/helpers';

const groupes = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Capital humain', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
  ['GD-X', 'Réforme X', 'Groupe de dialogue ad hoc', 'GT2'],
  ['CL-NUT', 'Nutrition', 'Cluster', ''],
];
const membres = [['Groupe', 'PTF', 'Rôle']];
const calendrierHeader = ['Date', 'Groupe', 'Type', 'Statut'];
const calendrier = [calendrierHeader];
const D = '2026-11-15';

ruleTester(rule, {
  valid: [
    {
      name: 'every kind read in its accepted forms',
      date: D,
      sheets: {
        Groupes: [
          ['Code', 'Nom', 'Type', 'GT de rattachement', 'CPS', 'ODD', 'Cluster lié'],
          ['GT2', 'Capital humain', 'Groupe thématique', '', '', '3, 4; 5', ''],
          ['GD-SANTE', 'Santé', 'Dialogue group', 'Capital humain', 'CPS/SSDSPF', 'ODD 3', 'Health'],
          ['GD-X', 'Réforme X', 'adhoc', 'GT2', '', 3, ''],
          ['CL-NUT', 'Nutrition', 'Cluster humanitaire', '', '', '', ''],
        ],
        Membres: [
          ['Groupe', 'PTF', 'Rôle', 'Email titulaire', 'Point focal Nexus', 'Désignation Nexus', 'Début mandat', 'Fin mandat'],
          ['GT2', 'UE', 'Coordination - en exercice', 'a.traore@ue.org', '', '', 45658, new Date(Date.UTC(2027, 0, 1))],
          ['GT2', 'AFD', 'Incoming', '', 'non', '', '01/01/2026', '31.12.2027'],
          ['GT2', 'BM', 'outcoming', '', false, '', '2026-01-01T09:00', '15-03-27'],
          ['GT2', 'Japon', 'Membre', '', 'Non', '', '', ''],
          ['GD-SANTE', 'UNICEF', 'Dialogue Leader', '', 'Oui', '15/03/26', '', ''],
          ['GD-X', 'Suisse', 'Leader', '', true, 46000, '', ''],
          ['Santé', 'Canada', 'Member', '', 'X', '', '', ''],
        ],
        Calendrier: [
          ['Date', 'Groupe', 'Type', 'Statut', 'Heure début', 'Heure fin', 'Invités', 'OdJ envoyé le'],
          ['2026-03-01', 'GT2', 'Coordination GT', 'Tenue', '9h', '11h30', 12, '2026-02-20'],
          ['2026-03-02', 'GD-SANTE', 'Rencontre ministérielle', 'Held', '09:00', 0.5, '3', ''],
          ['2026-03-03', 'GD-X', 'Ministerial meeting', 'Planned', 0.375, '14:05', 0, ''],
          ['2026-03-04', 'CL-NUT', 'Réunion de cluster', 'Annulée', '', '', '', ''],
          ['2026-03-05', 'WASH', 'Cluster meeting', 'Reportée', '', '', '', ''],
          ['2026-03-06', 'GD-SANTE', 'Réunion du groupe', 'Réalisée', '', '', '', ''],
          ['2026-03-07', 'GT2', 'Group meeting', 'Planifiée', '', '', '', ''],
          ['2026-03-08', '', 'GEC', 'Tenue', '', '', '', ''],
          ['2026-03-09', 'GT2', 'Sous-groupe CREDD', 'Tenue', '', '', '', ''],
          ['2026-03-10', '', 'troika', 'tenue', '', '', '', ''],
        ],
        'Décisions': [['Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut'], ['GT2', 'a', 'UE', '2026-12-01', 'En cours'], ['GT2', 'b', 'UE', '2026-12-01', 'Clôturée'], ['GT2', 'c', 'UE', '2026-12-01', 'Dropped']],
        Documents: [['Groupe', 'Type', 'Année'], ['GT2', 'ToR', 2026], ['GT2', 'PTA', '2026'], ['GT2', 'Bilan', 2000], ['GD-SANTE', 'Priorités', 2100]],
        PTF: [['Sigle', 'Type'], ['UE', 'Multilatéral'], ['AFD', 'bilateral'], ['BM', 'Autre']],
      },
    },
    {
      name: 'roles on the right kind of group: coordination on a GT PTF, Dialogue Leader on both dialogue types, Membre anywhere',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [
          ['Groupe', 'PTF', 'Rôle'],
          ['GT2', 'UE', 'Coordination - entrant'],
          ['GT2', 'AFD', 'Coordination - en exercice'],
          ['GT2', 'BM', 'Coordination - sortant'],
          ['GT2', 'Japon', 'Membre'],
          ['GD-SANTE', 'UNICEF', 'Dialogue Leader'],
          ['GD-X', 'Suisse', 'DL'],
          ['GD-SANTE', 'Canada', 'Membre'],
        ],
        Calendrier: calendrier,
      },
    },
    {
      name: 'known Paramètres keys (French, English, any case) with good values, and a rule id with a severity',
      date: D,
      sheets: { Groupes: groupes, Membres: membres, Calendrier: calendrier },
      settings: [
        ['Date de référence', '15/11/2026'],
        ['language', 'EN'],
        ['Écart maximal entre coordinations GT (jours)', 60],
        ["Delai d'envoi de l'OdJ (jours)", '10'],
        ['Minutes delay (days)', 0],
        ['Validité de la désignation Nexus (jours)', 365],
        ['Date limite des priorités annuelles', '30/04'],
        ['Taux de participation minimal', '60 %'],
        ["Inactivité d'un groupe de dialogue (jours)", 90],
        ['Préavis de rotation (jours)', 30],
        ['Formalisme des groupes de dialogue', 'oui'],
        ['data/invalid-value', 'erreur'],
      ],
    },
  ],
  invalid: [
    {
      name: 'unknown enumeration values: group type, role, meeting type and status, decision status, document type, PTF type',
      date: D,
      sheets: {
        Groupes: [...groupes, ['GD-Y', 'Y', 'Sous-comité', 'GT2']],
        Membres: [['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'UE', 'Observateur']],
        Calendrier: [calendrierHeader, ['2026-03-01', 'GT2', 'Atelier', 'Tenue'], ['2026-03-02', 'GT2', 'Coordination GT', 'Faite']],
        'Décisions': [['Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut'], ['GT2', 'a', 'UE', '2026-12-01', 'Suspendue']],
        Documents: [['Groupe', 'Type', 'Année'], ['GT2', 'Rapport trimestriel', 2026]],
        PTF: [['Sigle', 'Type'], ['UE', 'Fondation']],
      },
      errors: [
        { messageId: 'unknownGroupType', sheet: 'Groupes', cell: 'C6', group: 'GD-Y', gt: null, severity: 'error', data: { value: 'Sous-comité' } },
        { messageId: 'unknownRole', sheet: 'Membres', cell: 'C2', group: 'GD-SANTE', gt: 'GT2', data: { value: 'Observateur' } },
        { messageId: 'unknownMeetingType', sheet: 'Calendrier', cell: 'C2', group: 'GT2', data: { value: 'Atelier' } },
        { messageId: 'unknownMeetingStatus', sheet: 'Calendrier', cell: 'D3', data: { value: 'Faite' } },
        { messageId: 'unknownDecisionStatus', sheet: 'Décisions', cell: 'E2', group: 'GT2', data: { value: 'Suspendue' } },
        { messageId: 'unknownDocumentType', sheet: 'Documents', cell: 'B2', data: { value: 'Rapport trimestriel' } },
        { messageId: 'invalidPartnerType', sheet: 'PTF', cell: 'B2', data: { value: 'Fondation' } },
      ],
      failed: 7,
    },
    {
      name: 'values not of their column kind: dates, times, yes/no, e-mail, whole number, year, ODD, CPS',
      date: D,
      sheets: {
        Groupes: [['Code', 'Nom', 'Type', 'CPS', 'ODD'], ['GT2', 'Capital humain', 'GT PTF', 'CPS Lune', 'ODD 18']],
        Membres: [
          ['Groupe', 'PTF', 'Rôle', 'Email titulaire', 'Point focal Nexus', 'Désignation Nexus', 'Début mandat', 'Fin mandat', 'Email suppléant'],
          ['GT2', 'UE', 'Membre', 'a.traore at ue.org', 'peut-être', '31/02/2026', 'janvier 2026', '2026-13-01', 'b@ue.org'],
          ['GT2', 'AFD', 'Membre', '', 2, '', 0, '', 'c@'],
        ],
        Calendrier: [
          ['Date', 'Groupe', 'Type', 'Statut', 'Heure début', 'Heure fin', 'Invités', 'CR diffusé le'],
          ['bientôt', 'GT2', 'Coordination GT', 'Tenue', '25h', '9h60', '2,5', 'hier'],
          ['2026-03-01', 'GT2', 'Coordination GT', 'Tenue', 9, '', -1, ''],
        ],
        Documents: [['Groupe', 'Type', 'Année'], ['GT2', 'TdR', 1999], ['GT2', 'TdR', '26']],
      },
      errors: [
        { messageId: 'unknownCps', sheet: 'Groupes', cell: 'D2', group: 'GT2', gt: 'GT2', data: { value: 'CPS Lune', column: 'CPS' } },
        { messageId: 'invalidOdd', sheet: 'Groupes', cell: 'E2', data: { value: 'ODD 18' } },
        { messageId: 'invalidEmail', sheet: 'Membres', cell: 'D2', data: { value: 'a.traore at ue.org', column: 'Email titulaire' } },
        { messageId: 'invalidYesNo', sheet: 'Membres', cell: 'E2', data: { value: 'peut-être' } },
        { messageId: 'invalidDate', sheet: 'Membres', cell: 'F2', data: { value: '31/02/2026', column: 'Désignation Nexus' } },
        { messageId: 'invalidDate', sheet: 'Membres', cell: 'G2', data: { value: 'janvier 2026' } },
        { messageId: 'invalidDate', sheet: 'Membres', cell: 'H2', data: { value: '2026-13-01' } },
        { messageId: 'invalidYesNo', sheet: 'Membres', cell: 'E3', data: { value: '2' } },
        { messageId: 'invalidDate', sheet: 'Membres', cell: 'G3', data: { value: '0' } },
        { messageId: 'invalidEmail', sheet: 'Membres', cell: 'I3', data: { value: 'c@' } },
        { messageId: 'invalidDate', sheet: 'Calendrier', cell: 'A2', data: { value: 'bientôt', column: 'Date' } },
        { messageId: 'invalidTime', sheet: 'Calendrier', cell: 'E2', data: { value: '25h' } },
        { messageId: 'invalidTime', sheet: 'Calendrier', cell: 'F2', data: { value: '9h60' } },
        { messageId: 'invalidWholeNumber', sheet: 'Calendrier', cell: 'G2', data: { value: '2,5' } },
        { messageId: 'invalidDate', sheet: 'Calendrier', cell: 'H2', data: { value: 'hier' } },
        { messageId: 'invalidTime', sheet: 'Calendrier', cell: 'E3', data: { value: '9' } },
        { messageId: 'invalidWholeNumber', sheet: 'Calendrier', cell: 'G3', data: { value: '-1' } },
        { messageId: 'invalidYear', sheet: 'Documents', cell: 'C2', data: { value: '1999' } },
        { messageId: 'invalidYear', sheet: 'Documents', cell: 'C3', data: { value: '26' } },
      ],
    },
    {
      name: 'a role on the wrong kind of group: coordination on a dialogue group, Dialogue Leader on a GT PTF',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [
          ['Groupe', 'PTF', 'Rôle'],
          ['GD-SANTE', 'UE', 'Coordination - en exercice'],
          ['GD-X', 'AFD', 'Entrant'],
          ['GT2', 'BM', 'Dialogue Leader'],
          ['GT2', 'Japon', 'Sortant'],
        ],
        Calendrier: calendrier,
      },
      errors: [
        { messageId: 'roleOnWrongGroup', sheet: 'Membres', cell: 'C2', group: 'GD-SANTE', gt: 'GT2', data: { value: 'Coordination - en exercice', group: 'Santé' } },
        { messageId: 'roleOnWrongGroup', sheet: 'Membres', cell: 'C3', group: 'GD-X', data: { value: 'Entrant' } },
        { messageId: 'roleOnWrongGroup', sheet: 'Membres', cell: 'C4', group: 'GT2', gt: 'GT2', data: { value: 'Dialogue Leader', group: 'Capital humain' } },
      ],
      failed: 3,
    },
    {
      name: 'a meeting Type that needs another kind of group',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: membres,
        Calendrier: [
          calendrierHeader,
          ['2026-03-01', 'GD-SANTE', 'Coordination GT', 'Tenue'],
          ['2026-03-02', 'GT2', 'Rencontre ministérielle', 'Tenue'],
          ['2026-03-03', 'GD-SANTE', 'Réunion de cluster', 'Tenue'],
          ['2026-03-04', 'CL-NUT', 'Réunion du groupe', 'Tenue'],
          ['2026-03-05', 'Cluster WASH', 'Réunion du groupe', 'Tenue'],
          ['2026-03-06', 'CL-NUT', 'Coordination GT', 'Tenue'],
          ['2026-03-07', 'GT2', 'Réunion de cluster', 'Tenue'],
        ],
      },
      errors: [
        { messageId: 'notAGt', sheet: 'Calendrier', cell: 'B2', data: { value: 'GD-SANTE' } },
        { messageId: 'notADialogueGroup', sheet: 'Calendrier', cell: 'B3', data: { value: 'GT2' } },
        { messageId: 'notACluster', sheet: 'Calendrier', cell: 'B4', data: { value: 'GD-SANTE' } },
        { messageId: 'isACluster', sheet: 'Calendrier', cell: 'B5', data: { value: 'CL-NUT' } },
        { messageId: 'isACluster', sheet: 'Calendrier', cell: 'B6', data: { value: 'Cluster WASH' } },
        { messageId: 'isACluster', sheet: 'Calendrier', cell: 'B7', data: { value: 'CL-NUT' } },
        { messageId: 'notACluster', sheet: 'Calendrier', cell: 'B8', data: { value: 'GT2' } },
      ],
      failed: 7,
    },
    {
      name: 'a GT de rattachement naming a group that is not a GT PTF (a dialogue group, a cluster)',
      date: D,
      sheets: {
        Groupes: [...groupes, ['GD-EAU', 'Eau', 'GD', 'Santé'], ['GD-EDU', 'Education', 'GD', 'CL-NUT']],
        Membres: membres,
        Calendrier: calendrier,
      },
      errors: [
        { messageId: 'notAGt', sheet: 'Groupes', cell: 'D6', group: 'GD-EAU', gt: null, data: { value: 'Santé', column: 'GT de rattachement' } },
        { messageId: 'notAGt', sheet: 'Groupes', cell: 'D7', group: 'GD-EDU', data: { value: 'CL-NUT' } },
      ],
    },
    {
      name: 'a Cluster lié item naming a group that is not a cluster',
      date: D,
      sheets: {
        Groupes: [['Code', 'Nom', 'Type', 'GT de rattachement', 'Cluster lié'], ['GT2', 'Capital humain', 'GT PTF', '', ''], ['GD-SANTE', 'Santé humaine', 'GD', 'GT2', 'CL-SANTE; GT2']],
        Membres: membres,
        Calendrier: calendrier,
      },
      errors: [{ messageId: 'notACluster', sheet: 'Groupes', cell: 'E3', group: 'GD-SANTE', data: { value: 'GT2' } }],
    },
    {
      name: 'a Membres or Documents Groupe naming a cluster',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [['Groupe', 'PTF', 'Rôle'], ['CL-NUT', 'UE', 'Membre']],
        Calendrier: calendrier,
        Documents: [['Groupe', 'Type', 'Année'], ['Nutrition', 'TdR', 2026]],
      },
      errors: [
        { messageId: 'isACluster', sheet: 'Membres', cell: 'A2', group: null, data: { value: 'CL-NUT' } },
        { messageId: 'isACluster', sheet: 'Documents', cell: 'A2', data: { value: 'Nutrition' } },
      ],
    },
    {
      name: 'an unknown Paramètres key and bad values (a rule id not in the catalogue is an unknown key)',
      date: D,
      sheets: { Groupes: groupes, Membres: membres, Calendrier: calendrier },
      settings: [
        ['Couleur', 'rouge'],
        ['Date de référence', 'demain'],
        ['Langue', 'bambara'],
        ["Délai d'envoi de l'OdJ (jours)", 'sept'],
        ['Délai de diffusion du CR (jours)', -1],
        ['Écart maximal entre coordinations GT (jours)', 0],
        ['Date limite des priorités annuelles', '31/02'],
        ['Taux de participation minimal', '150 %'],
        ['Formalisme des groupes de dialogue', 'parfois'],
        ['data/invalid-value', 'grave'],
        ['membership/inconnue', 'off'],
      ],
      errors: [
        { messageId: 'unknownSetting', sheet: 'Paramètres', cell: 'A2', group: null, data: { value: 'Couleur' } },
        { messageId: 'badSetting', sheet: 'Paramètres', cell: 'B3', data: { key: 'Date de référence', value: 'demain' } },
        { messageId: 'badSetting', sheet: 'Paramètres', cell: 'B4', data: { key: 'Langue', value: 'bambara' } },
        { messageId: 'badSetting', sheet: 'Paramètres', cell: 'B5', data: { value: 'sept' } },
        { messageId: 'badSetting', sheet: 'Paramètres', cell: 'B6', data: { value: '-1' } },
        { messageId: 'badSetting', sheet: 'Paramètres', cell: 'B7', data: { value: '0' } },
        { messageId: 'badSetting', sheet: 'Paramètres', cell: 'B8', data: { value: '31/02' } },
        { messageId: 'badSetting', sheet: 'Paramètres', cell: 'B9', data: { value: '150 %' } },
        { messageId: 'badSetting', sheet: 'Paramètres', cell: 'B10', data: { value: 'parfois' } },
        { messageId: 'badSeverity', sheet: 'Paramètres', cell: 'B11', data: { key: 'data/invalid-value', value: 'grave' } },
        { messageId: 'unknownSetting', sheet: 'Paramètres', cell: 'A12', data: { value: 'membership/inconnue' } },
      ],
    },
    {
      name: 'the rule’s own severity set in Paramètres applies to its findings',
      date: D,
      sheets: { Groupes: groupes, Membres: [['Groupe', 'PTF', 'Rôle'], ['GT2', 'UE', 'Observateur']], Calendrier: calendrier },
      settings: [['data/invalid-value', 'avertissement']],
      errors: [{ messageId: 'unknownRole', sheet: 'Membres', cell: 'C2', severity: 'warning' }],
    },
  ],
});

describe('data/invalid-value and the fields it leaves unreadable', () => {
  it('an unreadable value gives data/invalid-value and nothing else: no data/required-value', () => {
    const r = run(
      basicSheets({
        Membres: [['Groupe', 'PTF', 'Rôle'], ['GT2', 'UE', 'Observateur']],
        Calendrier: [['Date', 'Groupe', 'Type', 'Statut'], ['bientôt', 'GT2', 'Coordination GT', 'Faite'], ['2026-03-01', 'GD-SANTE', 'Coordination GT', 'Tenue']],
      }),
      [rule, requiredValue],
    );
    expect(r.cells('data/invalid-value')).toEqual(['Membres!C2', 'Calendrier!A2', 'Calendrier!D2', 'Calendrier!B3']);
    expect(r.of('data/required-value')).toEqual([]);
    const [m] = r.workbook.members!.rows;
    expect(m.role).toBeNull();
    expect(m.bad?.has('role')).toBe(true);
    const [a, b] = r.workbook.calendar!.rows;
    expect(a.date).toBeNull();
    expect(a.status).toBeNull();
    expect([...(a.bad ?? [])].sort()).toEqual(['date', 'status']);
    // A Coordination GT on a dialogue group: its group is left unresolved and marked bad.
    expect(b.group).toBeNull();
    expect(b.bad?.has('group')).toBe(true);
  });

  it('a role on the wrong kind of group is left null (unreadable), not kept', () => {
    const r = run(basicSheets({ Membres: [['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'UE', 'Coordination - en exercice']] }), [rule]);
    const [m] = r.workbook.members!.rows;
    expect(m.role).toBeNull();
    expect(m.bad?.has('role')).toBe(true);
    expect(m.group?.code).toBe('GD-SANTE');
  });

  it('a bad setting value keeps the default; a good one is applied', () => {
    const r = run(
      basicSheets({
        'Paramètres': [['Paramètre', 'Valeur'], ["Délai d'envoi de l'OdJ (jours)", 'sept'], ['Délai de diffusion du CR (jours)', 10]],
      }),
      [rule],
    );
    expect(r.settings.agendaLeadDays).toBe(7);
    expect(r.settings.minutesDelayDays).toBe(10);
  });
});
