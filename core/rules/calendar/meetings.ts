// What the calendar rules share: the Terms of rules.md ("held", "live", "GT-run meeting"), the
// anchors and labels of groups and meetings, and the per-group sets of partners that several rules
// compare a meeting's Participants with. Sets are built once per group, never per meeting.

import { referenceCluster } from '../../reference';
import { dayToIso } from '../../values';
import type { Day } from '../../types';
import {
  groupName,
  isDialogue,
  isGt,
  type GroupRow,
  type MeetingField,
  type MeetingRow,
  type MeetingStatus,
  type MeetingType,
  type Workbook,
} from '../../workbook/model';
import { valueLabel, type WorkbookMapping } from '../../workbook/mapping';
import type { RuleContext, RuleReport } from '../rule';
import { keepShape } from '../../keep-shape';

// Shared with every area (workbook/model); the calendar rules take them from here with the rest.
export { groupName, isDialogue, isGt };

/** Held: Statut Tenue. */
export function isHeld(m: MeetingRow): boolean {
  return m.status === 'held';
}

/** Live: Tenue, or Prévue dated on or after D. */
export function isLive(m: MeetingRow, today: Day): boolean {
  return m.status === 'held' || (m.status === 'planned' && m.date !== null && m.date >= today);
}

/**
 * GT-run meeting: a `Coordination GT`, or a `Réunion du groupe` of a GT PTF; with the setting
 * `Formalisme des groupes de dialogue` = oui, a `Réunion du groupe` of a dialogue group too. II.4
 * asks the GT PTF for agendas, minutes and participation; II.8 and IV.9 leave dialogue groups
 * "peu de formalisme" and "réunions flexibles".
 */
export function isGtRun(m: MeetingRow, dialogueFormality: boolean): boolean {
  if (m.type === 'gtCoordination') return true;
  if (m.type !== 'group') return false;
  return isGt(m.group) || (dialogueFormality && isDialogue(m.group));
}

/** A readable date: a meeting whose date is blank or unreadable is skipped by all calendar rules. */
export function isDated(m: MeetingRow): m is MeetingRow & { date: Day } {
  return m.date !== null;
}

/** The group a meeting concerns: its Groupes row, a reference cluster, or the text as written. */
export function meetingGroupName(m: MeetingRow): string {
  if (m.group) return groupName(m.group);
  if (m.clusterKey !== null) return referenceCluster(m.clusterKey)?.name ?? m.groupText ?? m.clusterKey;
  return m.groupText ?? '';
}

/**
 * A meeting's type and group as message fragments (` « Coordination GT »`, ` (GT PTF 2)`), for
 * the messages that name one meeting: empty when the type or group is not known. The type is the
 * register's word when its Correspondances sheet maps one (`mapping`: the workbook's).
 */
export function meetingFacts(m: MeetingRow, mapping: WorkbookMapping | undefined): { typeFr: string; typeEn: string; group: string; inGroup: string } {
  const group = meetingGroupName(m);
  return {
    typeFr: m.type ? ` « ${meetingTypeLabel(mapping, m.type, 'fr')} »` : '',
    typeEn: m.type ? ` "${meetingTypeLabel(mapping, m.type, 'en')}"` : '',
    group,
    inGroup: group ? ` (${group})` : '',
  };
}

/**
 * A meeting's name in a message that reads "La réunion{typeFr} du {date}{inGroup}": by its group
 * (` (Santé)`, the type left out) or, without one, by its type (` « GEC »`), so that no message
 * shows an empty name (rules.md, Terms, Clarifications). `group` stays the plain name ('' if none).
 */
export function meetingName(m: MeetingRow, mapping: WorkbookMapping | undefined): { group: string; inGroup: string; typeFr: string; typeEn: string } {
  const group = meetingGroupName(m);
  if (group) return { group, inGroup: ` (${group})`, typeFr: '', typeEn: '' };
  const facts = meetingFacts(m, mapping);
  return { group, inGroup: '', typeFr: facts.typeFr, typeEn: facts.typeEn };
}

/** The `Nom` cell of the group's Groupes row. */
export function groupAnchor(workbook: Workbook, g: GroupRow): Pick<RuleReport, 'sheet' | 'row' | 'col'> {
  const groups = workbook.groups!;
  return { sheet: groups.sheet, row: g.row, col: groups.columns.name ?? groups.columns.code ?? 0 };
}

/** The item key of a group: its Groupes row. */
export function groupKey(workbook: Workbook, g: GroupRow): string {
  return `${workbook.groups!.sheet}!${g.row}`;
}

/** Per workbook, each meeting's key, made once (see meetingKey). */
const meetingKeys = new WeakMap<Workbook, string[]>();

/**
 * The item key of a meeting: its Calendrier row, made once per row and shared by the calendar
 * rules. They evaluate a meeting with `evaluateRow` (no string); the key is for their findings.
 */
export function meetingKey(workbook: Workbook, m: MeetingRow): string {
  let keys = meetingKeys.get(workbook);
  if (!keys) meetingKeys.set(workbook, (keys = []));
  return (keys[m.row] ??= `${workbook.calendar!.sheet}!${m.row}`);
}

/** The coordination roles of a GT PTF (II.7): entrant, en exercice, sortant. */
export function isCoordinationRole(role: string | null): boolean {
  return role === 'incoming' || role === 'lead' || role === 'outgoing';
}

/** Partner keys of a group's current Membres rows, optionally of some roles only. */
export function currentPartners(workbook: Workbook, g: GroupRow, keep?: (m: { role: string | null }) => boolean): Set<string> {
  const out = new Set<string>();
  for (const r of workbook.index.membersOf(g)) {
    if (!r.current || r.partnerKey === null) continue;
    if (keep && !keep(r)) continue;
    out.add(r.partnerKey);
  }
  return out;
}

/** The partner keys of a GT's current coordination rows (II.7), cached per GT. */
export class CoordinationPartners {
  private cache = new Map<GroupRow, Set<string>>();
  constructor(private readonly workbook: Workbook) {}
  of(gt: GroupRow): Set<string> {
    let s = this.cache.get(gt);
    if (!s) {
      s = currentPartners(this.workbook, gt, (r) => isCoordinationRole(r.role));
      this.cache.set(gt, s);
    }
    return s;
  }
}
// One kept for good (keep-shape.ts): several rules make one per run.
keepShape(new CoordinationPartners({} as Workbook));

/** The distinct partner items of a meeting's Participants (clusters left out), in order. */
export function partnersListed(m: MeetingRow): string[] {
  return m.participants ? m.participants.distinctKeys().filter((k) => !k.startsWith('cluster:')) : [];
}

/** partnersListed as a set. */
export function listedPartners(m: MeetingRow): Set<string> {
  return new Set(partnersListed(m));
}

/** Whether the meeting lists at least one of the keys. */
export function listsAny(listed: ReadonlySet<string>, keys: ReadonlySet<string>): boolean {
  const [small, large] = listed.size <= keys.size ? [listed, keys] : [keys, listed];
  for (const k of small) if (large.has(k)) return true;
  return false;
}

/** Blank (not unreadable): the convention of model.ts. */
export function isBlank(m: MeetingRow, field: 'agendaSent' | 'minutesSent' | 'participants' | 'gtRepresentative'): boolean {
  return m[field] === null && !isBad(m, field);
}

/** Unreadable: data/invalid-value or data/error-value was reported, the rule skips the row. */
export function isBad(m: MeetingRow, field: MeetingField): boolean {
  return m.bad !== null && m.bad.has(field);
}

/**
 * A meeting type as messages name it: the register's own word when its Correspondances sheet maps
 * one (`Réunion de pilotage`), the tool's label in `lang` otherwise (docs/writing-rules.md).
 */
export function meetingTypeLabel(mapping: WorkbookMapping | undefined, type: MeetingType, lang: 'fr' | 'en'): string {
  return valueLabel(mapping, 'calendar', 'type', type, lang);
}

/** A meeting status word, likewise (`Effectuée` for Tenue in a register that says so). */
export function meetingStatusLabel(mapping: WorkbookMapping | undefined, status: MeetingStatus, lang: 'fr' | 'en'): string {
  return valueLabel(mapping, 'calendar', 'status', status, lang);
}

/**
 * The Calendrier words a message or suggestion asks the user to enter, as message data: the
 * meeting type (`meetingTypeFr`, `meetingTypeEn`, when given) and the four statuses (`heldFr`,
 * `plannedEn`…), each the register's own word when its Correspondances sheet maps one.
 */
export function calendarWords(mapping: WorkbookMapping | undefined, type?: MeetingType): Record<string, string> {
  const words: Record<string, string> = {};
  if (type) {
    words.meetingTypeFr = meetingTypeLabel(mapping, type, 'fr');
    words.meetingTypeEn = meetingTypeLabel(mapping, type, 'en');
  }
  for (const status of ['held', 'planned', 'cancelled', 'postponed'] as const) {
    words[`${status}Fr`] = meetingStatusLabel(mapping, status, 'fr');
    words[`${status}En`] = meetingStatusLabel(mapping, status, 'en');
  }
  return words;
}

/**
 * For the messages that name a meeting by the TdR's own term (`la rencontre ministérielle`, `le
 * Comité de pilotage du CREDD`): the register's word for that type beside it, ` (« Entretien avec
 * le ministre »)`, when its Correspondances sheet maps one; empty otherwise.
 */
export function registerTypeNote(mapping: WorkbookMapping | undefined, type: MeetingType): { typeNoteFr: string; typeNoteEn: string } {
  const own = mapping?.entries.find((e) => e.item === 'value' && e.sheet === 'calendar' && e.field === 'type' && e.value === type);
  return own ? { typeNoteFr: ` (« ${own.user} »)`, typeNoteEn: ` ("${own.user}")` } : { typeNoteFr: '', typeNoteEn: '' };
}

/**
 * II.2 and II.4: an institutional meeting where every GT PTF is represented by its coordination
 * (the steering committee, the coordinators' meeting). Reports, per held meeting of that type with
 * a non-blank Participants, the GT PTF none of whose current coordination PTF is listed. A GT with
 * no current coordination row is left to membership/tripartite.
 */
export function checkEveryGtRepresented(context: RuleContext, type: MeetingType): void {
  const { calendar, index } = context.workbook;
  if (!calendar || !context.workbook.groups) return;
  const coordination = new CoordinationPartners(context.workbook);
  // scope.md: only the coordinations of the GT in scope are asked for.
  const gts = index.gts.filter((gt) => coordination.of(gt).size > 0 && context.inScope(gt));
  const note = registerTypeNote(context.workbook.mapping, type);
  for (const m of calendar.rows) {
    if (m.type !== type || !isHeld(m) || !isDated(m)) continue;
    if (m.participants === null || isBad(m, 'participants')) continue; // blank: not this rule's business
    context.evaluateRow(calendar.sheet, m.row, m.group);
    const listed = listedPartners(m);
    const missing = gts.filter((gt) => !listsAny(listed, coordination.of(gt)));
    if (missing.length === 0) continue;
    context.report({
      item: meetingKey(context.workbook, m),
      messageId: 'missing',
      data: {
        date: dayToIso(m.date),
        gts: missing.map(groupName),
        count: missing.length,
        ...note,
      },
      sheet: calendar.sheet,
      row: m.row,
      col: calendar.columns.participants!,
      group: m.group,
    });
  }
}
