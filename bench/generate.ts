// The synthetic workbooks of quality bar P1: a secretariat's follow-up grown to 200 groups, 20,000
// Membres rows, 100,000 Calendrier rows, 20,000 Décisions rows and 5,000 Documents rows (scale 1),
// and the same shape ten times smaller (scale 0.1).
//
// Realistic rather than uniform: the sheets have the columns and value kinds of workbook.md, the
// dates are serials as an .xlsx gives them (a few written as text, as people type them), the
// Participants are real lists, and about one row in a hundred carries a typical slip (a blank
// required cell, an impossible date, an unknown partner, an error value, a deprecated term, a
// waiver), so that every area of the core does its real work. Deterministic: a seeded generator,
// no clock.

import type { Cell } from '../core/types';
import type { NewSheet } from '../cli/xlsx/write';
import { REFERENCE_CLUSTERS } from '../core/reference/clusters';
import { REFERENCE_CPS } from '../core/reference/cps';
import { REFERENCE_GDS } from '../core/reference/dialogue-groups';
import { REFERENCE_GTS } from '../core/reference/gt';
import { prng } from '../examples/prng';

/** The reference date the synthetic workbooks are written for (also in their Paramètres sheet). */
export const BENCH_REFERENCE_DATE = '2026-11-15';

export interface SyntheticCounts {
  groups: number;
  members: number;
  meetings: number;
  decisions: number;
  documents: number;
}

/** P1's large workbook. */
export const LARGE: SyntheticCounts = { groups: 200, members: 20000, meetings: 100000, decisions: 20000, documents: 5000 };

export function scaled(scale: number): SyntheticCounts {
  const r = (n: number) => Math.round(n * scale);
  return { groups: r(LARGE.groups), members: r(LARGE.members), meetings: r(LARGE.meetings), decisions: r(LARGE.decisions), documents: r(LARGE.documents) };
}

// ---------------------------------------------------------------------------------------------
// Helpers.
// ---------------------------------------------------------------------------------------------

const MS_DAY = 86400000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The Excel serial (1900 system) of an ISO date. */
function serialOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / MS_DAY);
}
function isoOf(serial: number): string {
  return new Date(EXCEL_EPOCH + serial * MS_DAY).toISOString().slice(0, 10);
}
/** 0 Sunday .. 6 Saturday (serial 1 = 1900-01-01 was a Monday; 7 is a Saturday... use dates). */
function weekday(serial: number): number {
  return new Date(EXCEL_EPOCH + serial * MS_DAY).getUTCDay();
}
function workdayOnOrAfter(serial: number): number {
  let s = serial;
  while (weekday(s) === 0 || weekday(s) === 6) s++;
  return s;
}
function workdayOnOrBefore(serial: number): number {
  let s = serial;
  while (weekday(s) === 0 || weekday(s) === 6) s--;
  return s;
}
/** A date as people type it in Mali: `15/03/2026`. */
function dmy(serial: number): string {
  const iso = isoOf(serial);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

const D = serialOf(BENCH_REFERENCE_DATE);
const FIRST_YEAR = 2017;
const SPAN_START = serialOf(`${FIRST_YEAR}-01-02`);
const SPAN_END = serialOf('2027-06-30');

const FIRST_NAMES = [
  'Aminata', 'Oumar', 'Fatoumata', 'Moussa', 'Mariam', 'Boubacar', 'Kadiatou', 'Ibrahim', 'Awa', 'Seydou',
  'Djénéba', 'Mamadou', 'Hawa', 'Modibo', 'Rokia', 'Bakary', 'Assétou', 'Souleymane', 'Nana', 'Adama',
  'Claire', 'Jan', 'Anna', 'Markus', 'Sophie', 'Lars', 'Ingrid', 'Thomas', 'Marie', 'Pieter', 'Laura', 'John',
];
const LAST_NAMES = [
  'Traoré', 'Coulibaly', 'Diarra', 'Keïta', 'Konaté', 'Sidibé', 'Maïga', 'Touré', 'Cissé', 'Dembélé',
  'Sangaré', 'Diallo', 'Sissoko', 'Kanté', 'Doumbia', 'Bagayoko', 'Dubois', 'de Vries', 'Lindqvist', 'Weber',
  'Nielsen', 'Solberg', 'Müller', 'Lambert', 'Janssens', 'Tremblay', 'Keller', 'Moreau',
];
const REAL_PARTNERS = [
  'UE', 'BM', 'France', 'Allemagne', 'Pays-Bas', 'Canada', 'Suède', 'Suisse', 'Danemark', 'USAID',
  'UNICEF', 'PNUD', 'FAO', 'PAM', 'OMS', 'BAD', 'Belgique', 'Luxembourg', 'Norvège', 'FIDA',
];
const TOPICS = [
  'Santé communautaire', 'Irrigation', 'Elevage', 'Pêche', 'Finances publiques', 'Statistiques', 'Emploi des jeunes',
  'Energie', 'Transports', 'Mines', 'Culture', 'Jeunesse', 'Eau potable', 'Assainissement', 'Foncier', 'Genre',
  'Nutrition', 'Protection sociale', 'Justice', 'Sécurité', 'Décentralisation', 'Environnement', 'Numérique',
];

interface Group {
  row: number;
  code: string;
  name: string;
  type: 'GT PTF' | 'Groupe de dialogue' | 'Groupe de dialogue ad hoc' | 'Cluster';
  gt: Group | null;
  members: string[];
  /** Partner codes of the coordination (GT) or the Dialogue Leader (dialogue groups). */
  leads: string[];
  meetingIds: string[];
  /** Linked clusters (dialogue groups), as written in Participants. */
  clusters: string[];
}

interface Meeting {
  date: number;
  start: number;
  group: Group | null;
  type: string;
  /** Institutional meetings: who attends. */
  participants: string[] | null;
}

// ---------------------------------------------------------------------------------------------
// The workbook.
// ---------------------------------------------------------------------------------------------

/** The synthetic workbook at `scale` (1: P1's large workbook; 0.1: ten times smaller). */
export function generateWorkbook(scale = 1, seed = 20261115): NewSheet[] {
  const n = scaled(scale);
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const chance = (p: number) => rand() < p;
  const person = () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
  const email = (name: string, domain: string) =>
    name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z]+/g, '.') + '@' + domain;

  // ---- PTF: the real partners and as many more as a group of 100 members needs.
  const partnerCount = Math.max(40, Math.ceil((n.members / n.groups) * 1.5));
  const partners: { code: string; name: string; type: string; domain: string }[] = [];
  for (let i = 0; i < partnerCount; i++) {
    const code = i < REAL_PARTNERS.length ? REAL_PARTNERS[i] : `PTF-${pad(i + 1, 3)}`;
    partners.push({
      code,
      name: i < REAL_PARTNERS.length ? `${code} (coopération au Mali)` : `Partenaire technique et financier n° ${i + 1}`,
      type: i % 3 === 0 ? 'Multilatéral' : i % 7 === 0 ? 'Autre' : 'Bilatéral',
      domain: `${code.toLowerCase().replace(/[^a-z0-9]+/g, '')}.org`,
    });
  }
  const partnerCodes = partners.map((p) => p.code);
  const domainOf = new Map(partners.map((p) => [p.code, p.domain]));

  // ---- Groupes: 5 GT PTF, clusters (7.5 %), ad hoc groups (5 %), dialogue groups (the rest,
  // the reference ones first).
  const groups: Group[] = [];
  const addGroup = (code: string, name: string, type: Group['type'], gt: Group | null): Group => {
    const g: Group = { row: groups.length + 2, code, name, type, gt, members: [], leads: [], meetingIds: [], clusters: [] };
    groups.push(g);
    return g;
  };
  const gts = REFERENCE_GTS.map((gt) => addGroup(gt.code, gt.name, 'GT PTF', null));
  const nClusters = Math.max(2, Math.round(n.groups * 0.075));
  const nAdhoc = Math.max(1, Math.round(n.groups * 0.05));
  const nDialogue = n.groups - gts.length - nClusters - nAdhoc;
  for (let i = 0; i < nDialogue; i++) {
    const ref = REFERENCE_GDS[i];
    if (ref) addGroup(ref.code, ref.name, 'Groupe de dialogue', gts[Number(ref.gt.slice(2)) - 1]);
    else addGroup(`GD-${pad(i + 1, 3)}`, `${pick(TOPICS)} (groupe ${i + 1})`, 'Groupe de dialogue', gts[i % 5]);
  }
  for (let i = 0; i < nAdhoc; i++) addGroup(`GDAH-${pad(i + 1, 3)}`, `Groupe ad hoc ${pick(TOPICS)} ${i + 1}`, 'Groupe de dialogue ad hoc', gts[(i * 2) % 5]);
  for (let i = 0; i < nClusters; i++) {
    const ref = REFERENCE_CLUSTERS[i];
    if (ref) addGroup(ref.code, `Cluster ${ref.name}`, 'Cluster', null);
    else addGroup(`CL-${pad(i + 1, 3)}`, `Cluster régional ${i + 1}`, 'Cluster', null);
  }
  const dialogue = groups.filter((g) => g.type === 'Groupe de dialogue' || g.type === 'Groupe de dialogue ad hoc');

  const groupRows: Cell[][] = [
    ['Code', 'Nom', 'Type', 'GT de rattachement', 'CPS', 'ODD', 'Thématique portée', 'Résultats attendus', 'Cluster lié', 'Dérogations'],
  ];
  // The clusters each dialogue group works with (III.7): the reference links of reference.md for
  // the reference groups, a `Cluster lié` for one synthetic group in ten.
  for (const c of REFERENCE_CLUSTERS) {
    const gd = c.defaultGd === null ? undefined : groups.find((g) => g.code === c.defaultGd);
    if (gd) gd.clusters.push(`Cluster ${c.name}`);
  }
  for (const g of dialogue) {
    if (g.type === 'Groupe de dialogue' && !REFERENCE_GDS.some((r) => r.code === g.code) && chance(0.1)) {
      g.clusters.push(`Cluster ${pick(REFERENCE_CLUSTERS).name}`);
    }
  }
  const linkedTo = (cluster: Group): Group[] => {
    const ref = REFERENCE_CLUSTERS.find((c) => c.code === cluster.code);
    return ref ? dialogue.filter((g) => g.clusters.includes(`Cluster ${ref.name}`)) : [];
  };
  for (const g of groups) {
    const isGt = g.type === 'GT PTF';
    const isGd = g.type === 'Groupe de dialogue';
    const ref = REFERENCE_GDS.find((r) => r.code === g.code);
    groupRows.push([
      g.code,
      g.name,
      // A slip now and then: the old name of dialogue groups.
      isGd && chance(0.02) ? 'SGT' : g.type,
      g.gt ? (chance(0.5) ? g.gt.code : g.gt.name) : '',
      isGd ? pick(REFERENCE_CPS).code : '',
      isGt ? REFERENCE_GTS[gts.indexOf(g)].odd.join(', ') : isGd ? String(1 + Math.floor(rand() * 17)) : '',
      isGt ? `Thématique portée par ${g.code}` : '',
      isGt ? `Résultats attendus de ${g.code} pour l'année` : '',
      g.clusters.length && !ref ? g.clusters.join('; ') : '',
      isGd && chance(0.01) ? 'structure/gd-cps: groupe transversal' : '',
    ]);
  }

  // ---- Membres: n.members rows spread over the groups; the first rows of a GT are its
  // coordination, the first of a dialogue group its Dialogue Leader, one Nexus focal point.
  const memberRows: Cell[][] = [
    ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Email titulaire', 'Suppléant', 'Email suppléant',
      'Point focal Nexus', 'Désignation Nexus', 'Début mandat', 'Fin mandat', 'Dérogations'],
  ];
  // Clusters have no Membres rows (their members are humanitarian actors, not the PTF's groups).
  const memberGroups = groups.filter((g) => g.type !== 'Cluster');
  const perGroup = Math.floor(n.members / memberGroups.length);
  let extra = n.members - perGroup * memberGroups.length;
  for (const g of memberGroups) {
    const count = perGroup + (extra-- > 0 ? 1 : 0);
    // A deterministic shuffle of the partners: the group's members.
    const pool = partnerCodes.slice();
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    g.members = pool.slice(0, Math.min(count, pool.length));
    const isGt = g.type === 'GT PTF';
    const isDialogue = g.type !== 'GT PTF' && g.type !== 'Cluster';
    g.leads = isGt ? g.members.slice(0, 3) : isDialogue ? g.members.slice(0, 1) : [];
    for (let i = 0; i < count; i++) {
      const partner = g.members[i % g.members.length];
      let role = 'Membre';
      let start: Cell = chance(0.7) ? serialOf(`${2018 + Math.floor(rand() * 8)}-01-15`) : '';
      let end: Cell = '';
      if (isGt && i < 3) {
        role = ['Coordination - entrant', 'Coordination - en exercice', 'Coordination - sortant'][i];
        start = serialOf(i === 2 ? '2024-07-01' : '2025-07-01');
        end = serialOf('2027-06-30');
      } else if (isDialogue && i === 0) {
        role = chance(0.05) ? 'Chef de file' : 'Dialogue Leader';
      }
      const nexus = isDialogue && i === 1;
      const expert = chance(0.99) ? person() : '';
      const alternate = chance(0.97) ? person() : '';
      const domain = domainOf.get(partner)!;
      memberRows.push([
        g.code,
        i >= 3 && chance(0.005) ? `${partner} Mali` : partner,
        role,
        expert,
        expert ? email(expert, domain) : '',
        alternate,
        alternate ? email(alternate, domain) : '',
        nexus ? 'Oui' : chance(0.5) ? 'Non' : '',
        nexus ? (chance(0.8) ? D - Math.floor(rand() * 300) : D - 400) : '',
        // A typed date now and then, and an impossible one.
        typeof start === 'number' && chance(0.05) ? (chance(0.1) ? '31/02/2026' : dmy(start)) : start,
        end,
        chance(0.003) ? 'membership/alternate: binôme en cours de désignation' : '',
      ]);
    }
  }

  // ---- Calendrier: the institutional calendar, then each group's meetings evenly over ten and
  // a half years, until n.meetings rows.
  const meetings: Meeting[] = [];
  const yearsSpan = (SPAN_END - SPAN_START) / 365.25;
  const institutional: [string, number][] = [
    ['GEC', 12], ['Réunion des coordinateurs GT', 12], ['Troïka', 4], ['Commission Mixte', 1], ['Revue CREDD', 1],
    ['Comité de pilotage CREDD', 1], ['Retraite PTF', 1], ['Revue sectorielle', 3], ['GT CREDD', 5], ['Sous-groupe CREDD', 6],
  ];
  const coordinationOfAll = gts.flatMap((g) => g.leads);
  for (const [type, perYear] of institutional) {
    const count = Math.round(perYear * yearsSpan);
    for (let i = 0; i < count; i++) {
      const date = workdayOnOrAfter(SPAN_START + Math.floor(((i + rand()) * (SPAN_END - SPAN_START)) / count));
      const sector = type === 'GT CREDD' || type === 'Sous-groupe CREDD' || type === 'Revue sectorielle';
      meetings.push({
        date,
        start: 9 / 24,
        group: sector ? pick(sector && type === 'GT CREDD' ? gts : dialogue) : null,
        type,
        participants: type === 'Comité de pilotage CREDD' || type === 'Réunion des coordinateurs GT' ? coordinationOfAll : null,
      });
    }
  }
  // Secretariats keep group meetings off the days of the institutional calendar (IV.9); one in a
  // hundred slips through.
  const blocked = new Set(meetings.map((m) => m.date));
  const freeDay = (serial: number): number => {
    let s = workdayOnOrAfter(serial);
    if (chance(0.01)) return s;
    while (blocked.has(s)) s = workdayOnOrAfter(s + 1);
    return s;
  };
  const groupMeetings = n.meetings - meetings.length;
  const perGroupMeetings = Math.floor(groupMeetings / groups.length);
  let extraMeetings = groupMeetings - perGroupMeetings * groups.length;
  for (const g of groups) {
    const count = perGroupMeetings + (extraMeetings-- > 0 ? 1 : 0);
    const step = (SPAN_END - SPAN_START) / count;
    const offset = rand() * step;
    for (let i = 0; i < count; i++) {
      const date = freeDay(SPAN_START + Math.floor(offset + i * step));
      let type: string;
      if (g.type === 'GT PTF') type = i % 2 === 0 ? 'Coordination GT' : 'Réunion du groupe';
      else if (g.type === 'Cluster') type = 'Réunion de cluster';
      else type = i % 12 === 5 ? 'Rencontre ministérielle' : 'Réunion du groupe';
      meetings.push({ date, start: (g.type === 'GT PTF' ? 15 : 9.5) / 24, group: g, type, participants: null });
    }
  }
  meetings.sort((a, b) => a.date - b.date || a.start - b.start);

  const calendarRows: Cell[][] = [
    ['ID', 'Date', 'Heure début', 'Heure fin', 'Groupe', 'Type', 'Statut', 'OdJ envoyé le', 'CR diffusé le', 'Participants',
      'Invités', 'Représentant coordination GT', 'Dérogations'],
  ];
  const perYear = new Map<number, number>();
  for (const m of meetings) {
    const year = Number(isoOf(m.date).slice(0, 4));
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const id = `R${String(year).slice(2)}-${pad(seq, 5)}`;
    const g = m.group;
    const past = m.date < D;
    let status = past ? 'Tenue' : 'Prévue';
    if (past && chance(0.02)) status = 'Annulée';
    else if (past && chance(0.02)) status = 'Reportée';
    else if (past && chance(0.002)) status = 'Prévue'; // never updated
    const held = status === 'Tenue';
    if (held && g) g.meetingIds.push(id);

    let participants: string[] | null = m.participants;
    if (held && g && participants === null) {
      if (m.type === 'Coordination GT') {
        // The coordination and the Dialogue Leaders of the GT's dialogue groups.
        const expected = [...g.leads, ...dialogue.filter((d) => d.gt === g).flatMap((d) => d.leads)];
        participants = [...new Set(expected)].filter(() => chance(0.8));
      } else if (g.type === 'GT PTF') {
        participants = g.members.filter(() => chance(0.7));
      } else if (g.type === 'Cluster') {
        // Humanitarian actors are not listed; the PTF of the linked dialogue groups are.
        const linked = linkedTo(g).flatMap((d) => d.members);
        participants = (linked.length ? linked : partnerCodes).filter(() => chance(0.1)).slice(0, 12);
        if (participants.length === 0) participants.push(pick(linked.length ? linked : partnerCodes));
      } else {
        participants = g.members.filter(() => chance(0.15));
        if (g.clusters.length && chance(0.97)) participants.push(pick(g.clusters));
      }
      if (chance(0.003)) participants.push('Partenaire inconnu');
      if (chance(0.01)) participants = null; // not recorded
    }
    const gtRun = m.type === 'Coordination GT' || (g?.type === 'GT PTF' && m.type === 'Réunion du groupe');
    const agenda = gtRun && (held || m.date - 7 < D) ? workdayOnOrBefore(m.date - (chance(0.95) ? 8 : 3)) : '';
    const minutes = gtRun && held && chance(0.97) ? workdayOnOrAfter(m.date + (chance(0.95) ? 8 : 20)) : '';
    const escort = m.type === 'Rencontre ministérielle' && g?.gt && chance(0.98) ? pick(g.gt.leads) : '';
    calendarRows.push([
      id,
      chance(0.03) ? dmy(m.date) : chance(0.0005) ? '#N/A' : m.date,
      m.start,
      m.start + 2 / 24,
      g ? (chance(0.9) ? g.code : g.name) : '',
      m.type,
      status,
      agenda,
      minutes === '' ? '' : minutes > D ? '' : minutes,
      participants ? participants.join('; ') : '',
      m.type === 'Coordination GT' && chance(0.1) && participants ? participants.length + 2 : '',
      escort,
      chance(0.002) ? 'calendar/harmonised: réunion convoquée par le ministre' : '',
    ]);
  }

  // ---- Décisions: n.decisions rows, each taken at one of its group's held meetings.
  const decisionRows: Cell[][] = [
    ['ID', 'Réunion', 'Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut', 'Date de réalisation', 'Dérogations'],
  ];
  const withMeetings = groups.filter((g) => g.type !== 'Cluster' && g.meetingIds.length > 0);
  for (let i = 0; i < n.decisions; i++) {
    const g = withMeetings[i % withMeetings.length];
    const meetingId = g.meetingIds[Math.floor(rand() * g.meetingIds.length)];
    const year = 2000 + Number(meetingId.slice(1, 3));
    const due = workdayOnOrAfter(serialOf(`${year}-01-01`) + Math.floor(rand() * 400));
    const open = due > D - 30 ? chance(0.7) : chance(0.02);
    const status = open ? pick(['Ouverte', 'En cours']) : chance(0.9) ? 'Réalisée' : 'Abandonnée';
    decisionRows.push([
      `DEC-${pad(i + 1, 5)}`,
      meetingId,
      g.code,
      `Décision ${i + 1} : ${pick(TOPICS).toLowerCase()}, note à transmettre`,
      g.members.length ? pick(g.members) : 'Secrétariat',
      chance(0.01) ? '' : due,
      status,
      status === 'Réalisée' && chance(0.99) ? Math.min(due + Math.floor(rand() * 20) - 10, D) : '',
      '',
    ]);
  }

  // ---- Documents: n.documents rows over the GT PTF and dialogue groups, year after year.
  const documentRows: Cell[][] = [['Groupe', 'Type', 'Année', 'Date', 'Lien', 'Dérogations']];
  const docGroups = groups.filter((g) => g.type !== 'Cluster');
  // GT PTF: TdR every third year, work plan and annual report every year; dialogue groups: their
  // annual priorities (ad hoc groups send none). The archive goes back as far as the count needs.
  const docTypes = (g: Group, year: number): string[] => {
    if (g.type === 'GT PTF') return [...(year % 3 === 0 ? ['TdR'] : []), 'Programme de travail annuel', 'Bilan annuel'];
    if (g.type === 'Groupe de dialogue') return ['Priorités annuelles'];
    return [];
  };
  const docQueue: [Group, number, string][] = [];
  for (let year = 2027; year >= 2000 && docQueue.length < n.documents; year--) {
    for (const g of docGroups) for (const t of docTypes(g, year)) docQueue.push([g, year, t]);
  }
  for (const [g, year, type] of docQueue.slice(0, n.documents)) {
    const month = type === 'Priorités annuelles' ? (chance(0.9) ? 2 : 4) : type === 'Bilan annuel' ? 2 : 3;
    const date = workdayOnOrAfter(serialOf(`${type === 'Bilan annuel' ? year + 1 : year}-${pad(month, 2)}-${pad(1 + Math.floor(rand() * 27), 2)}`));
    documentRows.push([
      g.code,
      type,
      chance(0.002) ? 'deux mille' : year,
      date > D ? '' : date,
      `https://partage.seg-ptf-mali.org/${g.code.toLowerCase()}/${year}/${encodeURIComponent(type)}.pdf`,
      '',
    ]);
  }

  const partnerRows: Cell[][] = [['Sigle', 'Nom', 'Type'], ...partners.map((p) => [p.code, p.name, p.type])];
  const settingRows: Cell[][] = [
    ['Paramètre', 'Valeur'],
    ['Date de référence', D],
    ['Langue', 'fr'],
    ['Taux de participation minimal', '50 %'],
  ];

  return [
    { name: 'Groupes', rows: groupRows, frozenRows: 1, boldRows: [0] },
    { name: 'PTF', rows: partnerRows, frozenRows: 1, boldRows: [0] },
    { name: 'Membres', rows: memberRows, dateColumns: [8, 9, 10], frozenRows: 1, boldRows: [0] },
    { name: 'Calendrier', rows: calendarRows, dateColumns: [1, 7, 8], timeColumns: [2, 3], frozenRows: 1, boldRows: [0] },
    { name: 'Décisions', rows: decisionRows, dateColumns: [5, 7], frozenRows: 1, boldRows: [0] },
    { name: 'Documents', rows: documentRows, dateColumns: [3], frozenRows: 1, boldRows: [0] },
    { name: 'Paramètres', rows: settingRows, dateColumns: [1], frozenRows: 1, boldRows: [0] },
  ];
}
