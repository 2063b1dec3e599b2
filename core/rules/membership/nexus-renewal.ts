import type { Rule } from '../rule';
import { currentDialogueRows, partnerNames } from './members';
import { dayToIso } from '../../values';
import { groupName } from '../../workbook/model';

// III.6: the Nexus focal point of each dialogue group is designated "(renouveler tous les ans)".
// A focal point's designation date must be known and no older than the validity setting (365
// days) at D.
//
// Items: every current row of a dialogue group with `Point focal Nexus` yes whose `Désignation
// Nexus` is readable. Age = D − designation; it fires when age > validity (exactly 365 days is
// still valid).
const rule: Rule = {
  id: 'membership/nexus-renewal',
  area: 'membership',
  tdr: 'III.6',
  title: { fr: 'Renouvellement du point focal Nexus', en: 'Nexus focal point renewal' },
  quote: ['« […] désigner un point focal Nexus parmi ses membres […] (renouveler tous les ans) »'],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'], members: ['group'] },
  settings: ['nexusValidityDays'],
  description: {
    fr: 'La désignation de chaque point focal Nexus est datée et renouvelée tous les ans.',
    en: 'Every Nexus focal point designation is dated and renewed every year.',
  },
  messages: {
    blank: {
      fr: "Le point focal Nexus du groupe de dialogue {group} ({partnerFr}) n'a pas de date de désignation.",
      en: 'The Nexus focal point of the dialogue group {group} ({partnerEn}) has no designation date.',
    },
    expired: {
      fr: 'Le point focal Nexus du groupe de dialogue {group} ({partnerFr}) a été désigné le {date}, il y a {days, plural, one {# jour} other {# jours}} (validité : {validity, plural, one {# jour} other {# jours}}) : à renouveler.',
      en: 'The Nexus focal point of the dialogue group {group} ({partnerEn}) was designated on {date}, {days, plural, one {# day} other {# days}} ago (validity: {validity, plural, one {# day} other {# days}}): due for renewal.',
    },
  },
  suggestions: {
    blank: {
      fr: 'Indiquez la date de désignation (ou du dernier renouvellement) du point focal Nexus.',
      en: 'Enter the date the Nexus focal point was designated (or last renewed).',
    },
    expired: {
      fr: 'Renouvelez la désignation du point focal Nexus et mettez à jour sa date.',
      en: 'Renew the Nexus focal point designation and update its date.',
    },
  },
  check(context) {
    const { members } = context.workbook;
    if (!members) return; // data/missing-sheet
    const validity = context.setting('nexusValidityDays');
    for (const m of currentDialogueRows(context, 'nexusDate', (m) => m.nexus === true && !m.bad?.has('nexus'))) {
      const g = m.group;
      context.evaluateRow(members.sheet, m.row, g);
      // Made only for a finding: most rows pass.
      const data = () => ({ ...partnerNames(m), group: groupName(g) });
      const anchor = { sheet: members.sheet, row: m.row, col: members.columns.nexusDate!, group: g };
      if (m.nexusDate === null) {
        context.report({ item: `${members.sheet}!${m.row}`, messageId: 'blank', data: data(), ...anchor });
        continue;
      }
      const days = context.today - m.nexusDate;
      if (days > validity) {
        context.report({
          item: `${members.sheet}!${m.row}`, messageId: 'expired',
          data: { ...data(), date: dayToIso(m.nexusDate), days, validity },
          ...anchor,
        });
      }
    }
  },
};
export default rule;
