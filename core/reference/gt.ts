// The 5 GT PTF (TdR II.1 and the configuration table of V), as reference.md lists them.

export type GtCode = 'GT1' | 'GT2' | 'GT3' | 'GT4' | 'GT5';

export interface ReferenceGt {
  code: GtCode;
  /** The GT's number (GT PTF N). */
  number: number;
  name: string;
  /** Other names that match the GT, as reference.md lists them (some repeat the name). */
  aliases: readonly string[];
  /** The CREDD thematic group it faces and that group's president. */
  credd: { name: string; president: string };
  /** CPS attached to it (V). */
  cps: readonly string[];
  /** ODD of the V table; none for GT4 (the row has four entries for five columns). */
  odd: readonly number[];
}

export const REFERENCE_GTS: readonly ReferenceGt[] = [
  {
    code: 'GT1',
    number: 1,
    name: 'Economie inclusive et durable',
    aliases: ['Economie inclusive et durable', 'Croissance economique inclusive et durable', 'Inclusive and sustainable economy'],
    credd: { name: 'Croissance économique inclusive et durable', president: 'DNP/MEF' },
    cps: ['CPS-SME', 'CPS-SICAEPIP', 'CPS-SET', 'CPS-SDR', 'CPS-SEEUDE'],
    odd: [7, 8, 9],
  },
  {
    code: 'GT2',
    number: 2,
    name: 'Développement du capital humain et inclusion sociale',
    aliases: ['Capital humain', 'Developpement du capital humain', 'Human capital development and social inclusion'],
    credd: {
      name: 'Développement du capital humain et inclusion sociale',
      president: 'CPS/Santé, Développement social et Promotion de la famille',
    },
    cps: ['CPS-SSDSPF', 'CPS-EDU', 'CPS-SCJ'],
    odd: [1, 2, 3, 4, 6, 7, 10, 11, 12],
  },
  {
    code: 'GT3',
    number: 3,
    name: 'Développement institutionnel et gouvernance',
    aliases: ['Gouvernance', 'Developpement institutionnel et gouvernance', 'Institutional development and governance'],
    credd: { name: 'Développement institutionnel et gouvernance', president: 'CDI' },
    cps: ['CPS-ATFPSI', 'CPS-SJ'],
    odd: [16, 17],
  },
  {
    code: 'GT4',
    number: 4,
    name: 'Paix et sécurité',
    aliases: ['Paix et securite', 'Peace and security'],
    // Transversal: under the CREDD GT Développement institutionnel et gouvernance.
    credd: { name: 'Développement institutionnel et gouvernance', president: 'CDI' },
    cps: ['CPS-SCI', 'CPS-ATFPSI'],
    odd: [],
  },
  {
    code: 'GT5',
    number: 5,
    name: "Protection de l'environnement",
    aliases: ['Environnement', 'Protection de l environnement', 'Environmental protection'],
    credd: { name: "Protection de l'environnement", president: 'AEDD' },
    cps: ['CPS-SEEUDE'],
    odd: [5, 6, 14, 15, 17],
  },
];
