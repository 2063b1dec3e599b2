// The workbook's lookups, built once after reading so that rules never join rows by scanning.

import { defaultClustersOfGd } from '../reference';
import type { Day } from '../types';
import { isCluster, isDialogue, type DocumentRow, type GroupRow, type MeetingRow, type MemberRow, type Workbook, type WorkbookIndex } from './model';
import type { PartnerIndex } from './parse';
import { GroupResolver } from './resolve';
import { keepShape } from '../keep-shape';

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

  return new Index(
    gts,
    dialogueGroups,
    clusters,
    dialogueByGt,
    membersByGroup,
    meetingsByGroup,
    meetingsByDay,
    documentsByGroup,
    linked,
    linkedTo,
    rowGroups,
    people,
    partners,
    partnerIndex,
    meetingIds,
  );
}

const none: never[] = [];

/**
 * The index as a class, not an object of closures: a rule's optimized code that calls a closure
 * of one run is thrown away with it (keep-shape.ts).
 */
class Index implements WorkbookIndex {
  private meetingIdSet: ReadonlySet<string> | null = null;

  constructor(
    readonly gts: GroupRow[],
    readonly dialogueGroups: GroupRow[],
    readonly clusters: GroupRow[],
    private readonly dialogueByGt: Map<GroupRow, GroupRow[]>,
    private readonly membersByGroup: Map<GroupRow, MemberRow[]>,
    private readonly meetingsByGroup: Map<GroupRow, MeetingRow[]>,
    private readonly meetingsByDay: Map<Day, MeetingRow[]>,
    private readonly documentsByGroup: Map<GroupRow, DocumentRow[]>,
    private readonly linked: Map<GroupRow, string[]>,
    private readonly linkedTo: Map<string, GroupRow[]>,
    private readonly rowGroups: Map<string, (GroupRow | null)[]>,
    readonly people: ReadonlySet<string>,
    readonly partners: ReadonlySet<string>,
    private readonly partnerIndex: PartnerIndex | null,
    private readonly meetingIdKeys: { keys(): string[] },
  ) {}

  dialogueGroupsOf(gt: GroupRow): GroupRow[] {
    return this.dialogueByGt.get(gt) ?? none;
  }
  membersOf(g: GroupRow): MemberRow[] {
    return this.membersByGroup.get(g) ?? none;
  }
  meetingsOf(g: GroupRow): MeetingRow[] {
    return this.meetingsByGroup.get(g) ?? none;
  }
  meetingsOn(day: Day): MeetingRow[] {
    return this.meetingsByDay.get(day) ?? none;
  }
  documentsOf(g: GroupRow): DocumentRow[] {
    return this.documentsByGroup.get(g) ?? none;
  }
  linkedClustersOf(g: GroupRow): string[] {
    return this.linked.get(g) ?? none;
  }
  groupsLinkedTo(k: string): GroupRow[] {
    return this.linkedTo.get(k) ?? none;
  }
  clusterKeyOf(g: GroupRow): string {
    return GroupResolver.clusterKeyOf(g);
  }
  partnerKey(text: string): string | null {
    return this.partnerIndex!.key(text);
  }
  groupOfRow(sheet: string, row: number): GroupRow | null {
    return this.rowGroups.get(sheet)?.[row] ?? null;
  }
  /** Made when first asked for (no rule needs it on every run). */
  get meetingIds(): ReadonlySet<string> {
    return (this.meetingIdSet ??= new Set(this.meetingIdKeys.keys()));
  }
}

// One kept for good (keep-shape.ts).
const noMap = new Map();
keepShape(new Index(none, none, none, noMap, noMap, noMap, noMap, noMap, noMap, noMap, noMap, new Set(), new Set(), null, { keys: () => none }));

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
