// Issue 11 and rules.md, Terms, "Clarifications": one notion of "this partner" and one of "this is
// a cluster", whatever the PTF sheet lists and whatever a cluster row's Type says. Each case runs
// the whole catalogue on a workbook that shows the bug and on its control (the partner listed, the
// Type valid): the findings differ by exactly the one data finding, and the rules the bug reached
// report nothing on the meetings they wrongly flagged.

import fc from 'fast-check';
import { validateWorkbook } from '../../../core/index';
import type { Cell, Finding } from '../../../core/types';
import type { Sheets } from './helpers';

const D = '2026-11-15';
const SEED = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : 20261115;

function run(sheets: Sheets): Finding[] {
  const snapshot = { name: 'identity.xlsx', sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) };
  return validateWorkbook(snapshot, { referenceDate: D }).report.findings;
}

/** A finding as one comparable line (the message is left out: it is made from the data). */
function line(f: Finding): string {
  return `${f.ruleId} ${f.sheet}!${f.cell} ${f.messageId} ${f.group}/${f.gt} ${JSON.stringify(f.data)}`;
}

/** Lines of `a` not in `b` (as multisets). */
function minus(a: string[], b: string[]): string[] {
  const left = [...b];
  const out: string[] = [];
  for (const x of a) {
    const i = left.indexOf(x);
    if (i >= 0) left.splice(i, 1);
    else out.push(x);
  }
  return out;
}

function diff(bug: Finding[], control: Finding[]): { added: string[]; removed: string[] } {
  const b = bug.map(line);
  const c = control.map(line);
  return { added: minus(b, c), removed: minus(c, b) };
}

const at = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.sheet}!${f.cell}`);

// ---------------------------------------------------------------------------------------------
// A partner the PTF sheet does not list (PNUD Mali): reported once, still that partner.
// ---------------------------------------------------------------------------------------------

const GROUPES: Cell[][] = [
  ['Code', 'Nom', 'Type', 'GT de rattachement', 'Cluster lié'],
  ['GT2', 'Capital humain', 'GT PTF', '', ''],
  ['GT4', 'Paix et sécurité', 'GT PTF', '', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', 'CL-SANTE'],
];
const PTF: Cell[][] = [
  ['Sigle', 'Nom', 'Type'],
  ['UE', 'Union européenne', 'Multilatéral'],
  ['AFD', 'Agence française de développement', 'Bilatéral'],
  ['USAID', '', 'Bilatéral'],
  ['Suède', '', 'Bilatéral'],
  ['Japon', '', 'Bilatéral'],
  ['Canada', '', 'Bilatéral'],
];
/** The control: the PTF sheet lists PNUD Mali too. */
const PTF_WITH_PNUD: Cell[][] = [...PTF, ['PNUD Mali', 'Programme des Nations unies pour le développement', 'Multilatéral']];
/** Membres rows 2-9; PNUD Mali in B5 (GT4 lead) and B9 (GD-SANTE Dialogue Leader). */
const MEMBRES: Cell[][] = [
  ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Suppléant'],
  ['GT2', 'UE', 'Coordination - entrant', 'A. Traoré', 'B. Diallo'],
  ['GT2', 'AFD', 'Coordination - en exercice', 'C. Keïta', 'D. Cissé'],
  ['GT2', 'USAID', 'Coordination - sortant', 'E. Dembélé', 'F. Sidibé'],
  ['GT4', 'PNUD Mali', 'Coordination - en exercice', 'G. Konaté', 'H. Sanogo'],
  ['GT4', 'Suède', 'Membre', 'I. Ba', 'J. Kanté'],
  ['GT4', 'Japon', 'Membre', 'K. Maïga', 'L. Touré'],
  ['GT4', 'Canada', 'Membre', 'M. Coulibaly', 'N. Koné'],
  ['GD-SANTE', 'pnud  mali', 'Dialogue Leader', 'O. Diarra', 'P. Samaké'],
];
const CAL_HEADER: Cell[] = ['ID', 'Date', 'Groupe', 'Type', 'Statut', 'OdJ envoyé le', 'CR diffusé le', 'Participants', 'Invités', 'Représentant coordination GT'];

/** One meeting (row 2 of Calendrier: Participants in H2), held on 05/10/2026. */
function partnerCase(meeting: { group: string; type: string; participants: string; invited?: number; rep?: string }, ptf: Cell[][]): Sheets {
  return {
    Groupes: GROUPES,
    PTF: ptf,
    Membres: MEMBRES,
    Calendrier: [
      CAL_HEADER,
      ['R1', '2026-10-05', meeting.group, meeting.type, 'Tenue', '2026-09-20', '2026-10-10', meeting.participants, meeting.invited ?? '', meeting.rep ?? ''],
    ],
  };
}

const unknownPartner = (cell: string) => `data/unknown-reference ${cell} unknownPartner`;

describe('a partner the PTF sheet does not list is that partner everywhere (bug 1)', () => {
  const cases: { rule: string; meeting: Parameters<typeof partnerCase>[0]; missing: Parameters<typeof partnerCase>[0] }[] = [
    {
      // GT4's four member PTF; PNUD Mali and Suède came: 2 of 4 = 50 %, the minimum.
      rule: 'calendar/participation',
      meeting: { group: 'GT4', type: 'Réunion du groupe', participants: 'PNUD Mali; Suède' },
      missing: { group: 'GT4', type: 'Réunion du groupe', participants: 'Suède' },
    },
    {
      // With Invités: present = the distinct non-cluster items, PNUD Mali among them.
      rule: 'calendar/participation',
      meeting: { group: 'GT4', type: 'Réunion du groupe', participants: 'PNUD Mali; Suède', invited: 4 },
      missing: { group: 'GT4', type: 'Réunion du groupe', participants: 'Suède', invited: 4 },
    },
    {
      // CL-SANTE is linked to GD-SANTE, whose Dialogue Leader is PNUD Mali.
      rule: 'calendar/cluster-participation',
      meeting: { group: 'CL-SANTE', type: 'Réunion de cluster', participants: 'PNUD Mali' },
      missing: { group: 'CL-SANTE', type: 'Réunion de cluster', participants: 'Suède' },
    },
    {
      rule: 'calendar/steering-committee',
      meeting: { group: '', type: 'Comité de pilotage CREDD', participants: 'PNUD Mali; AFD' },
      missing: { group: '', type: 'Comité de pilotage CREDD', participants: 'Suède; AFD' },
    },
    {
      rule: 'calendar/coordinators-meeting',
      meeting: { group: '', type: 'Réunion des coordinateurs GT', participants: 'UE; PNUD MALI' },
      missing: { group: '', type: 'Réunion des coordinateurs GT', participants: 'UE; Suède' },
    },
  ];

  it.each(cases)('$rule: PNUD Mali listed in Participants counts as present', ({ rule, meeting, missing }) => {
    const bug = run(partnerCase(meeting, PTF));
    const control = run(partnerCase(meeting, PTF_WITH_PNUD));
    // The rule says nothing about the meeting, with the partner listed in PTF or not.
    expect(at(control, rule)).toEqual([]);
    expect(at(bug, rule)).toEqual([]);
    // Exactly the unknown-reference findings naming PNUD Mali, and nothing else.
    const { added, removed } = diff(bug, control);
    expect(removed).toEqual([]);
    expect(added.map((l) => l.split(' ').slice(0, 3).join(' ')).sort()).toEqual(
      [unknownPartner('Membres!B5'), unknownPartner('Membres!B9'), 'data/unknown-reference Calendrier!H2 unknownParticipants'].sort(),
    );
    const onParticipants = bug.find((f) => f.ruleId === 'data/unknown-reference' && f.cell === 'H2')!;
    expect(onParticipants.data.items).toEqual([meeting.participants.split(';').map((s) => s.trim()).find((s) => /pnud/i.test(s))]);
    // And the rule does fire when the coordination or member PTF really is absent: the case can fail.
    expect(at(run(partnerCase(missing, PTF)), rule)).toEqual(['Calendrier!H2']);
  });

  it('calendar/ministerial-escort: a Membres partner missing from PTF named as representative is a partner', () => {
    // PNUD Mali leads GT4, not GT2 (GD-SANTE's GT): it does not belong to GT2's coordination.
    const meeting = { group: 'GD-SANTE', type: 'Rencontre ministérielle', participants: 'PNUD Mali', rep: 'PNUD Mali' };
    const bug = run(partnerCase(meeting, PTF));
    const control = run(partnerCase(meeting, PTF_WITH_PNUD));
    expect(at(control, 'calendar/ministerial-escort')).toEqual(['Calendrier!J2']);
    expect(at(bug, 'calendar/ministerial-escort')).toEqual(['Calendrier!J2']);
    expect(diff(bug, control).removed).toEqual([]);
    // A representative of GT2's coordination written in another case is accepted.
    const ok = run(partnerCase({ ...meeting, rep: 'afd' }, PTF));
    expect(at(ok, 'calendar/ministerial-escort')).toEqual([]);
  });

  it('a Membres partner missing from PTF whose name holds "/" is matched whole in Participants', () => {
    const membres = MEMBRES.map((r) => (r[1] === 'PNUD Mali' ? [r[0], 'PNUD/Mali', ...r.slice(2)] : r));
    const sheets = { ...partnerCase({ group: 'GT4', type: 'Réunion du groupe', participants: 'PNUD/Mali; Suède' }, PTF), Membres: membres };
    const findings = run(sheets);
    expect(at(findings, 'calendar/participation')).toEqual([]);
    const onParticipants = findings.find((f) => f.ruleId === 'data/unknown-reference' && f.cell === 'H2')!;
    expect(onParticipants.data.items).toEqual(['PNUD/Mali']);
  });
});

// ---------------------------------------------------------------------------------------------
// A cluster row whose Type is blank or invalid: CL-SANTE is still a cluster.
// ---------------------------------------------------------------------------------------------

function clusterCase(type: Cell): Sheets {
  return {
    Groupes: [
      ['Code', 'Nom', 'Type', 'GT de rattachement', 'Cluster lié'],
      ['GT2', 'Capital humain', 'GT PTF', '', ''],
      ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', 'CL-SANTE'],
      ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2', ''],
      ['CL-SANTE', 'Cluster Santé', type, '', ''],
    ],
    Membres: [
      ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Suppléant'],
      ['GT2', 'UE', 'Coordination - entrant', 'A. Traoré', 'B. Diallo'],
      ['GD-SANTE', 'UNICEF', 'Dialogue Leader', 'C. Keïta', 'D. Cissé'],
      ['GD-EAU', 'Suisse', 'Dialogue Leader', 'E. Dembélé', 'F. Sidibé'],
    ],
    Calendrier: [
      CAL_HEADER,
      // The cluster's meeting, attended by GD-SANTE's Dialogue Leader (H2).
      ['R1', '2026-10-05', 'CL-SANTE', 'Réunion de cluster', 'Tenue', '', '', 'UNICEF', '', ''],
      // GD-SANTE's meetings, attended by the cluster, by code and by reference name (H3, H4).
      ['R2', '2026-10-12', 'GD-SANTE', 'Réunion du groupe', 'Tenue', '', '', 'UNICEF; CL-SANTE', '', ''],
      ['R3', '2026-10-19', 'GD-SANTE', 'Réunion du groupe', 'Tenue', '', '', 'UNICEF; Cluster Santé', '', ''],
      // GT2's coordination, with the cluster as a guest (H5): not a partner.
      ['R4', '2026-10-26', 'GT2', 'Coordination GT', 'Tenue', '2026-10-01', '2026-10-30', 'UE; CL-SANTE', 2, ''],
      // GD-EAU's default cluster is CL-WASH, not CL-SANTE (H6).
      ['R5', '2026-11-02', 'GD-EAU', 'Réunion du groupe', 'Tenue', '', '', 'Suisse; CL-SANTE', '', ''],
    ],
  };
}

describe('a cluster row with a blank or invalid Type is still a cluster (bug 2)', () => {
  const control = run(clusterCase('Cluster'));

  it.each([
    ['invalid', 'Task force', 'data/invalid-value Groupes!C5 unknownGroupType'],
    ['blank', '', 'data/required-value Groupes!C5 requiredValue'],
  ])('%s Type: the one data finding on the Type cell, nothing else', (_kind, type, expected) => {
    const bug = run(clusterCase(type));
    const { added, removed } = diff(bug, control);
    expect(removed).toEqual([]);
    expect(added.map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([expected]);
    expect(bug.filter((f) => f.ruleId === 'data/unknown-reference')).toEqual([]);
    // R5: GD-EAU lists a cluster, but not its own: the rule still fires there, and only there.
    expect(at(bug, 'calendar/cluster-participation')).toEqual(['Calendrier!H6']);
    // R4: 'UE; CL-SANTE' with 2 invited: one partner present, 50 %: no participation finding.
    expect(at(bug, 'calendar/participation')).toEqual([]);
  });

  it('the control fires on a cluster meeting that lists no member of the linked groups', () => {
    const sheets = clusterCase('Task force');
    sheets.Calendrier = sheets.Calendrier.map((r, i) => (i === 1 ? [...r.slice(0, 7), 'Suisse', '', ''] : r));
    expect(at(run(sheets), 'calendar/cluster-participation')).toEqual(['Calendrier!H2', 'Calendrier!H6']);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: deleting a partner's row from PTF changes the findings by exactly the
// data/unknown-reference findings that name it.
// ---------------------------------------------------------------------------------------------

interface Partner {
  sigle: string;
  nom: string;
  /** How the other sheets write it: its Sigle or its Nom (one spelling per partner). */
  byNom: boolean;
}

const PARTNERS: Omit<Partner, 'byNom'>[] = [
  { sigle: 'UE', nom: 'Union européenne' },
  { sigle: 'AFD', nom: 'Agence française de développement' },
  { sigle: 'PNUD', nom: 'Programme des Nations unies' },
  { sigle: 'USAID', nom: 'Agence des États-Unis' },
  { sigle: 'BM', nom: 'Banque mondiale' },
  { sigle: 'JICA', nom: 'Coopération japonaise' },
];
const GROUPS_P: Cell[][] = [
  ['Code', 'Nom', 'Type', 'GT de rattachement', 'Cluster lié'],
  ['GT1', 'Economie inclusive et durable', 'GT PTF', '', ''],
  ['GT2', 'Capital humain', 'GT PTF', '', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', ''],
  ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2', 'CL-WASH'],
  ['GD-FEMMES', 'Autonomisation des femmes', 'Groupe de dialogue', 'GT1', ''],
  ['CL-SANTE', 'Santé', 'Cluster', '', ''],
];
const GROUP_CODES = ['GT1', 'GT2', 'GD-SANTE', 'GD-EAU', 'GD-FEMMES'];
const ROLE_NAMES = ['Membre', 'Dialogue Leader', 'Coordination - entrant', 'Coordination - en exercice', 'Coordination - sortant'];
const MEETING_TYPES = [
  ['Réunion du groupe', GROUP_CODES],
  ['Coordination GT', ['GT1', 'GT2']],
  ['Réunion de cluster', ['CL-SANTE', 'CL-WASH', 'Cluster Santé']],
  ['Rencontre ministérielle', ['GD-SANTE', 'GD-EAU', 'GD-FEMMES']],
  ['Comité de pilotage CREDD', ['']],
  ['Réunion des coordinateurs GT', ['']],
] as const;
const PEOPLE = ['A. Traoré', 'B. Diallo', 'C. Keïta'];
const OTHERS = ['CL-SANTE', 'CL-WASH', 'Inconnu SA', 'M. Personne'];

const spell = (p: Partner, casing: number): string => {
  const s = p.byNom ? p.nom : p.sigle;
  return casing === 1 ? s.toUpperCase() : casing === 2 ? ` ${s.toLowerCase()}` : s;
};

const partnerRef = fc.record({ p: fc.nat({ max: PARTNERS.length - 1 }), casing: fc.nat({ max: 2 }) });
const item = fc.oneof(
  { weight: 4, arbitrary: partnerRef },
  { weight: 1, arbitrary: fc.constantFrom(...OTHERS, ...PEOPLE) },
);
const workbookArb = fc.record({
  byNom: fc.array(fc.boolean(), { minLength: PARTNERS.length, maxLength: PARTNERS.length }),
  /** PTF rows: which partners the sheet lists (before the deletion). */
  listed: fc.array(fc.boolean(), { minLength: PARTNERS.length, maxLength: PARTNERS.length }),
  members: fc.array(
    fc.record({ group: fc.constantFrom(...GROUP_CODES), partner: partnerRef, role: fc.constantFrom(...ROLE_NAMES), expert: fc.constantFrom(...PEOPLE, '') }),
    { maxLength: 14 },
  ),
  meetings: fc.array(
    fc.record({
      kind: fc.nat({ max: MEETING_TYPES.length - 1 }),
      group: fc.nat({ max: 4 }),
      day: fc.integer({ min: -200, max: 10 }),
      status: fc.constantFrom('Tenue', 'Prévue', 'Tenue'),
      participants: fc.array(item, { maxLength: 5 }),
      invited: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
      rep: fc.array(item, { maxLength: 2 }),
    }),
    { maxLength: 10 },
  ),
  deleted: fc.nat({ max: PARTNERS.length - 1 }),
});

function iso(offset: number): string {
  return new Date(Date.UTC(2026, 10, 15) + offset * 86_400_000).toISOString().slice(0, 10);
}

describe('property: deleting a partner from PTF', () => {
  it('changes the findings by exactly the data/unknown-reference findings that name it', () => {
    fc.assert(
      fc.property(workbookArb, (w) => {
        const partners: Partner[] = PARTNERS.map((p, i) => ({ ...p, byNom: w.byNom[i] }));
        const text = (x: { p: number; casing: number } | string) => (typeof x === 'string' ? x : spell(partners[x.p], x.casing));
        const listed = partners.filter((_, i) => w.listed[i] || i === w.deleted);
        const ptfRows = (keep: Partner[]): Cell[][] => [['Sigle', 'Nom', 'Type'], ...keep.map((p) => [p.sigle, p.nom, 'Bilatéral'])];
        const base: Sheets = {
          Groupes: GROUPS_P,
          Membres: [
            ['Groupe', 'PTF', 'Rôle', 'Expert titulaire'],
            ...w.members.map((m) => [m.group, text(m.partner), m.role, m.expert]),
          ],
          Calendrier: [
            CAL_HEADER,
            ...w.meetings.map((m, i) => {
              const [type, groups] = MEETING_TYPES[m.kind];
              return [
                `R${i + 1}`, iso(m.day), groups[m.group % groups.length], type, m.status, '', '',
                m.participants.map(text).join('; '), m.invited ?? '', m.rep.map(text).join('; '),
              ];
            }),
          ],
        };
        const before = run({ ...base, PTF: ptfRows(listed) });
        const gone = partners[w.deleted];
        const after = run({ ...base, PTF: ptfRows(listed.filter((p) => p !== gone)) });
        // The generated PTF rows are all valid: no finding anchors on that sheet (rows shift).
        expect(before.filter((f) => f.sheet === 'PTF')).toEqual([]);
        expect(after.filter((f) => f.sheet === 'PTF')).toEqual([]);

        const names = (s: string) => s.trim().toLowerCase() === (gone.byNom ? gone.nom : gone.sigle).toLowerCase();
        const naming = (f: Finding) =>
          f.ruleId === 'data/unknown-reference' && Array.isArray(f.data.items) && f.data.items.some(names);
        // The cells that write the deleted partner are exactly the cells now reported.
        const expectedCells = new Set<string>();
        base.Membres.forEach((r, i) => i > 0 && names(String(r[1])) && expectedCells.add(`Membres!B${i + 1}`));
        base.Calendrier.forEach((r, i) => i > 0 && String(r[7]).split(';').some(names) && expectedCells.add(`Calendrier!H${i + 1}`));
        const reported = after.filter(naming);
        expect(new Set(reported.map((f) => `${f.sheet}!${f.cell}`))).toEqual(expectedCells);
        expect(before.filter(naming)).toEqual([]);
        // Everything else is the same: the unknown-reference findings of those cells aside.
        const onThoseCells = (f: Finding) => f.ruleId === 'data/unknown-reference' && expectedCells.has(`${f.sheet}!${f.cell}`);
        expect(after.filter((f) => !onThoseCells(f)).map(line)).toEqual(before.filter((f) => !onThoseCells(f)).map(line));
        // Those cells' earlier items are all still reported, with the partner added.
        for (const f of reported) {
          const was = before.find((b) => onThoseCells(b) && b.sheet === f.sheet && b.cell === f.cell);
          const items = f.data.items as string[];
          expect(items.filter((i) => !names(i))).toEqual((was?.data.items as string[] | undefined) ?? []);
        }
      }),
      { numRuns: 150, seed: SEED },
    );
  });
});
