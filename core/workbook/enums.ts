// Enumerations of workbook.md with their aliases, matched normalised.

import { makeEnum } from '../values';
import type {
  DecisionStatus,
  DocumentType,
  GroupType,
  MeetingStatus,
  MeetingType,
  PartnerType,
  Role,
} from './model';

export const GROUP_TYPES: Record<GroupType, readonly string[]> = {
  gt: ['GT PTF', 'GT', 'Groupe thématique', 'Thematic group'],
  dialogue: ['Groupe de dialogue', 'GD', 'Dialogue group'],
  // IV.14 writes "Adhoc".
  adhoc: ['Groupe de dialogue ad hoc', 'GD ad hoc', 'Groupe de dialogue adhoc', 'Adhoc', 'Ad hoc dialogue group', 'Ad hoc'],
  cluster: ['Cluster', 'Cluster humanitaire', 'Humanitarian cluster'],
};
/** Old names read as a dialogue group, with data/deprecated-term (III.1). */
export const DEPRECATED_GROUP_TYPES = ['SGT', 'Sous-groupe thématique'];

export const ROLES: Record<Role, readonly string[]> = {
  member: ['Membre', 'Member'],
  leader: ['Dialogue Leader', 'DL', 'Leader'],
  incoming: ['Coordination - entrant', 'Entrant', 'Coordination incoming', 'Incoming coordination', 'Incoming'],
  lead: ['Coordination - en exercice', 'En exercice', 'Coordination lead', 'Lead coordination', 'Lead'],
  // II.7 writes "outcoming".
  outgoing: ['Coordination - sortant', 'Sortant', 'Coordination outgoing', 'Outgoing coordination', 'Outgoing', 'Outcoming'],
};
/** III.1: former coordinators, once called chefs de file, are now Dialogue Leaders. */
export const DEPRECATED_ROLES = ['Chef de file'];

export const MEETING_TYPES: Record<MeetingType, readonly string[]> = {
  group: ['Réunion du groupe', 'Réunion de groupe', 'Group meeting'],
  gtCoordination: ['Coordination GT', 'Réunion de coordination GT', 'GT coordination'],
  ministerial: ['Rencontre ministérielle', 'Ministerial meeting'],
  cluster: ['Réunion de cluster', 'Cluster meeting'],
  creddSubgroup: ['Sous-groupe CREDD', 'CREDD sub-group'],
  creddGt: ['GT CREDD', 'CREDD thematic group'],
  creddSteering: ['Comité de pilotage CREDD', 'Steering committee'],
  jointCommission: ['Commission Mixte', 'Joint commission'],
  creddReview: ['Revue CREDD', 'Revue annuelle CREDD', 'CREDD review'],
  sectorReview: ['Revue sectorielle', 'Sector review'],
  gec: ['GEC', 'Réunion du GEC', 'GEC meeting'],
  coordinatorsMeeting: ['Réunion des coordinateurs GT', 'Coordinators meeting'],
  retreat: ['Retraite PTF', 'Retraite annuelle', 'PTF retreat'],
  troika: ['Troïka', 'Troika', 'Réunion de la Troïka'],
};

/** The four group meeting types: Groupe is required on them. */
export const GROUP_MEETING_TYPES: ReadonlySet<MeetingType> = new Set<MeetingType>([
  'group',
  'gtCoordination',
  'ministerial',
  'cluster',
]);

export const MEETING_STATUSES: Record<MeetingStatus, readonly string[]> = {
  planned: ['Prévue', 'Planned', 'Planifiée'],
  held: ['Tenue', 'Held', 'Réalisée'],
  cancelled: ['Annulée', 'Cancelled'],
  postponed: ['Reportée', 'Postponed'],
};

export const DECISION_STATUSES: Record<DecisionStatus, readonly string[]> = {
  open: ['Ouverte', 'Open', 'En cours'],
  done: ['Réalisée', 'Done', 'Clôturée'],
  dropped: ['Abandonnée', 'Dropped'],
};

export const DOCUMENT_TYPES: Record<DocumentType, readonly string[]> = {
  tdr: ['TdR', 'Termes de référence', 'ToR'],
  workPlan: ['Programme de travail annuel', 'PTA', 'Annual work plan'],
  annualReport: ['Bilan annuel', 'Bilan', 'Rapport annuel', 'Annual report'],
  priorities: ['Priorités annuelles', 'Priorités', 'Annual priorities'],
};

export const PARTNER_TYPES: Record<PartnerType, readonly string[]> = {
  bilateral: ['Bilatéral', 'Bilateral'],
  multilateral: ['Multilatéral', 'Multilateral'],
  other: ['Autre', 'Other'],
};

export const matchGroupType = makeEnum(GROUP_TYPES);
export const matchDeprecatedGroupType = makeEnum({ dialogue: DEPRECATED_GROUP_TYPES });
export const matchRole = makeEnum(ROLES);
export const matchDeprecatedRole = makeEnum({ leader: DEPRECATED_ROLES });
export const matchMeetingType = makeEnum(MEETING_TYPES);
export const matchMeetingStatus = makeEnum(MEETING_STATUSES);
export const matchDecisionStatus = makeEnum(DECISION_STATUSES);
export const matchDocumentType = makeEnum(DOCUMENT_TYPES);
export const matchPartnerType = makeEnum(PARTNER_TYPES);

/** The canonical French and English names of an enumeration value (first two aliases in fr/en). */
export function enumLabel<V extends string>(table: Record<V, readonly string[]>, v: V, lang: 'fr' | 'en'): string {
  const names = table[v];
  if (lang === 'fr') return names[0];
  // The English name is the first alias with no French accent-bearing form; keep it explicit.
  return ENGLISH_LABELS[names[0]] ?? names[0];
}

const ENGLISH_LABELS: Record<string, string> = {
  'GT PTF': 'GT PTF',
  'Groupe de dialogue': 'Dialogue group',
  'Groupe de dialogue ad hoc': 'Ad hoc dialogue group',
  Cluster: 'Humanitarian cluster',
  Membre: 'Member',
  'Dialogue Leader': 'Dialogue Leader',
  // presentation.md §4: `Outgoing coordination`, as English writes it (both orders are read).
  'Coordination - entrant': 'Incoming coordination',
  'Coordination - en exercice': 'Lead coordination',
  'Coordination - sortant': 'Outgoing coordination',
  'Réunion du groupe': 'Group meeting',
  'Coordination GT': 'GT coordination',
  'Rencontre ministérielle': 'Ministerial meeting',
  'Réunion de cluster': 'Cluster meeting',
  'Sous-groupe CREDD': 'CREDD sub-group',
  'GT CREDD': 'CREDD thematic group',
  'Comité de pilotage CREDD': 'Steering committee',
  'Commission Mixte': 'Joint commission',
  'Revue CREDD': 'CREDD review',
  'Revue sectorielle': 'Sector review',
  GEC: 'GEC meeting',
  'Réunion des coordinateurs GT': 'Coordinators meeting',
  'Retraite PTF': 'PTF retreat',
  Troïka: 'Troika',
  Prévue: 'Planned',
  Tenue: 'Held',
  Annulée: 'Cancelled',
  Reportée: 'Postponed',
  Ouverte: 'Open',
  Réalisée: 'Done',
  Abandonnée: 'Dropped',
  TdR: 'ToR',
  'Programme de travail annuel': 'Annual work plan',
  'Bilan annuel': 'Annual report',
  'Priorités annuelles': 'Annual priorities',
  Bilatéral: 'Bilateral',
  Multilatéral: 'Multilateral',
  Autre: 'Other',
};
