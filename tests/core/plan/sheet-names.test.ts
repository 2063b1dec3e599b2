import { resolveNames, sheetsReplacedBy } from '../../../core/plan/sheet-names';
import type { ExistingSheet } from '../../../core/plan/types';

const user = (name: string): ExistingSheet => ({ name, ownedByTool: false });
const tool = (name: string): ExistingSheet => ({ name, ownedByTool: true });
const wanted = [
  { kind: 'findings' as const, baseName: 'Constats' },
  { kind: 'summary' as const, baseName: 'Synthèse GEC 2026-11' },
];

describe('sheetsReplacedBy', () => {
  test("the tool's findings sheet and this month's summary, in either language, numbered or not", () => {
    const existing = [
      user('Groupes'),
      tool('Constats'),
      tool('Findings (2)'),
      tool('Synthèse GEC 2026-11'),
      tool('GEC summary 2026-11 (3)'),
      tool('Synthèse GEC 2026-10'),
    ];
    expect(sheetsReplacedBy(existing, '2026-11')).toEqual([
      'Constats',
      'Findings (2)',
      'Synthèse GEC 2026-11',
      'GEC summary 2026-11 (3)',
    ]);
  });

  test("never a user's sheet, whatever its name", () => {
    expect(sheetsReplacedBy([user('Constats'), user('Synthèse GEC 2026-11')], '2026-11')).toEqual([]);
  });

  test('a tool sheet that is neither findings nor a summary of the month stays', () => {
    expect(sheetsReplacedBy([tool('Constats anciens'), tool('Synthèse GEC 2026-1')], '2026-11')).toEqual([]);
  });
});

describe('resolveNames', () => {
  test('the wanted names when free', () => {
    expect(resolveNames(wanted, [user('Groupes')], [])).toEqual(['Constats', 'Synthèse GEC 2026-11']);
  });

  test("a user's sheet keeps its name, ours gets (2), case-insensitively (R5)", () => {
    expect(resolveNames(wanted, [user('constats')], [])).toEqual(['Constats (2)', 'Synthèse GEC 2026-11']);
  });

  test('the first free number', () => {
    expect(resolveNames(wanted, [user('Constats'), user('Constats (2)')], [])).toEqual(['Constats (3)', 'Synthèse GEC 2026-11']);
  });

  test('a deleted tool sheet frees its name', () => {
    expect(resolveNames(wanted, [tool('Constats'), tool('Synthèse GEC 2026-11')], ['Constats', 'Synthèse GEC 2026-11'])).toEqual([
      'Constats',
      'Synthèse GEC 2026-11',
    ]);
  });

  test('names stay within 31 characters', () => {
    const long = [{ kind: 'summary' as const, baseName: 'x'.repeat(31) }];
    const [name] = resolveNames(long, [user('x'.repeat(31))], []);
    expect(name).toBe(`${'x'.repeat(27)} (2)`);
  });
});
