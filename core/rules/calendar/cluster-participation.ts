import type { Rule } from '../rule';
import { referenceCluster } from '../../reference';
import { dayToIso } from '../../values';
import type { GroupRow } from '../../workbook/model';
import { currentPartners, groupName, isBad, isDialogue, isHeld, listedPartners, listsAny, meetingKey } from './meetings';

// III.7: "Les Binômes des Groupes de Dialogue et les Coordinateurs de Clusters travaillant sur les
// mêmes thématiques (...) se coordonnent en participant systématiquement et mutuellement à leurs
// rencontres". Each side's held meetings should list someone of the other side.
const rule: Rule = {
  id: 'calendar/cluster-participation',
  area: 'calendar',
  tdr: 'III.7',
  title: { fr: 'Participation mutuelle avec les clusters', en: 'Mutual attendance with the clusters' },
  quote: [
    '« Les Binômes des Groupes de Dialogue et les Coordinateurs de Clusters travaillant sur les mêmes thématiques (éducation ; santé ; sécurité alimentaire etc.) se coordonnent en participant systématiquement et mutuellement à leurs rencontres […] »',
  ],
  defaultSeverity: 'warning',
  requires: { groups: ['code', 'name', 'type'], members: ['group', 'partner', 'role'], calendar: ['date', 'type', 'status'] },
  description: {
    fr: 'Les groupes de dialogue et les clusters humanitaires liés participent mutuellement à leurs réunions.',
    en: 'Dialogue groups and their linked humanitarian clusters attend each other\'s meetings.',
  },
  messages: {
    noDialogueMember: {
      fr: "La réunion du cluster {cluster} du {date} ne compte parmi ses participants aucun PTF membre des groupes de dialogue liés ({groups}).",
      en: 'The meeting of the cluster {cluster} on {date} lists among its attendees no PTF member of the linked dialogue groups ({groups}).',
    },
    noCluster: {
      fr: "La réunion du groupe {group} du {date} ne compte parmi ses participants aucun des clusters liés ({clusters}).",
      en: 'The meeting of the group {group} on {date} lists among its attendees none of the linked clusters ({clusters}).',
    },
  },
  suggestions: {
    noDialogueMember: {
      fr: "Faites participer l'expert ou le binôme d'un PTF du groupe de dialogue lié aux réunions du cluster, et inscrivez-le dans « Participants ».",
      en: "Have the expert or alternate of a PTF of the linked dialogue group attend the cluster's meetings, and list it in \"Attendees\".",
    },
    noCluster: {
      fr: 'Invitez la coordination du cluster lié aux réunions du groupe, et inscrivez le cluster dans « Participants ».',
      en: "Invite the linked cluster's coordination to the group's meetings, and list the cluster in \"Attendees\".",
    },
  },
  settings: [],
  check(context) {
    const { workbook } = context;
    const { calendar, index } = workbook;
    if (!calendar) return;

    // A cluster's name as the messages show it: its Groupes row, else its reference name.
    const clusterNames = new Map<string, string>();
    for (const c of index.clusters) {
      const k = index.clusterKeyOf(c);
      if (!clusterNames.has(k)) clusterNames.set(k, groupName(c));
    }
    const clusterName = (k: string): string => clusterNames.get(k) ?? referenceCluster(k)?.name ?? k.replace(/^row:/, '');

    // Per cluster: the current member PTF of its linked dialogue groups, built once.
    const membersByCluster = new Map<string, { groups: GroupRow[]; partners: Set<string> }>();
    const linkedMembers = (clusterKey: string) => {
      let entry = membersByCluster.get(clusterKey);
      if (!entry) {
        const groups = index.groupsLinkedTo(clusterKey);
        const partners = new Set<string>();
        for (const g of groups) for (const k of currentPartners(workbook, g)) partners.add(k);
        entry = { groups, partners };
        membersByCluster.set(clusterKey, entry);
      }
      return entry;
    };

    for (const m of calendar.rows) {
      if (m.date === null || !isHeld(m) || isBad(m, 'group')) continue;
      if (m.type !== 'cluster' && m.type !== 'group') continue;
      if (m.participants === null || m.participants.length === 0 || isBad(m, 'participants')) continue;
      const anchor = { sheet: calendar.sheet, row: m.row, col: calendar.columns.participants!, group: m.group };

      if (m.type === 'cluster') {
        const clusterKey = m.group ? index.clusterKeyOf(m.group) : m.clusterKey;
        if (clusterKey === null) continue;
        const { groups, partners } = linkedMembers(clusterKey);
        if (groups.length === 0) continue; // no linked dialogue group
        context.evaluateRow(calendar.sheet, m.row, m.group);
        if (!listsAny(listedPartners(m), partners)) {
          context.report({
            item: meetingKey(workbook, m),
            messageId: 'noDialogueMember',
            data: { cluster: m.group ? groupName(m.group) : clusterName(clusterKey), date: dayToIso(m.date), groups: groups.map(groupName) },
            ...anchor,
          });
        }
        continue;
      }

      if (!isDialogue(m.group)) continue;
      const clusters = index.linkedClustersOf(m.group!);
      if (clusters.length === 0) continue;
      context.evaluateRow(calendar.sheet, m.row, m.group);
      // A short list, searched in place (a Set per meeting cost more than the search).
      const listed = m.participants;
      if (!clusters.some((k) => listed !== null && listed.hasKey(`cluster:${k}`))) {
        context.report({
          item: meetingKey(workbook, m),
          messageId: 'noCluster',
          data: { group: groupName(m.group), date: dayToIso(m.date), clusters: clusters.map(clusterName) },
          ...anchor,
        });
      }
    }
  },
};
export default rule;
