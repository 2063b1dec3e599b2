// The 17 ODD (Sustainable Development Goals) with their official short names.

export interface ReferenceOdd {
  number: number;
  fr: string;
  en: string;
}

export const REFERENCE_ODD: readonly ReferenceOdd[] = [
  { number: 1, fr: 'Pas de pauvreté', en: 'No poverty' },
  { number: 2, fr: 'Faim « zéro »', en: 'Zero hunger' },
  { number: 3, fr: 'Bonne santé et bien-être', en: 'Good health and well-being' },
  { number: 4, fr: 'Éducation de qualité', en: 'Quality education' },
  { number: 5, fr: 'Égalité entre les sexes', en: 'Gender equality' },
  { number: 6, fr: 'Eau propre et assainissement', en: 'Clean water and sanitation' },
  { number: 7, fr: "Énergie propre et d'un coût abordable", en: 'Affordable and clean energy' },
  { number: 8, fr: 'Travail décent et croissance économique', en: 'Decent work and economic growth' },
  { number: 9, fr: 'Industrie, innovation et infrastructure', en: 'Industry, innovation and infrastructure' },
  { number: 10, fr: 'Inégalités réduites', en: 'Reduced inequalities' },
  { number: 11, fr: 'Villes et communautés durables', en: 'Sustainable cities and communities' },
  { number: 12, fr: 'Consommation et production responsables', en: 'Responsible consumption and production' },
  { number: 13, fr: 'Mesures relatives à la lutte contre les changements climatiques', en: 'Climate action' },
  { number: 14, fr: 'Vie aquatique', en: 'Life below water' },
  { number: 15, fr: 'Vie terrestre', en: 'Life on land' },
  { number: 16, fr: 'Paix, justice et institutions efficaces', en: 'Peace, justice and strong institutions' },
  { number: 17, fr: 'Partenariats pour la réalisation des objectifs', en: 'Partnerships for the goals' },
];

/** The official short name of ODD `n` (1-17) in `lang`; '' for another number. */
export function oddName(n: number, lang: 'fr' | 'en'): string {
  const e = REFERENCE_ODD[n - 1];
  return e === undefined ? '' : e[lang];
}
