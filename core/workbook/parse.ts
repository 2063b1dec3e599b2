// From a host snapshot to the parsed workbook: every sheet read once, every value normalised,
// every reference resolved, every problem recorded as a DataIssue for the data/* rules.

import { normalise } from '../text';
import { matchClusterRow, matchCps, matchDialogueGroup, matchGt, parseOddList, referenceGt } from '../reference';
import {
  INVALID,
  isBlank,
  dayToIso as iso,
  formatTime,
  readDate,
  readText,
  readTime,
  readWholeNumber,
  readYesNo,
  splitList,
  type ReadOptions,
} from '../values';
import { defaultSettings, type Settings } from '../settings';
import type { Cell, Day, Lang, WorkbookSnapshot } from '../types';
import {
  GROUP_MEETING_TYPES,
  matchDecisionStatus,
  matchDeprecatedGroupType,
  matchDeprecatedRole,
  matchDocumentType,
  matchGroupType,
  matchMeetingStatus,
  matchMeetingType,
  matchPartnerType,
  matchRole,
} from './enums';
import { buildIndex } from './index-builder';
import { NormalisedKeys } from './keys';
import { ListReader, type ItemKinds, type ItemList } from './lists';
import {
  groupKind,
  groupName,
  isDialogue,
  type DecisionField,
  type DecisionRow,
  type DocumentField,
  type DocumentRow,
  type GroupField,
  type GroupRow,
  type MeetingField,
  type MeetingRow,
  type MemberField,
  type MemberRow,
  type PartnerField,
  type PartnerRow,
  type SettingField,
  type SettingRow,
  type SheetKey,
  type Table,
  type Workbook,
} from './model';
import { GroupResolver, type Expected } from './resolve';
import { SHEETS, sheetSpec } from './schema';
import { IssueLog, SheetReader, type RowDraft } from './sheet-reader';
import { readMapping } from './mapping';
import { readSettingsSheet } from './settings-sheet';
import { keepShape } from '../keep-shape';

export interface ParseOptions {
  /** The command line's --date: wins over Paramètres. */
  referenceDate?: Day;
  /** The command line's --lang: wins over Paramètres. */
  language?: Lang;
  /** Today, used when neither the caller nor Paramètres gives a reference date. */
  today: Day;
  /** Rule ids accepted as Paramètres keys. */
  knownRuleIds: ReadonlySet<string>;
  /** The command line's --scope (GT codes or names): wins over Paramètres › Périmètre. */
  scope?: readonly string[];
}

export interface Parsed {
  workbook: Workbook;
  settings: Settings;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseWorkbook(snapshot: WorkbookSnapshot, options: ParseOptions): Parsed {
  const log = new IssueLog();
  const readOptions: ReadOptions = {
    date1904: snapshot.date1904 === true,
    timeZone: snapshot.timeZone ?? 'Africa/Bamako',
  };
  // The Correspondances sheet first: it says which sheets, headers and words are the tool's.
  const mapping = readMapping(snapshot.sheets, log, readOptions);
  const located = mapping.located;
  const readers = new Map<SheetKey, SheetReader<string>>();
  for (const spec of SHEETS) {
    const key = spec.key;
    const sheet = located.get(key);
    if (sheet) readers.set(key, new SheetReader(sheet, spec, log, readOptions, mapping.bySheet.get(key)));
    else if (spec.required) log.add('missing-sheet', null, null, null, null, 'missingSheet', { sheet: spec.fr, sheetEn: spec.en });
  }
  const reader = <F extends string>(key: SheetKey) => readers.get(key) as SheetReader<F> | undefined;

  // Settings first: the reference date decides which memberships are current.
  const settings = defaultSettings(options.referenceDate ?? options.today);
  let settingRows: SettingRow[] = [];
  const settingsReader = reader<SettingField>('settings');
  if (settingsReader) settingRows = readSettingsSheet(settingsReader, settings, options.knownRuleIds);
  if (options.referenceDate !== undefined) settings.referenceDate = options.referenceDate;
  if (options.language !== undefined) settings.language = options.language;
  const today = settings.referenceDate;

  const partners = readPartners(reader<PartnerField>('partners'));
  // A PTF sheet without its Sigle column cannot be checked against (data/missing-column): partner
  // names are then compared with each other, as without the sheet.
  const partnerIndex = new PartnerIndex(partners && partners.columns.code !== undefined ? partners.rows : null);

  const groupsReader = reader<GroupField>('groups');
  const groupRows = groupsReader ? readGroups(groupsReader) : [];
  const resolver = new GroupResolver(
    groupRows,
    groupsReader !== undefined && groupsReader.has('code') && groupsReader.has('name'),
  );
  if (groupsReader) resolveGroupLinks(groupsReader, groupRows, resolver);
  resolveScope(settings, settingsReader, settingRows, resolver, options.scope);

  const membersReader = reader<MemberField>('members');
  const memberRows = membersReader ? readMembers(membersReader, resolver, partnerIndex, today) : [];
  for (const m of memberRows) if (m.partnerKey !== null) partnerIndex.knownMemberPartners.add(m.partnerKey);

  const calendarReader = reader<MeetingField>('calendar');
  // People of Membres (normalised), for matching Représentant coordination GT items whole.
  const people = new Set<string>();
  // The same names recur on many rows: each text as written is normalised once.
  const met = new Set<string>();
  const addPerson = (name: string | null) => {
    if (name === null || met.has(name)) return;
    met.add(name);
    people.add(normalise(name));
  };
  for (const m of memberRows) {
    addPerson(m.expert);
    addPerson(m.alternate);
  }
  // Calendrier IDs, normalised, with the row of their first use (read once, shared with Décisions
  // and the index).
  const meetingIds = new NormalisedKeys();
  const meetingRows = calendarReader ? readMeetings(calendarReader, resolver, partnerIndex, people, meetingIds) : [];

  const decisionsReader = reader<DecisionField>('decisions');
  const decisionRows = decisionsReader
    ? readDecisions(decisionsReader, resolver, calendarReader?.has('id') ? meetingIds : null)
    : [];

  const documentsReader = reader<DocumentField>('documents');
  const documentRows = documentsReader ? readDocuments(documentsReader, resolver) : [];

  const workbook: Workbook = {
    name: snapshot.name ?? '',
    sheetOrder: snapshot.sheets.map((s) => s.name),
    groups: table(groupsReader, groupRows),
    members: table(membersReader, memberRows),
    calendar: table(calendarReader, meetingRows),
    decisions: table(decisionsReader, decisionRows),
    documents: table(documentsReader, documentRows),
    partners: partners,
    settings: table(settingsReader, settingRows),
    issues: log.issues,
    mapping,
    index: undefined as unknown as Workbook['index'],
  };
  workbook.index = buildIndex(workbook, partnerIndex, meetingIds, people);
  return { workbook, settings };
}

/**
 * scope.md: the Périmètre texts (or the command line's, which win) matched like `GT de
 * rattachement`: a Groupes GT row by code or name, then the reference codes, names and aliases.
 * An item that names no reference GT: data/invalid-value on the Périmètre cell, scope all five.
 * The command line's items were checked against the reference before (an unknown one throws).
 */
function resolveScope(
  settings: Settings,
  reader: SheetReader<SettingField> | undefined,
  rows: SettingRow[],
  resolver: GroupResolver,
  given: readonly string[] | undefined,
): void {
  const texts = given ?? (settings.scope as string[] | null);
  settings.scope = null;
  if (texts === null || texts.length === 0) return;
  const codes = new Set<string>();
  const unknown: string[] = [];
  for (const text of texts) {
    const res = resolver.resolve(text, 'gt');
    const fromRow = typeof res === 'object' && res.group !== null ? res.group.reference : null;
    const code = fromRow !== null && referenceGt(fromRow) ? fromRow : matchGt(text, text);
    if (code === null) unknown.push(text);
    else codes.add(code);
  }
  if (unknown.length > 0) {
    if (given) throw new RangeError(`scope: ${unknown.join(', ')} names no GT PTF`);
    const row = rows.find((r) => Array.isArray(r.value) && r.value === texts);
    if (row && reader) {
      reader.issue('invalid-value', reader.newDraft(row.row), 'value', 'badSetting', {
        key: row.key ?? '',
        value: texts.join('; '),
      });
    }
    return;
  }
  settings.scope = [...codes].sort();
}

/** A key seen before in the sheet: data/duplicate on this occurrence, naming the first row. */
function firstOnly<F extends string>(
  reader: SheetReader<F>,
  d: RowDraft,
  field: F,
  value: string,
  key: string,
  seen: Map<string, number>,
  messageId = 'duplicate',
  group: GroupRow | null = null,
): void {
  const first = seen.get(key);
  if (first !== undefined) reader.issue('duplicate', d, field, messageId, { value, firstRow: first }, group);
  else seen.set(key, d.row);
}

function table<R, F extends string>(reader: SheetReader<F> | undefined, rows: R[]): Table<R, F> | null {
  if (!reader) return null;
  return {
    key: reader.spec.key as SheetKey,
    sheet: reader.sheet,
    headerRow: reader.headerRow,
    columns: reader.columns,
    rows,
    width: reader.width,
    height: reader.height,
  };
}

/** The draft's unreadable fields, typed for its row. Rows are built as one literal each, their
 * fields first: an object spread here (`{ ...draft, ...fields }`) cost more than reading the row. */
function badOf<F extends string>(draft: RowDraft): ReadonlySet<F> | null {
  return draft.bad as ReadonlySet<F> | null;
}

// ---------------------------------------------------------------------------------------------
// PTF
// ---------------------------------------------------------------------------------------------

function readPartners(reader: SheetReader<PartnerField> | undefined): Table<PartnerRow, PartnerField> | null {
  if (!reader) return null;
  const rows: PartnerRow[] = [];
  const seen = new Map<string, number>();
  const f = reader.fields;
  for (const r of reader.dataRows) {
    const d = reader.newDraft(r);
    const code = reader.text(d, f.code);
    reader.requireValue(d, 'code', code);
    const name = reader.text(d, f.name);
    const type = reader.read(d, f.type, (c) => matchPartnerType(readText(c)) ?? INVALID, 'invalidPartnerType');
    if (code !== null) firstOnly(reader, d, 'code', code, normalise(code), seen);
    rows.push({ row: d.row, bad: badOf<PartnerField>(d), waivers: d.waivers, code, name, type });
  }
  return table(reader, rows);
}

/** Partner identity: the PTF sheet's Sigle when the sheet exists, else the normalised name. */
export class PartnerIndex {
  private byName = new Map<string, string>();
  /** Partner keys seen in Membres (for list splitting without a PTF sheet). */
  readonly knownMemberPartners = new Set<string>();
  constructor(readonly rows: PartnerRow[] | null) {
    if (!rows) return;
    for (const p of rows) {
      if (p.code === null) continue;
      const key = normalise(p.code);
      if (!this.byName.has(key)) this.byName.set(key, key);
      if (p.name !== null) {
        const n = normalise(p.name);
        if (!this.byName.has(n)) this.byName.set(n, key);
      }
    }
  }
  get hasSheet(): boolean {
    return this.rows !== null;
  }
  private readonly keys = new Map<string, string | null>();
  /**
   * The partner's identity (WorkbookIndex.partnerKey): the PTF sheet's Sigle, normalised, when the
   * sheet lists the name; else the name normalised. Null only for an empty name.
   */
  key(text: string): string | null {
    // Remembered by the text as written: Membres repeats the same partners thousands of times.
    let k = this.keys.get(text);
    if (k !== undefined) return k;
    const n = normalise(text);
    k = n === '' ? null : this.byName.get(n) ?? n;
    if (this.keys.size < 100_000) this.keys.set(text, k);
    return k;
  }
  private readonly listedNames = new Map<string, boolean>();
  /** Whether the PTF sheet lists the name (as a Sigle or a Nom); true when there is no sheet. */
  listed(text: string): boolean {
    if (!this.hasSheet) return true;
    // Remembered by the text as written, as `key`.
    let l = this.listedNames.get(text);
    if (l === undefined) {
      l = this.byName.has(normalise(text));
      if (this.listedNames.size < 100_000) this.listedNames.set(text, l);
    }
    return l;
  }
  /** Whether a name is a partner's: listed by the PTF sheet, or a partner of Membres. */
  known(text: string): boolean {
    const n = normalise(text);
    return (this.hasSheet && this.byName.has(n)) || this.knownMemberPartners.has(n);
  }
}

// ---------------------------------------------------------------------------------------------
// Groupes
// ---------------------------------------------------------------------------------------------

function readGroups(reader: SheetReader<GroupField>): GroupRow[] {
  const rows: GroupRow[] = [];
  const codes = new Map<string, number>();
  const names = new Map<string, number>();
  const f = reader.fields;
  for (const r of reader.dataRows) {
    const d = reader.newDraft(r);
    const code = reader.text(d, f.code);
    reader.requireValue(d, 'code', code);
    const name = reader.text(d, f.name);
    reader.requireValue(d, 'name', name);
    const typeText = reader.text(d, f.type);
    reader.requireValue(d, 'type', typeText);
    let type = typeText === null ? null : matchGroupType(reader.enumText(f.type, typeText)) ?? null;
    if (typeText !== null && type === null) {
      if (matchDeprecatedGroupType(typeText)) {
        type = 'dialogue';
        reader.issue('deprecated-term', d, 'type', 'deprecatedGroupType', { value: typeText });
      } else reader.invalid(d, 'type', 'unknownGroupType', { value: typeText });
    }
    const cps = reader.read(d, f.cps, (c) => matchCps(readText(c)) ?? INVALID, 'unknownCps');
    const odd = reader.read(
      d,
      f.odd,
      (c) => parseOddList(typeof c === 'number' ? c : readText(c)),
      'invalidOdd',
    );
    const theme = reader.text(d, f.theme);
    const results = reader.text(d, f.results);
    const parentGtText = reader.text(d, f.parentGt);
    if (f.waivers.present) {
      const w = reader.cell(d, f.waivers);
      if (!reader.checkError(d, 'waivers', w, null)) d.waivers = reader.waivers(d);
    }
    let reference: string | null = null;
    if (type === 'gt') reference = matchGt(code, name);
    else if (type === 'dialogue' || type === 'adhoc') reference = matchDialogueGroup(code, name);
    else if (type === 'cluster') reference = matchClusterRow(code, name);
    // Blank or invalid Type: still the reference cluster it matches (isCluster), nothing else.
    else reference = untypedClusterReference(code, name);

    const row: GroupRow = {
      row: d.row,
      bad: badOf<GroupField>(d),
      waivers: d.waivers,
      code,
      name,
      type,
      parentGtText,
      parentGt: null,
      cps,
      odd,
      theme,
      results,
      clusters: null,
      reference,
    };
    if (code !== null) firstOnly(reader, d, 'code', code, normalise(code), codes);
    // Names are unique within one type.
    const kind = groupKind(row);
    if (name !== null && kind !== null) firstOnly(reader, d, 'name', name, kind + '\u0000' + normalise(name), names);
    rows.push(row);
  }
  return rows;
}

/**
 * The reference cluster a row with a blank or invalid Type stands for (rules.md, Clarifications):
 * the one its code names (CL-SANTE); else the one its name names, unless the row also matches a
 * reference GT or dialogue group (`GD-SANTE` / `Santé` is the dialogue group, not the cluster).
 */
function untypedClusterReference(code: string | null, name: string | null): string | null {
  const byCode = matchClusterRow(code, null);
  if (byCode !== null) return byCode;
  if (matchGt(code, name) !== null || matchDialogueGroup(code, name) !== null) return null;
  return matchClusterRow(null, name);
}

/** GT de rattachement and Cluster lié, once every row is known. */
function resolveGroupLinks(reader: SheetReader<GroupField>, rows: GroupRow[], resolver: GroupResolver): void {
  const f = reader.fields;
  for (const g of rows) {
    const d = g as unknown as RowDraft & { bad: Set<string> | null };
    if (g.parentGtText !== null) {
      const res = resolver.resolve(g.parentGtText, 'gt');
      if (res === 'unknown') {
        if (resolver.checkable) {
          reader.issue('unknown-reference', d, 'parentGt', 'unknownReference', { items: [g.parentGtText] }, g);
          reader.markBad(d, 'parentGt');
        }
      } else if (res === 'wrong-kind') {
        reader.invalid(d, 'parentGt', 'notAGt', { value: g.parentGtText }, g);
      } else if (res === 'untyped') {
        reader.markBad(d, 'parentGt'); // a row that is no group: its Type cell says why
      } else g.parentGt = res.group;
    }
    if (f.clusters.present) {
      const c = reader.raw(g.row, f.clusters);
      if (isBlank(c) || reader.checkError(d, 'clusters', c, g)) continue;
      const text = readText(c);
      const items = splitList(text, (item) => typeof resolver.resolve(item, 'cluster') === 'object');
      const keys: string[] = [];
      const unknown: string[] = [];
      const wrong: string[] = [];
      let untyped = false;
      for (const item of items) {
        const res = resolver.resolve(item, 'cluster');
        if (res === 'unknown') {
          if (resolver.checkable) unknown.push(item);
        } else if (res === 'wrong-kind') wrong.push(item);
        else if (res === 'untyped') untyped = true;
        else if (res.clusterKey !== null && !keys.includes(res.clusterKey)) keys.push(res.clusterKey);
      }
      if (unknown.length) reader.issue('unknown-reference', d, 'clusters', 'unknownReference', { items: unknown }, g);
      if (wrong.length) reader.invalid(d, 'clusters', 'notACluster', { value: wrong.join(', ') }, g);
      if (unknown.length || wrong.length || untyped) reader.markBad(d, 'clusters');
      g.clusters = keys;
    }
  }
  // Group issues raised before parents were known carry no group: nothing to fix, they are
  // anchored on Groupes and the engine derives the group from the row.
}

// ---------------------------------------------------------------------------------------------
// Membres
// ---------------------------------------------------------------------------------------------

function resolveCell<F extends string>(
  reader: SheetReader<F>,
  d: RowDraft,
  field: F,
  text: string | null,
  resolver: GroupResolver,
  expected: Expected,
): { group: GroupRow | null; clusterKey: string | null } {
  if (text === null) return { group: null, clusterKey: null };
  const res = resolver.resolve(text, expected);
  if (res === 'unknown') {
    if (!resolver.checkable) return { group: null, clusterKey: null };
    reader.issue('unknown-reference', d, field, 'unknownReference', { items: [text] });
    reader.markBad(d, field);
    return { group: null, clusterKey: null };
  }
  if (res === 'wrong-kind') {
    reader.invalid(d, field, expected === 'cluster' ? 'notACluster' : 'isACluster', { value: text });
    return { group: null, clusterKey: null };
  }
  if (res === 'untyped') {
    // A row that is no group (its Type cell was reported): not reported again, and skipped.
    reader.markBad(d, field);
    return { group: null, clusterKey: null };
  }
  return res;
}

function readMembers(
  reader: SheetReader<MemberField>,
  resolver: GroupResolver,
  partners: PartnerIndex,
  today: Day,
): MemberRow[] {
  const rows: MemberRow[] = [];
  const currentPairs = new Map<string, number>();
  const plannedPairs = new Map<string, number>();
  const f = reader.fields;
  for (const r of reader.dataRows) {
    const d = reader.newDraft(r);
    const groupText = reader.text(d, f.group);
    reader.requireValue(d, 'group', groupText);
    const { group } = resolveCell(reader, d, 'group', groupText, resolver, 'group');
    const partner = reader.text(d, f.partner, group);
    reader.requireValue(d, 'partner', partner, group);
    let partnerKey: string | null = null;
    if (partner !== null) {
      // Still this partner when the PTF sheet does not list it (reported once, here).
      partnerKey = partners.key(partner);
      if (!partners.listed(partner)) {
        reader.issue('unknown-reference', d, 'partner', 'unknownPartner', { items: [partner] }, group);
      }
    }
    const roleText = reader.text(d, f.role, group);
    reader.requireValue(d, 'role', roleText, group);
    let role = roleText === null ? null : matchRole(reader.enumText(f.role, roleText)) ?? null;
    if (roleText !== null && role === null) {
      if (matchDeprecatedRole(roleText)) {
        role = 'leader';
        reader.issue('deprecated-term', d, 'role', 'deprecatedRole', { value: roleText }, group);
      } else reader.invalid(d, 'role', 'unknownRole', { value: roleText }, group);
    }
    if (role !== null && group !== null) {
      const coordination = role === 'incoming' || role === 'lead' || role === 'outgoing';
      const wrong =
        (coordination && group.type !== 'gt') ||
        (role === 'leader' && !isDialogue(group));
      if (wrong) {
        reader.invalid(d, 'role', 'roleOnWrongGroup', { value: roleText!, group: groupName(group) }, group);
        role = null;
      }
    }
    const expert = reader.text(d, f.expert, group);
    const expertEmail = reader.read(d, f.expertEmail, email, 'invalidEmail', group);
    const alternate = reader.text(d, f.alternate, group);
    const alternateEmail = reader.read(d, f.alternateEmail, email, 'invalidEmail', group);
    let nexus = reader.read(d, f.nexus, readNexus, 'invalidYesNo', group);
    // A blank yes/no cell means no (workbook.md), when the column exists.
    if (nexus === null && f.nexus.present && !reader.isBad(d, 'nexus')) nexus = false;
    const nexusDate = reader.read(d, f.nexusDate, readDate, 'invalidDate', group);
    const start = reader.read(d, f.start, readDate, 'invalidDate', group);
    const end = reader.read(d, f.end, readDate, 'invalidDate', group);
    if (start !== null && end !== null && end < start) {
      reader.issue('date-order', d, 'end', 'mandateOrder', { start: iso(start), end: iso(end) }, group);
    }
    if (f.waivers.present && !reader.checkError(d, 'waivers', reader.cell(d, f.waivers), group)) {
      d.waivers = reader.waivers(d);
    }
    const startBad = reader.isBad(d, 'start');
    const current = !startBad && (start === null || start <= today);
    const planned = !startBad && start !== null && start > today;
    if (group !== null && partnerKey !== null && (current || planned)) {
      const pairs = current ? currentPairs : plannedPairs;
      firstOnly(reader, d, 'partner', partner!, group.row + '\u0000' + partnerKey, pairs, 'duplicatePair', group);
    }
    rows.push({
        row: d.row,
        bad: badOf<MemberField>(d),
        waivers: d.waivers,
        groupText,
        group,
        partner,
        partnerKey,
        role,
        expert,
        expertEmail,
        alternate,
        alternateEmail,
        nexus,
        nexusDate,
        start,
        end,
        current,
      });
  }
  return rows;
}

function email(c: unknown): string | typeof INVALID {
  const t = readText(c as never);
  return EMAIL.test(t) ? t : INVALID;
}

// ---------------------------------------------------------------------------------------------
// Calendrier
// ---------------------------------------------------------------------------------------------

/**
 * Participants items: a cluster (a reference cluster whatever its Groupes row's Type) or a
 * partner, by the one partner identity (PartnerIndex.key); one the PTF sheet does not list is
 * reported once (data/unknown-reference) and still counts as that partner.
 */
class ParticipantKinds implements ItemKinds {
  private readonly keys = new Map<string, string | null>();

  constructor(
    private readonly resolver: GroupResolver,
    private readonly partners: PartnerIndex,
  ) {}

  keyOf(item: string): string | null {
    let k = this.keys.get(item);
    if (k === undefined) {
      const cl = this.resolver.resolve(item, 'cluster');
      if (typeof cl === 'object' && cl.clusterKey !== null) k = 'cluster:' + cl.clusterKey;
      else k = this.partners.key(item);
      this.keys.set(item, k);
    }
    return k;
  }

  whole(item: string, key: string | null): boolean {
    return isClusterKey(key) || this.partners.known(item);
  }

  unknown(item: string, key: string | null): boolean {
    return key === null || (!isClusterKey(key) && this.partners.hasSheet && !this.partners.listed(item));
  }
}

function isClusterKey(k: string | null): boolean {
  return k !== null && k.startsWith('cluster:');
}

function readMeetings(
  reader: SheetReader<MeetingField>,
  resolver: GroupResolver,
  partners: PartnerIndex,
  people: ReadonlySet<string>,
  ids: NormalisedKeys,
): MeetingRow[] {
  const rows: MeetingRow[] = [];
  let groupColumnNeeded = false;
  const participantLists = new ListReader(new ParticipantKinds(resolver, partners));
  const f = reader.fields;
  for (const r of reader.dataRows) {
    const d = reader.newDraft(r);
    const id = reader.text(d, f.id);
    if (id !== null) {
      const first = ids.addFirst(id, r);
      if (first !== undefined) reader.issue('duplicate', d, 'id', 'duplicate', { value: id, firstRow: first });
    }
    const date = reader.read(d, f.date, readDate, 'invalidDate');
    reader.requireValue(d, 'date', date);
    const start = reader.read(d, f.start, readTime, 'invalidTime');
    const end = reader.read(d, f.end, readTime, 'invalidTime');
    if (start !== null && end !== null && end < start) {
      reader.issue('date-order', d, 'end', 'timeOrder', { start: formatTime(start), end: formatTime(end) });
    }
    const type = reader.read(d, f.type, readMeetingType, 'unknownMeetingType');
    reader.requireValue(d, 'type', type);
    const status = reader.read(d, f.status, readMeetingStatus, 'unknownMeetingStatus');
    reader.requireValue(d, 'status', status);

    const groupText = reader.text(d, f.group);
    const groupMeeting = type !== null && GROUP_MEETING_TYPES.has(type);
    if (groupMeeting) {
      if (f.group.present) reader.requireValue(d, 'group', groupText);
      else groupColumnNeeded = true;
    }
    const resolved = resolveCell(reader, d, 'group', groupText, resolver, type === 'cluster' ? 'cluster' : 'group');
    let group = resolved.group;
    const clusterKey = resolved.clusterKey;
    if (group !== null) {
      const wrong =
        (type === 'gtCoordination' && group.type !== 'gt') ||
        (type === 'ministerial' && !isDialogue(group));
      if (wrong) {
        reader.invalid(d, 'group', type === 'gtCoordination' ? 'notAGt' : 'notADialogueGroup', { value: groupText! });
        group = null;
      }
    }
    const agendaSent = reader.read(d, f.agendaSent, readDate, 'invalidDate', group);
    const minutesSent = reader.read(d, f.minutesSent, readDate, 'invalidDate', group);
    const invited = reader.read(d, f.invited, readInvited, 'invalidWholeNumber', group);

    let participants: ItemList | null = null;
    const pc = reader.cell(d, f.participants);
    if (!isBlank(pc) && !reader.checkError(d, 'participants', pc, group)) {
      const read = participantLists.read(readText(pc));
      participants = read.list;
      const unknown = read.unknown;
      if (unknown.length) reader.issue('unknown-reference', d, 'participants', 'unknownParticipants', { items: unknown }, group);
    }

    let gtRepresentative: string[] | null = null;
    const rc = reader.cell(d, f.gtRepresentative);
    if (!isBlank(rc) && !reader.checkError(d, 'gtRepresentative', rc, group)) {
      // Items name PTF or people of Membres (rules.md, calendar/ministerial-escort).
      gtRepresentative = splitList(readText(rc), (item) => partners.known(item) || people.has(normalise(item)));
    }
    if (f.waivers.present && !reader.checkError(d, 'waivers', reader.cell(d, f.waivers), group)) {
      d.waivers = reader.waivers(d);
    }
    rows.push({
        row: d.row,
        bad: badOf<MeetingField>(d),
        waivers: d.waivers,
        id,
        date,
        start,
        end,
        groupText,
        group,
        clusterKey,
        type,
        status,
        agendaSent,
        minutesSent,
        participants,
        invited,
        gtRepresentative,
      });
  }
  if (groupColumnNeeded) reader.missingColumn('group');
  // Issues raised on a row before its group was known are attached to it afterwards by the
  // engine through the row's resolved group.
  return rows;
}

// Kind readers of the hot loops, made once (not a closure per row).
const readMeetingType = (c: Cell) => matchMeetingType(readText(c)) ?? INVALID;
const readMeetingStatus = (c: Cell) => matchMeetingStatus(readText(c)) ?? INVALID;
const readDecisionStatus = (c: Cell) => matchDecisionStatus(readText(c)) ?? INVALID;
const readDocumentType = (c: Cell) => matchDocumentType(readText(c)) ?? INVALID;
const readNexus = (c: Cell) => readYesNo(c);
const readInvited = (c: Cell) => {
  const n = readWholeNumber(c);
  return n === INVALID || n < 0 ? INVALID : n;
};
const readYear = (c: Cell) => {
  const n = readWholeNumber(c);
  return n === INVALID || n < 2000 || n > 2100 ? INVALID : n;
};

// ---------------------------------------------------------------------------------------------
// Décisions and Documents
// ---------------------------------------------------------------------------------------------

function readDecisions(
  reader: SheetReader<DecisionField>,
  resolver: GroupResolver,
  meetingIds: NormalisedKeys | null,
): DecisionRow[] {
  const rows: DecisionRow[] = [];
  // Compared normalised, without a normalised string per row (as Calendrier IDs).
  const ids = new NormalisedKeys();
  const f = reader.fields;
  for (const r of reader.dataRows) {
    const d = reader.newDraft(r);
    const id = reader.text(d, f.id);
    if (id !== null) {
      const first = ids.addFirst(id, r);
      if (first !== undefined) reader.issue('duplicate', d, 'id', 'duplicate', { value: id, firstRow: first });
    }
    const groupText = reader.text(d, f.group);
    reader.requireValue(d, 'group', groupText);
    const { group } = resolveCell(reader, d, 'group', groupText, resolver, 'group');
    const meeting = reader.text(d, f.meeting, group);
    if (meeting !== null && meetingIds !== null && !meetingIds.has(meeting)) {
      reader.issue('unknown-reference', d, 'meeting', 'unknownMeeting', { items: [meeting] }, group);
    }
    const decision = reader.text(d, f.decision, group);
    reader.requireValue(d, 'decision', decision, group);
    const owner = reader.text(d, f.owner, group);
    reader.requireValue(d, 'owner', owner, group);
    const due = reader.read(d, f.due, readDate, 'invalidDate', group);
    reader.requireValue(d, 'due', due, group);
    const status = reader.read(d, f.status, readDecisionStatus, 'unknownDecisionStatus', group);
    reader.requireValue(d, 'status', status, group);
    const doneOn = reader.read(d, f.doneOn, readDate, 'invalidDate', group);
    if (f.waivers.present && !reader.checkError(d, 'waivers', reader.cell(d, f.waivers), group)) {
      d.waivers = reader.waivers(d);
    }
    rows.push({ row: d.row, bad: badOf<DecisionField>(d), waivers: d.waivers, id, meeting, groupText, group, decision, owner, due, status, doneOn });
  }
  return rows;
}

function readDocuments(reader: SheetReader<DocumentField>, resolver: GroupResolver): DocumentRow[] {
  const rows: DocumentRow[] = [];
  const f = reader.fields;
  for (const r of reader.dataRows) {
    const d = reader.newDraft(r);
    const groupText = reader.text(d, f.group);
    reader.requireValue(d, 'group', groupText);
    const { group } = resolveCell(reader, d, 'group', groupText, resolver, 'group');
    const type = reader.read(d, f.type, readDocumentType, 'unknownDocumentType', group);
    reader.requireValue(d, 'type', type, group);
    const year = reader.read(d, f.year, readYear, 'invalidYear', group);
    reader.requireValue(d, 'year', year, group);
    const date = reader.read(d, f.date, readDate, 'invalidDate', group);
    const link = reader.text(d, f.link, group);
    if (f.waivers.present && !reader.checkError(d, 'waivers', reader.cell(d, f.waivers), group)) {
      d.waivers = reader.waivers(d);
    }
    rows.push({ row: d.row, bad: badOf<DocumentField>(d), waivers: d.waivers, groupText, group, type, year, date, link });
  }
  return rows;
}

export { sheetSpec };

// One object of each per-run class, kept (keep-shape.ts).
keepShape(new ParticipantKinds(new GroupResolver([]), new PartnerIndex(null)));
