import type { Rule } from '../rule';
import { checkEveryGtRepresented } from './meetings';

// II.2: "Les Coordinations « tripartites » des 5 GT-PTF représentent les PTF au sein du Comité de
// Pilotage du CREDD".
const rule: Rule = {
  id: 'calendar/steering-committee',
  area: 'calendar',
  tdr: 'II.2',
  title: { fr: 'Comité de pilotage du CREDD', en: 'CREDD steering committee' },
  quote: [
    '« Les Coordinations « tripartites » des 5 GT-PTF représentent les PTF au sein du Comité de Pilotage du CREDD et contribuent à la préparation de la Commission Mixte Mali-Partenaires. »',
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'], members: ['group', 'partner', 'role'], calendar: ['date', 'type', 'status'] },
  description: {
    fr: 'Chaque GT PTF est représenté par sa coordination au Comité de pilotage du CREDD.',
    en: 'Each GT PTF is represented by its coordination at the CREDD steering committee.',
  },
  messages: {
    missing: {
      fr: "Au Comité de pilotage du CREDD{typeNoteFr} du {date}, aucun PTF de la coordination de {count} GT n'est présent : {gts}.",
      en: 'At the CREDD steering committee{typeNoteEn} of {date}, no PTF of the coordination of {count, plural, one {# GT} other {# GTs}} attended: {gts}.',
    },
  },
  suggestions: {
    default: {
      fr: "Assurez la présence d'un PTF de la coordination tripartite de chaque GT au Comité de pilotage, et inscrivez-le dans « Participants ».",
      en: 'Make sure a PTF of each GT tripartite coordination attends the steering committee, and list it in "Attendees".',
    },
  },
  settings: [],
  check(context) {
    checkEveryGtRepresented(context, 'creddSteering');
  },
};
export default rule;
