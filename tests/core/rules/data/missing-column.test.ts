import { ruleTester } from '../../../support/rule-tester';
import rule from '../../../../core/rules/data/missing-column';
import expert from '../../../../core/rules/membership/expert';
import gdParent from '../../../../core/rules/structure/gd-parent';
import { validateWorkbook } from '../../../../core/index';
import type { Cell } from '../../../../core/types';
import { run, testRule, type Sheets } from '../../workbook/helpers';

const groupes = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT2', 'Capital humain', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
];
const membres = [['Groupe', 'PTF', 'Rôle'], ['GT2', 'UE', 'Membre']];
const calendrier = [['Date', 'Type', 'Statut', 'Groupe'], ['2026-03-01', 'GEC', 'Tenue', '']];
const D = '2026-11-15';

ruleTester(rule, {
  valid: [
    {
      name: 'every yes column present (aliases, any order); optional columns absent',
      date: D,
      sheets: {
        Groupes: [['Type de groupe', 'Intitulé', 'Sigle'], ['GT PTF', 'Capital humain', 'GT2']],
        Membres: [['Role', 'Partner', 'Group'], ['Membre', 'UE', 'GT2']],
        Calendrier: [['Meeting date', 'Meeting type', 'Status'], ['2026-03-01', 'GEC', 'Held']],
        'Décisions': [['Groupe', 'Décision', 'Responsable', 'Échéance', 'Statut']],
        Documents: [['Groupe', 'Type', 'Année']],
        PTF: [['Sigle']],
        'Paramètres': [['Paramètre', 'Valeur']],
      },
      evaluated: 7,
    },
    {
      name: 'Calendrier without Groupe: not needed while no row is a group meeting type',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: membres,
        Calendrier: [['Date', 'Type', 'Statut'], ['2026-03-01', 'GEC', 'Tenue'], ['2026-03-02', 'Revue sectorielle', 'Prévue'], ['2026-03-03', '', 'Prévue']],
      },
    },
    {
      name: 'a see <rule> column is not asked for by this rule alone',
      date: D,
      sheets: { Groupes: [['Code', 'Nom', 'Type'], ['GD-SANTE', 'Santé', 'GD']], Membres: [['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'UE', 'Membre']], Calendrier: calendrier },
    },
  ],
  invalid: [
    {
      name: 'a yes column absent: the sheet, cell = column A of the header row (one finding per column)',
      date: D,
      sheets: {
        Groupes: [['Code', 'Nom', 'GT de rattachement'], ['GT2', 'Capital humain', '']],
        Membres: [['Liste des membres (2026)'], [], ['Groupe', 'Rôle', 'Expert titulaire'], ['GT2', 'Membre', 'A. Traoré']],
        Calendrier: [['Date', 'Groupe', 'Participants'], ['2026-03-01', 'GT2', 'UE']],
      },
      errors: [
        { messageId: 'missingColumn', sheet: 'Groupes', cell: 'A1', group: null, gt: null, severity: 'error', data: { column: 'Type', sheet: 'Groupes' } },
        { messageId: 'missingColumn', sheet: 'Membres', cell: 'A3', data: { column: 'PTF', sheet: 'Membres' } },
        { messageId: 'missingColumn', sheet: 'Calendrier', cell: 'A1', data: { column: 'Type' } },
        { messageId: 'missingColumn', sheet: 'Calendrier', cell: 'A1', data: { column: 'Statut' } },
      ],
      evaluated: 3,
      failed: 3,
    },
    {
      name: 'no header row found: every yes column, anchored on A1',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: [['Nom du PTF', 'Fonction'], ['UE', 'Membre']],
        Calendrier: [],
      },
      errors: [
        { messageId: 'missingColumn', sheet: 'Membres', cell: 'A1', data: { column: 'Groupe' } },
        { messageId: 'missingColumn', sheet: 'Membres', cell: 'A1', data: { column: 'PTF' } },
        { messageId: 'missingColumn', sheet: 'Membres', cell: 'A1', data: { column: 'Rôle' } },
        { messageId: 'missingColumn', sheet: 'Calendrier', cell: 'A1', data: { column: 'Date' } },
        { messageId: 'missingColumn', sheet: 'Calendrier', cell: 'A1', data: { column: 'Type' } },
        { messageId: 'missingColumn', sheet: 'Calendrier', cell: 'A1', data: { column: 'Statut' } },
      ],
      failed: 2,
    },
    {
      name: 'yes columns of the optional sheets',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: membres,
        Calendrier: calendrier,
        'Décisions': [['Groupe', 'Décision', 'Responsable', 'Statut']],
        Documents: [['Groupe', 'Type', 'Lien']],
        PTF: [['Nom', 'Type']],
        'Paramètres': [['Paramètre']],
      },
      errors: [
        { messageId: 'missingColumn', sheet: 'Décisions', cell: 'A1', data: { column: 'Échéance' } },
        { messageId: 'missingColumn', sheet: 'Documents', cell: 'A1', data: { column: 'Année' } },
        { messageId: 'missingColumn', sheet: 'PTF', cell: 'A1', data: { column: 'Sigle' } },
        { messageId: 'missingColumn', sheet: 'Paramètres', cell: 'A1', data: { column: 'Valeur' } },
      ],
    },
    {
      name: 'Groupe (for the group meeting types) absent while a row is a group meeting: once',
      date: D,
      sheets: {
        Groupes: groupes,
        Membres: membres,
        Calendrier: [['Titre'], ['Date', 'Type', 'Statut'], ['2026-03-01', 'GEC', 'Tenue'], ['2026-03-02', 'Réunion du groupe', 'Tenue'], ['2026-03-03', 'Coordination GT', 'Tenue']],
      },
      errors: [{ messageId: 'missingColumn', sheet: 'Calendrier', cell: 'A2', data: { column: 'Groupe', columnEn: 'Group' } }],
      failed: 1,
    },
    {
      name: 'the English message names the English header',
      date: D,
      language: 'en',
      sheets: { Groups: groupes, Members: [['Group', 'Role']], Meetings: [['Date', 'Type', 'Status']] },
      errors: [{ messageId: 'missingColumn', sheet: 'Members', cell: 'A1', data: { column: 'PTF', columnEn: 'Partner', sheet: 'Members' } }],
    },
  ],
});

describe('data/missing-column for a see <rule> column: only when a row would be evaluated', () => {
  const membresNoExpert = (rows: Cell[][]): Sheets => ({
    Groupes: groupes,
    Membres: [['Groupe', 'PTF', 'Rôle', 'Début mandat'], ...rows],
    Calendrier: [['Date', 'Type', 'Statut']],
  });

  it('Expert titulaire absent with a current dialogue-group row: one finding at the header row', () => {
    const r = run(membresNoExpert([['GD-SANTE', 'UE', 'Dialogue Leader', ''], ['GD-SANTE', 'AFD', 'Membre', '']]), [rule, expert]);
    expect(r.cells('data/missing-column')).toEqual(['Membres!A1']);
    expect(r.of('data/missing-column')[0].data).toMatchObject({ column: 'Expert titulaire' });
    // The rule that needs the column is skipped: it fires on no row and evaluates nothing.
    expect(r.of('membership/expert')).toEqual([]);
    expect(r.summary('membership/expert')).toMatchObject({ evaluated: 0, status: 'skipped' });
  });

  it('no finding when no row would be evaluated (only GT rows, or only planned rows)', () => {
    const onlyGt = run(membresNoExpert([['GT2', 'UE', 'Coordination - en exercice', '']]), [rule, expert]);
    expect(onlyGt.of('data/missing-column')).toEqual([]);
    const onlyPlanned = run(membresNoExpert([['GD-SANTE', 'UE', 'Dialogue Leader', '2027-01-01']]), [rule, expert]);
    expect(onlyPlanned.of('data/missing-column')).toEqual([]);
    const noRows = run(membresNoExpert([]), [rule, expert]);
    expect(noRows.of('data/missing-column')).toEqual([]);
  });

  it('no finding when the rule that needs the column is off', () => {
    const r = run(
      { ...membresNoExpert([['GD-SANTE', 'UE', 'Dialogue Leader', '']]), 'Paramètres': [['Paramètre', 'Valeur'], ['membership/expert', 'désactivée']] },
      [rule, expert],
    );
    expect(r.of('data/missing-column')).toEqual([]);
    expect(r.summary('membership/expert').status).toBe('off');
  });

  it('GT de rattachement (see structure/gd-parent) absent with a dialogue group; not with GT rows only', () => {
    const base = { Membres: [['Groupe', 'PTF', 'Rôle']], Calendrier: [['Date', 'Type', 'Statut']] };
    const withGd = run({ Groupes: [['Code', 'Nom', 'Type'], ['GT2', 'Capital humain', 'GT PTF'], ['GD-SANTE', 'Santé', 'GD']], ...base }, [rule, gdParent]);
    expect(withGd.cells('data/missing-column')).toEqual(['Groupes!A1']);
    expect(withGd.of('data/missing-column')[0].data).toMatchObject({ column: 'GT de rattachement' });
    const gtOnly = run({ Groupes: [['Code', 'Nom', 'Type'], ['GT2', 'Capital humain', 'GT PTF']], ...base }, [rule, gdParent]);
    expect(gtOnly.of('data/missing-column')).toEqual([]);
  });

  it('two rules asking for the same column, or one asking twice, give one finding per column', () => {
    const ask = (id: string, field: string) =>
      testRule(id, (context) => {
        context.hasColumn('members', field);
        context.hasColumn('members', field);
      });
    const r = run(membresNoExpert([['GD-SANTE', 'UE', 'Dialogue Leader', '']]), [
      rule,
      ask('structure/a', 'expert'),
      ask('structure/b', 'expert'),
      ask('structure/c', 'alternate'),
      ask('structure/d', 'role'),
      expert,
    ]);
    expect(r.of('data/missing-column').map((f) => f.data.column)).toEqual(['Expert titulaire', 'Suppléant']);
    // One item per sheet: the Membres sheet fails once.
    expect(r.summary('data/missing-column')).toMatchObject({ evaluated: 3, failed: 1, status: 'failed' });
  });

  it('hasColumn answers true for a present column and false for an absent one or an absent sheet', () => {
    const answers: boolean[] = [];
    const probe = testRule('structure/probe', (context) => {
      answers.push(context.hasColumn('members', 'role'), context.hasColumn('members', 'expert'), context.hasColumn('documents', 'year'));
    });
    const r = run(membresNoExpert([]), [rule, probe]);
    expect(answers).toEqual([true, false, false]);
    // An absent optional sheet is not a missing column.
    expect(r.of('data/missing-column').map((f) => f.data.column)).toEqual(['Expert titulaire']);
  });

  it('through validateWorkbook with the whole catalogue', () => {
    const sheets: Sheets = {
      Groupes: groupes,
      Membres: [['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'UE', 'Dialogue Leader']],
      Calendrier: [['Date', 'Type', 'Statut']],
    };
    const { report } = validateWorkbook(
      { name: 'x.xlsx', sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) },
      { referenceDate: D },
    );
    const missing = report.findings.filter((f) => f.ruleId === 'data/missing-column');
    const columns = missing.map((f) => f.data.column);
    // A current dialogue-group row is evaluated by membership/expert and membership/alternate.
    expect(columns).toEqual(expect.arrayContaining(['Expert titulaire', 'Suppléant']));
    // Calendrier has no rows: none of its see <rule> columns is asked for.
    expect(missing.filter((f) => f.sheet === 'Calendrier')).toEqual([]);
    // One finding per column, all on the header row of Membres.
    expect(new Set(columns).size).toBe(columns.length);
    expect(missing.filter((f) => f.sheet === 'Membres').every((f) => f.cell === 'A1')).toBe(true);
  });
});
