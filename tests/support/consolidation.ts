// Small workbooks for the consolidation rules: each checked on its own (validateWorkbook), then
// consolidated; a test asserts the consolidated findings.

import { validateWorkbook } from '../../core';
import { consolidate, type ConsolidationMember } from '../../core/consolidate';
import type { ConsolidationRule } from '../../core/rules/consolidation/rule';
import type { Cell } from '../../core/types';

export const GT_NAMES: Record<string, string> = {
  GT1: 'Economie inclusive et durable',
  GT2: 'Développement du capital humain et inclusion sociale',
  GT3: 'Développement institutionnel et gouvernance',
  GT4: 'Paix et sécurité',
  GT5: "Protection de l'environnement",
};

/** A coordinator's workbook: its GT rows, extra Groupes rows, Membres rows, a Périmètre. */
export function member(
  file: string,
  options: { gts: string[]; groups?: Cell[][]; members?: Cell[][]; scope?: string | null },
): ConsolidationMember {
  const groups: Cell[][] = [
    ['Code', 'Nom', 'Type', 'GT de rattachement'],
    ...options.gts.map((gt) => [gt, GT_NAMES[gt], 'GT PTF', '']),
    ...(options.groups ?? []),
  ];
  const sheets = [
    { name: 'Groupes', rows: groups },
    { name: 'Membres', rows: [['Groupe', 'PTF', 'Rôle'], ...(options.members ?? [])] },
    { name: 'Calendrier', rows: [['Date', 'Type', 'Statut']] },
  ];
  const scope = options.scope === undefined ? options.gts.join('; ') : options.scope;
  if (scope) sheets.push({ name: 'Paramètres', rows: [['Paramètre', 'Valeur'], ['Périmètre', scope]] });
  return { file, ...validateWorkbook({ name: file, sheets }, { today: '2026-11-15' }) };
}

/** The findings of one consolidation rule over the members. */
export function run(rule: ConsolidationRule, members: ConsolidationMember[], lang: 'fr' | 'en' = 'fr') {
  const c = consolidate(members, lang, [rule]);
  return { findings: c.findings, summary: c.rules[0], consolidation: c };
}
