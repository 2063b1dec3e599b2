import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/calendar/cluster-participation';
import { D, GROUPES_HEADER, GT1, GT2, GD_FEMMES, MEMBRES, ago, calendrier, workbook, type Meeting } from './fixtures';

/**
 * Groupes: row 4 GD-SANTE (blank Cluster lié: default link CL-SANTE), row 5 GD-EAU (linked to the
 * WASH cluster by its own cell), row 6 GD-FEMMES (no link), row 7 the cluster row NUT (Nutrition,
 * whose default group GD-PSSAN is absent), row 8 the cluster row CL-WASH.
 */
const groups = [
  GROUPES_HEADER,
  GT1,
  GT2,
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', ''],
  ['GD-EAU', 'Eau et assainissement', 'Groupe de dialogue', 'GT2', 'WASH'],
  GD_FEMMES,
  ['NUT', 'Nutrition', 'Cluster', '', ''],
  ['CL-WASH', 'Cluster WASH', 'Cluster', '', ''],
];
/** Membres plus a planned successor in GD-SANTE (Belgique, from 2027). */
const members = [...MEMBRES, ['GD-SANTE', 'Belgique', 'Membre', 'S. Traoré', 'T. Diallo', '2027-01-01']];

const clusterMeeting = (group: string, participants: string, extra: Partial<Meeting> = {}): Meeting => ({
  group,
  date: ago(5),
  type: 'Réunion de cluster',
  status: 'Tenue',
  participants,
  ...extra,
});
const groupMeeting = (group: string, participants: string, extra: Partial<Meeting> = {}): Meeting => ({
  group,
  date: ago(5),
  type: 'Réunion du groupe',
  status: 'Tenue',
  participants,
  ...extra,
});

ruleTester(rule, {
  valid: [
    {
      name: "a cluster meeting attended by a current member of the linked dialogue group",
      date: D,
      sheets: workbook(calendrier(clusterMeeting('Santé', 'OMS; Canada'), clusterMeeting('CL-WASH', 'Suisse')), groups, members),
      evaluated: 2,
    },
    {
      name: 'a dialogue group meeting attended by a linked cluster (default or own link)',
      date: D,
      sheets: workbook(
        calendrier(groupMeeting('GD-SANTE', 'UNICEF; Cluster Santé'), groupMeeting('GD-EAU', 'Suisse; WASH')),
        groups,
        members,
      ),
      evaluated: 2,
    },
    {
      name: 'no linked group: skipped (a cluster nobody links to, a dialogue group without cluster)',
      date: D,
      sheets: workbook(
        calendrier(clusterMeeting('Protection', 'OMS'), clusterMeeting('NUT', 'PAM'), groupMeeting('GD-FEMMES', 'ONU Femmes')),
        groups,
        members,
      ),
      evaluated: 0,
    },
    {
      name: 'blank Participants, meetings not held, GT meetings: not evaluated',
      date: D,
      sheets: workbook(
        calendrier(
          clusterMeeting('Santé', ''),
          groupMeeting('GD-SANTE', ''),
          clusterMeeting('Santé', 'OMS', { status: 'Prévue', date: ago(1) }),
          groupMeeting('GD-SANTE', 'UNICEF', { status: 'Annulée' }),
          groupMeeting('GD-SANTE', 'UNICEF', { date: 'pas de date' }),
          groupMeeting('GT2', 'UE'),
        ),
        groups,
        members,
      ),
      evaluated: 0,
    },
  ],
  invalid: [
    {
      name: 'a reference cluster meeting that lists no member of its linked dialogue group',
      date: D,
      sheets: workbook(calendrier(clusterMeeting('Santé', 'OMS; MSF')), groups, members),
      errors: [
        {
          messageId: 'noDialogueMember',
          sheet: 'Calendrier',
          cell: 'J2',
          group: null,
          gt: null,
          data: { cluster: 'Santé', date: ago(5), groups: ['Santé'] },
        },
      ],
      evaluated: 1,
      failed: 1,
    },
    {
      name: "a Groupes cluster row's meeting; planned successors are not current members",
      date: D,
      sheets: workbook(calendrier(clusterMeeting('CL-WASH', 'UNICEF'), clusterMeeting('Santé', 'Belgique')), groups, members),
      errors: [
        { messageId: 'noDialogueMember', cell: 'J2', group: 'CL-WASH', gt: null, data: { cluster: 'Cluster WASH', groups: ['Eau et assainissement'] } },
        { messageId: 'noDialogueMember', cell: 'J3', group: null, data: { cluster: 'Santé' } },
      ],
    },
    {
      name: 'a dialogue group meeting that lists none of its linked clusters',
      date: D,
      sheets: workbook(
        calendrier(groupMeeting('GD-SANTE', 'UNICEF; Canada'), groupMeeting('GD-EAU', 'Suisse; Cluster Santé')),
        groups,
        members,
      ),
      errors: [
        {
          messageId: 'noCluster',
          sheet: 'Calendrier',
          cell: 'J2',
          group: 'GD-SANTE',
          gt: 'GT2',
          data: { group: 'Santé', date: ago(5), clusters: ['Santé'] },
        },
        { messageId: 'noCluster', cell: 'J3', group: 'GD-EAU', data: { group: 'Eau et assainissement', clusters: ['Cluster WASH'] } },
      ],
      evaluated: 2,
      failed: 2,
    },
    {
      name: "a group's own Cluster lié replaces the default link",
      date: D,
      sheets: workbook(
        calendrier(groupMeeting('GD-SANTE', 'UNICEF; Cluster Santé')),
        [GROUPES_HEADER, GT2, ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', 'Nutrition']],
        members,
      ),
      errors: [{ messageId: 'noCluster', cell: 'J2', data: { clusters: ['Nutrition'] } }],
    },
  ],
});
