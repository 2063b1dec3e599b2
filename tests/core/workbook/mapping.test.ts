// The Correspondances sheet (workbook.md, "Correspondances (Mapping)"): the user's sheets, headers
// and words read as the tool's, the user's names kept in every finding; bad and repeated rows.

import { parse } from './helpers';
import { validate } from '../../../core/index';
import type { Cell, Finding } from '../../../core/types';
import type { Sheets } from './helpers';

const GROUPES: Cell[][] = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Capital humain', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
];
const CALENDRIER: Cell[][] = [['Date', 'Type', 'Statut']];

/** Liste des membres: the register's own headers and role words. */
const LISTE: Cell[][] = [
  ['Instance', 'Partenaire', 'Fonction', "Nom de l'expert", 'Expert'],
  ['GD-SANTE', 'UE', 'Animateur', 'A. Traoré', 'ignored'],
  ['GD-SANTE', 'BM', 'Participant', 'B. Diallo', 'ignored'],
];
const MAPPING_HEAD: Cell[] = ['Élément', "Nom de l'outil", 'Nom dans ce classeur'];
const MAPPING: Cell[][] = [
  MAPPING_HEAD,
  ['Feuille', 'Membres', 'Liste des membres'],
  ['Colonne', 'Membres › Groupe', 'Instance'],
  ['Colonne', 'Membres › Rôle', 'Fonction'],
  ['Colonne', 'Membres › Expert titulaire', "Nom de l'expert"],
  ['Valeur', 'Membres › Rôle › Dialogue Leader', 'Animateur'],
  ['Valeur', 'Membres › Rôle › Membre', 'Participant'],
];

function wb(mapping: Cell[][], liste: Cell[][] = LISTE): Sheets {
  return { Groupes: GROUPES, 'Liste des membres': liste, Calendrier: CALENDRIER, Correspondances: mapping };
}
/** The data/* findings, but the columns this small register lacks for the other rules. */
function dataFindings(sheets: Sheets): Finding[] {
  const report = validate({ name: 't.xlsx', sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) }, { today: '2026-11-15' });
  return report.findings.filter((f) => f.ruleId.startsWith('data/') && f.ruleId !== 'data/missing-column' && f.ruleId !== 'data/empty-sheet');
}
/** Every finding, as rule, sheet, cell and message. */
function allFindings(sheets: Sheets): string[] {
  const report = validate({ name: 't.xlsx', sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) }, { today: '2026-11-15' });
  return report.findings.map((f) => `${f.ruleId} ${f.sheet}!${f.cell} ${f.message}`);
}

describe('reading through the Correspondances sheet', () => {
  it('reads the mapped sheet, headers and words as the tool’s, keeping the user’s sheet name', () => {
    const { workbook } = parse(wb(MAPPING));
    expect(workbook.issues).toEqual([]);
    const members = workbook.members!;
    expect(members.sheet).toBe('Liste des membres');
    expect(members.columns).toMatchObject({ group: 0, partner: 1, role: 2, expert: 3 });
    expect(members.rows.map((m) => [m.group?.code, m.role, m.expert])).toEqual([
      ['GD-SANTE', 'leader', 'A. Traoré'],
      ['GD-SANTE', 'member', 'B. Diallo'],
    ]);
  });

  it('a mapping wins over the built-in names: the header `Expert` is not read once `Nom de l’expert` is mapped', () => {
    const { workbook } = parse(wb(MAPPING));
    expect(workbook.members!.columns.expert).toBe(3);
  });

  it('without it the built-in alias is read, and without the sheet row the sheet is missing', () => {
    const noExpert = MAPPING.filter((r) => r[1] !== 'Membres › Expert titulaire');
    expect(parse(wb(noExpert)).workbook.members!.columns.expert).toBe(4);
    const noSheet = MAPPING.filter((r) => r[0] !== 'Feuille');
    const issues = parse(wb(noSheet)).workbook.issues;
    expect(issues.map((i) => [i.kind, i.data.sheet])).toContainEqual(['missing-sheet', 'Membres']);
  });

  it('accepts the tool’s names in English, with >, / or › between the parts, whatever the case', () => {
    const english: Cell[][] = [
      ['Item', 'Tool name', 'Name in this workbook'],
      ['sheet', 'MEMBERS', 'liste des membres'],
      ['Column', 'Members > Group', 'Instance'],
      ['Column', 'Members / Role', 'Fonction'],
      ['Value', 'Members › Role › Dialogue Leader', 'animateur'],
      ['Value', 'Members › Role › Member', 'PARTICIPANT'],
    ];
    const { workbook } = parse({ Groupes: GROUPES, 'Liste des membres': LISTE, Calendrier: CALENDRIER, Mapping: english });
    expect(workbook.issues).toEqual([]);
    expect(workbook.members!.rows.map((m) => m.role)).toEqual(['leader', 'member']);
  });

  it('several words may mean one value; findings quote the user’s word and header', () => {
    const liste: Cell[][] = [...LISTE, ['GT2', 'AFD', 'Animatrice', 'C. Keita', ''], ['GD-SANTE', 'UE', 'Animateur', '', '']];
    const mapping = [...MAPPING, ['Valeur', 'Membres › Rôle › Dialogue Leader', 'Animatrice']];
    const found = dataFindings(wb(mapping, liste));
    // A Dialogue Leader on a GT: the role as the user wrote it, at the user's cell.
    const wrong = found.find((f) => f.messageId === 'roleOnWrongGroup')!;
    expect([wrong.sheet, wrong.cell]).toEqual(['Liste des membres', 'C4']);
    expect(wrong.message).toContain('« Animatrice »');
    // The pair repeated: the user's sheet and header.
    const dup = found.find((f) => f.messageId === 'duplicatePair')!;
    expect([dup.sheet, dup.cell]).toEqual(['Liste des membres', 'B5']);
  });

  it('an unknown word of a mapped column is still data/invalid-value, quoting the user’s header', () => {
    const liste: Cell[][] = [['Instance', 'Partenaire', 'Fonction'], ['GD-SANTE', 'UE', 'Rapporteur']];
    const found = dataFindings(wb(MAPPING.filter((r) => r[1] !== 'Membres › Expert titulaire'), liste));
    expect(found.map((f) => [f.ruleId, f.sheet, f.cell, f.messageId])).toEqual([
      ['data/invalid-value', 'Liste des membres', 'C2', 'unknownRole'],
    ]);
  });
});

describe('bad and repeated rows of the Correspondances sheet', () => {
  const base = dataFindings(wb(MAPPING));

  it('the mapping itself gives no finding', () => {
    expect(base).toEqual([]);
  });

  it('a header that is not there: one data/invalid-value on that cell, the row ignored, nothing else', () => {
    const sheets = wb([...MAPPING, ['Colonne', 'Membres › Suppléant', 'Binôme du titulaire']]);
    const before = allFindings(wb(MAPPING));
    const after = allFindings(sheets);
    expect(after.filter((f) => !before.includes(f))).toHaveLength(1);
    expect(before.filter((f) => !after.includes(f))).toEqual([]);
    const found = dataFindings(sheets);
    expect(found.map((f) => [f.ruleId, f.sheet, f.cell, f.messageId])).toEqual([
      ['data/invalid-value', 'Correspondances', 'C8', 'mappingAbsentHeader'],
    ]);
    expect(found[0].message).toBe(
      'La feuille « Liste des membres » n’a pas d’en-tête « Binôme du titulaire » (10 premières lignes) : la correspondance est ignorée.',
    );
  });

  it('a sheet that is not there, a tool name that is not the tool’s, an unknown item: data/invalid-value on that cell', () => {
    const found = dataFindings(
      wb([
        ...MAPPING,
        ['Feuille', 'Décisions', 'Suivi des décisions'],
        ['Colonne', 'Membres › Téléphone', 'Fonction'],
        ['Valeur', 'Membres › Rôle › Président', 'Animateur'],
        ['Valeur', 'Membres › Expert titulaire › X', 'Y'],
        ['Colonne', 'Membres', 'Fonction'],
        ['Ligne', 'Membres', 'Liste des membres'],
      ]),
    );
    expect(found.map((f) => [f.ruleId, f.cell, f.messageId])).toEqual([
      ['data/invalid-value', 'C8', 'mappingAbsentSheet'],
      ['data/invalid-value', 'B9', 'mappingUnknownTool'],
      ['data/invalid-value', 'B10', 'mappingUnknownTool'],
      ['data/invalid-value', 'B11', 'mappingUnknownTool'],
      ['data/invalid-value', 'B12', 'mappingUnknownTool'],
      ['data/invalid-value', 'A13', 'mappingUnknownItem'],
    ]);
    expect(found.every((f) => f.sheet === 'Correspondances')).toBe(true);
  });

  it('two rows mapping one tool column: data/duplicate on the second, the first kept', () => {
    const found = dataFindings(wb([...MAPPING, ['Colonne', 'Membres › Expert titulaire', 'Expert']]));
    expect(found.map((f) => [f.ruleId, f.sheet, f.cell])).toEqual([['data/duplicate', 'Correspondances', 'B8']]);
    expect(found[0].message).toBe('« Membres › Expert titulaire » (colonne « Nom de l\'outil ») figure déjà à la ligne 5.');
    expect(parse(wb([...MAPPING, ['Colonne', 'Membres › Expert titulaire', 'Expert']])).workbook.members!.columns.expert).toBe(3);
  });

  it('two rows mapping one tool sheet, or one user word to two values: data/duplicate', () => {
    const found = dataFindings(
      wb([
        ...MAPPING,
        ['Feuille', 'Membres', 'Calendrier'],
        ['Valeur', 'Membres › Rôle › Membre', 'Animateur'],
      ]),
    );
    expect(found.map((f) => [f.ruleId, f.cell])).toEqual([
      ['data/duplicate', 'B8'],
      ['data/duplicate', 'C9'],
    ]);
  });

  it('blank cells of a mapping row: data/required-value, the row ignored', () => {
    const found = dataFindings(wb([...MAPPING, ['Colonne', '', 'Fonction']]));
    expect(found.map((f) => [f.ruleId, f.cell])).toEqual([['data/required-value', 'B8']]);
  });
});

describe('the user’s words in the rules’ messages', () => {
  it('a past meeting still planned is said to stay at the register’s word for planned', () => {
    const sheets: Sheets = {
      Groupes: GROUPES,
      Membres: [['Groupe', 'PTF', 'Rôle']],
      'Agenda 2026': [
        ['Date de tenue', 'Type', 'État'],
        ['2026-10-01', 'GEC', 'Programmée'],
      ],
      Correspondances: [
        MAPPING_HEAD,
        ['Feuille', 'Calendrier', 'Agenda 2026'],
        ['Colonne', 'Calendrier › Date', 'Date de tenue'],
        ['Valeur', 'Calendrier › Statut › Prévue', 'Programmée'],
      ],
    };
    const report = validate({ name: 't.xlsx', sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) }, { today: '2026-11-15' });
    const stale = report.findings.find((f) => f.ruleId === 'calendar/status-stale')!;
    expect([stale.sheet, stale.cell]).toEqual(['Agenda 2026', 'C2']);
    expect(stale.message).toBe('La réunion « GEC » du 01/10/2026 date de 45 jours mais reste au statut Programmée.');
  });
});
