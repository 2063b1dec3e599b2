// The sample workbook: the secretariat's follow-up of the GT PTF of Mali as it could stand on
// 15 November 2026. Everything in it follows the TdR (rules.md) at that date, except a handful of
// planted gaps, listed in `planted`, that the tool must find, no more and no less.
//
// Deterministic: no clock, no randomness (names come from a seeded generator), so the committed
// `examples/secretariat-ptf.xlsx` is byte for byte the output of `main`.
//
//   npm run sample            (the lead wires it: compile, then `node .../make-sample.js [out.xlsx]`)

import { columnName } from '../core/a1';
import * as fs from 'fs';
import * as path from 'path';
import type { Cell } from '../core/types';
import { writeFileAtomic, writeXlsx, type NewSheet } from '../cli/xlsx/write';
import { prng } from './prng';

/** A finding the sample is built to produce. `cell` null: a workbook anchor on `sheet`. */
export interface PlantedFinding {
  ruleId: string;
  sheet: string | null;
  cell: string | null;
  waived?: boolean;
}

/** The reference date the sample is built for (also written in its Paramètres sheet). */
export const SAMPLE_REFERENCE_DATE = '2026-11-15';
export const SAMPLE_FILE = 'secretariat-ptf.xlsx';

// ---------------------------------------------------------------------------------------------
// Small helpers (the generator may use Dates; rules never do).
// ---------------------------------------------------------------------------------------------

const D = SAMPLE_REFERENCE_DATE;
const MS_DAY = 86400000;

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
function addDays(iso: string, n: number): string {
  return new Date(utc(iso).getTime() + n * MS_DAY).toISOString().slice(0, 10);
}
function weekday(iso: string): number {
  return utc(iso).getUTCDay(); // 0 Sunday .. 6 Saturday
}
/** The last working day (Monday to Friday) on or before `iso`. */
function workdayBefore(iso: string): string {
  let d = iso;
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, -1);
  return d;
}
/** The first working day on or after `iso`. */
function workdayAfter(iso: string): string {
  let d = iso;
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}
/** The date minutes were sent `days` after a meeting (a working day), or null when not yet (after D). */
function minutesAfter(date: string, days: number): string | null {
  const sent = workdayAfter(addDays(date, days));
  return sent <= D ? sent : null;
}
/** Hours as an Excel day fraction (9.5 → 09:30). */
function hm(hours: number): number {
  return hours / 24;
}
function a1(col: number, row: number): string {
  return `${columnName(col)}${row}`;
}
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

// ---------------------------------------------------------------------------------------------
// Partners (PTF sheet).
// ---------------------------------------------------------------------------------------------

interface Partner {
  code: string;
  name: string;
  type: 'Bilatéral' | 'Multilatéral';
  domain: string;
  /** Share of expatriate staff among its experts (names), 0..1. */
  expat: number;
}

const PARTNERS: Partner[] = [
  { code: 'UE', name: 'Union européenne (Délégation au Mali)', type: 'Multilatéral', domain: 'eeas.europa.eu', expat: 0.6 },
  { code: 'BM', name: 'Banque mondiale', type: 'Multilatéral', domain: 'worldbank.org', expat: 0.4 },
  { code: 'France', name: 'France (Ambassade et AFD)', type: 'Bilatéral', domain: 'afd.fr', expat: 0.6 },
  { code: 'Allemagne', name: 'Allemagne (Ambassade, GIZ et KfW)', type: 'Bilatéral', domain: 'giz.de', expat: 0.6 },
  { code: 'Pays-Bas', name: 'Royaume des Pays-Bas (Ambassade)', type: 'Bilatéral', domain: 'minbuza.nl', expat: 0.6 },
  { code: 'Canada', name: 'Canada (Affaires mondiales Canada)', type: 'Bilatéral', domain: 'international.gc.ca', expat: 0.6 },
  { code: 'Suède', name: 'Suède (Ambassade et Asdi)', type: 'Bilatéral', domain: 'gov.se', expat: 0.6 },
  { code: 'Suisse', name: 'Suisse (Coopération suisse, DDC)', type: 'Bilatéral', domain: 'eda.admin.ch', expat: 0.5 },
  { code: 'Danemark', name: 'Danemark (Ambassade royale)', type: 'Bilatéral', domain: 'um.dk', expat: 0.5 },
  { code: 'USAID', name: "Etats-Unis d'Amérique (USAID)", type: 'Bilatéral', domain: 'usaid.gov', expat: 0.5 },
  { code: 'UNICEF', name: "Fonds des Nations unies pour l'enfance", type: 'Multilatéral', domain: 'unicef.org', expat: 0.4 },
  { code: 'PNUD', name: 'Programme des Nations unies pour le développement', type: 'Multilatéral', domain: 'undp.org', expat: 0.4 },
  { code: 'FAO', name: "Organisation des Nations unies pour l'alimentation et l'agriculture", type: 'Multilatéral', domain: 'fao.org', expat: 0.4 },
  { code: 'PAM', name: 'Programme alimentaire mondial', type: 'Multilatéral', domain: 'wfp.org', expat: 0.4 },
  { code: 'OMS', name: 'Organisation mondiale de la santé', type: 'Multilatéral', domain: 'who.int', expat: 0.4 },
  { code: 'BAD', name: 'Banque africaine de développement', type: 'Multilatéral', domain: 'afdb.org', expat: 0.3 },
  { code: 'Belgique', name: 'Belgique (Ambassade et Enabel)', type: 'Bilatéral', domain: 'enabel.be', expat: 0.5 },
  { code: 'Luxembourg', name: 'Luxembourg (Ambassade et LuxDev)', type: 'Bilatéral', domain: 'luxdev.lu', expat: 0.5 },
  { code: 'Norvège', name: 'Norvège (Ambassade royale)', type: 'Bilatéral', domain: 'mfa.no', expat: 0.6 },
  { code: 'FIDA', name: 'Fonds international de développement agricole', type: 'Multilatéral', domain: 'ifad.org', expat: 0.4 },
];
const PARTNER = new Map(PARTNERS.map((p) => [p.code, p]));

// ---------------------------------------------------------------------------------------------
// Groups (Groupes sheet): the 5 GT PTF, the 14 dialogue groups of the TdR, one ad hoc group,
// and the humanitarian clusters the calendar follows.
// ---------------------------------------------------------------------------------------------

interface Group {
  code: string;
  name: string;
  type: 'GT PTF' | 'Groupe de dialogue' | 'Groupe de dialogue ad hoc' | 'Cluster';
  gt?: string;
  cps?: string;
  odd?: string;
  theme?: string;
  results?: string;
  clusters?: string;
}

const GROUPS: Group[] = [
  {
    code: 'GT1', name: 'Economie inclusive et durable', type: 'GT PTF', odd: '7, 8, 9',
    theme: "Financement de l'économie réelle et emploi des jeunes",
    results: "Accès des PME au crédit élargi ; stratégie nationale d'inclusion financière mise en œuvre ; plan d'apurement des arriérés intérieurs adopté",
  },
  {
    code: 'GT2', name: 'Développement du capital humain et inclusion sociale', type: 'GT PTF', odd: '1, 2, 3, 4, 6, 10, 11',
    theme: 'Financement domestique des services sociaux de base',
    results: 'Part du budget santé-éducation-protection sociale portée à 25 % ; registre social unifié opérationnel',
  },
  {
    code: 'GT3', name: 'Développement institutionnel et gouvernance', type: 'GT PTF', odd: '16, 17',
    theme: 'Transfert des ressources aux collectivités et redevabilité',
    results: "30 % des recettes budgétaires transférées aux collectivités ; rapports de la Section des comptes publiés",
  },
  {
    code: 'GT4', name: 'Paix et sécurité', type: 'GT PTF', odd: '16',
    theme: 'Nexus humanitaire-développement-paix et retour des services de l’Etat',
    results: "Plan de retour de l'administration dans les régions du Centre et du Nord suivi ; feuille de route Nexus adoptée",
  },
  {
    code: 'GT5', name: "Protection de l'environnement", type: 'GT PTF', odd: '6, 14, 15',
    theme: 'Adaptation au changement climatique et gestion des ressources naturelles',
    results: 'Contribution déterminée au niveau national révisée et financée ; fonds climat Mali opérationnel',
  },
  { code: 'GD-FEMMES', name: 'Autonomisation des femmes', type: 'Groupe de dialogue', gt: 'GT1', cps: 'CPS/SS-DS-PF', odd: '8' },
  { code: 'GD-SECTEUR-PRIVE', name: 'Développement du secteur privé', type: 'Groupe de dialogue', gt: 'GT1', cps: 'CPS/SICAEPIP', odd: '8, 9' },
  { code: 'GD-ECO-RURALE', name: 'Economie agricole et rurale / Irrigation / Elevage / Pêche', type: 'Groupe de dialogue', gt: 'GT1', cps: 'CPS/SDR', odd: '8' },
  { code: 'GD-ECOFIN', name: 'Economie et finances / Statistiques', type: 'Groupe de dialogue', gt: 'GT1', cps: 'CPS/SICAEPIP', odd: '8' },
  { code: 'GD-POST-CONFLIT', name: 'Commission réhabilitation des zones post-conflit', type: 'Groupe de dialogue', gt: 'GT2', cps: 'CPS/ATFPSI', odd: '1, 11' },
  { code: 'GD-EAU', name: 'Eau et assainissement', type: 'Groupe de dialogue', gt: 'GT2', cps: 'CPS/SEEUDE', odd: '6', clusters: 'Cluster WASH' },
  { code: 'GD-EDUCATION', name: 'Education et formation professionnelle', type: 'Groupe de dialogue', gt: 'GT2', cps: 'CPS/EDU', odd: '4', clusters: 'Cluster Education' },
  {
    code: 'GD-PSSAN', name: 'Protection sociale, sécurité alimentaire et nutrition', type: 'Groupe de dialogue', gt: 'GT2',
    cps: 'CPS/SS-DS-PF', odd: '1, 2', clusters: 'Cluster Sécurité alimentaire; Cluster Nutrition',
  },
  { code: 'GD-SANTE', name: 'Santé', type: 'Groupe de dialogue', gt: 'GT2', cps: 'CPS/SS-DS-PF', odd: '3', clusters: 'Cluster Santé' },
  { code: 'GD-DECENTRALISATION', name: 'Décentralisation et développement institutionnel', type: 'Groupe de dialogue', gt: 'GT3', cps: 'CPS/ATFPSI', odd: '16' },
  { code: 'GD-DEMOCRATIE', name: 'Processus démocratique et organisation de la société civile', type: 'Groupe de dialogue', gt: 'GT3', cps: 'CPS/ATFPSI', odd: '16' },
  { code: 'GD-JUSTICE', name: 'Justice et Etat de droit', type: 'Groupe de dialogue', gt: 'GT3', cps: 'CPS/SJ', odd: '16' },
  { code: 'GD-SECURITE', name: 'Sécurité intérieure', type: 'Groupe de dialogue', gt: 'GT4', cps: 'CPS/ATFPSI', odd: '16' },
  { code: 'GD-ENVIRONNEMENT', name: 'Environnement et changements climatiques', type: 'Groupe de dialogue', gt: 'GT5', cps: 'CPS/SEEUDE', odd: '15' },
  { code: 'GDAH-MIGRATION', name: 'Migration et déplacements forcés', type: 'Groupe de dialogue ad hoc', gt: 'GT4', odd: '16' },
  { code: 'CL-SANTE', name: 'Cluster Santé', type: 'Cluster' },
  { code: 'CL-WASH', name: 'Cluster WASH', type: 'Cluster' },
  { code: 'CL-EDUCATION', name: 'Cluster Education', type: 'Cluster' },
  { code: 'CL-SECAL', name: 'Cluster Sécurité alimentaire', type: 'Cluster' },
  { code: 'CL-NUTRITION', name: 'Cluster Nutrition', type: 'Cluster' },
];
const GROUP = new Map(GROUPS.map((g) => [g.code, g]));
const GTS = GROUPS.filter((g) => g.type === 'GT PTF');
const DIALOGUE = GROUPS.filter((g) => g.type === 'Groupe de dialogue' || g.type === 'Groupe de dialogue ad hoc');
const CLUSTER_OF: Record<string, string[]> = {
  'GD-EAU': ['Cluster WASH'],
  'GD-EDUCATION': ['Cluster Education'],
  'GD-PSSAN': ['Cluster Sécurité alimentaire', 'Cluster Nutrition'],
  'GD-SANTE': ['Cluster Santé'],
};

// ---------------------------------------------------------------------------------------------
// Members (Membres sheet).
// ---------------------------------------------------------------------------------------------

/** The tripartite coordination of each GT: entrant, en exercice, sortant. */
const SAMPLE_COORDINATION: Record<string, [string, string, string | null]> = {
  GT1: ['Allemagne', 'BM', 'France'],
  GT2: ['UNICEF', 'Canada', 'Luxembourg'],
  GT3: ['Pays-Bas', 'Suisse', 'Danemark'],
  GT4: ['Norvège', 'UE', 'Belgique'],
  // PLANTED: GT5 has no sortant (its outgoing member, USAID, closed its programme in 2025).
  GT5: ['PNUD', 'Suède', null],
};

/** Dialogue groups: their members, Dialogue Leader(s) first. */
const SAMPLE_GD_MEMBERS: Record<string, { leaders: string[]; members: string[]; nexus: string | null }> = {
  'GD-FEMMES': { leaders: ['Canada'], members: ['Suède', 'PNUD', 'UE', 'Danemark'], nexus: 'Suède' },
  'GD-SECTEUR-PRIVE': { leaders: ['BM'], members: ['UE', 'France', 'Allemagne', 'BAD'], nexus: 'Allemagne' },
  'GD-ECO-RURALE': { leaders: ['FIDA'], members: ['FAO', 'BM', 'UE', 'Pays-Bas', 'Allemagne'], nexus: 'FAO' },
  'GD-ECOFIN': { leaders: ['UE'], members: ['BM', 'France', 'BAD', 'PNUD'], nexus: 'PNUD' },
  'GD-POST-CONFLIT': { leaders: ['PNUD'], members: ['Allemagne', 'UE', 'BM'], nexus: 'PNUD' },
  'GD-EAU': { leaders: ['Allemagne'], members: ['UNICEF', 'BAD', 'Suisse'], nexus: 'UNICEF' },
  // PLANTED (info): two Dialogue Leaders.
  'GD-EDUCATION': { leaders: ['UNICEF', 'Canada'], members: ['France', 'Luxembourg', 'Norvège', 'BM'], nexus: 'Norvège' },
  'GD-PSSAN': { leaders: ['PAM'], members: ['FAO', 'UNICEF', 'UE', 'BM', 'Suisse'], nexus: 'PAM' },
  'GD-SANTE': { leaders: ['OMS'], members: ['UNICEF', 'Canada', 'Luxembourg', 'France', 'BM'], nexus: 'UNICEF' },
  'GD-DECENTRALISATION': { leaders: ['Suisse'], members: ['Allemagne', 'France', 'UE', 'PNUD', 'Danemark'], nexus: 'Allemagne' },
  // PLANTED: no Nexus focal point.
  'GD-DEMOCRATIE': { leaders: ['PNUD'], members: ['UE', 'Suède', 'Pays-Bas'], nexus: null },
  'GD-JUSTICE': { leaders: ['Pays-Bas'], members: ['UE', 'PNUD', 'Canada', 'Danemark'], nexus: 'Canada' },
  'GD-SECURITE': { leaders: ['UE'], members: ['France', 'Allemagne', 'Pays-Bas'], nexus: 'Pays-Bas' },
  'GD-ENVIRONNEMENT': { leaders: ['Suède'], members: ['PNUD', 'BM', 'Allemagne', 'Luxembourg', 'Norvège', 'FAO'], nexus: 'Luxembourg' },
  'GDAH-MIGRATION': { leaders: ['Belgique'], members: ['UE', 'Allemagne', 'Suisse', 'Norvège'], nexus: 'Suisse' },
};

const MALIAN_FIRST = [
  'Aminata', 'Oumar', 'Fatoumata', 'Moussa', 'Mariam', 'Boubacar', 'Kadiatou', 'Ibrahim', 'Awa', 'Seydou',
  'Djénéba', 'Mamadou', 'Hawa', 'Modibo', 'Rokia', 'Bakary', 'Assétou', 'Souleymane', 'Nana', 'Adama',
  'Salimata', 'Cheick Oumar', 'Oumou', 'Abdoulaye', 'Kadidia', 'Yacouba', 'Ramata', 'Alassane', 'Bintou', 'Sékou',
];
const MALIAN_LAST = [
  'Traoré', 'Coulibaly', 'Diarra', 'Keïta', 'Konaté', 'Sidibé', 'Maïga', 'Touré', 'Cissé', 'Dembélé',
  'Sangaré', 'Diallo', 'Sissoko', 'Kanté', 'Doumbia', 'Bagayoko', 'Ballo', 'Camara', 'Dicko', 'Haïdara',
  'Kouyaté', 'Samaké', 'Tangara', 'Togola', 'Guindo', 'Dolo', 'Niaré', 'Fofana', 'Sow', 'Berthé',
];
const EXPAT_FIRST = [
  'Claire', 'Jan', 'Anna', 'Markus', 'Sophie', 'Lars', 'Ingrid', 'Thomas', 'Marie', 'Pieter', 'Laura', 'John',
  'Emily', 'Hans', 'Camille', 'Erik', 'Julie', 'Stefan', 'Nathalie', 'Olivier', 'Karin', 'Martin', 'Helena', 'David',
];
const EXPAT_LAST = [
  'Dubois', 'de Vries', 'Lindqvist', 'Weber', 'Martin', 'Nielsen', 'Solberg', 'Müller', 'Lambert', 'Janssens',
  'Rossi', 'Carter', 'Tremblay', 'Keller', 'Moreau', 'Johansson', 'Leroy', 'Schmid', 'Girard', 'Bakker',
  'Andersen', 'Hansen', 'Fischer', 'Gagnon', 'Peeters', 'Schneider', 'Berg', 'Fontaine',
];

class People {
  private readonly used = new Set<string>();
  private readonly rand = prng(20261115);
  person(partner: string, expatOk: boolean): { name: string; email: string } {
    const p = PARTNER.get(partner)!;
    for (;;) {
      const expat = expatOk && this.rand() < p.expat;
      const first = expat ? EXPAT_FIRST : MALIAN_FIRST;
      const last = expat ? EXPAT_LAST : MALIAN_LAST;
      const f = first[Math.floor(this.rand() * first.length)];
      const l = last[Math.floor(this.rand() * last.length)];
      const name = `${f} ${l}`;
      if (this.used.has(name)) continue;
      this.used.add(name);
      return { name, email: `${ascii(f)}.${ascii(l)}@${p.domain}` };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar (Calendrier sheet).
// ---------------------------------------------------------------------------------------------

type MeetingStatus = 'Tenue' | 'Prévue' | 'Annulée' | 'Reportée';

interface Meeting {
  id: string;
  date: string;
  start: number | null;
  end: number | null;
  group: string | null;
  type: string;
  status: MeetingStatus;
  agenda: string | null;
  minutes: string | null;
  participants: string[] | null;
  rep: string | null;
  invited: number | null;
  waiver: string | null;
  seq: number;
}

/** Institutional meetings every group meeting must avoid (IV.9). */
const BLOCK_ALL = new Set(['Commission Mixte', 'Revue CREDD', 'Comité de pilotage CREDD', 'GEC', 'Réunion des coordinateurs GT', 'Retraite PTF']);
/** Institutional meetings to avoid when they concern the same group, its GT or its dialogue groups. */
const BLOCK_RELATED = new Set(['Sous-groupe CREDD', 'GT CREDD', 'Revue sectorielle']);

function gtOf(code: string): string | null {
  const g = GROUP.get(code);
  if (!g) return null;
  if (g.type === 'GT PTF') return g.code;
  return g.gt ?? null;
}

function isLive(m: Meeting): boolean {
  return m.status === 'Tenue' || (m.status === 'Prévue' && m.date >= D);
}

class Calendar {
  readonly meetings: Meeting[] = [];
  private seq = 0;

  add(m: Partial<Meeting> & { date: string; type: string }): Meeting {
    const meeting: Meeting = {
      id: '',
      start: null,
      end: null,
      group: null,
      status: m.date < D ? 'Tenue' : 'Prévue',
      agenda: null,
      minutes: null,
      participants: null,
      rep: null,
      invited: null,
      waiver: null,
      ...m,
      seq: this.seq++,
    };
    this.meetings.push(meeting);
    return meeting;
  }

  /** Whether a group meeting on `date` would clash (calendar/harmonised), or double-book the group. */
  private clashes(date: string, group: string, type: string): boolean {
    const gt = gtOf(group);
    const isGt = GROUP.get(group)?.type === 'GT PTF';
    for (const m of this.meetings) {
      if (m.date !== date || !isLive(m)) continue;
      if (BLOCK_ALL.has(m.type)) return true;
      if (m.group === group) return true;
      if (BLOCK_RELATED.has(m.type) && m.group) {
        if (m.group === gt || (isGt && gtOf(m.group) === group) || m.group === group) return true;
      }
      if (!isGt && m.type === 'Coordination GT' && m.group === gt) return true;
      if (isGt && type === 'Coordination GT' && m.type === 'Réunion du groupe' && m.group && gtOf(m.group) === group) return true;
    }
    return false;
  }

  /** The first weekday on or after `target` where a meeting of `group` clashes with nothing. */
  free(target: string, group: string, type: string): string {
    let d = target;
    for (;;) {
      const w = weekday(d);
      if (w !== 0 && w !== 6 && !this.clashes(d, group, type)) return d;
      d = addDays(d, 1);
    }
  }

  /** Sorts by date and start time (then insertion) and numbers the meetings. */
  finish(): Meeting[] {
    this.meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.start ?? 0) - (b.start ?? 0) || a.seq - b.seq));
    const perYear = new Map<string, number>();
    for (const m of this.meetings) {
      const y = m.date.slice(0, 4);
      const n = (perYear.get(y) ?? 0) + 1;
      perYear.set(y, n);
      m.id = `R${y.slice(2)}-${String(n).padStart(3, '0')}`;
    }
    return this.meetings;
  }
}

// ---------------------------------------------------------------------------------------------
// The workbook.
// ---------------------------------------------------------------------------------------------

/**
 * `clean`: the same partnership without the planted gaps (each PLANTED spot has its compliant
 * counterpart), from which the coordinators' workbooks are cut (scope.md).
 */
export function buildSample(options: { clean?: boolean } = {}): { sheets: NewSheet[]; planted: PlantedFinding[] } {
  const clean = options.clean === true;
  const planted: PlantedFinding[] = [];
  const people = new People();
  // Clean: GT5 keeps a sortant, the education group one Dialogue Leader, democracy a focal point.
  const COORDINATION: Record<string, [string, string, string | null]> = clean
    ? { ...SAMPLE_COORDINATION, GT5: ['PNUD', 'Suède', 'Danemark'] }
    : SAMPLE_COORDINATION;
  const GD_MEMBERS: typeof SAMPLE_GD_MEMBERS = clean
    ? {
        ...SAMPLE_GD_MEMBERS,
        'GD-EDUCATION': { leaders: ['UNICEF'], members: ['Canada', 'France', 'Luxembourg', 'Norvège', 'BM'], nexus: 'Norvège' },
        'GD-DEMOCRATIE': { leaders: ['PNUD'], members: ['UE', 'Suède', 'Pays-Bas'], nexus: 'Suède' },
      }
    : SAMPLE_GD_MEMBERS;

  // ---- Groupes -------------------------------------------------------------------------------
  const groupRows: Cell[][] = [
    ['Code', 'Nom', 'Type', 'GT de rattachement', 'CPS', 'ODD', 'Thématique portée', 'Résultats attendus', 'Cluster lié', 'Dérogations'],
  ];
  const groupRow = new Map<string, number>();
  for (const g of GROUPS) {
    groupRows.push([g.code, g.name, g.type, g.gt ?? '', g.cps ?? '', g.odd ?? '', g.theme ?? '', g.results ?? '', g.clusters ?? '', '']);
    groupRow.set(g.code, groupRows.length);
  }
  const groupAnchor = (code: string) => a1(1, groupRow.get(code)!);

  // ---- PTF -----------------------------------------------------------------------------------
  const partnerRows: Cell[][] = [['Sigle', 'Nom', 'Type'], ...PARTNERS.map((p) => [p.code, p.name, p.type])];

  // ---- Membres -------------------------------------------------------------------------------
  // A Groupe, B PTF, C Rôle, D Expert titulaire, E Email titulaire, F Suppléant, G Email suppléant,
  // H Point focal Nexus, I Désignation Nexus, J Début mandat, K Fin mandat, L Dérogations.
  const memberRows: Cell[][] = [
    ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Email titulaire', 'Suppléant', 'Email suppléant', 'Point focal Nexus', 'Désignation Nexus', 'Début mandat', 'Fin mandat', 'Dérogations'],
  ];
  /** The titulaire of each GT's coordination rows, by GT then PTF (ministerial escorts name them). */
  const coordinationExpert = new Map<string, string>();
  const memberRow = (
    group: string, partner: string, role: string,
    opts: { nexus?: string; start?: string; end?: string; noAlternate?: boolean } = {},
  ): number => {
    const expert = people.person(partner, true);
    const alt = opts.noAlternate ? null : people.person(partner, false);
    memberRows.push([
      group, partner, role, expert.name, expert.email, alt?.name ?? '', alt?.email ?? '',
      opts.nexus ? 'Oui' : 'Non', opts.nexus ? utc(opts.nexus) : '',
      opts.start ? utc(opts.start) : '', opts.end ? utc(opts.end) : '', '',
    ]);
    if (role.startsWith('Coordination')) coordinationExpert.set(`${group}/${partner}`, expert.name);
    return memberRows.length;
  };
  for (const gt of GTS) {
    const [entrant, lead, sortant] = COORDINATION[gt.code];
    memberRow(gt.code, entrant, 'Coordination - entrant', { start: '2026-01-01', end: '2026-12-31' });
    if (gt.code === 'GT3' && !clean) {
      // PLANTED: the rotation of GT3 is overdue (the Swiss mandate ended on 30/09/2026).
      const row = memberRow(gt.code, lead, 'Coordination - en exercice', { start: '2025-10-01', end: '2026-09-30' });
      planted.push({ ruleId: 'membership/rotation', sheet: 'Membres', cell: a1(10, row) });
    } else {
      memberRow(gt.code, lead, 'Coordination - en exercice', { start: '2026-01-01', end: '2026-12-31' });
    }
    if (sortant) memberRow(gt.code, sortant, 'Coordination - sortant', { start: '2026-01-01', end: '2026-12-31' });
    else planted.push({ ruleId: 'membership/tripartite', sheet: 'Groupes', cell: groupAnchor(gt.code) });
    // A planned successor: Belgium joins the GT1 troika in January 2027 (ignored by the rules).
    if (gt.code === 'GT1') memberRow(gt.code, 'Belgique', 'Coordination - entrant', { start: '2027-01-01', end: '2027-12-31' });
  }
  // Nexus designations, spread over the year before D (all within 365 days but one).
  const nexusDates = ['2025-12-04', '2026-01-15', '2026-02-12', '2026-03-05', '2026-03-26', '2026-04-16', '2026-05-07', '2026-06-11', '2026-09-10'];
  let nexusIndex = 0;
  for (const g of DIALOGUE) {
    const spec = GD_MEMBERS[g.code];
    spec.leaders.forEach((partner, i) => {
      const nexus = spec.nexus === partner ? nextNexus(g.code) : undefined;
      const row = memberRow(g.code, partner, 'Dialogue Leader', { nexus, start: i === 0 ? '2025-01-01' : '2026-01-01' });
      if (i > 0) planted.push({ ruleId: 'membership/co-leaders', sheet: 'Membres', cell: a1(2, row) });
    });
    for (const partner of spec.members) {
      const nexus = spec.nexus === partner ? nextNexus(g.code) : undefined;
      // PLANTED: the BAD has named no alternate in the Economie et finances group.
      const noAlternate = !clean && g.code === 'GD-ECOFIN' && partner === 'BAD';
      const row = memberRow(g.code, partner, 'Membre', { nexus, noAlternate });
      if (noAlternate) planted.push({ ruleId: 'membership/alternate', sheet: 'Membres', cell: a1(5, row) });
      if (nexus && g.code === 'GD-EAU') planted.push({ ruleId: 'membership/nexus-renewal', sheet: 'Membres', cell: a1(8, row) });
    }
    if (!spec.nexus) planted.push({ ruleId: 'membership/nexus-focal-point', sheet: 'Groupes', cell: groupAnchor(g.code) });
  }
  function nextNexus(code: string): string {
    // PLANTED: the WASH focal point was designated in October 2025 and not renewed since.
    if (code === 'GD-EAU' && !clean) return '2025-10-02';
    return nexusDates[nexusIndex++ % nexusDates.length];
  }

  // ---- Calendrier ----------------------------------------------------------------------------
  const cal = new Calendar();
  const coordinationPtf = (gt: string) => COORDINATION[gt].filter((p): p is string => p !== null);
  const leadsOfGt = (gt: string) =>
    DIALOGUE.filter((g) => g.gt === gt).flatMap((g) => GD_MEMBERS[g.code].leaders);
  const invitedToCoordination = (gt: string) => [...new Set([...coordinationPtf(gt), ...leadsOfGt(gt)])];
  const eachGtLead = GTS.map((gt) => COORDINATION[gt.code][1]);

  // Institutional meetings first: the group meetings are placed around them.
  cal.add({ date: '2026-02-19', type: 'Retraite PTF', start: hm(8.5), end: hm(17) });
  const gecDays = ['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14', '2026-05-12', '2026-06-09', '2026-07-14', '2026-08-11', '2026-09-08', '2026-10-13', '2026-11-10', '2026-12-08'];
  for (const d of gecDays) cal.add({ date: d, type: 'GEC', start: hm(9), end: hm(12) });
  for (const d of ['2026-01-20', '2026-04-21', '2026-07-21', '2026-10-20']) cal.add({ date: d, type: 'Troïka', start: hm(15), end: hm(16.5) });
  // Réunions des coordinateurs GT: every GT's coordination is represented (II.4).
  for (const d of ['2026-02-04', '2026-05-06', '2026-09-02', '2026-11-04']) {
    cal.add({
      date: d, type: 'Réunion des coordinateurs GT', start: hm(9), end: hm(11), participants: [...new Set(eachGtLead)],
      agenda: workdayBefore(addDays(d, -8)), minutes: minutesAfter(d, 6),
    });
  }
  // Comité de pilotage du CREDD: the tripartite coordinations represent the PTF (II.2).
  cal.add({ date: '2026-06-25', type: 'Comité de pilotage CREDD', start: hm(9), end: hm(13), participants: [...new Set([...eachGtLead, 'Allemagne', 'UNICEF'])] });
  cal.add({ date: '2026-12-10', type: 'Comité de pilotage CREDD', start: hm(9), end: hm(13) });
  cal.add({ date: '2026-06-10', type: 'Revue CREDD', start: hm(8.5), end: hm(17) });
  const jointCommission = cal.add({ date: '2026-10-21', type: 'Commission Mixte', start: hm(9), end: hm(17) });
  cal.add({ date: '2026-03-24', type: 'GT CREDD', group: 'GT1', start: hm(9), end: hm(12) });
  cal.add({ date: '2026-03-25', type: 'GT CREDD', group: 'GT2', start: hm(9), end: hm(12) });
  cal.add({ date: '2026-09-29', type: 'GT CREDD', group: 'GT3', start: hm(9), end: hm(12) });
  cal.add({ date: '2026-09-30', type: 'GT CREDD', group: 'GT5', start: hm(9), end: hm(12) });
  for (const d of ['2026-02-26', '2026-04-23', '2026-06-18', '2026-08-20', '2026-10-15', '2026-12-17']) {
    cal.add({ date: d, type: 'Sous-groupe CREDD', group: 'GD-SANTE', start: hm(9), end: hm(12) });
  }
  for (const d of ['2026-03-04', '2026-05-05', '2026-09-15']) cal.add({ date: d, type: 'Sous-groupe CREDD', group: 'GD-EDUCATION', start: hm(9), end: hm(12) });
  for (const d of ['2026-04-08', '2026-10-14']) cal.add({ date: d, type: 'Sous-groupe CREDD', group: 'GD-EAU', start: hm(9), end: hm(12) });
  cal.add({ date: '2026-04-28', type: 'Revue sectorielle', group: 'GD-ECO-RURALE', start: hm(8.5), end: hm(17) });
  cal.add({ date: '2026-04-29', type: 'Revue sectorielle', group: 'GD-EDUCATION', start: hm(8.5), end: hm(17) });
  cal.add({ date: '2026-05-13', type: 'Revue sectorielle', group: 'GD-SANTE', start: hm(8.5), end: hm(17) });
  cal.add({ date: '2026-06-03', type: 'Revue sectorielle', group: 'GD-JUSTICE', start: hm(8.5), end: hm(17) });

  // Coordination GT: bimonthly (IV.11), with the Dialogue Leaders; agenda 8-10 days ahead,
  // minutes within a week.
  const coordinationTargets: Record<string, string[]> = {
    GT1: ['2026-01-08', '2026-03-05', '2026-05-07', '2026-07-02', '2026-09-03', '2026-11-05', '2027-01-07'],
    GT2: ['2026-01-14', '2026-03-11', '2026-05-13', '2026-07-08', '2026-09-09', '2026-11-11', '2027-01-13'],
    GT3: ['2026-01-21', '2026-03-18', '2026-05-20', '2026-07-15', '2026-09-16', '2026-11-18'],
    GT4: ['2026-01-27', '2026-03-24', '2026-05-26', '2026-07-07', '2026-09-22', '2026-11-24'],
    GT5: ['2026-01-29', '2026-03-26', '2026-05-28', '2026-07-23', '2026-09-24', '2026-11-12'],
  };
  const coordination = new Map<string, Meeting>();
  for (const gt of GTS) {
    const invited = invitedToCoordination(gt.code);
    coordinationTargets[gt.code].forEach((target, i) => {
      const date = cal.free(target, gt.code, 'Coordination GT');
      const held = date < D;
      // Every second meeting, one Dialogue Leader of the larger GT sends apologies.
      const participants = held ? invited.filter((_, k) => i % 2 === 0 || invited.length < 4 || k !== invited.length - 1) : null;
      const m = cal.add({
        date, type: 'Coordination GT', group: gt.code, start: hm(15), end: hm(17),
        agenda: held || addDays(date, -7) < D ? workdayBefore(addDays(date, -9)) : null,
        minutes: held ? minutesAfter(date, 7) : null,
        participants,
      });
      coordination.set(`${gt.code}#${i}`, m);
    });
  }
  // GT4: the July coordination was postponed by a week.
  const gt4July = coordination.get('GT4#3')!;
  gt4July.status = 'Reportée';
  gt4July.participants = null;
  gt4July.minutes = null;
  const gt4JulyNew = cal.add({
    date: cal.free(addDays(gt4July.date, 7), 'GT4', 'Coordination GT'), type: 'Coordination GT', group: 'GT4', start: hm(15), end: hm(17),
    participants: invitedToCoordination('GT4'),
  });
  gt4JulyNew.agenda = workdayBefore(addDays(gt4JulyNew.date, -8));
  gt4JulyNew.minutes = minutesAfter(gt4JulyNew.date, 6);

  // GT1's September coordination was enlarged to every member of its dialogue groups (IV.11).
  const gt1Sept = coordination.get('GT1#4')!;
  const gt1Members = [...new Set(DIALOGUE.filter((g) => g.gt === 'GT1').flatMap((g) => [...GD_MEMBERS[g.code].leaders, ...GD_MEMBERS[g.code].members]))];
  gt1Sept.invited = gt1Members.length;
  gt1Sept.participants = gt1Members.filter((p) => !['Danemark', 'BAD', 'Pays-Bas'].includes(p));

  // PLANTED: GT1's July agenda went out three days before the meeting.
  const gt1July = coordination.get('GT1#3')!;
  if (!clean) gt1July.agenda = addDays(gt1July.date, -3);
  // PLANTED: the minutes of GT2's September coordination were never sent.
  const gt2Sept = coordination.get('GT2#4')!;
  if (!clean) gt2Sept.minutes = null;
  // PLANTED and waived: a restricted GT2 meeting before the Commission Mixte.
  const gt2Restricted = cal.add({
    date: cal.free('2026-10-07', 'GT2', 'Coordination GT'), type: 'Coordination GT', group: 'GT2', start: hm(15), end: hm(16),
    participants: coordinationPtf('GT2'),
    waiver: 'calendar/participation: réunion restreinte à la coordination tripartite pour préparer la Commission Mixte',
  });
  gt2Restricted.agenda = addDays(gt2Restricted.date, -7);
  gt2Restricted.minutes = addDays(gt2Restricted.date, 2);

  // Dialogue group meetings: flexible (IV.9), about every two months, all clear of the
  // institutional calendar and of their GT's coordination.
  const gdMonths = ['02', '04', '06', '09', '11'];
  DIALOGUE.forEach((g, gi) => {
    const spec = GD_MEMBERS[g.code];
    const all = [...spec.leaders, ...spec.members];
    gdMonths.forEach((month, mi) => {
      const day = String(3 + ((gi * 3 + mi * 5) % 20)).padStart(2, '0');
      const date = cal.free(`2026-${month}-${day}`, g.code, 'Réunion du groupe');
      const held = date < D;
      const present = all.filter((_, k) => (k + mi) % 4 !== 3);
      const m = cal.add({
        date, type: 'Réunion du groupe', group: g.code, start: hm(9.5), end: hm(11.5),
        agenda: held || addDays(date, -7) < D ? workdayBefore(addDays(date, -7)) : null,
        minutes: held ? minutesAfter(date, 10) : null,
        participants: held ? [...present, ...(CLUSTER_OF[g.code] ?? [])] : null,
      });
      // A cancelled meeting (the private sector group in April: the consultation was merged with
      // the sector review) and a postponed one (rural economy in June, held a week later).
      if (g.code === 'GD-SECTEUR-PRIVE' && month === '04') {
        m.status = 'Annulée';
        m.participants = null;
        m.minutes = null;
      }
      if (g.code === 'GD-ECO-RURALE' && month === '06') {
        m.status = 'Reportée';
        m.participants = null;
        m.minutes = null;
        const again = cal.free(addDays(date, 7), g.code, 'Réunion du groupe');
        cal.add({
          date: again, type: 'Réunion du groupe', group: g.code, start: hm(9.5), end: hm(11.5),
          agenda: workdayBefore(addDays(again, -7)), minutes: minutesAfter(again, 10), participants: present,
        });
      }
    });
  });
  // PLANTED: the health group met on the day of the Commission Mixte (clean: the day after).
  const healthOnCm = cal.add(clean ? {
    date: workdayAfter(addDays(jointCommission.date, 1)), type: 'Réunion du groupe', group: 'GD-SANTE', start: hm(15), end: hm(16.5),
    agenda: addDays(jointCommission.date, -6), minutes: addDays(jointCommission.date, 5),
    participants: ['OMS', 'UNICEF', 'Canada', 'Cluster Santé'],
  } : {
    date: jointCommission.date, type: 'Réunion du groupe', group: 'GD-SANTE', start: hm(15), end: hm(16.5),
    agenda: addDays(jointCommission.date, -6), minutes: addDays(jointCommission.date, 5),
    participants: ['OMS', 'UNICEF', 'Canada', 'Cluster Santé'],
  });

  // Ministerial meetings (IV.12): each Dialogue Leader goes with a representative of the GT's
  // coordination.
  const ministerial = (target: string, group: string, rep: string | null) => {
    const date = cal.free(target, group, 'Rencontre ministérielle');
    return cal.add({ date, type: 'Rencontre ministérielle', group, start: hm(10), end: hm(12), rep });
  };
  ministerial('2026-03-18', 'GD-SANTE', 'Canada');
  ministerial('2026-04-15', 'GD-SECURITE', 'UE');
  ministerial('2026-05-20', 'GD-ECO-RURALE', 'BM');
  ministerial('2026-06-17', 'GD-DECENTRALISATION', 'Suisse; Pays-Bas');
  ministerial('2026-09-30', 'GD-EDUCATION', coordinationExpert.get('GT2/Canada')!);
  // PLANTED: the Dialogue Leader of the justice group met the minister alone.
  const justiceMinister = ministerial('2026-10-08', 'GD-JUSTICE', clean ? 'Suisse' : null);
  ministerial('2026-11-19', 'GD-ENVIRONNEMENT', 'Suède');

  // Cluster meetings (III.7): the dialogue groups' binômes attend.
  for (const d of ['2026-02-17', '2026-05-19', '2026-08-18', '2026-11-03']) {
    cal.add({ date: d, type: 'Réunion de cluster', group: 'CL-SANTE', start: hm(14), end: hm(16), participants: ['OMS', 'UNICEF', 'PAM'] });
  }
  for (const d of ['2026-03-17', '2026-06-16', '2026-09-17']) {
    cal.add({ date: d, type: 'Réunion de cluster', group: 'CL-WASH', start: hm(14), end: hm(16), participants: ['UNICEF', 'Allemagne'] });
  }
  for (const d of ['2026-04-07', '2026-10-06']) {
    cal.add({ date: d, type: 'Réunion de cluster', group: 'CL-SECAL', start: hm(14), end: hm(16), participants: ['PAM', 'FAO'] });
  }

  const meetings = cal.finish();
  // A ID, B Date, C Heure début, D Heure fin, E Groupe, F Type, G Statut, H OdJ envoyé le,
  // I CR diffusé le, J Participants, K Invités, L Représentant coordination GT, M Dérogations.
  const calendarRows: Cell[][] = [
    ['ID', 'Date', 'Heure début', 'Heure fin', 'Groupe', 'Type', 'Statut', 'OdJ envoyé le', 'CR diffusé le', 'Participants', 'Invités', 'Représentant coordination GT', 'Dérogations'],
  ];
  const meetingRow = new Map<Meeting, number>();
  for (const m of meetings) {
    calendarRows.push([
      m.id, utc(m.date), m.start ?? '', m.end ?? '', m.group ?? '', m.type, m.status,
      m.agenda ? utc(m.agenda) : '', m.minutes ? utc(m.minutes) : '',
      m.participants ? m.participants.join('; ') : '', m.invited ?? '', m.rep ?? '', m.waiver ?? '',
    ]);
    meetingRow.set(m, calendarRows.length);
  }
  planted.push({ ruleId: 'calendar/agenda', sheet: 'Calendrier', cell: a1(7, meetingRow.get(gt1July)!) });
  planted.push({ ruleId: 'calendar/minutes', sheet: 'Calendrier', cell: a1(8, meetingRow.get(gt2Sept)!) });
  planted.push({ ruleId: 'calendar/participation', sheet: 'Calendrier', cell: a1(9, meetingRow.get(gt2Restricted)!), waived: true });
  planted.push({ ruleId: 'calendar/harmonised', sheet: 'Calendrier', cell: a1(1, meetingRow.get(healthOnCm)!) });
  planted.push({ ruleId: 'calendar/ministerial-escort', sheet: 'Calendrier', cell: a1(11, meetingRow.get(justiceMinister)!) });

  // ---- Décisions -----------------------------------------------------------------------------
  // A ID, B Réunion, C Groupe, D Décision, E Responsable, F Échéance, G Statut,
  // H Date de réalisation, I Dérogations.
  const decisionRows: Cell[][] = [
    ['ID', 'Réunion', 'Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut', 'Date de réalisation', 'Dérogations'],
  ];
  const decision = (m: Meeting, text: string, owner: string, due: string, status: string, done: string | null) => {
    decisionRows.push([
      `DEC-${String(decisionRows.length).padStart(3, '0')}`, m.id, m.group ?? '', text, owner, utc(due), status, done ? utc(done) : '', '',
    ]);
    return decisionRows.length;
  };
  const coord = (key: string) => coordination.get(key)!;
  decision(coord('GT1#0'), 'Préparer la note de positionnement du GT sur la loi de finances 2026', 'BM', '2026-02-15', 'Réalisée', '2026-02-12');
  decision(coord('GT2#1'), 'Consolider les priorités 2026 des groupes de dialogue du GT', 'Canada', '2026-04-15', 'Réalisée', '2026-04-09');
  decision(coord('GT3#1'), 'Partager avec la CDI la matrice des réformes de décentralisation', 'Suisse', '2026-05-15', 'Réalisée', '2026-05-18');
  decision(coord('GT5#2'), 'Organiser un atelier sur le financement climat avec l’AEDD', 'Suède', '2026-07-31', 'Abandonnée', null);
  // PLANTED (info): done, but nobody wrote down when.
  const noDate = decision(coord('GT5#3'), 'Valider la feuille de route Nexus climat-sécurité', 'Suède', '2026-09-30', 'Réalisée', clean ? '2026-09-24' : null);
  planted.push({ ruleId: 'decisions/closure-date', sheet: 'Décisions', cell: a1(7, noDate) });
  decision(coord('GT2#3'), "Mettre à jour la matrice des financements de l'éducation", 'UNICEF', '2026-09-30', 'Réalisée', '2026-09-25');
  // PLANTED: the GT1 note to the Ministry of Finance is still awaited.
  const late = clean
    ? decision(coord('GT1#4'), "Transmettre au MEF la note conjointe sur l'apurement des arriérés intérieurs", 'UE', '2026-10-31', 'Réalisée', '2026-10-29')
    : decision(coord('GT1#4'), "Transmettre au MEF la note conjointe sur l'apurement des arriérés intérieurs", 'UE', '2026-10-31', 'Ouverte', null);
  planted.push({ ruleId: 'decisions/overdue', sheet: 'Décisions', cell: a1(5, late) });
  decision(coord('GT4#4'), 'Organiser une session d’information des PTF sur le plan de retour de l’administration', 'UE', D, 'Ouverte', null);
  decision(coord('GT3#4'), 'Recueillir les contributions des groupes de dialogue au rapport pays', 'Suisse', '2026-12-18', 'Ouverte', null);
  decision(coord('GT2#5'), 'Préparer la contribution du GT à la revue sectorielle santé 2027', 'OMS', '2027-01-31', 'En cours', null);
  decision(gt2Restricted, 'Porter la position commune sur le financement domestique à la Commission Mixte', 'Canada', '2026-10-21', 'Réalisée', '2026-10-21');
  decision(coord('GT1#5'), "Proposer au GEC les thématiques prioritaires 2027 du GT", 'BM', '2026-12-08', 'Ouverte', null);

  // ---- Documents -----------------------------------------------------------------------------
  // A Groupe, B Type, C Année, D Date, E Lien, F Dérogations.
  const documentRows: Cell[][] = [['Groupe', 'Type', 'Année', 'Date', 'Lien', 'Dérogations']];
  const link = (group: string, kind: string, year: number) =>
    `https://partage.seg-ptf-mali.org/${group.toLowerCase()}/${kind}-${year}.pdf`;
  const doc = (group: string, type: string, year: number, date: string) => {
    const kind = { TdR: 'tdr', 'Programme de travail annuel': 'pta', 'Bilan annuel': 'bilan', 'Priorités annuelles': 'priorites' }[type]!;
    documentRows.push([group, type, year, utc(workdayAfter(date)), link(group, kind, year), '']);
    return documentRows.length;
  };
  const tdrYears: Record<string, [number, string]> = {
    GT1: [2025, '2025-03-12'], GT2: [2026, '2026-01-28'], GT3: [2025, '2025-04-09'], GT4: [2025, '2025-05-21'], GT5: [2026, '2026-02-04'],
  };
  for (const gt of GTS) {
    doc(gt.code, 'TdR', tdrYears[gt.code][0], tdrYears[gt.code][1]);
    doc(gt.code, 'Bilan annuel', 2025, addDays('2026-02-02', GTS.indexOf(gt) * 4));
    // PLANTED: GT4 has not adopted its 2026 work plan.
    if (gt.code === 'GT4' && !clean) planted.push({ ruleId: 'documents/gt-documents', sheet: 'Groupes', cell: groupAnchor('GT4') });
    else doc(gt.code, 'Programme de travail annuel', 2026, addDays('2026-02-20', GTS.indexOf(gt) * 5));
  }
  DIALOGUE.forEach((g, i) => {
    if (g.type !== 'Groupe de dialogue') return; // ad hoc groups send no annual priorities
    if (g.code === 'GD-JUSTICE' && !clean) {
      // PLANTED: the justice group's priorities arrived on 20 April.
      const row = doc(g.code, 'Priorités annuelles', 2026, '2026-04-20');
      planted.push({ ruleId: 'documents/gd-priorities', sheet: 'Documents', cell: a1(3, row) });
      return;
    }
    doc(g.code, 'Priorités annuelles', 2026, addDays('2026-02-05', i * 4));
  });

  // ---- Paramètres ----------------------------------------------------------------------------
  const settingRows: Cell[][] = [
    ['Paramètre', 'Valeur'],
    ['Date de référence', utc(D)],
    ['Langue', 'fr'],
    ['Écart maximal entre coordinations GT (jours)', 62],
    ["Délai d'envoi de l'OdJ (jours)", 7],
    ['Délai de diffusion du CR (jours)', 14],
    ['Validité de la désignation Nexus (jours)', 365],
    ['Date limite des priorités annuelles', '31/03'],
    ['Taux de participation minimal', '50 %'],
    ["Inactivité d'un groupe de dialogue (jours)", 120],
    ['Préavis de rotation (jours)', 90],
    ['Formalisme des groupes de dialogue', 'non'],
  ];

  const sheets: NewSheet[] = [
    { name: 'Groupes', rows: groupRows, columnWidths: [20, 52, 24, 18, 16, 22, 48, 60, 40, 30], frozenRows: 1, boldRows: [0], autoFilterRow: 0,
      validations: [{ range: 'C2:C200', list: ['GT PTF', 'Groupe de dialogue', 'Groupe de dialogue ad hoc', 'Cluster'] }] },
    { name: 'PTF', rows: partnerRows, columnWidths: [14, 60, 14], frozenRows: 1, boldRows: [0], autoFilterRow: 0,
      validations: [{ range: 'C2:C200', list: ['Bilatéral', 'Multilatéral', 'Autre'] }] },
    { name: 'Membres', rows: memberRows, columnWidths: [20, 12, 26, 24, 34, 24, 34, 10, 14, 14, 14, 30], dateColumns: [8, 9, 10], frozenRows: 1, boldRows: [0], autoFilterRow: 0,
      validations: [
        { range: 'C2:C500', list: ['Membre', 'Dialogue Leader', 'Coordination - entrant', 'Coordination - en exercice', 'Coordination - sortant'] },
        { range: 'H2:H500', list: ['Oui', 'Non'] },
      ] },
    { name: 'Calendrier', rows: calendarRows, columnWidths: [10, 12, 8, 8, 20, 28, 10, 12, 12, 48, 8, 28, 40], dateColumns: [1, 7, 8], timeColumns: [2, 3], frozenRows: 1, boldRows: [0], autoFilterRow: 0,
      validations: [{ range: 'G2:G1000', list: ['Prévue', 'Tenue', 'Annulée', 'Reportée'] }] },
    { name: 'Décisions', rows: decisionRows, columnWidths: [10, 10, 18, 70, 14, 12, 12, 14, 30], dateColumns: [5, 7], frozenRows: 1, boldRows: [0], autoFilterRow: 0,
      validations: [{ range: 'G2:G500', list: ['Ouverte', 'Réalisée', 'Abandonnée'] }] },
    { name: 'Documents', rows: documentRows, columnWidths: [20, 28, 8, 12, 60, 30], dateColumns: [3], frozenRows: 1, boldRows: [0], autoFilterRow: 0,
      validations: [{ range: 'B2:B500', list: ['TdR', 'Programme de travail annuel', 'Bilan annuel', 'Priorités annuelles'] }] },
    { name: 'Paramètres', rows: settingRows, columnWidths: [46, 14], frozenRows: 1, boldRows: [0] },
  ];
  return { sheets, planted: clean ? [] : planted };
}

/** The coordinators' workbooks (scope.md): one per GT, under `examples/coordinateurs/`. */
export const COORDINATOR_FOLDER = 'coordinateurs';
export const COORDINATOR_GTS = ['GT1', 'GT2', 'GT3', 'GT4', 'GT5'] as const;
export const coordinatorFile = (gt: string): string => `coordination-${gt.toLowerCase()}.xlsx`;

/**
 * A coordinator's workbook, cut from the clean sample: its GT PTF row, the dialogue groups
 * attached to it, every cluster, the PTF list, the rows of those groups in Membres, Calendrier,
 * Décisions and Documents, the partnership's meetings (no group), and Paramètres with
 * `Périmètre` set to its GT. Compliant, so it checks clean.
 */
export function buildCoordinatorWorkbook(gt: string): NewSheet[] {
  return cutCoordinatorWorkbook(buildSample({ clean: true }).sheets, gt);
}

/** One GT's workbook cut from a partnership's sheets laid out as the sample's (the bench's too). */
export function cutCoordinatorWorkbook(sheets: readonly NewSheet[], gt: string): NewSheet[] {
  const groups = sheets.find((x) => x.name === 'Groupes')!.rows;
  const kept = new Set<string>();
  for (const r of groups.slice(1)) {
    const [code, , type, parent] = r as string[];
    if ((type === 'GT PTF' && code === gt) || parent === gt || type === 'Cluster') kept.add(code);
  }
  // Column of the group on each sheet; blank groups (the partnership's meetings) are kept.
  const groupColumn: Record<string, number> = { Groupes: 0, Membres: 0, Calendrier: 4, 'Décisions': 2, Documents: 0 };
  return sheets.map((sheet) => {
    const col = groupColumn[sheet.name];
    let rows = sheet.rows;
    if (col !== undefined) {
      rows = [rows[0], ...rows.slice(1).filter((r) => {
        const g = r[col];
        return sheet.name === 'Groupes' ? kept.has(String(g)) : g === '' || g === null || kept.has(String(g));
      })];
    }
    if (sheet.name === 'Paramètres') rows = [...rows, ['Périmètre', gt]];
    return { ...sheet, rows };
  });
}

/** Writes the sample workbook (default: `examples/secretariat-ptf.xlsx` under the current folder). */
export function main(out: string = path.resolve('examples', SAMPLE_FILE)): string {
  const { sheets } = buildSample();
  writeFileAtomic(out, writeXlsx(sheets));
  // The coordinators' workbooks beside it.
  const folder = path.join(path.dirname(out), COORDINATOR_FOLDER);
  fs.mkdirSync(folder, { recursive: true });
  for (const gt of COORDINATOR_GTS) writeFileAtomic(path.join(folder, coordinatorFile(gt)), writeXlsx(buildCoordinatorWorkbook(gt)));
  return out;
}

if (require.main === module) {
  const out = main(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  process.stdout.write(`${out}\n`);
}
