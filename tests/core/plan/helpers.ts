// Shared by the plan tests: a small workbook whose summary figures can be worked out by hand, and
// a report made of hand-written findings.

import type { Cell, Finding, Report, WorkbookSnapshot } from '../../../core/types';

export const D = '2026-11-15';

export function smallWorkbook(extra: { sheets?: Record<string, Cell[][]>; language?: 'fr' | 'en' } = {}): WorkbookSnapshot {
  const sheets: Record<string, Cell[][]> = {
    Groupes: [
      ['Code', 'Nom', 'Type', 'GT de rattachement', 'CPS', 'Thématique portée', 'Résultats attendus', 'Cluster lié'],
      ['GT1', 'Economie inclusive et durable', 'GT PTF', null, null, 'Croissance', 'Emplois', null],
      ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', null, null, 'Capital humain', 'Santé', null],
      ['GT3', 'Développement institutionnel et gouvernance', 'GT PTF', null, null, 'Gouvernance', 'Institutions', null],
      ['GT4', 'Paix et sécurité', 'GT PTF', null, null, 'Paix', 'Sécurité', null],
      ['GT5', "Protection de l'environnement", 'GT PTF', null, null, 'Climat', 'Résilience', null],
      ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2', 'CPS-SEEUDE', null, null, 'CL-WASH'],
      ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', 'CPS-SSDSPF', null, null, 'CL-SANTE'],
      ['GD-JUSTICE', 'Justice et Etat de droit', 'Groupe de dialogue', 'GT3', 'CPS-SJ', null, null, null],
    ],
    Membres: [
      ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Suppléant', 'Point focal Nexus', 'Désignation Nexus', 'Début mandat', 'Fin mandat'],
      ['GT1', 'BM', 'Coordination - en exercice', 'A', 'B', null, null, '2025-07-01', '2027-06-30'],
      ['GT2', 'Canada', 'Coordination - en exercice', 'C', 'D', null, null, '2026-01-01', '2026-12-31'],
      ['GT2', 'UNICEF', 'Coordination - entrant', 'E', 'F', null, null, '2026-01-01', '2027-12-31'],
      ['GT2', 'Suède', 'Coordination - sortant', 'G', 'H', null, null, '2025-01-01', '2026-12-31'],
      ['GT3', 'Suisse', 'Coordination - en exercice', 'I', 'J', null, null, '2025-10-01', '2026-09-30'],
      ['GD-EAU', 'UNICEF', 'Dialogue Leader', 'K', 'L', 'Oui', '2026-01-10', null, null],
      ['GD-EAU', 'Canada', 'Membre', 'M', 'N', 'Non', null, null, null],
      ['GD-SANTE', 'OMS', 'Dialogue Leader', 'O', 'P', 'Oui', '2025-01-01', null, null],
      ['GD-JUSTICE', 'Suisse', 'Dialogue Leader', 'Q', 'R', 'Non', null, null, null],
      // A planned successor (starts after D): not an active partner yet.
      ['GD-JUSTICE', 'Danemark', 'Membre', 'S', 'T', 'Non', null, '2027-01-01', null],
    ],
    Calendrier: [
      ['ID', 'Date', 'Heure début', 'Groupe', 'Type', 'Statut', 'Participants', 'Invités'],
      ['R1', '2026-11-05', null, 'GT2', 'Coordination GT', 'Tenue', 'Canada; UNICEF', null],
      ['R2', '2026-10-01', null, 'GT2', 'Réunion du groupe', 'Tenue', 'Canada; UNICEF; Suède', 4],
      ['R3', '2026-11-10', null, 'GD-EAU', 'Réunion du groupe', 'Tenue', 'UNICEF', null],
      ['R4', '2026-11-20', '09:30', 'GD-SANTE', 'Réunion du groupe', 'Prévue', null, null],
      ['R5', '2026-12-20', null, null, 'GEC', 'Prévue', null, null],
      ['R6', '2026-12-16', null, null, 'GEC', 'Prévue', null, null],
      ['R7', '2026-11-16', null, 'GT3', 'Coordination GT', 'Annulée', null, null],
      ['R8', '2026-07-01', null, 'GT2', 'Coordination GT', 'Tenue', 'Canada', null],
      ['R9', '2026-11-20', '08:00', 'GT1', 'Coordination GT', 'Prévue', null, null],
    ],
    Décisions: [
      ['ID', 'Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut'],
      ['D1', 'GT2', 'Envoyer la note', 'Canada', '2026-10-31', 'Ouverte'],
      ['D2', 'GT3', 'Préparer la revue', 'Suisse', '2026-12-31', 'Ouverte'],
      ['D3', 'GT1', 'Clore le dossier', 'BM', '2026-09-01', 'Réalisée'],
    ],
    Paramètres: [
      ['Paramètre', 'Valeur'],
      ['Date de référence', D],
      ...(extra.language ? [['Langue', extra.language] as Cell[]] : []),
    ],
    ...extra.sheets,
  };
  return { name: 'petit.xlsx', sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) };
}

let counter = 0;

/** A finding with defaults; only what a test cares about needs saying. */
export function finding(f: Partial<Finding>): Finding {
  counter++;
  return {
    ruleId: 'membership/alternate',
    severity: 'warning',
    tdr: 'III.5',
    sheet: 'Membres',
    cell: `F${counter + 1}`,
    row: counter + 1,
    col: 5,
    group: 'GD-EAU',
    gt: 'GT2',
    messageId: 'blank',
    data: {},
    message: `message ${counter}`,
    suggestion: 'suggestion',
    waived: false,
    waiver: null,
    ...f,
  };
}

export function reportOf(findings: Finding[], language: 'fr' | 'en' = 'fr'): Report {
  const count = (s: string) => findings.filter((f) => !f.waived && f.severity === s).length;
  return {
    schemaVersion: 1,
    tool: { name: 'tdr-check', version: '1.0.0' },
    workbook: 'test.xlsx',
    referenceDate: D,
    language,
    findings,
    rules: [{ ruleId: 'membership/alternate', tdr: 'III.5', severity: 'warning', status: 'failed', evaluated: 4, failed: 1 }],
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      waived: findings.filter((f) => f.waived).length,
      gts: ['GT1', 'GT2', 'GT3', 'GT4', 'GT5'].map((gt) => ({ gt, score: 90, errors: 0, warnings: 0, evaluated: 10, failed: 1 })),
      total: { gt: 'total', score: 90, errors: count('error'), warnings: count('warning'), evaluated: 50, failed: 5 },
    },
  };
}
