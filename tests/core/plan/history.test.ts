import { buildTrend, currentRows, formatChange, mergeHistory, readHistory, TREND_MONTHS, type HistoryRow } from '../../../core/plan/history';

const row = (month: string, gt: string, score: number | null): HistoryRow => ({ month, gt, score, cells: [month, gt, score] });

describe('history', () => {
  test('the change reads like a secretariat writes it, in both languages', () => {
    expect(formatChange(2.5, 'fr')).toBe('+2,5 pts');
    expect(formatChange(-1, 'fr')).toBe('−1 pt');
    expect(formatChange(0, 'fr')).toBe('0 pt');
    expect(formatChange(1.5, 'fr')).toBe('+1,5 pt');
    expect(formatChange(2.5, 'en')).toBe('+2.5 pts');
    expect(formatChange(1, 'en')).toBe('+1 pt');
    expect(formatChange(null, 'fr')).toBe('s.o.');
    expect(formatChange(null, 'en')).toBe('n/a');
  });

  test('the trend keeps the last 12 months up to the summary’s, and compares with the latest earlier one', () => {
    const rows: HistoryRow[] = [];
    for (let m = 1; m <= 12; m++) rows.push(row(`2025-${String(m).padStart(2, '0')}`, 'GT1', 50 + m));
    rows.push(row('2026-03', 'GT1', 80), row('2026-05', 'GT1', 77.5), row('2026-07', 'GT1', 99));
    const trend = buildTrend(rows, '2026-05', ['GT1', 'GT2']);
    // June 2025 to May 2026: twelve calendar months, nine of them with rows.
    expect(trend.months).toEqual(['2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-03', '2026-05']);
    expect(TREND_MONTHS).toBe(12);
    expect(trend.previousMonth).toBe('2026-03');
    expect(trend.gts[0].change).toBe(-2.5);
    expect(trend.gts[1]).toEqual({ gt: 'GT2', scores: Array(9).fill(null), change: null });
    expect(buildTrend(rows, '2026-01', ['GT1']).months[0]).toBe('2025-02');
  });

  test('reading the sheet back: rows the tool cannot read are kept; merging replaces only the month', () => {
    const read = readHistory([
      ['Mois', 'GT'],
      ['2026-10', 'GT1', 90, 1],
      [],
      ['note du secrétariat'],
      ['2026-11', 'GT1', 95],
    ]);
    expect(read.map((r) => r.month)).toEqual(['2026-10', null, '2026-11']);
    expect(read[1].cells).toEqual(['note du secrétariat']);
    const merged = mergeHistory(read, [row('2026-11', 'GT1', 97)], '2026-11');
    expect(merged.map((r) => r.cells)).toEqual([['2026-10', 'GT1', 90, 1], ['note du secrétariat'], ['2026-11', 'GT1', 97]]);
    expect(readHistory([])).toEqual([]);
  });

  test('this run’s rows: month, GT, score, counts, scope, reference date', () => {
    const rows = currentRows(
      { month: '2026-11', referenceDate: '2026-11-15', gts: [{ gt: 'GT1', score: 96.7, errors: 1, warnings: 2, evaluated: 91, failed: 3 }] } as never,
      'GT1',
    );
    expect(rows[0].cells).toEqual(['2026-11', 'GT1', 96.7, 1, 2, 91, 3, 'GT1', '2026-11-15']);
  });
  test('a reference date given back by a host is the same day again: a serial (Excel, 1900 or 1904), a Date in the zone (Sheets)', () => {
    const header = ['Mois', 'GT', 'Conformité (%)', 'Erreurs', 'Avertissements', 'Évalués', 'En échec', 'Périmètre', 'Date de référence'];
    const cells = (date: unknown, options?: Parameters<typeof readHistory>[1]) =>
      readHistory([header, ['2026-11', 'GT1', 98, 0, 1, 10, 1, 'GT1', date]] as never, options)[0].cells[8];
    expect(cells(46341)).toEqual({ date: '2026-11-15' });
    expect(cells(44879, { date1904: true, timeZone: 'Africa/Bamako' })).toEqual({ date: '2026-11-15' });
    // Midnight of 15 November in Paris is still the 14th in UTC.
    expect(cells(new Date('2026-11-14T23:00:00Z'), { date1904: false, timeZone: 'Europe/Paris' })).toEqual({ date: '2026-11-15' });
    // Text stays as it was written; another column's number stays a number.
    expect(cells('2026-11-15')).toBe('2026-11-15');
    expect(readHistory([header, ['2026-11', 'GT1', 46341]])[0].cells[2]).toBe(46341);
  });
});
