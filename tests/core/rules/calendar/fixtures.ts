// Shared rows for the calendar rule tests: a small set of groups and members, a Calendrier header
// with every column, and day arithmetic around the reference date D.

import type { Cell } from '../../../../core/types';

/** The reference date of most cases. */
export const D = '2026-11-15';

const DAY_MS = 86_400_000;

/** The ISO date `n` days after `from` (before it when n < 0). */
export function shift(from: string, n: number): string {
  const [y, m, d] = from.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + n * DAY_MS).toISOString().slice(0, 10);
}
/** `n` days before D. */
export const ago = (n: number): string => shift(D, -n);
/** `n` days after D. */
export const inDays = (n: number): string => shift(D, n);

export const GROUPES_HEADER = ['Code', 'Nom', 'Type', 'GT de rattachement', 'Cluster lié'];
export const GT1 = ['GT1', 'Economie inclusive et durable', 'GT PTF', '', ''];
export const GT2 = ['GT2', 'Capital humain', 'GT PTF', '', ''];
export const GD_SANTE = ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', ''];
export const GD_EAU = ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2', ''];
export const GD_FEMMES = ['GD-FEMMES', 'Autonomisation des femmes', 'Groupe de dialogue', 'GT1', ''];

/**
 * Groupes: row 2 GT1, row 3 GT2, row 4 GD-SANTE, row 5 GD-EAU, row 6 GD-FEMMES (Nom in column B).
 */
export const GROUPES: Cell[][] = [GROUPES_HEADER, GT1, GT2, GD_SANTE, GD_EAU, GD_FEMMES];

export const MEMBRES_HEADER = ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Suppléant', 'Début mandat'];
/**
 * Membres: GT1 led by BM; GT2's tripartite coordination UE (entrant), AFD (en exercice), USAID
 * (sortant), with Japon as a plain member and Suède as a planned successor (starts in 2027);
 * GD-SANTE led by UNICEF with Canada; GD-EAU led by Suisse.
 */
export const MEMBRES: Cell[][] = [
  MEMBRES_HEADER,
  ['GT1', 'BM', 'Coordination - en exercice', 'F. Maïga', 'G. Touré', ''],
  ['GT2', 'UE', 'Coordination - entrant', 'A. Traoré', 'B. Diallo', ''],
  ['GT2', 'AFD', 'Coordination - en exercice', 'C. Keïta', 'H. Cissé', '2025-01-01'],
  ['GT2', 'USAID', 'Coordination - sortant', 'I. Dembélé', 'J. Sidibé', ''],
  ['GT2', 'Japon', 'Membre', 'K. Konaté', 'L. Sanogo', ''],
  ['GT2', 'Suède', 'Coordination - entrant', 'M. Ba', 'N. Kanté', '2027-01-01'],
  ['GD-SANTE', 'UNICEF', 'Dialogue Leader', 'D. Coulibaly', 'O. Koné', ''],
  ['GD-SANTE', 'Canada', 'Membre', 'E. Sangaré', 'P. Diarra', ''],
  ['GD-EAU', 'Suisse', 'Dialogue Leader', 'Q. Samaké', 'R. Togola', ''],
];

/** Calendrier columns: A ID, B Date, C Heure début, D Heure fin, E Groupe, F Type, G Statut,
 * H OdJ envoyé le, I CR diffusé le, J Participants, K Invités, L Représentant coordination GT. */
export const CALENDRIER_HEADER = [
  'ID',
  'Date',
  'Heure début',
  'Heure fin',
  'Groupe',
  'Type',
  'Statut',
  'OdJ envoyé le',
  'CR diffusé le',
  'Participants',
  'Invités',
  'Représentant coordination GT',
];

export interface Meeting {
  id?: Cell;
  date: Cell;
  start?: Cell;
  end?: Cell;
  group?: Cell;
  type: Cell;
  status: Cell;
  agenda?: Cell;
  minutes?: Cell;
  participants?: Cell;
  invited?: Cell;
  rep?: Cell;
}

/** One Calendrier row in the columns of CALENDRIER_HEADER. */
export function meeting(m: Meeting): Cell[] {
  return [
    m.id ?? '',
    m.date,
    m.start ?? '',
    m.end ?? '',
    m.group ?? '',
    m.type,
    m.status,
    m.agenda ?? '',
    m.minutes ?? '',
    m.participants ?? '',
    m.invited ?? '',
    m.rep ?? '',
  ];
}

/** A Calendrier sheet from meetings (row 2 is the first meeting). */
export function calendrier(...meetings: Meeting[]): Cell[][] {
  return [CALENDRIER_HEADER, ...meetings.map(meeting)];
}

/** A Calendrier sheet without some columns (by header), to test absent columns. */
export function calendrierWithout(drop: string[], ...meetings: Meeting[]): Cell[][] {
  const keep = CALENDRIER_HEADER.map((h, i) => (drop.includes(h) ? -1 : i)).filter((i) => i >= 0);
  return calendrier(...meetings).map((row) => keep.map((i) => row[i]));
}

/** The three required sheets. */
export function workbook(calendar: Cell[][], groups: Cell[][] = GROUPES, members: Cell[][] = MEMBRES) {
  return { Groupes: groups, Membres: members, Calendrier: calendar };
}
