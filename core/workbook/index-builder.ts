// The workbook's lookups, built once after reading so that rules never join rows by scanning.

import { defaultClustersOfGd } from '../reference';
import type { Day } from '../types';
import { isCluster, isDialogue, type DocumentRow, type GroupRow, type MeetingRow, type MemberRow, type Workbook, type WorkbookIndex } from './model';
import type { PartnerIndex } from './parse';
import { GroupResolver } from './resolve';

/**
 * `meetingIds`: the Calendrier IDs, normalised (with their first row); `people`: the experts and
 * alternates of Membres, normalised (the parser has both already).
 */
export function buildIndex(
  wb: Workbook,
  partnerIndex: PartnerIndex,
  meetingIds: { keys(): string[] },
  people: ReadonlySet<string>,
): WorkbookIndex {
  const groups = wb.groups?.rows ?? [];
  const gts = groups.filter((g) => g.type === 'gt');
  const dialogueGroups = groups.filter(isDialogue);
  const clusters = groups.filter(isCluster);

  const dialogueByGt = new Map<GroupRow, GroupRow[]>();
  for (const g of dialogueGroups) if (g.parentGt) push(dialogueByGt, g.parentGt, g);

  const membersByGroup = new Map<GroupRow, MemberRow[]>();
  const partners = new Set<string>();
  for (const m of wb.members?.rows ?? []) {
    if (m.group) push(membersByGroup, m.group, m);
    if (m.partnerKey !== null) partners.add(m.partnerKey);
  }

  const meetingsByGroup = new Map<GroupRow, MeetingRow[]>();
  const meetingsByDay = new Map<Day, MeetingRow[]>();
  for (const m of wb.calendar?.rows ?? []) {
    if (m.group) push(meetingsByGroup, m.group, m);
    if (m.date !== null) push(meetingsByDay, m.date, m);
  }

  const documentsByGroup = new Map<GroupRow, DocumentRow[]>();
  for (const d of wb.documents?.rows ?? []) if (d.group) push(documentsByGroup, d.group, d);

  // III.7 links: the group's own `Cluster lié`, else the reference defaults.
  const linked = new Map<GroupRow, string[]>();
  const linkedTo = new Map<string, GroupRow[]>();
  for (const g of dialogueGroups) {
    const own = g.clusters !== null && g.clusters.length > 0 ? g.clusters : null;
    const keys = own ?? (g.reference !== null && !g.bad?.has('clusters') ? defaultClustersOfGd(g.reference) : []);
    linked.set(g, keys);
    for (const k of keys) push(linkedTo, k, g);
  }

  // Arrays by row number rather than `Sheet!row` strings: built once, a hundred thousand rows.
  const rowGroups = new Map<string, (GroupRow | null)[]>();
  const byRow = (sheet: string) => {
    let list = rowGroups.get(sheet);
    if (!list) rowGroups.set(sheet, (list = []));
    return list;
  };
  if (wb.groups) {
    const list = byRow(wb.groups.sheet);
    for (const g of groups) list[g.row] = g;
  }
  for (const t of [wb.members, wb.calendar, wb.decisions, wb.documents]) {
    if (!t) continue;
    const list = byRow(t.sheet);
    for (const r of t.rows as { row: number; group: GroupRow | null }[]) list[r.row] = r.group;
  }

  const none: never[] = [];
  let meetingIdSet: ReadonlySet<string> | null = null;
  return {
    gts,
    dialogueGroups,
    clusters,
    dialogueGroupsOf: (gt) => dialogueByGt.get(gt) ?? none,
    membersOf: (g) => membersByGroup.get(g) ?? none,
    meetingsOf: (g) => meetingsByGroup.get(g) ?? none,
    meetingsOn: (day) => meetingsByDay.get(day) ?? none,
    documentsOf: (g) => documentsByGroup.get(g) ?? none,
    linkedClustersOf: (g) => linked.get(g) ?? none,
    groupsLinkedTo: (k) => linkedTo.get(k) ?? none,
    clusterKeyOf: (g) => GroupResolver.clusterKeyOf(g),
    people,
    partners,
    partnerKey: (text) => partnerIndex.key(text),
    groupOfRow: (sheet, row) => rowGroups.get(sheet)?.[row] ?? null,
    // Made when first asked for (no rule needs it on every run).
    get meetingIds() {
      return (meetingIdSet ??= new Set(meetingIds.keys()));
    },
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
