// The 14 dialogue groups of TdR III.1 and V, with the GT PTF the table places each under.

import type { GtCode } from './gt';

export interface ReferenceGd {
  code: string;
  name: string;
  gt: GtCode;
  aliases: readonly string[];
}

export const REFERENCE_GDS: readonly ReferenceGd[] = [
  { code: 'GD-FEMMES', name: 'Autonomisation des femmes', gt: 'GT1', aliases: ["Women's empowerment"] },
  {
    code: 'GD-SECTEUR-PRIVE',
    name: 'Développement du secteur privé',
    gt: 'GT1',
    aliases: ['Developpement secteur prive', 'Private sector development'],
  },
  {
    code: 'GD-ECO-RURALE',
    name: 'Economie agricole et rurale / Irrigation / Elevage / Pêche',
    gt: 'GT1',
    aliases: ['Economie agricole et rurale', 'Agriculture', 'Rural economy'],
  },
  {
    code: 'GD-ECOFIN',
    name: 'Economie et finances / Statistiques',
    gt: 'GT1',
    aliases: ['Economie et finances', 'Economy and finance', 'Statistics'],
  },
  {
    code: 'GD-POST-CONFLIT',
    name: 'Commission réhabilitation des zones post-conflit',
    gt: 'GT2',
    aliases: ['Rehabilitation zones post conflit', 'Post-conflict rehabilitation'],
  },
  { code: 'GD-EAU', name: 'Eau et assainissement', gt: 'GT2', aliases: ['Water and sanitation', 'WASH'] },
  {
    code: 'GD-EDUCATION',
    name: 'Education et formation professionnelle',
    gt: 'GT2',
    aliases: ['Education', 'Education and vocational training'],
  },
  {
    code: 'GD-PSSAN',
    name: 'Protection sociale, sécurité alimentaire et nutrition',
    gt: 'GT2',
    aliases: ['PSSAN', 'Social protection food security and nutrition'],
  },
  { code: 'GD-SANTE', name: 'Santé', gt: 'GT2', aliases: ['Health'] },
  {
    code: 'GD-DECENTRALISATION',
    name: 'Décentralisation et développement institutionnel',
    gt: 'GT3',
    aliases: ['Decentralisation', 'Decentralization and institutional development'],
  },
  {
    code: 'GD-DEMOCRATIE',
    name: 'Processus démocratique et organisation de la société civile',
    gt: 'GT3',
    aliases: ['Processus democratique', 'Democratic process and civil society', 'Elections'],
  },
  {
    code: 'GD-JUSTICE',
    name: 'Justice et Etat de droit',
    gt: 'GT3',
    aliases: ['Justice', 'Justice and rule of law', 'Lutte contre la corruption'],
  },
  { code: 'GD-SECURITE', name: 'Sécurité intérieure', gt: 'GT4', aliases: ['Internal security'] },
  {
    code: 'GD-ENVIRONNEMENT',
    name: 'Environnement et changements climatiques',
    gt: 'GT5',
    aliases: ['Environment and climate change'],
  },
];
