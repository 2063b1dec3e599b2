import type { Rule } from '../rule';
import { dayToIso } from '../../values';
import { groupName } from '../../workbook/model';
import { partnerNames } from './members';

// II.7: the tripartite coordination rotates "selon un système de rotation incoming/outcoming member
// permettant d'avoir une certaine prévisibilité dans le portage". The lead's mandate end makes the
// rotation foreseeable; a past end means the rotation is overdue (Membres holds the present
// composition, so the row is still current).
//
// Items: every current `Coordination - en exercice` row of a GT PTF whose `Fin mandat` is readable.
// A lead row on another kind of group (data/invalid-value) or an unresolved group is skipped.
const rule: Rule = {
  id: 'membership/rotation',
  area: 'membership',
  tdr: 'II.7',
  title: { fr: 'Rotation de la coordination', en: 'Coordination rotation' },
  quote: [
    "« […] une coordination « tripartites » (trinôme de PTF) devrait se succéder dans le lead des GT PTF selon un système de rotation incoming/outcoming member permettant d'avoir une certaine prévisibilité dans le portage et également de conserver une mémoire corporative. »",
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'], members: ['group', 'role'] },
  settings: [],
  description: {
    fr: 'La coordination en exercice de chaque GT PTF a une fin de mandat connue et non dépassée.',
    en: 'The lead coordination of each GT PTF has a known mandate end that has not passed.',
  },
  messages: {
    blank: {
      fr: "La coordination en exercice du GT PTF {group}, tenue par {partnerFr}, n'a pas de fin de mandat : la rotation ne peut pas être anticipée.",
      en: 'The lead coordination of the GT PTF {group}, held by {partnerEn}, has no mandate end: the rotation cannot be foreseen.',
    },
    overdue: {
      fr: 'Le mandat de la coordination en exercice du GT PTF {group}, tenue par {partnerFr}, a pris fin le {end}, il y a {days, plural, one {# jour} other {# jours}} : la rotation est en retard.',
      en: 'The mandate of the lead coordination of the GT PTF {group}, held by {partnerEn}, ended on {end}, {days, plural, one {# day} other {# days}} ago: the rotation is overdue.',
    },
  },
  suggestions: {
    blank: {
      fr: 'Indiquez la date de fin de mandat convenue pour la coordination en exercice.',
      en: 'Enter the agreed mandate end date of the lead coordination.',
    },
    overdue: {
      fr: 'Faites tourner la coordination (l’entrant prend le lead) et mettez Membres à jour, ou corrigez la date.',
      en: 'Rotate the coordination (the incoming partner takes the lead) and update Members, or correct the date.',
    },
  },
  check(context) {
    const { members } = context.workbook;
    if (!members) return; // data/missing-sheet
    let asked = false;
    for (const m of members.rows) {
      if (!m.current || m.role !== 'lead' || m.bad?.has('role')) continue;
      const g = m.group;
      if (!g || g.type !== 'gt') continue;
      if (m.bad?.has('end')) continue; // unreadable: data/* reported it
      if (!asked) {
        if (!context.hasColumn('members', 'end')) return;
        asked = true;
      }
      context.evaluateRow(members.sheet, m.row, g);
      // Made only for a finding: most rows pass.
      const data = () => ({ ...partnerNames(m), group: groupName(g) });
      const anchor = { sheet: members.sheet, row: m.row, col: members.columns.end!, group: g };
      if (m.end === null) {
        context.report({ item: `${members.sheet}!${m.row}`, messageId: 'blank', data: data(), ...anchor });
      } else if (m.end < context.today) {
        context.report({
          item: `${members.sheet}!${m.row}`, messageId: 'overdue',
          data: { ...data(), end: dayToIso(m.end), days: context.today - m.end },
          ...anchor,
        });
      }
    }
  },
};
export default rule;
