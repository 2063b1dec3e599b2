import {
  GDS_WITH_DEFAULT_CLUSTER,
  REFERENCE_CLUSTERS,
  REFERENCE_CPS,
  REFERENCE_GDS,
  REFERENCE_GTS,
  REFERENCE_ODD,
  defaultClustersOfGd,
  defaultGdOfCluster,
  gtOfReferenceGd,
  matchCluster,
  matchClusterRow,
  matchCps,
  matchDialogueGroup,
  matchGt,
  oddName,
  parseOddList,
  referenceCluster,
  referenceCps,
  referenceGd,
  referenceGt,
  referenceOdd,
} from '../../core/reference';
import { INVALID } from '../../core/values';

describe('reference data', () => {
  test('sizes and codes', () => {
    expect(REFERENCE_GTS.map((g) => g.code)).toEqual(['GT1', 'GT2', 'GT3', 'GT4', 'GT5']);
    expect(REFERENCE_GDS).toHaveLength(14);
    expect(REFERENCE_CPS).toHaveLength(11);
    expect(REFERENCE_CLUSTERS).toHaveLength(12);
    expect(REFERENCE_ODD.map((o) => o.number)).toEqual([...Array(17).keys()].map((i) => i + 1));
  });

  test('every CPS a GT lists exists; every GD sits under a GT', () => {
    const cps = new Set(REFERENCE_CPS.map((c) => c.code));
    for (const gt of REFERENCE_GTS) for (const c of gt.cps) expect(cps.has(c)).toBe(true);
    const gts = new Set(REFERENCE_GTS.map((g) => g.code));
    for (const gd of REFERENCE_GDS) expect(gts.has(gd.gt)).toBe(true);
    const gds = new Set(REFERENCE_GDS.map((g) => g.code));
    for (const cl of REFERENCE_CLUSTERS) if (cl.defaultGd !== null) expect(gds.has(cl.defaultGd)).toBe(true);
  });

  test('GD per GT as in table V', () => {
    const count = (gt: string) => REFERENCE_GDS.filter((g) => g.gt === gt).length;
    expect([count('GT1'), count('GT2'), count('GT3'), count('GT4'), count('GT5')]).toEqual([4, 5, 3, 1, 1]);
    expect(gtOfReferenceGd('GD-SANTE')).toBe('GT2');
    expect(gtOfReferenceGd('GD-JUSTICE')).toBe('GT3');
    expect(gtOfReferenceGd('GD-SECURITE')).toBe('GT4');
    expect(gtOfReferenceGd('GD-ENVIRONNEMENT')).toBe('GT5');
    expect(gtOfReferenceGd('GD-FEMMES')).toBe('GT1');
    expect(() => gtOfReferenceGd('GD-NOPE')).toThrow();
  });

  test('reference ODD', () => {
    expect(referenceOdd('GT1')).toEqual([7, 8, 9]);
    expect(referenceOdd('GT2')).toEqual([1, 2, 3, 4, 6, 7, 10, 11, 12]);
    expect(referenceOdd('GT3')).toEqual([16, 17]);
    expect(referenceOdd('GT4')).toEqual([]);
    expect(referenceOdd('GT5')).toEqual([5, 6, 14, 15, 17]);
    expect(referenceOdd('GTX')).toEqual([]);
    // A copy: callers cannot change the reference.
    referenceOdd('GT1').push(99);
    expect(referenceOdd('GT1')).toEqual([7, 8, 9]);
  });

  test('ODD names', () => {
    expect(oddName(1, 'fr')).toBe('Pas de pauvreté');
    expect(oddName(17, 'fr')).toBe('Partenariats pour la réalisation des objectifs');
    expect(oddName(13, 'en')).toBe('Climate action');
    expect(oddName(18, 'en')).toBe('');
  });

  test('entry look-ups', () => {
    expect(referenceGt('GT2')?.name).toBe('Développement du capital humain et inclusion sociale');
    expect(referenceGd('GD-EAU')?.name).toBe('Eau et assainissement');
    expect(referenceCps('CPS-SJ')?.name).toBe('Justice');
    expect(referenceCluster('CL-WASH')?.name).toBe('Eau, hygiène et assainissement');
    expect(referenceGt('GT9')).toBeUndefined();
  });
});

describe('matchGt', () => {
  test.each(['GT 2', 'GT2', 'GT-2', 'gt 2', 'Gt-2', 'GT PTF 2', 'GT-PTF-2', 'gt ptf 2', 'GTPTF2', 'GT_2', 'GT 02'])(
    'code form %j → GT2, as code or as name',
    (form) => {
      expect(matchGt(form, null)).toBe('GT2');
      expect(matchGt(null, form)).toBe('GT2');
      expect(matchGt(form, form)).toBe('GT2');
    },
  );

  test.each(['GT 0', 'GT6', 'GT-PTF-12', 'GT', 'GT PTF', 'PTF 2', '2', 'G T 2', 'GT 2 3'])('%j is no GT code', (form) => {
    expect(matchGt(form, null)).toBeNull();
  });

  test.each<[string, string]>([
    ['Economie inclusive et durable', 'GT1'],
    ['Économie inclusive et durable', 'GT1'],
    ['Croissance économique inclusive et durable', 'GT1'],
    ['Inclusive and sustainable economy', 'GT1'],
    ['Développement du capital humain et inclusion sociale', 'GT2'],
    ['Capital humain', 'GT2'],
    ['Developpement du capital humain', 'GT2'],
    ['Human capital development and social inclusion', 'GT2'],
    ['DÉVELOPPEMENT INSTITUTIONNEL ET GOUVERNANCE', 'GT3'],
    ['Gouvernance', 'GT3'],
    ['Institutional development and governance', 'GT3'],
    ['Paix et sécurité', 'GT4'],
    ['Peace and security', 'GT4'],
    ["Protection de l'environnement", 'GT5'],
    ['Protection de l’environnement', 'GT5'],
    ['Environnement', 'GT5'],
    ['Environmental protection', 'GT5'],
  ])('name %j → %s', (name, gt) => {
    expect(matchGt(null, name)).toBe(gt);
    expect(matchGt('GT-XYZ', name)).toBe(gt);
  });

  test('names match whole: no substring, no edit distance', () => {
    expect(matchGt(null, 'Capital')).toBeNull();
    expect(matchGt(null, 'Capital humain et social')).toBeNull();
    expect(matchGt(null, 'Gouvernanse')).toBeNull();
    expect(matchGt(null, 'Environnement et changements climatiques')).toBeNull();
    expect(matchGt(null, '')).toBeNull();
    expect(matchGt(null, null)).toBeNull();
  });

  test('the code is compared with codes only', () => {
    expect(matchGt('Gouvernance', null)).toBeNull();
    expect(matchGt('GT 2 : Capital humain', null)).toBeNull();
  });

  test('names prefixed by a code form', () => {
    expect(matchGt(null, 'GT PTF 2 : Développement du capital humain et inclusion sociale')).toBe('GT2');
    expect(matchGt(null, 'GT2 - Capital humain')).toBe('GT2');
    expect(matchGt(null, 'GT-PTF-3: Gouvernance')).toBe('GT3');
    expect(matchGt(null, 'GT 5 (Environnement)')).toBe('GT5');
    expect(matchGt(null, 'gt1 economie inclusive et durable')).toBe('GT1');
  });

  test('a prefixed name whose number and name point to different GTs matches none', () => {
    expect(matchGt(null, 'GT PTF 2 : Gouvernance')).toBeNull();
    expect(matchGt(null, 'GT 1 - Paix et sécurité')).toBeNull();
    expect(matchGt('GT-X', 'GT 4 : Environnement')).toBeNull();
  });

  test('a prefix with a name that matches nothing: the number decides', () => {
    expect(matchGt(null, 'GT 2 : Santé, éducation et social')).toBe('GT2');
    expect(matchGt(null, 'GT PTF 4 - Sécurité et stabilisation')).toBe('GT4');
    // A number outside 1-5 names no GT, whatever follows.
    expect(matchGt(null, 'GT 6 : Gouvernance')).toBeNull();
    expect(matchGt(null, 'GT 7 : Autre')).toBeNull();
    // No separator: not a prefix.
    expect(matchGt(null, 'GT2Gouvernance')).toBeNull();
  });

  test('code and name pointing to different GTs: the code wins', () => {
    expect(matchGt('GT1', 'Gouvernance')).toBe('GT1');
    expect(matchGt('GT-PTF-5', 'GT 3 : Gouvernance')).toBe('GT5');
    // A code that is no GT code leaves the name to decide.
    expect(matchGt('GOUV', 'Gouvernance')).toBe('GT3');
  });
});

describe('matchDialogueGroup', () => {
  test('by code, in any normalised form', () => {
    expect(matchDialogueGroup('GD-EAU', null)).toBe('GD-EAU');
    expect(matchDialogueGroup('gd eau', null)).toBe('GD-EAU');
    expect(matchDialogueGroup('GD_SECTEUR_PRIVE', null)).toBe('GD-SECTEUR-PRIVE');
    expect(matchDialogueGroup('GD-ECO-RURALE', 'n importe quoi')).toBe('GD-ECO-RURALE');
    expect(matchDialogueGroup('GDEAU', null)).toBeNull();
    expect(matchDialogueGroup('EAU', null)).toBeNull();
  });

  test.each(REFERENCE_GDS.flatMap((gd) => [gd.name, ...gd.aliases].map((n) => [n, gd.code] as [string, string])))(
    'name or alias %j → %s',
    (name, code) => {
      expect(matchDialogueGroup(null, name)).toBe(code);
      expect(matchDialogueGroup(null, name.toUpperCase())).toBe(code);
    },
  );

  test('names normalised (accents, punctuation, case)', () => {
    expect(matchDialogueGroup(null, 'Economie agricole et rurale/Irrigation/Elevage/Peche')).toBe('GD-ECO-RURALE');
    expect(matchDialogueGroup(null, 'Economie et Finances /Statistiques')).toBe('GD-ECOFIN');
    expect(matchDialogueGroup(null, 'Développement secteur privé')).toBe('GD-SECTEUR-PRIVE');
    expect(matchDialogueGroup(null, 'Sante')).toBe('GD-SANTE');
    expect(matchDialogueGroup(null, 'Women’s empowerment')).toBe('GD-FEMMES');
    expect(matchDialogueGroup(null, 'Commission réhabilitation des zones post conflit')).toBe('GD-POST-CONFLIT');
  });

  test('no substring, no edit distance, no code as name', () => {
    expect(matchDialogueGroup(null, 'Eau')).toBeNull();
    expect(matchDialogueGroup(null, 'Santé publique')).toBeNull();
    expect(matchDialogueGroup(null, 'Educaton')).toBeNull();
    expect(matchDialogueGroup(null, 'GD-EAU')).toBeNull();
    expect(matchDialogueGroup('Santé', null)).toBeNull();
    expect(matchDialogueGroup(null, null)).toBeNull();
  });

  test('code and name pointing to different groups: the code wins', () => {
    expect(matchDialogueGroup('GD-SANTE', 'Justice')).toBe('GD-SANTE');
    expect(matchDialogueGroup('GD-XYZ', 'Justice')).toBe('GD-JUSTICE');
  });
});

describe('matchCluster / matchClusterRow', () => {
  test.each<[string, string]>([
    ['CL-WASH', 'CL-WASH'],
    ['cl wash', 'CL-WASH'],
    ['WASH', 'CL-WASH'],
    ['EHA', 'CL-WASH'],
    ['Eau, hygiène et assainissement', 'CL-WASH'],
    ['Water, Sanitation and Hygiene', 'CL-WASH'],
    ['Water, Sanitation and Hygiene Cluster in Mali', 'CL-WASH'],
    ['Cluster WASH', 'CL-WASH'],
    ['Cluster Eau, hygiène et assainissement', 'CL-WASH'],
    ['Education', 'CL-EDUCATION'],
    ['Cluster Éducation', 'CL-EDUCATION'],
    ['Santé', 'CL-SANTE'],
    ['Health', 'CL-SANTE'],
    ['Cluster Health', 'CL-SANTE'],
    ['Sécurité alimentaire', 'CL-SECAL'],
    ['Food security', 'CL-SECAL'],
    ['Cluster Sécurité Alimentaire', 'CL-SECAL'],
    ['Nutrition', 'CL-NUTRITION'],
    ['Abri', 'CL-ABRI'],
    ['Abris', 'CL-ABRI'],
    ['Shelter', 'CL-ABRI'],
    ['Protection', 'CL-PROTECTION'],
    ["Protection de l'enfant", 'CL-PROTECTION-ENFANT'],
    ["Protection de l'enfance", 'CL-PROTECTION-ENFANT'],
    ['Child protection', 'CL-PROTECTION-ENFANT'],
    ['Action contre les mines', 'CL-MINES'],
    ['Lutte antimines', 'CL-MINES'],
    ['Mine action', 'CL-MINES'],
    ['Coordination inter-cluster', 'CL-ICC'],
    ['ICC', 'CL-ICC'],
    ['Inter Cluster Coordination', 'CL-ICC'],
    ['VBG', 'CL-VBG'],
    ['GBV', 'CL-VBG'],
    ['Gender-based violence', 'CL-VBG'],
    ['Violence basée sur le genre', 'CL-VBG'],
    ['IMWG', 'CL-IMWG'],
    ['Information Management Working Group', 'CL-IMWG'],
    ['Cluster IMWG', 'CL-IMWG'],
  ])('%j → %s', (text, code) => expect(matchCluster(text)).toBe(code));

  test.each(['Eau', 'Cluster', 'Cluster CL-WASH', 'Santé publique', 'Protection sociale', 'WASH Mali', ''])(
    '%j is no cluster',
    (text) => expect(matchCluster(text)).toBeNull(),
  );

  test('rows: code against codes, name against names; the code wins', () => {
    expect(matchClusterRow('CL-SANTE', null)).toBe('CL-SANTE');
    expect(matchClusterRow('CL_SANTE', 'Protection')).toBe('CL-SANTE');
    expect(matchClusterRow('C-SAN', 'Cluster Santé')).toBe('CL-SANTE');
    expect(matchClusterRow(null, 'WASH')).toBe('CL-WASH');
    expect(matchClusterRow('WASH', null)).toBeNull();
    expect(matchClusterRow('X', 'Y')).toBeNull();
    expect(matchClusterRow(null, null)).toBeNull();
  });

  test('default dialogue groups', () => {
    expect(defaultGdOfCluster('CL-WASH')).toBe('GD-EAU');
    expect(defaultGdOfCluster('CL-EDUCATION')).toBe('GD-EDUCATION');
    expect(defaultGdOfCluster('CL-SANTE')).toBe('GD-SANTE');
    expect(defaultGdOfCluster('CL-SECAL')).toBe('GD-PSSAN');
    expect(defaultGdOfCluster('CL-NUTRITION')).toBe('GD-PSSAN');
    expect(defaultGdOfCluster('CL-ABRI')).toBeNull();
    expect(defaultGdOfCluster('CL-NOPE')).toBeNull();
    expect(defaultClustersOfGd('GD-PSSAN')).toEqual(['CL-SECAL', 'CL-NUTRITION']);
    expect(defaultClustersOfGd('GD-EAU')).toEqual(['CL-WASH']);
    expect(defaultClustersOfGd('GD-JUSTICE')).toEqual([]);
    expect(GDS_WITH_DEFAULT_CLUSTER).toEqual(['GD-EAU', 'GD-EDUCATION', 'GD-PSSAN', 'GD-SANTE']);
  });
});

describe('matchCps', () => {
  test.each(REFERENCE_CPS.map((c) => c.code))('code %s in its forms', (code) => {
    const suffix = code.slice(4);
    expect(matchCps(code)).toBe(code);
    expect(matchCps(`CPS/${suffix}`)).toBe(code);
    expect(matchCps(`CPS ${suffix}`)).toBe(code);
    expect(matchCps(`cps-${suffix.toLowerCase()}`)).toBe(code);
  });

  test.each(REFERENCE_CPS.map((c) => [c.name, c.code] as [string, string]))('name %j → %s', (name, code) => {
    expect(matchCps(name)).toBe(code);
    expect(matchCps(`CPS ${name}`)).toBe(code);
    expect(matchCps(`CPS/${name}`)).toBe(code);
    expect(matchCps(`CPS - ${name.toUpperCase()}`)).toBe(code);
  });

  test('Mali acronyms and the SS-DS-PF alias', () => {
    expect(matchCps('CPS/SS-DS-PF')).toBe('CPS-SSDSPF');
    expect(matchCps('CPS-SS-DS-PF')).toBe('CPS-SSDSPF');
    expect(matchCps('CPS/SDR')).toBe('CPS-SDR');
    expect(matchCps('CPS/SEEUDE')).toBe('CPS-SEEUDE');
    expect(matchCps('CPS/SME')).toBe('CPS-SME');
    expect(matchCps('CPS Justice')).toBe('CPS-SJ');
    expect(matchCps("CPS/Eau, Environnement, Urbanisation et Domaine de l'Etat")).toBe('CPS-SEEUDE');
  });

  test.each(['CPS', 'SDR', 'CPSSDR', 'CPS Santé', 'Cellule Justice', 'Justice et Etat de droit', ''])(
    '%j is no CPS',
    (text) => expect(matchCps(text)).toBeNull(),
  );
});

describe('parseOddList', () => {
  test.each<[string | number, number[]]>([
    [3, [3]],
    [17, [17]],
    ['3', [3]],
    ['ODD 3', [3]],
    ['ODD3', [3]],
    ['odd-3', [3]],
    ['SDG 3', [3]],
    ['sdg3', [3]],
    ['3, 4, 5', [3, 4, 5]],
    ['3;4;5', [3, 4, 5]],
    ['3/4/5', [3, 4, 5]],
    ['3\n4\r\n5', [3, 4, 5]],
    ['ODD 1, ODD 2; SDG 17', [1, 2, 17]],
    ['16, 17, 16', [16, 17]],
    ['07', [7]],
    ['ODD 3 : Bonne santé et bien-être', [3]],
    ['ODD 9 : Industrie, innovation et infrastructure; ODD 17', [9, 17]],
    ['Vie terrestre', [15]],
    ['Climate action', [13]],
    ['', []],
  ])('%j → %j', (text, expected) => expect(parseOddList(text)).toEqual(expected));

  test.each<string | number>([
    0,
    18,
    3.5,
    -1,
    NaN,
    '0',
    '18',
    'ODD 18',
    '3, 18',
    'trois',
    '3 et 4',
    '3 4',
    'ODD',
    'ODD 3 : Vie terrestre',
    'ODD 9 Industrie, innovation et infrastructure, ODD 3',
    '3, x',
  ])('%j → INVALID', (text) => expect(parseOddList(text)).toBe(INVALID));
});
