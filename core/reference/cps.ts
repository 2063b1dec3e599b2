// The 11 CPS (Cellules de Planification et de Statistique) of TdR III.3 and V.

export interface ReferenceCps {
  code: string;
  /** The name after "Cellule de Planification et de Statistique ...". */
  name: string;
  /** Other codes in use (Mali's acronyms where they differ from the code). */
  aliases: readonly string[];
}

export const REFERENCE_CPS: readonly ReferenceCps[] = [
  { code: 'CPS-SME', name: 'Mines et Energie', aliases: [] },
  {
    code: 'CPS-SICAEPIP',
    name: 'Industrie, Commerce, Affaires économiques et Promotion des investissements privés',
    aliases: [],
  },
  { code: 'CPS-SET', name: 'Equipement et Transport', aliases: [] },
  { code: 'CPS-SDR', name: 'Développement rural', aliases: [] },
  { code: 'CPS-SEEUDE', name: "Eau, Environnement, Urbanisation et Domaine de l'Etat", aliases: [] },
  { code: 'CPS-SSDSPF', name: 'Santé, Développement social et Promotion de la famille', aliases: ['CPS-SS-DS-PF'] },
  { code: 'CPS-EDU', name: 'Education', aliases: [] },
  { code: 'CPS-SCJ', name: 'Culture et Jeunesse', aliases: [] },
  { code: 'CPS-ATFPSI', name: 'Administration territoriale, Fonction publique, Sécurité intérieure', aliases: [] },
  { code: 'CPS-SJ', name: 'Justice', aliases: [] },
  { code: 'CPS-SCI', name: 'Coopération et Intégration', aliases: [] },
];
