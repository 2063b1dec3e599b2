import type { Rule } from '../rule';
import { checkEveryGtRepresented } from './meetings';

// II.4: each GT PTF contributes to "échanges entre GT PTF (rencontre des coordinateurs)".
const rule: Rule = {
  id: 'calendar/coordinators-meeting',
  area: 'calendar',
  tdr: 'II.4',
  title: { fr: 'Réunion des coordinateurs', en: "Coordinators' meeting" },
  quote: [
    '« Contribution aux échanges entre GT PTF (rencontre des coordinateurs) et au plaidoyer à porter par le GEC/Troïka en faisant remonter des thématiques sectorielles au niveau du GEC. »',
  ],
  defaultSeverity: 'info',
  requires: { groups: ['code', 'name', 'type'], members: ['group', 'partner', 'role'], calendar: ['date', 'type', 'status'] },
  description: {
    fr: 'Chaque GT PTF est représenté par sa coordination à la réunion des coordinateurs de GT.',
    en: "Each GT PTF is represented by its coordination at the GT coordinators' meeting.",
  },
  messages: {
    missing: {
      fr: "À la réunion des coordinateurs de GT{typeNoteFr} du {date}, aucun PTF de la coordination de {count} GT n'est présent : {gts}.",
      en: "At the GT coordinators' meeting{typeNoteEn} of {date}, no PTF of the coordination of {count, plural, one {# GT} other {# GTs}} attended: {gts}.",
    },
  },
  suggestions: {
    default: {
      fr: "Invitez la coordination tripartite de chaque GT à la réunion des coordinateurs, et inscrivez les présents dans « Participants ».",
      en: "Invite each GT's tripartite coordination to the coordinators' meeting, and list those who attended in \"Attendees\".",
    },
  },
  settings: [],
  check(context) {
    checkEveryGtRepresented(context, 'coordinatorsMeeting');
  },
};
export default rule;
