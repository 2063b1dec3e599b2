// What the membership rules of dialogue groups share: which Membres rows they check.

import { isDialogue, type GroupRow, type MemberField, type MemberRow } from '../../workbook/model';
import type { RuleContext } from '../rule';

/**
 * The current Membres rows of dialogue groups (standing or ad hoc) that `keep` accepts and whose
 * `field` is readable (an unreadable one was reported by data/*). None when the column is absent:
 * it is asked for (context.hasColumn) only once a row needs it, so that data/missing-column names
 * it only for a workbook where it matters.
 */
export function currentDialogueRows(
  context: RuleContext,
  field: MemberField,
  keep: (m: MemberRow) => boolean = () => true,
): (MemberRow & { group: GroupRow })[] {
  const members = context.workbook.members;
  if (!members) return [];
  const out: (MemberRow & { group: GroupRow })[] = [];
  for (const m of members.rows) {
    if (!m.current || !isDialogue(m.group) || !keep(m) || m.bad?.has(field)) continue;
    if (out.length === 0 && !context.hasColumn('members', field)) return [];
    out.push(m as MemberRow & { group: GroupRow });
  }
  return out;
}

/**
 * How a message names a Membres row's partner: never an empty name (rules.md, Terms,
 * Clarifications). `partner` is the PTF as written ('' when blank); `partnerFr` / `partnerEn` are
 * what the templates show: the PTF, or for a blank one the row (`PTF (ligne 12)`).
 */
export function partnerNames(m: MemberRow): { partner: string; partnerFr: string; partnerEn: string } {
  const partner = m.partner ?? '';
  return partner
    ? { partner, partnerFr: partner, partnerEn: partner }
    : { partner, partnerFr: `PTF (ligne ${m.row})`, partnerEn: `PTF (row ${m.row})` };
}

/** partnerNames under another name (`first`: the earlier row a message compares with). */
export function firstNames(m: MemberRow): { first: string; firstFr: string; firstEn: string } {
  const p = partnerNames(m);
  return { first: p.partner, firstFr: p.partnerFr, firstEn: p.partnerEn };
}
