import type { Rule } from '../rule';
import { normalise } from '../../text';
import { dayToIso } from '../../values';
import type { GroupRow, MeetingRow } from '../../workbook/model';
import { groupName, isBad, isBlank, isCoordinationRole, isDialogue, meetingGroupName, meetingKey, registerTypeNote } from './meetings';

/** The meeting's group as a message fragment: none without a group (the type and date name it). */
function ofGroup(m: MeetingRow): { group: string; ofGroupFr: string; ofGroupEn: string } {
  const group = meetingGroupName(m);
  return group ? { group, ofGroupFr: ` du groupe ${group}`, ofGroupEn: ` of the group ${group}` } : { group, ofGroupFr: '', ofGroupEn: '' };
}

/** Who may escort a dialogue group to its minister: the GT's current coordination. */
interface Escorts {
  partners: Set<string>;
  people: Set<string>;
}

// IV.12: "Lors de leurs rencontres avec leur contrepartie ministérielle, les Dialogues Leaders
// doivent être accompagnés par un(e) représentant(e) du GT PTF de coordination".
const rule: Rule = {
  id: 'calendar/ministerial-escort',
  area: 'calendar',
  tdr: 'IV.12',
  title: { fr: 'Accompagnement aux rencontres ministérielles', en: 'Escort to ministerial meetings' },
  quote: [
    "« Lors de leurs rencontres avec leur contrepartie ministérielle, les Dialogues Leaders doivent être accompagnés par un (e) représentant (e) du GT PTF de coordination afin d'assurer le suivi et la cohérence. »",
  ],
  defaultSeverity: 'error',
  requires: { groups: ['code', 'name', 'type'], members: ['group', 'partner', 'role'], calendar: ['date', 'type', 'status'] },
  description: {
    fr: 'Chaque rencontre ministérielle a un représentant de la coordination du GT PTF.',
    en: 'Each ministerial meeting has a representative of the GT PTF coordination.',
  },
  messages: {
    blank: {
      fr: "La rencontre ministérielle{typeNoteFr}{ofGroupFr} du {date} n'indique aucun représentant de la coordination du GT.",
      en: 'The ministerial meeting{typeNoteEn}{ofGroupEn} on {date} names no representative of the GT coordination.',
    },
    notCoordination: {
      fr: "Le représentant indiqué pour la rencontre ministérielle{typeNoteFr}{ofGroupFr} du {date} ({names}) ne fait pas partie de la coordination en cours du GT {gt}.",
      en: 'The representative named for the ministerial meeting{typeNoteEn}{ofGroupEn} on {date} ({names}) is not part of the current coordination of the GT {gt}.',
    },
  },
  suggestions: {
    blank: {
      fr: "Indiquez le PTF ou la personne de la coordination tripartite du GT qui accompagne le Dialogue Leader.",
      en: 'Name the PTF or person of the GT tripartite coordination who escorts the Dialogue Leader.',
    },
    notCoordination: {
      fr: "Faites accompagner le Dialogue Leader par un PTF de la coordination tripartite du GT (entrant, en exercice ou sortant).",
      en: 'Have the Dialogue Leader escorted by a PTF of the GT tripartite coordination (incoming, lead or outgoing).',
    },
  },
  settings: ['agendaLeadDays'],
  check(context) {
    const { workbook, today } = context;
    const { calendar, index } = workbook;
    if (!calendar) return;
    const lead = context.setting('agendaLeadDays');
    const escortsByGt = new Map<GroupRow, Escorts>();
    const escortsOf = (gt: GroupRow): Escorts => {
      let e = escortsByGt.get(gt);
      if (!e) {
        e = { partners: new Set(), people: new Set() };
        for (const r of index.membersOf(gt)) {
          if (!r.current || !isCoordinationRole(r.role)) continue;
          if (r.partnerKey !== null) e.partners.add(r.partnerKey);
          if (r.expert !== null) e.people.add(normalise(r.expert));
          if (r.alternate !== null) e.people.add(normalise(r.alternate));
        }
        escortsByGt.set(gt, e);
      }
      return e;
    };
    let checkedColumn = false;
    for (const m of calendar.rows) {
      if (m.type !== 'ministerial' || m.date === null || isBad(m, 'group')) continue;
      // Held, or planned within the agenda lead time: the escort is known by then.
      const soon = m.status === 'planned' && m.date - today >= 0 && m.date - today < lead;
      if (m.status !== 'held' && !soon) continue;
      if (!checkedColumn) {
        if (!context.hasColumn('calendar', 'gtRepresentative')) return;
        checkedColumn = true;
      }
      if (isBad(m, 'gtRepresentative')) continue;
      context.evaluateRow(calendar.sheet, m.row, m.group);
      const anchor = { sheet: calendar.sheet, row: m.row, col: calendar.columns.gtRepresentative!, group: m.group };
      if (isBlank(m, 'gtRepresentative') || m.gtRepresentative!.length === 0) {
        context.report({
          item: meetingKey(workbook, m),
          messageId: 'blank',
          data: { ...ofGroup(m), date: dayToIso(m.date), ...registerTypeNote(workbook.mapping, 'ministerial') },
          ...anchor,
        });
        continue;
      }
      const gt = isDialogue(m.group) ? m.group!.parentGt : null;
      if (!gt) continue; // unresolved GT: the escort cannot be checked
      const escorts = escortsOf(gt);
      // Names found nowhere in the workbook are accepted: only the PTF and people of Membres are
      // known well enough to say they are not the GT's coordination.
      let known = 0;
      let escorted = false;
      for (const item of m.gtRepresentative!) {
        const partner = index.partnerKey(item);
        const person = normalise(item);
        const isPartner = partner !== null && index.partners.has(partner);
        const isPerson = index.people.has(person);
        if (!isPartner && !isPerson) continue;
        known++;
        if ((isPartner && escorts.partners.has(partner!)) || (isPerson && escorts.people.has(person))) {
          escorted = true;
          break;
        }
      }
      if (known > 0 && !escorted) {
        context.report({
          item: meetingKey(workbook, m),
          messageId: 'notCoordination',
          data: { ...ofGroup(m), date: dayToIso(m.date), names: m.gtRepresentative!, gt: groupName(gt), ...registerTypeNote(workbook.mapping, 'ministerial') },
          ...anchor,
        });
      }
    }
  },
};
export default rule;
