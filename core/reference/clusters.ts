// The humanitarian clusters of TdR V and the dialogue group each one links to by default (III.7).

export interface ReferenceCluster {
  code: string;
  name: string;
  /** Other names; `Cluster <name>` and `Cluster <alias>` match too (not listed here). */
  aliases: readonly string[];
  /** The dialogue group the cluster works with by default, or null. */
  defaultGd: string | null;
}

export const REFERENCE_CLUSTERS: readonly ReferenceCluster[] = [
  { code: 'CL-ABRI', name: 'Abri', aliases: ['Shelter', 'Abris'], defaultGd: null },
  {
    code: 'CL-WASH',
    name: 'Eau, hygiène et assainissement',
    aliases: ['WASH', 'EHA', 'Water, Sanitation and Hygiene', 'Water, Sanitation and Hygiene Cluster in Mali'],
    defaultGd: 'GD-EAU',
  },
  { code: 'CL-EDUCATION', name: 'Education', aliases: [], defaultGd: 'GD-EDUCATION' },
  { code: 'CL-PROTECTION', name: 'Protection', aliases: [], defaultGd: null },
  { code: 'CL-SANTE', name: 'Santé', aliases: ['Health'], defaultGd: 'GD-SANTE' },
  { code: 'CL-SECAL', name: 'Sécurité alimentaire', aliases: ['Food security'], defaultGd: 'GD-PSSAN' },
  { code: 'CL-NUTRITION', name: 'Nutrition', aliases: [], defaultGd: 'GD-PSSAN' },
  {
    code: 'CL-PROTECTION-ENFANT',
    name: "Protection de l'enfant",
    aliases: ['Child protection', "Protection de l'enfance"],
    defaultGd: null,
  },
  { code: 'CL-MINES', name: 'Action contre les mines', aliases: ['Mine action', 'Lutte antimines'], defaultGd: null },
  { code: 'CL-ICC', name: 'Coordination inter-cluster', aliases: ['Inter Cluster Coordination', 'ICC'], defaultGd: null },
  { code: 'CL-VBG', name: 'Violence basée sur le genre', aliases: ['VBG', 'GBV', 'Gender-based violence'], defaultGd: null },
  { code: 'CL-IMWG', name: 'Information Management Working Group', aliases: ['IMWG'], defaultGd: null },
];
