// The parsed workbook: typed rows with their sheet positions, references resolved once.
// Convention for every field of a row: the value is null when the cell is blank OR unreadable;
// `row.bad` holds the names of the fields whose cell was unreadable (invalid or an error value),
// so a rule can tell "blank" (report it) from "unreadable" (skip the row, data/* already reported).

import type { WorkbookMapping } from './mapping';
import type { ItemList } from './lists';
import type { Day, Waiver } from '../types';

/** The group's name as the messages show it: its `Nom`, else its code. */
export function groupName(g: GroupRow | null): string {
  if (!g) return '';
  return g.name ?? g.code ?? '';
}

export function isGt(g: GroupRow | null): boolean {
  return g !== null && g.type === 'gt';
}

/**
 * A cluster: a row of type Cluster, or a row whose Type is blank or invalid that matches a
 * reference cluster (its `reference` is then that cluster's code). A reference cluster code such as
 * CL-SANTE stays a cluster whatever its row's Type says (rules.md, Terms, Clarifications): the
 * Type cell is reported once and changes nothing else.
 */
export function isCluster(g: GroupRow | null): boolean {
  return g !== null && (g.type === 'cluster' || (g.type === null && g.reference !== null));
}

/**
 * What a Groupes row is for every rule: its Type, or `cluster` for an untyped row that matches a
 * reference cluster; null for any other row whose Type is blank or invalid, which is no group of
 * any kind (its Type cell was reported; references to it are not reported again).
 */
export function groupKind(g: GroupRow): GroupType | null {
  return g.type ?? (g.reference !== null ? 'cluster' : null);
}

/** A dialogue group, standing or ad hoc (IV.14). */
export function isDialogue(g: GroupRow | null): boolean {
  return g !== null && (g.type === 'dialogue' || g.type === 'adhoc');
}

/** The GT a group rolls up to: GT1..GT5 when it matches one, else the workbook code. */
export function gtCodeOf(group: GroupRow | null): string | null {
  if (!group) return null;
  if (group.type === 'gt') return group.reference ?? group.code;
  if (isDialogue(group)) return group.parentGt ? gtCodeOf(group.parentGt) : null;
  return null;
}

export type SheetKey = 'groups' | 'members' | 'calendar' | 'decisions' | 'documents' | 'partners' | 'settings';

export type GroupType = 'gt' | 'dialogue' | 'adhoc' | 'cluster';
export type Role = 'member' | 'leader' | 'incoming' | 'lead' | 'outgoing';
export type MeetingType =
  | 'group'
  | 'gtCoordination'
  | 'ministerial'
  | 'cluster'
  | 'creddSubgroup'
  | 'creddGt'
  | 'creddSteering'
  | 'jointCommission'
  | 'creddReview'
  | 'sectorReview'
  | 'gec'
  | 'coordinatorsMeeting'
  | 'retreat'
  | 'troika';
export type MeetingStatus = 'planned' | 'held' | 'cancelled' | 'postponed';
export type DecisionStatus = 'open' | 'done' | 'dropped';
export type DocumentType = 'tdr' | 'workPlan' | 'annualReport' | 'priorities';
export type PartnerType = 'bilateral' | 'multilateral' | 'other';

/** A parsed table: which columns were found (0-based index), and the data rows. */
export interface Table<R, F extends string> {
  key: SheetKey;
  /** The sheet's name as written. */
  sheet: string;
  /** Sheet row number (1-based) of the header row; null when none was found. */
  headerRow: number | null;
  /** Column index of each recognised field; absent when the column is missing. */
  columns: Partial<Record<F, number>>;
  rows: R[];
  /** The number of columns of the sheet (to tell real cells from out-of-range ones). */
  width: number;
  /** The sheet's last row number. */
  height: number;
}

interface RowBase<F extends string> {
  /** Sheet row number, 1-based. */
  row: number;
  /** Fields whose cell was unreadable (data/invalid-value or data/error-value was reported). */
  bad: ReadonlySet<F> | null;
  waivers: Waiver[];
}

export type GroupField =
  | 'code' | 'name' | 'type' | 'parentGt' | 'cps' | 'odd' | 'theme' | 'results' | 'clusters' | 'waivers';

export interface GroupRow extends RowBase<GroupField> {
  code: string | null;
  name: string | null;
  type: GroupType | null;
  /** `GT de rattachement` as written. */
  parentGtText: string | null;
  /** The resolved GT PTF row, or null (blank, unknown, or not a GT). */
  parentGt: GroupRow | null;
  /** Reference CPS code (CPS-SDR...), or null. */
  cps: string | null;
  odd: number[] | null;
  theme: string | null;
  results: string | null;
  /** `Cluster lié` items resolved to cluster keys (see Workbook.clusterKey); null when blank. */
  clusters: string[] | null;
  /**
   * The reference entry this row matches: GT1..GT5, a GD-* code or a CL-* code; null if none. A
   * row whose Type is blank or invalid is matched against the reference clusters only (isCluster).
   */
  reference: string | null;
}

export type MemberField =
  | 'group' | 'partner' | 'role' | 'expert' | 'expertEmail' | 'alternate' | 'alternateEmail'
  | 'nexus' | 'nexusDate' | 'start' | 'end' | 'waivers';

export interface MemberRow extends RowBase<MemberField> {
  groupText: string | null;
  group: GroupRow | null;
  /** The partner as written. */
  partner: string | null;
  /**
   * The partner's identity for comparisons: the PTF sheet's Sigle when matched, else the name
   * normalised (a partner the PTF sheet does not list is still that partner everywhere; see
   * WorkbookIndex.partnerKey).
   */
  partnerKey: string | null;
  role: Role | null;
  /** True when the role was written with the deprecated name `Chef de file`. */
  expert: string | null;
  expertEmail: string | null;
  alternate: string | null;
  alternateEmail: string | null;
  nexus: boolean | null;
  nexusDate: Day | null;
  start: Day | null;
  end: Day | null;
  /** Current: start blank or ≤ D (rules.md, Terms). */
  current: boolean;
}

export type MeetingField =
  | 'id' | 'date' | 'start' | 'end' | 'group' | 'type' | 'status' | 'agendaSent' | 'minutesSent'
  | 'participants' | 'invited' | 'gtRepresentative' | 'waivers';

export interface MeetingRow extends RowBase<MeetingField> {
  id: string | null;
  date: Day | null;
  /** Minutes since midnight. */
  start: number | null;
  end: number | null;
  groupText: string | null;
  /** The resolved group (a cluster for cluster meetings), or null. */
  group: GroupRow | null;
  /** For a cluster meeting whose Groupe names a reference cluster without a Groupes row. */
  clusterKey: string | null;
  type: MeetingType | null;
  status: MeetingStatus | null;
  agendaSent: Day | null;
  minutesSent: Day | null;
  /**
   * Participants items, null when blank: `items()` as written (trimmed); `keys()` resolved: partner
   * keys (PTF, or the item normalised when the PTF sheet does not list it, as
   * MemberRow.partnerKey) and cluster keys (prefixed `cluster:`).
   */
  participants: ItemList | null;
  invited: number | null;
  gtRepresentative: string[] | null;
}

export type DecisionField =
  | 'id' | 'meeting' | 'group' | 'decision' | 'owner' | 'due' | 'status' | 'doneOn' | 'waivers';

export interface DecisionRow extends RowBase<DecisionField> {
  id: string | null;
  meeting: string | null;
  groupText: string | null;
  group: GroupRow | null;
  decision: string | null;
  owner: string | null;
  due: Day | null;
  status: DecisionStatus | null;
  doneOn: Day | null;
}

export type DocumentField = 'group' | 'type' | 'year' | 'date' | 'link' | 'waivers';

export interface DocumentRow extends RowBase<DocumentField> {
  groupText: string | null;
  group: GroupRow | null;
  type: DocumentType | null;
  year: number | null;
  date: Day | null;
  link: string | null;
}

export type PartnerField = 'code' | 'name' | 'type';

export interface PartnerRow extends RowBase<PartnerField> {
  code: string | null;
  name: string | null;
  type: PartnerType | null;
}

export type SettingField = 'key' | 'value';

export interface SettingRow extends RowBase<SettingField> {
  key: string | null;
  value: unknown;
}

/** What the reader could not accept: each becomes one data/* finding. */
export interface DataIssue {
  kind:
    | 'missing-sheet'
    | 'missing-column'
    | 'required-value'
    | 'invalid-value'
    | 'duplicate'
    | 'unknown-reference'
    | 'date-order'
    | 'error-value'
    | 'deprecated-term';
  sheet: string | null;
  row: number | null;
  col: number | null;
  /** The group the cell's row concerns (resolved), for the finding's group/gt. */
  group: GroupRow | null;
  /** Message id of the data rule and its facts. */
  messageId: string;
  data: Record<string, string | number | string[]>;
}

export interface Workbook {
  name: string;
  /** Sheet names in workbook order (for sorting findings). */
  sheetOrder: string[];
  groups: Table<GroupRow, GroupField> | null;
  members: Table<MemberRow, MemberField> | null;
  calendar: Table<MeetingRow, MeetingField> | null;
  decisions: Table<DecisionRow, DecisionField> | null;
  documents: Table<DocumentRow, DocumentField> | null;
  partners: Table<PartnerRow, PartnerField> | null;
  settings: Table<SettingRow, SettingField> | null;
  /** Issues found while reading, turned into findings by the data/* rules. */
  issues: DataIssue[];
  /** The Correspondances sheet as read (absent in workbooks built by hand in tests). */
  mapping?: WorkbookMapping;
  /** Lookups built once, so that no rule joins rows by scanning. */
  index: WorkbookIndex;
}

/**
 * Lookups over the parsed rows. Lists keep sheet row order. Group lists hold rows by their kind
 * (groupKind): a row whose Type is blank or invalid is in none, bar `clusters` when it stands for a
 * reference cluster. "Dialogue groups" are both dialogue types (dialogue and adhoc).
 */
export interface WorkbookIndex {
  gts: GroupRow[];
  dialogueGroups: GroupRow[];
  clusters: GroupRow[];
  /** The dialogue groups whose resolved `GT de rattachement` is this GT row. */
  dialogueGroupsOf(gt: GroupRow): GroupRow[];
  /** Every Membres row of the group (current and planned: filter on `current`). */
  membersOf(group: GroupRow): MemberRow[];
  /** Every Calendrier row whose Groupe resolved to this group. */
  meetingsOf(group: GroupRow): MeetingRow[];
  /** Calendrier rows with a readable date, by day. */
  meetingsOn(day: Day): MeetingRow[];
  /** Documents rows of the group. */
  documentsOf(group: GroupRow): DocumentRow[];
  /**
   * The cluster keys a dialogue group is linked to (III.7): its `Cluster lié`, or when that cell
   * or column is blank or absent, the default links of reference.md. Keys: the reference code
   * (CL-WASH) when the cluster matches one, else `row:<code>` for a Groupes cluster row.
   */
  linkedClustersOf(group: GroupRow): string[];
  /** The dialogue groups linked (as above) to a cluster key. */
  groupsLinkedTo(clusterKey: string): GroupRow[];
  /** The cluster key of a Groupes row of type Cluster. */
  clusterKeyOf(group: GroupRow): string;
  /** Normalised names of every expert and alternate in Membres (for "people of Membres"). */
  people: ReadonlySet<string>;
  /** Partner keys of every Membres row (see MemberRow.partnerKey). */
  partners: ReadonlySet<string>;
  /**
   * The one notion of "this partner" every rule compares with: the PTF sheet's Sigle (normalised)
   * when the sheet lists the name as a Sigle or a Nom, else the name normalised (a partner missing
   * from the PTF sheet is still that partner: rules.md, Clarifications). Null only for an empty
   * name. The same key as MemberRow.partnerKey and the partner keys of MeetingRow.participants (keys()).
   */
  partnerKey(text: string): string | null;
  /**
   * The group a data row of an input sheet concerns: the row itself on Groupes, its resolved
   * Groupe on Membres, Calendrier, Décisions and Documents; null otherwise (rules.md, "Findings'
   * group and gt").
   */
  groupOfRow(sheet: string, row: number): GroupRow | null;
  /** Calendrier IDs, normalised. */
  meetingIds: ReadonlySet<string>;
}

