import type { Rule } from '../rule';
import { evaluateRows, reportIssues } from './issues';

// III.1: the former GT/SGT became dialogue groups, and their coordinators (once called chefs de
// file) Dialogue Leaders. The old words are read, and pointed out.
const rule: Rule = {
  id: 'data/deprecated-term',
  area: 'data',
  tdr: 'III.1',
  title: { fr: 'Ancien vocabulaire', en: 'Outdated term' },
  quote: [
    '« Tous les anciens GT et SGT deviennent des Groupes de Dialogue sectoriel reliés aux 5 nouveaux GT PTF. […] Les anciens Coordinateurs de GT/SGT (précédemment appelés Chef de File de GT) sont désormais appelés Dialogue Leaders. »',
  ],
  defaultSeverity: 'info',
  description: {
    fr: 'Le vocabulaire est celui des TdR (groupes de dialogue, Dialogue Leaders).',
    en: 'The wording is the ToR’s (dialogue groups, Dialogue Leaders).',
  },
  messages: {
    deprecatedRole: {
      fr: '« {value} » est l’ancien nom du rôle : les TdR parlent désormais de Dialogue Leader.',
      en: '"{value}" is the former name of the role: the ToR now say Dialogue Leader.',
    },
    deprecatedGroupType: {
      fr: '« {value} » est l’ancien nom : les anciens GT/SGT sont désormais des groupes de dialogue.',
      en: '"{value}" is the former name: former GT/SGT are now dialogue groups.',
    },
  },
  suggestions: {
    deprecatedRole: { fr: 'Écrivez « Dialogue Leader ».', en: 'Write "Dialogue Leader".' },
    deprecatedGroupType: { fr: 'Écrivez « Groupe de dialogue ».', en: 'Write "Groupe de dialogue".' },
  },
  check(context) {
    evaluateRows(context);
    reportIssues(context, 'deprecated-term');
  },
};
export default rule;
