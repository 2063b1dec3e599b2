import type { Rule } from '../rule';
import { dayToIso } from '../../values';
import type { GroupRow, MeetingRow } from '../../workbook/model';
import {
  CoordinationPartners,
  currentPartners,
  isBad,
  isGt,
  isGtRun,
  isHeld,
  partnersListed,
  meetingKey,
  meetingName,
} from './meetings';

// II.4 ("participation, responsabilisation des membres du GT"), I.4 (the reform answers "la tenue
// de réunion à faible participation") and IV.11 (a GT coordination gathers the coordination and
// the Dialogue Leaders of its dialogue groups): at least the minimum rate (50 %) of the invited
// attend.
const rule: Rule = {
  id: 'calendar/participation',
  area: 'calendar',
  tdr: 'II.4, IV.11, I.4',
  title: { fr: 'Participation', en: 'Attendance' },
  quote: [
    '« […] organisation régulière de rencontres (OdJ, CR, suivi des décisions, respect des délais dans la transmission des documents, ponctualité, participation, responsabilisation des membres du GT) »',
    "« Ces difficultés étaient souvent liées […] à la tenue de réunion à faible participation ainsi qu'à la participation passive aux réunions. »",
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'], members: ['group', 'partner', 'role'], calendar: ['date', 'type', 'status'] },
  description: {
    fr: 'Chaque réunion tenue pilotée par un GT enregistre ses participants et atteint le taux de participation minimal.',
    en: 'Each held GT-run meeting records its attendees and reaches the minimum attendance rate.',
  },
  messages: {
    blank: {
      fr: "La réunion{typeFr} du {date}{inGroup} a été tenue sans liste de participants.",
      en: 'The meeting{typeEn} of {date}{inGroup} was held with no list of attendees.',
    },
    low: {
      fr: "La réunion{typeFr} du {date}{inGroup} a réuni {present, plural, one {# participant} other {# participants}} sur {invited, plural, one {# invité} other {# invités}}, soit {rate} % (minimum : {min} %).",
      en: 'The meeting{typeEn} of {date}{inGroup} gathered {present, plural, one {# attendee} other {# attendees}} out of {invited} invited, {rate}% (minimum: {min}%).',
    },
    lowMembers: {
      fr: "La réunion{typeFr} du {date}{inGroup} n'a réuni que {present} PTF sur {invited, plural, one {# attendu} other {# attendus}}, soit {rate} % (minimum : {min} %).",
      en: 'The meeting{typeEn} of {date}{inGroup} gathered only {present} PTF of {invited, plural, one {# expected} other {# expected}}, {rate}% (minimum: {min}%).',
    },
  },
  suggestions: {
    blank: {
      fr: 'Indiquez les PTF présents dans « Participants ».',
      en: 'List the PTF who attended in "Attendees".',
    },
    default: {
      fr: "Relancez les membres absents et vérifiez que la date et l'ordre du jour leur conviennent.",
      en: 'Follow up with the absent members and check that the date and agenda suit them.',
    },
  },
  settings: ['minAttendanceRate', 'dialogueFormality'],
  check(context) {
    const { workbook } = context;
    const { calendar, index } = workbook;
    if (!calendar) return;
    const minRate = context.setting('minAttendanceRate');
    const formality = context.setting('dialogueFormality');
    const coordination = new CoordinationPartners(workbook);

    // Who is expected, per group and kind of meeting, built once.
    const expectedAtGroup = new Map<GroupRow, Set<string>>();
    const expectedAtCoordination = new Map<GroupRow, Set<string>>();
    const expectedOf = (m: MeetingRow): Set<string> => {
      const g = m.group;
      if (!g) return new Set();
      if (m.type === 'gtCoordination') {
        if (!isGt(g)) return new Set();
        let s = expectedAtCoordination.get(g);
        if (!s) {
          // IV.11: the coordination meets the Dialogue Leaders under its umbrella.
          s = new Set(coordination.of(g));
          for (const dg of index.dialogueGroupsOf(g)) {
            for (const k of currentPartners(workbook, dg, (r) => r.role === 'leader')) s.add(k);
          }
          expectedAtCoordination.set(g, s);
        }
        return s;
      }
      let s = expectedAtGroup.get(g);
      if (!s) {
        s = currentPartners(workbook, g);
        expectedAtGroup.set(g, s);
      }
      return s;
    };

    let checkedColumn = false;
    for (const m of calendar.rows) {
      if (m.date === null || !isHeld(m) || isBad(m, 'group') || !isGtRun(m, formality)) continue;
      if (!checkedColumn) {
        if (!context.hasColumn('calendar', 'participants')) return;
        checkedColumn = true;
      }
      if (isBad(m, 'participants') || isBad(m, 'invited')) continue;
      const anchor = { sheet: calendar.sheet, row: m.row, col: calendar.columns.participants!, group: m.group };
      const date = m.date;
      // Made only for a finding: most rows pass.
      const facts = () => ({ date: dayToIso(date), ...meetingName(m, workbook.mapping) });
      if (m.participants === null || m.participants.length === 0) {
        context.evaluateRow(calendar.sheet, m.row, m.group);
        context.report({ item: meetingKey(workbook, m), messageId: 'blank', data: facts(), ...anchor });
        continue;
      }
      const listed = partnersListed(m);
      let invited: number;
      let present: number;
      let messageId: string;
      if (m.invited !== null) {
        invited = m.invited;
        present = listed.length;
        messageId = 'low';
      } else {
        const expected = expectedOf(m);
        invited = expected.size;
        present = 0;
        for (const k of listed) if (expected.has(k)) present++;
        messageId = 'lowMembers';
      }
      if (invited <= 0) continue; // nobody invited: no rate
      context.evaluateRow(calendar.sheet, m.row, m.group);
      if (present / invited < minRate) {
        context.report({
          item: meetingKey(workbook, m),
          messageId,
          data: {
            ...facts(),
            present,
            invited,
            rate: Math.round((100 * present) / invited),
            min: Math.round(100 * minRate * 10) / 10,
          },
          ...anchor,
        });
      }
    }
  },
};
export default rule;
