import type { Rule } from '../rule';
import { dayToIso } from '../../values';
import type { Day } from '../../types';
import type { GroupRow, MeetingRow, MeetingType } from '../../workbook/model';
import type { WorkbookMapping } from '../../workbook/mapping';
import { meetingTypeLabel, groupName, isBad, isDialogue, isGt, isLive, meetingKey, meetingName } from './meetings';

/** Dialogue frameworks and PTF meetings that no group meeting should fall on (IV.9). */
const CLASH_ALWAYS: ReadonlySet<MeetingType> = new Set<MeetingType>([
  'jointCommission',
  'creddReview',
  'creddSteering',
  'gec',
  'coordinatorsMeeting',
  'retreat',
]);
/** Sector frameworks: a clash only for the group they concern, its GT or its dialogue groups. */
const CLASH_SAME_SECTOR: ReadonlySet<MeetingType> = new Set<MeetingType>(['creddSubgroup', 'creddGt', 'sectorReview']);

/** Whether two meetings' hours overlap; unknown hours (either side) count as overlapping. */
function overlaps(a: MeetingRow, b: MeetingRow): boolean {
  if (a.start === null || a.end === null || b.start === null || b.end === null) return true;
  return a.start < b.end && b.start < a.end; // touching is no clash
}

/** The sector meeting's Groupe is the meeting group, its GT, or (for a GT) one of its dialogue groups. */
function sameSector(group: GroupRow | null, other: GroupRow | null): boolean {
  if (!group || !other) return false;
  if (other === group) return true;
  if (isDialogue(group)) return group.parentGt !== null && other === group.parentGt;
  if (isGt(group)) return isDialogue(other) && other.parentGt === group;
  return false;
}

function label(m: MeetingRow, lang: 'fr' | 'en', mapping: WorkbookMapping | undefined): string {
  const type = meetingTypeLabel(mapping, m.type!, lang);
  const group = m.group ? ` ${groupName(m.group)}` : '';
  const ref = m.id ?? (lang === 'fr' ? `ligne ${m.row}` : `row ${m.row}`);
  return `${type}${group} (${ref})`;
}

// IV.9: group meetings "devront être agencées dans un calendrier harmonisé" with the dialogue
// frameworks between the Government and the PTF (Commission Mixte, revues CREDD, Comité de
// pilotage, GT CREDD and sous-groupes) and the PTF's own meetings (GEC, coordinators' meeting, the
// coordination meeting of a GT PTF).
const rule: Rule = {
  id: 'calendar/harmonised',
  area: 'calendar',
  tdr: 'IV.9',
  title: { fr: 'Calendrier harmonisé', en: 'Harmonised calendar' },
  quote: [
    "« Les Groupes de Dialogue auront des réunions flexibles (périodicité et format) avec leurs membres qui devront être agencées dans un calendrier harmonisé avec non seulement avec l'ensemble des autres cadres de dialogue prévue entre le Gouvernement et les PTF […] mais aussi avec les rencontres au sein des PTF […] »",
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'], calendar: ['date', 'type', 'status'] },
  description: {
    fr: 'Les réunions des groupes ne tombent pas en même temps que les autres cadres de dialogue.',
    en: 'Group meetings do not fall at the same time as the other dialogue frameworks.',
  },
  messages: {
    clash: {
      fr: "La réunion{typeFr} du {date}{inGroup} tombe en même temps que : {clashesFr}.",
      en: 'The meeting{typeEn} of {date}{inGroup} falls at the same time as: {clashesEn}.',
    },
  },
  suggestions: {
    default: {
      fr: "Déplacez la réunion (ou ses horaires) pour l'harmoniser avec le calendrier des autres cadres de dialogue.",
      en: 'Move the meeting (or its hours) to fit the calendar of the other dialogue frameworks.',
    },
  },
  settings: [],
  check(context) {
    const { workbook, today } = context;
    const { calendar, index } = workbook;
    if (!calendar) return;

    // The live meetings a group meeting may clash with, per day, gathered once per day.
    const candidatesByDay = new Map<Day, MeetingRow[]>();
    const candidatesOn = (day: Day): MeetingRow[] => {
      let list = candidatesByDay.get(day);
      if (!list) {
        list = index
          .meetingsOn(day)
          .filter(
            (b) =>
              b.type !== null &&
              (CLASH_ALWAYS.has(b.type) || CLASH_SAME_SECTOR.has(b.type) || b.type === 'gtCoordination') &&
              isLive(b, today),
          );
        candidatesByDay.set(day, list);
      }
      return list;
    };

    // A clashing meeting is usually listed by many group meetings of its day: label it once.
    const labels = new Map<MeetingRow, { fr: string; en: string }>();
    const labelOf = (m: MeetingRow) => {
      let l = labels.get(m);
      if (!l) {
        l = { fr: label(m, 'fr', workbook.mapping), en: label(m, 'en', workbook.mapping) };
        labels.set(m, l);
      }
      return l;
    };

    for (const a of calendar.rows) {
      if (a.type !== 'group' && a.type !== 'gtCoordination') continue;
      if (a.date === null || !isLive(a, today)) continue;
      if (isBad(a, 'group') || isBad(a, 'start') || isBad(a, 'end')) continue;
      context.evaluateRow(calendar.sheet, a.row, a.group);
      const ownGt = a.type === 'group' && isDialogue(a.group) ? a.group!.parentGt : null;
      const clashes: MeetingRow[] = [];
      for (const b of candidatesOn(a.date)) {
        if (b === a) continue;
        const type = b.type!;
        const clash =
          CLASH_ALWAYS.has(type) ||
          (CLASH_SAME_SECTOR.has(type) && sameSector(a.group, b.group)) ||
          (type === 'gtCoordination' && ownGt !== null && b.group === ownGt);
        if (clash && overlaps(a, b)) clashes.push(b);
      }
      if (clashes.length === 0) continue;
      context.report({
        item: meetingKey(workbook, a),
        messageId: 'clash',
        data: {
          date: dayToIso(a.date),
          ...meetingName(a, workbook.mapping),
          clashesFr: clashes.map((b) => labelOf(b).fr),
          clashesEn: clashes.map((b) => labelOf(b).en),
          count: clashes.length,
        },
        sheet: calendar.sheet,
        row: a.row,
        col: calendar.columns.date!,
        group: a.group,
      });
    }
  },
};
export default rule;
