import { validate } from '../../../core';
import type { Cell } from '../../../core/types';

// workbook.md: "A required column that is missing gives data/missing-column; the rules that need
// it are skipped for that sheet (they do not fire on every row)."
const groups: Cell[][] = [
  ['Code', 'Nom', 'Type', 'GT de rattachement'],
  ['GT1', 'Economie inclusive et durable', 'GT PTF', ''],
  ['GT2', 'Développement du capital humain et inclusion sociale', 'GT PTF', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2'],
];

function run(sheets: Record<string, Cell[][]>) {
  const report = validate({ name: 't.xlsx', sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) }, { today: '2026-11-15' });
  const status = (id: string) => report.rules.find((r) => r.ruleId === id)!.status;
  const ids = (id: string) => report.findings.filter((f) => f.ruleId === id);
  return { report, status, ids };
}

describe('rules that need a missing required column are skipped', () => {
  it('no Rôle column: the role rules are skipped, data/missing-column says why', () => {
    const r = run({
      Groupes: groups,
      Membres: [['Groupe', 'PTF'], ['GT2', 'UE'], ['GD-SANTE', 'UE']],
      Calendrier: [['Date', 'Type', 'Statut']],
    });
    for (const id of ['membership/tripartite', 'membership/dialogue-leader', 'membership/rotation', 'membership/co-leaders']) {
      expect(r.ids(id)).toEqual([]);
      expect(r.status(id)).toBe('skipped');
    }
    const missing = r.ids('data/missing-column');
    expect(missing.every((f) => f.sheet === 'Membres' && f.cell === 'A1')).toBe(true);
    // Rôle (required), and the columns that rules not needing the role (still run) asked for.
    expect(missing.map((f) => f.message).join('\n')).toMatch(/Rôle/);
    expect(missing.map((f) => f.message).join('\n')).toMatch(/Expert titulaire/);
  });

  it('no Type column in Calendrier: the calendar rules are skipped, status-stale still runs', () => {
    const r = run({
      Groupes: groups,
      Membres: [['Groupe', 'PTF', 'Rôle']],
      Calendrier: [['Date', 'Statut', 'Groupe'], [46000, 'Prévue', 'GT1']],
    });
    for (const id of ['calendar/gt-coordination', 'calendar/annual-plan', 'calendar/inactive-group']) {
      expect(r.ids(id)).toEqual([]);
      expect(r.status(id)).toBe('skipped');
    }
    expect(r.ids('calendar/status-stale')).toHaveLength(1);
  });

  it('no Type column in Groupes: the structure rules are skipped', () => {
    const r = run({
      Groupes: [['Code', 'Nom'], ['GT1', 'Economie inclusive et durable']],
      Membres: [['Groupe', 'PTF', 'Rôle']],
      Calendrier: [['Date', 'Type', 'Statut']],
    });
    expect(r.ids('structure/gt-set')).toEqual([]);
    expect(r.ids('structure/gd-missing')).toEqual([]);
    expect(r.status('structure/gt-set')).toBe('skipped');
  });

  it('with the columns present, the same rules fire', () => {
    const r = run({
      Groupes: groups,
      Membres: [['Groupe', 'PTF', 'Rôle'], ['GT2', 'UE', 'Membre']],
      Calendrier: [['Date', 'Type', 'Statut']],
    });
    expect(r.ids('membership/tripartite').length).toBeGreaterThan(0);
    expect(r.ids('membership/dialogue-leader').length).toBe(1);
  });
});
