import { validateWorkbook } from '../../../core/index';
import { buildPlan, CHART_COLOURS } from '../../../core/plan';
import { attention } from '../../../core/plan/summary';
import { ruleText } from '../../../core/rules/index';
import { formatTimestamp } from '../../../core/plan/sheets';
import type { OutputSheet, Plan, PlanCell } from '../../../core/plan/types';
import type { Finding, Report } from '../../../core/types';
import { D, finding, reportOf, smallWorkbook } from './helpers';

const NOW = '2026-11-15T10:32:00Z';

function planOf(options: { language?: 'fr' | 'en'; existing?: { name: string; ownedByTool: boolean }[]; report?: (r: Report) => Report } = {}): {
  plan: Plan;
  report: Report;
} {
  const { report, parsed } = validateWorkbook(smallWorkbook({ language: options.language }), { today: D });
  const used = options.report ? options.report(report) : report;
  const plan = buildPlan(used, parsed, { now: NOW, workbookName: 'petit.xlsx', existingSheets: options.existing ?? [] });
  return { plan, report: used };
}

/** The rows of a sheet's block that starts after the row whose first cell is `title`. */
function block(sheet: OutputSheet, title: string): PlanCell[][] {
  const start = sheet.rows.findIndex((r) => r[0] === title);
  expect(start).toBeGreaterThanOrEqual(0);
  const out: PlanCell[][] = [];
  for (let r = start + 2; r < sheet.rows.length && sheet.rows[r].length > 0; r++) out.push(sheet.rows[r]);
  return out;
}

describe('buildPlan: names and sheets', () => {
  test('French names, the summary of the month of D, findings first', () => {
    const { plan } = planOf();
    expect(plan.language).toBe('fr');
    expect(plan.markerFormula).toBe('ISTEXT("tdr-check")');
    expect(plan.sheets.map((s) => [s.kind, s.name])).toEqual([
      ['findings', 'Constats'],
      ['summary', 'Synthèse GEC 2026-11'],
    ]);
    expect(plan.summary.title).toBe('Synthèse pour la réunion mensuelle du GEC – novembre 2026');
    expect(plan.sheetsToDelete).toEqual([]);
  });

  test('English names and title with the English setting', () => {
    const { plan } = planOf({ language: 'en' });
    expect(plan.sheets.map((s) => s.name)).toEqual(['Findings', 'GEC summary 2026-11']);
    expect(plan.summary.title).toBe('Summary for the GEC monthly meeting – November 2026');
    expect(plan.sheets[0].rows[4]).toEqual(['Severity', 'Rule', 'TdR ref.', 'Sheet', 'Cell', 'Group', 'GT', 'Message', 'Suggestion', 'Waiver', 'Rule title', 'TdR text']);
    expect(plan.sheets[0].dateFormat).toBe('yyyy-mm-dd');
  });

  test("replaces the tool's own sheets, never a user's (R5)", () => {
    const { plan } = planOf({
      existing: [
        { name: 'Groupes', ownedByTool: false },
        { name: 'Constats', ownedByTool: false },
        { name: 'Constats (2)', ownedByTool: true },
        { name: 'Synthèse GEC 2026-11', ownedByTool: true },
        { name: 'Synthèse GEC 2026-10', ownedByTool: true },
      ],
    });
    expect(plan.sheetsToDelete).toEqual(['Constats (2)', 'Synthèse GEC 2026-11']);
    expect(plan.sheets.map((s) => s.name)).toEqual(['Constats (2)', 'Synthèse GEC 2026-11']);
  });

  test('highlights cover every anchored, non-waived finding, on its sheet', () => {
    const { plan, report } = planOf();
    const anchored = report.findings.filter((f) => !f.waived && f.row !== null && f.col !== null && f.sheet !== null);
    expect(anchored.length).toBeGreaterThan(0);
    for (const f of anchored) {
      const covered = plan.highlights.some((h) => h.sheet === f.sheet && h.ranges.some((r) => covers(r, f.row!, f.col!)));
      expect(covered).toBe(true);
    }
  });
});

/** Whether an A1 range (`B3` or `B3:D9`) holds the cell. */
function covers(range: string, row: number, col: number): boolean {
  const [a, b] = range.split(':').map(parseA1);
  const end = b ?? a;
  return row >= a.row && row <= end.row && col >= a.col && col <= end.col;
}

function parseA1(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col: col - 1 };
}

describe('buildPlan: Constats', () => {
  const findings: Finding[] = [
    finding({ severity: 'error', ruleId: 'membership/expert', sheet: 'Membres', cell: 'D3', row: 3, col: 3, message: '=HYPERLINK("http://x","y")' }),
    finding({ severity: 'warning', sheet: null, cell: null, row: null, col: null, group: null, gt: null }),
    finding({ severity: 'warning', sheet: 'Membres', cell: 'E9', row: 9, col: 4, waived: true, waiver: '' }),
    finding({ severity: 'info', sheet: 'Calendrier', cell: 'B2', row: 2, col: 1, waived: true, waiver: 'réunion de crise' }),
  ];
  const { plan } = planOf({ report: () => reportOf(findings) });
  const sheet = plan.sheets[0];

  test('title, reference date, counts, then the header with a frozen pane and a filter', () => {
    expect(sheet.rows[0]).toEqual(['Constats de conformité aux TdR – test.xlsx']);
    expect(sheet.rows[1]).toEqual(['Date de référence', { date: D }]);
    expect(sheet.rows[2]).toEqual(['Erreurs', 1, 'Avertissements', 1, 'Infos', 0, 'Dérogés', 2]);
    expect(sheet.rows[4]).toEqual(['Sévérité', 'Règle', 'Réf. TdR', 'Feuille', 'Cellule', 'Groupe', 'GT', 'Message', 'Suggestion', 'Dérogation', 'Intitulé de la règle', 'Texte des TdR']);
    expect(sheet.headerRows).toContain(4);
    expect(sheet.frozenRows).toBe(5);
    expect(sheet.autoFilter).toBe('A5:L9');
  });

  test('prints on A4 landscape, one page wide, the header row repeated; messages wrap', () => {
    expect(sheet.print).toEqual({ orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: [4, 4] });
    expect(sheet.wrapColumns).toEqual(expect.arrayContaining([7, 8, 9]));
  });

  test('one row per finding in the report order, workbook text kept as text', () => {
    expect(sheet.rows[5].slice(0, 10)).toEqual(['erreur', 'membership/expert', 'III.5', 'Membres', 'D3', 'GD-EAU', 'GT2', '=HYPERLINK("http://x","y")', 'suggestion', '']);
    // presentation.md §3: the rule's title and the TdR's words follow the ten columns of outputs.md.
    expect(sheet.rows[5][10]).toBe('Expert permanent');
    expect(sheet.rows[5][11]).toMatch(/^« Chaque PTF \(bilatéral ou multilatéral\) .* désigne un\(e\) expert \(e\) permanent .*»$/);
    expect(sheet.rows[6].slice(0, 7)).toEqual(['avertissement', 'membership/alternate', 'III.5', '', '', '', '']);
    expect(sheet.rows[7][9]).toBe('dérogé (sans justification)');
    expect(sheet.rows[8][9]).toBe('réunion de crise');
  });

  test('the Cellule column links to the cell, only where there is one', () => {
    expect(sheet.links).toEqual([
      { row: 5, col: 4, sheet: 'Membres', cell: 'D3' },
      { row: 7, col: 4, sheet: 'Membres', cell: 'E9' },
      { row: 8, col: 4, sheet: 'Calendrier', cell: 'B2' },
    ]);
  });

  test('then the per-rule table', () => {
    expect(block(sheet, 'Règles')).toEqual([['membership/alternate', 'III.5', 'avertissement', 4, 1, 'non conforme']]);
  });
});

describe('buildPlan: Synthèse GEC', () => {
  const { plan, report } = planOf();
  const sheet = plan.sheets[1];
  const s = plan.summary;
  const gt2 = s.gts[1];

  test('title, reference date, workbook, time made', () => {
    expect(sheet.rows[0]).toEqual(['Synthèse pour la réunion mensuelle du GEC – novembre 2026']);
    expect(sheet.rows[1]).toEqual(['Date de référence', { date: D }]);
    expect(sheet.rows[2]).toEqual(['Classeur', 'petit.xlsx']);
    expect(sheet.rows[3]).toEqual(['Produit le', '15/11/2026 10:32 UTC']);
    expect(sheet.titleRows).toEqual([0]);
  });

  test('one line per reference GT and a total', () => {
    expect(s.gts.map((g) => g.gt)).toEqual(['GT1', 'GT2', 'GT3', 'GT4', 'GT5']);
    const table = block(sheet, 'Conformité par GT');
    expect(table.map((r) => r[0])).toEqual(['GT1', 'GT2', 'GT3', 'GT4', 'GT5', 'Total']);
  });

  test('GT2 worked out by hand', () => {
    // Dialogue groups GD-EAU and GD-SANTE; partners Canada, UNICEF, Suède, OMS.
    expect(gt2.dialogueGroups).toBe(2);
    expect(gt2.activePartners).toBe(4);
    expect(gt2.leads).toEqual(['Canada']);
    expect(gt2.leadEnd).toBe('2026-12-31');
    expect(gt2.lastCoordination).toBe('2026-11-05');
    // Held in [D-30, D]: R1 (GT2) and R3 (GD-EAU).
    expect(gt2.meetingsHeld).toBe(2);
    // GT-run and held in [D-90, D]: R1 2 of the 4 expected (50 %), R2 3 of 4 invited (75 %).
    expect(gt2.participation).toBe(63);
    // GD-EAU designated in January 2026 (valid), GD-SANTE in January 2025 (expired).
    expect([gt2.nexusValid, gt2.nexusTotal]).toEqual([1, 2]);
    // No Documents sheet.
    expect(gt2.documents).toEqual({ tdr: 'na', workPlan: 'na', annualReport: 'na' });
    const score = report.summary.gts.find((g) => g.gt === 'GT2')!;
    expect([gt2.errors, gt2.warnings, gt2.score]).toEqual([score.errors, score.warnings, score.score]);
  });

  test('a planned successor is not an active partner; the total counts distinct partners', () => {
    expect(s.gts[2].activePartners).toBe(1);
    expect(s.total.activePartners).toBe(6);
    expect(s.total.dialogueGroups).toBe(3);
    expect(s.total.score).toBe(report.summary.total.score);
  });

  test('the compliance column carries the chart spec: bars coloured by the worst finding, under the table', () => {
    const header = sheet.rows.findIndex((r) => r[0] === 'GT' && r[12] === 'Conformité (%)');
    const gts = report.summary.gts.filter((g) => /^GT[1-5]$/.test(g.gt));
    expect(sheet.chart).toMatchObject({
      categories: ['GT1', 'GT2', 'GT3', 'GT4', 'GT5'],
      values: gts.map((g) => g.score),
      valuesRange: `M${header + 2}:M${header + 6}`,
      categoriesRange: `A${header + 2}:A${header + 6}`,
    });
    const colour = (g: { errors: number; warnings: number }) =>
      g.errors > 0 ? CHART_COLOURS.error : g.warnings > 0 ? CHART_COLOURS.warning : CHART_COLOURS.none;
    expect(sheet.chart!.colours).toEqual(gts.map(colour));
    expect(new Set(sheet.chart!.colours).size).toBeGreaterThan(1);
    // Under the total row (header + 7), from column A, so that it prints within the width.
    const top = Number(/^A(\d+)$/.exec(sheet.chart!.anchor)![1]);
    expect(top).toBeGreaterThan(header + 7);
    expect(sheet.chart!.end).toMatch(/^G\d+$/);
    expect(sheet.rows.slice(top - 1, Number(sheet.chart!.end.slice(1)) - 1).every((r) => r.length === 0)).toBe(true);
    expect(sheet.rows[header + 2][12]).toBe(gt2.score);
  });

  test('the score beside what it counts', () => {
    const header = sheet.rows.findIndex((r) => r[0] === 'GT' && r[12] === 'Conformité (%)');
    expect(sheet.rows[header][13]).toBe('Détail');
    const g = report.summary.gts.find((x) => x.gt === 'GT2')!;
    expect(sheet.rows[header + 2][13]).toBe(`${g.failed} élément${g.failed > 1 ? 's' : ''} en échec sur ${g.evaluated}`);
    expect(s.gts[1]).toMatchObject({ evaluated: g.evaluated, failed: g.failed });
  });

  test('prints on A4 landscape, one page wide, the title repeated; long texts wrap', () => {
    expect(sheet.print).toEqual({ orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: [0, 0] });
    expect(sheet.wrapColumns).toContain(3);
    expect(sheet.columnWidths).toHaveLength(14);
  });

  test('coming rotations: within the notice or past, by date', () => {
    expect(s.rotations.map((r) => [r.gt, r.partner, r.end, r.daysLeft, r.incoming])).toEqual([
      ['GT3', 'Suisse', '2026-09-30', -46, []],
      ['GT2', 'Canada', '2026-12-31', 46, ['UNICEF']],
    ]);
    expect(s.rotations[1]).toMatchObject({ sheet: 'Membres', cell: 'I3' });
  });

  test('next month: live meetings after D and within 31 days, by date and time', () => {
    expect(s.upcomingMeetings.map((m) => [m.date, m.time, m.type, m.group, m.status])).toEqual([
      ['2026-11-20', '08:00', 'Coordination GT', 'Economie inclusive et durable', 'Prévue'],
      ['2026-11-20', '09:30', 'Réunion du groupe', 'Santé', 'Prévue'],
      ['2026-12-16', '', 'GEC', '', 'Prévue'],
    ]);
  });

  test('overdue decisions', () => {
    expect(s.overdueDecisions).toEqual([
      { due: '2026-10-31', daysLate: 15, group: 'Développement du capital humain et inclusion sociale', decision: 'Envoyer la note', owner: 'Canada', sheet: 'Décisions', cell: 'E2' },
    ]);
    const rows = block(sheet, 'Décisions échues');
    expect(rows[0][0]).toEqual({ date: '2026-10-31' });
  });

  test('the blocks appear in the order of outputs.md §2, with links to the cells', () => {
    const titles = sheet.rows.map((r) => r[0]);
    const order = ['Conformité par GT', "Points d'attention", 'Rotations à venir', 'Réunions du mois à venir', 'Décisions échues'];
    const at = order.map((t) => titles.indexOf(t));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(sheet.links.some((l) => l.sheet === 'Membres' && l.cell === 'I3')).toBe(true);
  });

  test("the points of attention name each rule by its title, the id after it (presentation.md §3)", () => {
    const rows = block(sheet, "Points d'attention");
    const rules = rows.map((r) => r[2]).filter((v): v is string => typeof v === 'string' && v.includes('/'));
    expect(rules.length).toBeGreaterThan(0);
    for (const text of rules) {
      const id = /\(([a-z-]+\/[a-z-]+)\)$/.exec(text)![1];
      expect(text).toBe(`${ruleText(id, 'fr').title} (${id})`);
    }
  });

  test('without a Décisions sheet, no block', () => {
    const snap = smallWorkbook();
    snap.sheets = snap.sheets.filter((x) => x.name !== 'Décisions');
    const { report: r, parsed } = validateWorkbook(snap, { today: D });
    const p = buildPlan(r, parsed, { now: NOW, workbookName: 'x', existingSheets: [] });
    expect(p.summary.overdueDecisions).toBeNull();
    expect(p.sheets[1].rows.some((row) => row[0] === 'Décisions échues')).toBe(false);
  });
});

describe('points of attention', () => {
  test('errors then warnings, at most 15, grouped by GT, the rest counted', () => {
    const findings = [
      ...Array.from({ length: 4 }, (_, i) => finding({ severity: 'error', gt: i % 2 ? 'GT3' : null, message: `e${i}` })),
      ...Array.from({ length: 14 }, (_, i) => finding({ severity: 'warning', gt: `GT${(i % 5) + 1}`, message: `w${i}` })),
      finding({ severity: 'info', gt: 'GT1', message: 'i' }),
      finding({ severity: 'error', gt: 'GT1', waived: true, waiver: 'x', message: 'waived' }),
    ];
    const { items, more } = attention(findings);
    expect(items).toHaveLength(15);
    expect(more).toBe(3);
    expect(items.map((i) => i.message)).not.toContain('i');
    expect(items.map((i) => i.message)).not.toContain('waived');
    expect(items.map((i) => i.gt)).toEqual(
      ['GT1', 'GT1', 'GT1', 'GT2', 'GT2', 'GT3', 'GT3', 'GT3', 'GT3', 'GT4', 'GT4', 'GT5', 'GT5', null, null],
    );
    // Within a GT, errors before warnings.
    const gt3 = items.filter((i) => i.gt === 'GT3').map((i) => i.severity);
    expect(gt3).toEqual(['error', 'error', 'warning', 'warning']);
  });

  test('the summary sheet says how many more and links to Constats', () => {
    const many = Array.from({ length: 20 }, (_, i) => finding({ severity: 'error', message: `e${i}` }));
    const { plan } = planOf({ report: () => reportOf(many), existing: [{ name: 'Constats', ownedByTool: false }] });
    const sheet = plan.sheets[1];
    const line = sheet.rows.findIndex((r) => r[0] === '5 autres points : voir la feuille Constats (2).');
    expect(line).toBeGreaterThan(0);
    expect(sheet.links).toContainEqual({ row: line, col: 0, sheet: 'Constats (2)', cell: 'A1' });
  });
});

describe('formatTimestamp', () => {
  test.each([
    ['2026-11-15T10:32:00Z', 'fr', '15/11/2026 10:32 UTC'],
    ['2026-11-15T10:32:00.123+01:00', 'en', '2026-11-15 10:32 UTC+01:00'],
    ['2026-11-15', 'fr', '15/11/2026'],
    ['not a date', 'fr', 'not a date'],
  ] as const)('%s (%s)', (ts, lang, expected) => {
    expect(formatTimestamp(ts, lang)).toBe(expected);
  });
});
