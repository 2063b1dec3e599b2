// The Paramètres sheet (workbook.md, "Paramètres"): reference date, language, thresholds and
// per-rule severities, and how they reach the rules and the report.

import { parse, run, testRule, basicSheets, type Sheets } from './helpers';
import { validateWorkbook } from '../../../core/index';
import requiredValue from '../../../core/rules/data/required-value';
import invalidValue from '../../../core/rules/data/invalid-value';
import { defaultSettings } from '../../../core/settings';
import { dayToIso, isoToDay } from '../../../core/values';
import type { RuleContext } from '../../../core/rules/rule';
import type { Cell } from '../../../core/types';

const withSettings = (rows: [string, Cell][], extra: Sheets = {}): Sheets =>
  basicSheets({ 'Paramètres': [['Paramètre', 'Valeur'], ...rows], ...extra });

describe('reference date', () => {
  it('today when neither the caller nor Paramètres gives one', () => {
    const { settings } = parse(basicSheets(), { today: '2026-11-15' });
    expect(dayToIso(settings.referenceDate)).toBe('2026-11-15');
  });

  it.each<[Cell, string]>([
    ['01/03/2026', '2026-03-01'],
    ['2026-03-01', '2026-03-01'],
    [46082, '2026-03-01'],
    [new Date(Date.UTC(2026, 2, 1)), '2026-03-01'],
  ])('Paramètres (%p) wins over today', (value, expected) => {
    const { settings } = parse(withSettings([['Date de référence', value]]), { today: '2026-11-15' });
    expect(dayToIso(settings.referenceDate)).toBe(expected);
  });

  it('the caller’s date (--date) wins over Paramètres', () => {
    const { settings } = parse(withSettings([['Reference date', '01/03/2026']]), { today: '2026-11-15', referenceDate: '2026-06-30' });
    expect(dayToIso(settings.referenceDate)).toBe('2026-06-30');
  });

  it('it decides which memberships are current, what rules see as today and Y, and the report’s date', () => {
    const sheets = withSettings([['Date de référence', '31/12/2025']], {
      Membres: [['Groupe', 'PTF', 'Rôle', 'Début mandat'], ['GT2', 'UE', 'Membre', '2025-12-31'], ['GT2', 'AFD', 'Membre', '2026-01-01']],
    });
    const seen: number[] = [];
    const probe = testRule('structure/probe', (c: RuleContext) => seen.push(c.today, c.year));
    const r = run(sheets, [probe], { today: '2026-11-15' });
    expect(r.workbook.members!.rows.map((m) => m.current)).toEqual([true, false]);
    expect(seen).toEqual([isoToDay('2025-12-31'), 2025]);
    const { report } = validateWorkbook({ sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) }, { today: '2026-11-15', rules: [probe] });
    expect(report.referenceDate).toBe('2025-12-31');
    const caller = validateWorkbook({ sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) }, { referenceDate: '2026-01-01', rules: [probe] });
    expect(caller.report.referenceDate).toBe('2026-01-01');
    expect(caller.parsed.workbook.members!.rows.map((m) => m.current)).toEqual([true, true]);
  });

  it('an unreadable Paramètres date keeps today and gives data/invalid-value', () => {
    const r = run(withSettings([['Date de référence', '31/02/2026']]), [invalidValue], { today: '2026-11-15' });
    expect(dayToIso(r.settings.referenceDate)).toBe('2026-11-15');
    expect(r.cells('data/invalid-value')).toEqual(['Paramètres!B2']);
  });
});

describe('language', () => {
  const probe = testRule('structure/probe', (c) =>
    c.report({ item: 'x', messageId: 'm', data: { x: '2026-03-15' }, sheet: 'Groupes', row: 2, col: 1, group: null }),
  );

  it('French by default: messages with French dates', () => {
    const r = run(basicSheets(), [probe]);
    expect(r.settings.language).toBe('fr');
    expect(r.findings[0].message).toBe('Constat 15/03/2026.');
  });

  it.each([['en'], ['EN'], ['English'], ['anglais']])('Paramètres Langue = %s gives English', (value) => {
    const r = run(withSettings([['Langue', value]]), [probe]);
    expect(r.settings.language).toBe('en');
    expect(r.findings[0].message).toBe('Finding 2026-03-15.');
    expect(r.findings[0].suggestion).toBe('Fix it.');
  });

  it('the caller’s language (--lang) wins over Paramètres', () => {
    const r = run(withSettings([['Language', 'en']]), [probe], { language: 'fr' });
    expect(r.settings.language).toBe('fr');
    const { report } = validateWorkbook(
      { sheets: Object.entries(withSettings([['Language', 'fr']])).map(([name, rows]) => ({ name, rows })) },
      { language: 'en', rules: [probe], today: '2026-11-15' },
    );
    expect(report.language).toBe('en');
    expect(report.findings[0].message).toBe('Finding 2026-03-15.');
  });
});

describe('thresholds', () => {
  it('defaults (workbook.md)', () => {
    const { settings } = parse(basicSheets());
    const d = defaultSettings(settings.referenceDate);
    expect(settings).toEqual(d);
    expect(d).toMatchObject({
      language: 'fr', maxGtCoordinationGap: 62, agendaLeadDays: 7, minutesDelayDays: 14, nexusValidityDays: 365,
      prioritiesDeadline: { day: 31, month: 3 }, minAttendanceRate: 0.5, dialogueInactivityDays: 120, rotationNoticeDays: 90,
      dialogueFormality: false,
    });
  });

  it('every key, by its French name', () => {
    const { settings, workbook } = parse(
      withSettings([
        ['Écart maximal entre coordinations GT (jours)', 31],
        ["Délai d'envoi de l'OdJ (jours)", '10'],
        ['Délai de diffusion du CR (jours)', 21],
        ['Validité de la désignation Nexus (jours)', 730],
        ['Date limite des priorités annuelles', '30/04'],
        ['Taux de participation minimal', '66 %'],
        ["Inactivité d'un groupe de dialogue (jours)", 60],
        ['Préavis de rotation (jours)', 45],
        ['Formalisme des groupes de dialogue', 'oui'],
      ]),
    );
    expect(settings).toMatchObject({
      maxGtCoordinationGap: 31, agendaLeadDays: 10, minutesDelayDays: 21, nexusValidityDays: 730,
      prioritiesDeadline: { day: 30, month: 4 }, minAttendanceRate: 0.66, dialogueInactivityDays: 60, rotationNoticeDays: 45,
      dialogueFormality: true,
    });
    expect(workbook.issues).toEqual([]);
  });

  it('every key, by its English name, matched normalised', () => {
    const { settings, workbook } = parse(
      withSettings([
        ['max days between GT coordination meetings', 90],
        ['AGENDA LEAD TIME (DAYS)', 5],
        ['Minutes delay (days)', 7],
        ['Nexus designation validity (days)', 180],
        ['Annual priorities deadline', new Date(Date.UTC(2026, 1, 28))],
        ['Minimum attendance rate', 0.4],
        ['Dialogue group inactivity (days)', 200],
        ['Rotation notice (days)', 60],
        ['Dialogue group formality', 'yes'],
      ]),
    );
    expect(settings).toMatchObject({
      maxGtCoordinationGap: 90, agendaLeadDays: 5, minutesDelayDays: 7, nexusValidityDays: 180,
      prioritiesDeadline: { day: 28, month: 2 }, minAttendanceRate: 0.4, dialogueInactivityDays: 200, rotationNoticeDays: 60,
      dialogueFormality: true,
    });
    expect(workbook.issues).toEqual([]);
  });

  it('a rule reads the settings it declares, and only those', () => {
    const read: unknown[] = [];
    const ok = testRule('structure/ok', (c) => read.push(c.setting('agendaLeadDays'), c.setting('minAttendanceRate')), {
      settings: ['agendaLeadDays', 'minAttendanceRate'],
    });
    const sneaky = testRule('structure/sneaky', (c) => read.push(c.setting('agendaLeadDays')));
    run(withSettings([["Délai d'envoi de l'OdJ (jours)", 3]]), [ok]);
    expect(read).toEqual([3, 0.5]);
    expect(() => run(basicSheets(), [sneaky])).toThrow(/undeclared setting/);
  });

  it('a known key with a blank value keeps the default and asks for the value', () => {
    const r = run(withSettings([['Préavis de rotation (jours)', '']]), [requiredValue]);
    expect(r.settings.rotationNoticeDays).toBe(90);
    expect(r.cells('data/required-value')).toEqual(['Paramètres!B2']);
  });
});

describe('per-rule severity', () => {
  const fake = testRule('structure/fake', (c) => {
    c.evaluate('a', null);
    c.evaluate('b', null);
    c.report({ item: 'a', messageId: 'm', data: { x: 1 }, sheet: 'Groupes', row: 2, col: 1, group: null });
  });

  it('the default severity', () => {
    const r = run(basicSheets(), [fake]);
    expect(r.findings.map((f) => f.severity)).toEqual(['warning']);
    expect(r.summary('structure/fake')).toMatchObject({ severity: 'warning', status: 'failed', evaluated: 2, failed: 1 });
  });

  it.each<[string, string]>([
    ['erreur', 'error'], ['Error', 'error'], ['avertissement', 'warning'], ['warning', 'warning'], ['info', 'info'], ['INFO', 'info'],
  ])('%s sets the severity to %s, on the findings and in the rule table', (value, severity) => {
    const r = run(withSettings([['structure/fake', value]]), [fake]);
    expect(r.findings.map((f) => f.severity)).toEqual([severity]);
    expect(r.summary('structure/fake')).toMatchObject({ severity, status: 'failed' });
  });

  it.each([['off'], ['désactivée'], ['Desactivee'], ['OFF']])('%s removes the rule: no finding, status off', (value) => {
    let ran = false;
    const spy = testRule('structure/fake', (c) => {
      ran = true;
      fake.check(c);
    });
    const r = run(withSettings([['structure/fake', value]]), [spy]);
    expect(ran).toBe(false);
    expect(r.findings).toEqual([]);
    expect(r.summary('structure/fake')).toEqual({ ruleId: 'structure/fake', tdr: 'II.1', severity: 'off', status: 'off', evaluated: 0, failed: 0 });
  });

  it('a data rule can be switched off too', () => {
    const r = run(withSettings([['data/required-value', 'off']], { Membres: [['Groupe', 'PTF', 'Rôle'], ['GT2', '', 'Membre']] }), [requiredValue]);
    expect(r.of('data/required-value')).toEqual([]);
    expect(r.summary('data/required-value').status).toBe('off');
  });

  it('the rule id key is matched normalised; an unknown severity keeps the default', () => {
    const r = run(withSettings([['Structure/Fake', 'info'], ['data/invalid-value', 'sévère']]), [fake, invalidValue]);
    expect(r.of('structure/fake').map((f) => f.severity)).toEqual(['info']);
    expect(r.of('data/invalid-value').map((f) => [f.cell, f.messageId, f.severity])).toEqual([['B3', 'badSeverity', 'error']]);
  });
});
