// rules.md, Terms, "Clarifications", one test each (the first two, a partner missing from PTF and
// an untyped reference cluster, are in identity.test.ts with their property test). The whole
// catalogue runs on each workbook, so that a clarification holds for every rule, not one.

import { RULES } from '../../../core/rules';
import type { Cell, Finding } from '../../../core/types';
import { run, type Sheets } from './helpers';

const D = '2026-11-15';
const all = (sheets: Sheets, language: 'fr' | 'en' = 'fr') => run(sheets, RULES, { referenceDate: D, language });
const cellsOf = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`);
/** The data findings, bar the optional Membres columns these small workbooks leave out. */
const dataFindings = (findings: Finding[]) => findings.filter((f) => f.ruleId.startsWith('data/') && f.ruleId !== 'data/missing-column');

describe('a Groupes row whose Type is blank or invalid is no group of any kind', () => {
  // GT4 "Task force": not a GT PTF. GD-PAIX says it belongs to GT4; members, a coordination
  // meeting, a decision and a document name GT4.
  const sheets = (gt4Type: Cell): Sheets => ({
    Groupes: [
      ['Code', 'Nom', 'Type', 'GT de rattachement'],
      ['GT2', 'Capital humain', 'GT PTF', ''],
      ['GT4', 'Paix et sécurité', gt4Type, ''],
      ['GD-PAIX', 'Paix', 'Groupe de dialogue', 'GT4'],
    ],
    Membres: [
      ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Suppléant'],
      ['GT4', 'UE', 'Coordination - en exercice', 'A. Traoré', 'B. Diallo'],
      ['GT4', 'AFD', 'Dialogue Leader', 'C. Keïta', 'D. Cissé'],
      ['GD-PAIX', 'AFD', 'Dialogue Leader', 'E. Sidibé', 'F. Ba'],
    ],
    Calendrier: [
      ['ID', 'Date', 'Groupe', 'Type', 'Statut', 'OdJ envoyé le', 'CR diffusé le', 'Participants'],
      ['R1', '2026-10-05', 'GT4', 'Coordination GT', 'Tenue', '', '', ''],
      ['R2', '2026-10-06', 'GT4', 'Réunion du groupe', 'Tenue', '', '', 'UE'],
      ['R3', '2026-10-07', 'GT4', 'Réunion de cluster', 'Tenue', '', '', 'UE'],
    ],
    Décisions: [
      ['ID', 'Réunion', 'Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut'],
      ['DEC-1', 'R1', 'GT4', 'Écrire au ministre', 'UE', '2026-12-31', 'Ouverte'],
    ],
    Documents: [['Groupe', 'Type', 'Année'], ['GT4', 'TdR', 2026]],
  });

  it.each([
    ['invalid', 'Task force', 'data/invalid-value Groupes!C3'],
    ['blank', '', 'data/required-value Groupes!C3'],
  ])('%s Type: its cell is reported once; references to GT4 are not reported again', (_kind, type, typeCell) => {
    const r = all(sheets(type));
    expect(cellsOf(dataFindings(r.findings))).toEqual([typeCell]);
    // Not a GT PTF: gt-set misses GT4, no coordination, documents or meeting rule looks at it.
    expect(r.of('structure/gt-set').map((f) => f.data.gt)).toEqual(['GT1', 'GT3', 'GT4', 'GT5']);
    expect(r.findings.filter((f) => f.sheet === 'Calendrier')).toEqual([]);
    for (const id of ['membership/tripartite', 'documents/gt-documents', 'calendar/gt-coordination', 'calendar/annual-plan']) {
      expect(r.of(id).filter((f) => f.group === 'GT4')).toEqual([]);
    }
    // GD-PAIX belongs to no GT: none of its findings rolls up to GT4.
    expect(r.findings.filter((f) => f.gt === 'GT4')).toEqual([]);
    expect(r.findings.filter((f) => f.group === 'GD-PAIX').every((f) => f.gt === null)).toBe(true);
    // The Membres row naming GT4 with a Dialogue Leader is not a "role on the wrong group".
    expect(r.findings.filter((f) => f.sheet === 'Membres' && f.ruleId !== 'data/missing-column')).toEqual([]);
  });

  it('the control: with its Type, GT4 is a GT PTF, and the same rows give their findings', () => {
    const r = all(sheets('GT PTF'));
    expect(r.of('structure/gt-set').map((f) => f.data.gt)).toEqual(['GT1', 'GT3', 'GT5']);
    expect(cellsOf(dataFindings(r.findings))).toEqual([
      'data/invalid-value Membres!C3', // a Dialogue Leader on a GT
      'data/invalid-value Calendrier!C4', // a cluster meeting on a GT
    ]);
    expect(r.cells('calendar/agenda')).toEqual(['Calendrier!F2', 'Calendrier!F3']);
    expect(r.findings.filter((f) => f.gt === 'GT4').length).toBeGreaterThan(0);
  });
});

describe('an untyped row is a cluster only when it stands for a reference cluster', () => {
  // Santé names both a reference dialogue group and a reference cluster: the row GD-SANTE / Santé
  // with a blank Type is the dialogue group's, so no group at all, and never the cluster.
  const sheets = (code: string, name: string): Sheets => ({
    Groupes: [['Code', 'Nom', 'Type', 'GT de rattachement'], ['GT2', 'Capital humain', 'GT PTF', ''], [code, name, '', '']],
    Membres: [['Groupe', 'PTF', 'Rôle'], [code, 'UE', 'Membre']],
    Calendrier: [['Date', 'Groupe', 'Type', 'Statut', 'Participants'], ['2026-10-05', code, 'Réunion de cluster', 'Tenue', 'UE']],
  });

  it.each([
    // [code, name, a cluster?]
    ['GD-SANTE', 'Santé', false],
    ['CL-SANTE', 'Santé', true],
    ['CLS', 'Cluster Santé', true],
    ['X', 'Gouvernance', false],
  ] as const)('%s / %s: a cluster %s', (code, name, cluster) => {
    const r = all(sheets(code, name));
    // Its Type cell, and for a cluster, the Membres row that names a cluster; nothing else.
    expect(cellsOf(dataFindings(r.findings))).toEqual(
      cluster ? ['data/required-value Groupes!C3', 'data/invalid-value Membres!A2'] : ['data/required-value Groupes!C3'],
    );
    expect(r.workbook.index.clusters.map((g) => g.code)).toEqual(cluster ? [code] : []);
  });
});

describe('waiver rule ids are matched without regard to case', () => {
  const sheets = (waiver: string): Sheets => ({
    Groupes: [['Code', 'Nom', 'Type'], ['GT2', 'Capital humain', 'GT PTF']],
    Membres: [['Groupe', 'PTF', 'Rôle']],
    Calendrier: [
      ['Date', 'Groupe', 'Type', 'Statut', 'OdJ envoyé le', 'Dérogations'],
      ['2026-10-05', 'GT2', 'Coordination GT', 'Tenue', '', waiver],
    ],
  });

  it.each(['calendar/agenda: réunion convoquée en urgence', 'CALENDAR/Agenda: réunion convoquée en urgence', ' Calendar/AGENDA : réunion convoquée en urgence'])(
    '%s waives calendar/agenda, and is neither unknown nor unused',
    (waiver) => {
      const r = all(sheets(waiver));
      expect(r.of('calendar/agenda').map((f) => [f.cell, f.waived, f.waiver])).toEqual([['E2', true, 'réunion convoquée en urgence']]);
      expect(r.of('data/unknown-waiver')).toEqual([]);
      expect(r.of('data/unused-waiver')).toEqual([]);
    },
  );

  it('the control: another rule id waives nothing and is reported unknown', () => {
    const r = all(sheets('calendar/agendas: x'));
    expect(r.of('calendar/agenda').map((f) => f.waived)).toEqual([false]);
    expect(r.cells('data/unknown-waiver')).toEqual(['Calendrier!F2']);
  });
});

describe('a GT PTF with no current coordination row is left out of the two meeting rules', () => {
  // GT2: UE leads. GT3: only a planned coordination row (2027) and a member: no current coordination.
  const sheets = (participants: string): Sheets => ({
    Groupes: [['Code', 'Nom', 'Type'], ['GT2', 'Capital humain', 'GT PTF'], ['GT3', 'Gouvernance', 'GT PTF']],
    Membres: [
      ['Groupe', 'PTF', 'Rôle', 'Début mandat'],
      ['GT2', 'UE', 'Coordination - en exercice', ''],
      ['GT3', 'Suède', 'Coordination - en exercice', '2027-01-01'],
      ['GT3', 'Japon', 'Membre', ''],
    ],
    Calendrier: [
      ['Date', 'Type', 'Statut', 'Participants'],
      ['2026-10-05', 'Comité de pilotage CREDD', 'Tenue', participants],
      ['2026-10-06', 'Réunion des coordinateurs GT', 'Tenue', participants],
    ],
  });

  it('GT2 represented: no finding; GT3 is membership/tripartite’s', () => {
    const r = all(sheets('UE; Japon'));
    expect(r.of('calendar/steering-committee')).toEqual([]);
    expect(r.of('calendar/coordinators-meeting')).toEqual([]);
    expect(r.of('membership/tripartite').filter((f) => f.group === 'GT3')).toHaveLength(1);
  });

  it('the control: GT2 absent is reported, naming GT2 only', () => {
    const r = all(sheets('Japon; Suède'));
    expect(r.of('calendar/steering-committee').map((f) => f.data.gts)).toEqual([['Capital humain']]);
    expect(r.of('calendar/coordinators-meeting').map((f) => f.data.gts)).toEqual([['Capital humain']]);
  });
});

describe('an unreadable Documents row does not make a type missing when it might be that type', () => {
  const sheets = (documents: Cell[][]): Sheets => ({
    Groupes: [['Code', 'Nom', 'Type'], ['GT2', 'Capital humain', 'GT PTF']],
    Membres: [['Groupe', 'PTF', 'Rôle']],
    Calendrier: [['Date', 'Type', 'Statut']],
    Documents: [['Groupe', 'Type', 'Année'], ...documents],
  });
  const missing = (documents: Cell[][]) => all(sheets(documents)).of('documents/gt-documents').map((f) => f.messageId);

  it('nothing recorded: the three types are missing (the control)', () => {
    // A row of another type (an empty sheet is data/empty-sheet's instead, presentation.md §6).
    expect(missing([['GT2', 'Priorités annuelles', 2026]])).toEqual(['tdr', 'workPlan', 'annualReport']);
  });
  it('a row whose Type is unreadable might be any type: none is reported', () => {
    expect(missing([['GT2', '#N/A', 2026]])).toEqual([]);
    expect(missing([['GT2', 'Rapport', 2026]])).toEqual([]);
  });
  it('a TdR whose Année is unreadable leaves the TdR undecided, not the other types', () => {
    expect(missing([['GT2', 'TdR', 'deux mille']])).toEqual(['workPlan', 'annualReport']);
  });
});

describe('a message never shows an empty name', () => {
  // Meetings without a group (blank Groupe: data/required-value), a decision with no text, group
  // or owner: every other message names them by what is known.
  const sheets: Sheets = {
    Groupes: [['Code', 'Nom', 'Type', 'GT de rattachement'], ['GT2', 'Capital humain', 'GT PTF', ''], ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2']],
    // Rows 3 and 5 have a blank PTF (data/required-value): the membership messages name the row.
    Membres: [
      ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Suppléant', 'Point focal Nexus', 'Désignation Nexus', 'Fin mandat'],
      ['GT2', 'UE', 'Coordination - en exercice', 'A. Traoré', 'B. Diallo', '', '', '2027-06-30'],
      ['GD-SANTE', '', 'Dialogue Leader', '', '', 'oui', '', ''],
      ['GD-SANTE', 'UE', 'Dialogue Leader', 'C. Keïta', 'C. Keïta', 'oui', '2026-01-01', ''],
      ['GT2', '', 'Coordination - en exercice', 'D. Cissé', 'E. Ba', '', '', ''],
    ],
    Calendrier: [
      ['ID', 'Date', 'Groupe', 'Type', 'Statut', 'OdJ envoyé le', 'CR diffusé le', 'Participants', 'Représentant coordination GT'],
      ['R1', '2026-10-05', '', 'Rencontre ministérielle', 'Tenue', '', '', '', ''],
      ['R2', '2026-10-12', '', 'Coordination GT', 'Tenue', '', '', '', ''],
      ['R3', '2026-10-19', '', 'GEC', 'Tenue', '', '', '', ''],
      ['R4', '2026-10-19', '', 'Coordination GT', 'Tenue', '2026-10-18', '2026-11-14', 'UE', ''],
      ['R5', '2026-11-10', '', 'Réunion de cluster', 'Prévue', '', '', '', ''],
      ['R6', '2026-11-16', '', 'Réunion du groupe', 'Prévue', '', '', '', ''],
    ],
    Décisions: [
      ['ID', 'Réunion', 'Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut', 'Date de réalisation'],
      ['', '', '', '', '', '2026-10-31', 'Ouverte', ''],
      ['', '', '', '', '', '2026-10-31', 'Réalisée', ''],
    ],
  };
  const EMPTY = [/\(\s*\)/, /«\s*»/, /""/, /\s{2}/, /\s[.,;]/, /^\s/, /du groupe\s+du/, /of the group\s+on/];

  it.each(['fr', 'en'] as const)('%s: no message has an empty name', (language) => {
    const r = all(sheets, language);
    const messages = r.findings.filter((f) => !f.ruleId.startsWith('data/')).map((f) => f.message);
    // The rules this workbook reaches, so that the check cannot pass by finding nothing.
    const rules = new Set(r.findings.map((f) => f.ruleId));
    for (const id of [
      'calendar/ministerial-escort', 'calendar/participation', 'calendar/agenda', 'calendar/minutes', 'calendar/harmonised',
      'decisions/overdue', 'decisions/closure-date',
      'membership/expert', 'membership/alternate', 'membership/co-leaders', 'membership/tripartite', 'membership/rotation',
      'membership/nexus-focal-point', 'membership/nexus-renewal',
    ]) {
      expect(rules).toContain(id);
    }
    for (const m of messages) for (const bad of EMPTY) expect({ m, bad: bad.test(m) }).toEqual({ m, bad: false });
  });

  it('a meeting without a group is named by its type and date', () => {
    const fr = all(sheets, 'fr');
    const en = all(sheets, 'en');
    expect(fr.of('calendar/ministerial-escort')[0].message).toBe(
      "La rencontre ministérielle du 05/10/2026 n'indique aucun représentant de la coordination du GT.",
    );
    expect(en.of('calendar/ministerial-escort')[0].message).toMatch(/^The ministerial meeting on \S+ names no representative of the GT coordination\.$/);
    expect(fr.of('calendar/participation')[0].message).toBe('La réunion « Coordination GT » du 12/10/2026 a été tenue sans liste de participants.');
    expect(fr.of('calendar/harmonised')[0].message).toMatch(/^La réunion « Coordination GT » du 19\/10\/2026 tombe en même temps que : GEC \(R3\)\.$/);
    expect(fr.of('decisions/overdue')[0].message).toMatch(/^La décision de la ligne 2 est toujours ouverte/);
    expect(en.of('decisions/closure-date')[0].message).toBe('The decision on row 3 is marked Done without the date it was done.');
  });

  it('a Membres row with a blank PTF is named by its row', () => {
    const fr = all(sheets, 'fr');
    const en = all(sheets, 'en');
    expect(fr.of('membership/expert')[0].message).toBe("PTF (ligne 3) n'a pas d'expert titulaire dans le groupe de dialogue Santé.");
    expect(en.of('membership/expert')[0].message).toBe('PTF (row 3) has no primary expert in the dialogue group Santé.');
    expect(fr.of('membership/co-leaders')[0].message).toBe(
      'Le groupe de dialogue Santé a 2 Dialogue Leaders en fonction (PTF (ligne 3), UE) : UE co-pilote avec PTF (ligne 3).',
    );
    expect(fr.of('membership/tripartite').find((f) => f.messageId === 'repeated')!.message).toMatch(/tenu à la fois par UE \(ligne 2\) et par PTF \(ligne 5\)\.$/);
    // The plain fact stays what the sheet holds.
    expect(fr.of('membership/expert')[0].data.partner).toBe('');
  });

  it('a meeting with a group keeps the message it had', () => {
    const named: Sheets = { ...sheets, Calendrier: sheets.Calendrier.map((row, i) => (i === 2 ? [row[0], row[1], 'GT2', ...row.slice(3)] : row)) };
    expect(all(named).of('calendar/participation')[0].message).toBe('La réunion du 12/10/2026 (Capital humain) a été tenue sans liste de participants.');
  });
});
