// Issue 15: a register that maps its own meeting types and statuses (Correspondances sheet) reads
// them back in the calendar rules' messages and suggestions, in both languages, instead of the
// tool's words (docs/writing-rules.md, valueLabel).

import { validate, validateWorkbook } from '../../../../core/index';
import { buildPlan } from '../../../../core/plan';
import type { Cell, Finding } from '../../../../core/types';

const MAPPING: Cell[][] = [
  ['Élément', "Nom de l'outil", 'Nom dans ce classeur'],
  ['Valeur', 'Calendrier › Type › Coordination GT', 'Réunion de pilotage'],
  ['Valeur', 'Calendrier › Type › GEC', 'GEC mensuel'],
  ['Valeur', 'Calendrier › Type › Comité de pilotage CREDD', 'COPIL CREDD'],
  ['Valeur', 'Calendrier › Statut › Tenue', 'Effectuée'],
  ['Valeur', 'Calendrier › Statut › Prévue', 'Programmée'],
  ['Valeur', 'Calendrier › Statut › Annulée', 'Supprimée'],
  ['Valeur', 'Calendrier › Statut › Reportée', 'Repoussée'],
];

function workbook(language: 'fr' | 'en', mapped: boolean) {
  const word = (own: string, tool: string) => (mapped ? own : tool);
  const sheets: { name: string; rows: Cell[][] }[] = [
    { name: 'Groupes', rows: [['Code', 'Nom', 'Type', 'GT de rattachement'], ['GT2', 'Capital humain', 'GT PTF', '']] },
    { name: 'Membres', rows: [['Groupe', 'PTF', 'Rôle'], ['GT2', 'UE', 'Coordination - en exercice']] },
    {
      name: 'Calendrier',
      rows: [
        ['Date', 'Type', 'Statut', 'Groupe', 'Participants'],
        ['2026-10-05', word('GEC mensuel', 'GEC'), word('Effectuée', 'Tenue'), ''],
        ['2026-11-02', word('GEC mensuel', 'GEC'), word('Programmée', 'Prévue'), ''],
        ['2026-09-10', word('Réunion de pilotage', 'Coordination GT'), word('Programmée', 'Prévue'), 'GT2'],
        ['2026-10-20', word('COPIL CREDD', 'Comité de pilotage CREDD'), word('Effectuée', 'Tenue'), '', 'BM'],
      ],
    },
    { name: 'Paramètres', rows: [['Paramètre', 'Valeur'], ['Langue', language]] },
  ];
  // A GEC coming up, for the summary's next meetings.
  sheets[2].rows.push(['2026-11-30', word('GEC mensuel', 'GEC'), word('Programmée', 'Prévue'), '']);
  if (mapped) sheets.push({ name: 'Correspondances', rows: MAPPING });
  return { name: 'registre.xlsx', sheets };
}

function run(language: 'fr' | 'en', mapped: boolean): Finding[] {
  return validate(workbook(language, mapped), { referenceDate: '2026-11-15' }).findings;
}

const of = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

describe('meeting types and statuses in the register’s own words', () => {
  test('French: the messages and suggestions name the register’s type and status words', () => {
    const findings = run('fr', true);
    expect(findings.filter((f) => f.ruleId === 'data/invalid-value')).toEqual([]);
    const none = of(findings, 'calendar/gt-coordination')[0];
    expect(none.message).toBe("Le GT Capital humain n'a tenu aucune réunion de type « Réunion de pilotage » à la date du 15/11/2026.");
    expect(none.suggestion).toContain('(type « Réunion de pilotage », statut Effectuée)');
    expect(of(findings, 'calendar/annual-plan')[0].message).toContain('de type « Réunion de pilotage » en 2026');
    expect(of(findings, 'calendar/annual-plan')[0].suggestion).toBe("Inscrivez au calendrier les réunions « Réunion de pilotage » du reste de l'année.");
    const gec = of(findings, 'calendar/gec-monthly')[0];
    expect(gec.message).toBe("Aucune réunion de type « GEC mensuel » au statut Effectuée n'est enregistrée pour janvier 2026.");
    expect(gec.suggestion).toContain('marquez-la Supprimée');
    // A meeting named by its type (no group): the register's type; its status words in the suggestion.
    const stale = of(findings, 'calendar/status-stale').find((f) => f.cell === 'C3')!;
    expect(stale.message).toBe('La réunion « GEC mensuel » du 02/11/2026 date de 13 jours mais reste au statut Programmée.');
    expect(stale.suggestion).toBe('Passez le statut à Effectuée, Supprimée ou Repoussée.');
    // A meeting the message names by the TdR's term: the register's word beside it.
    expect(of(findings, 'calendar/steering-committee')[0].message).toBe(
      "Au Comité de pilotage du CREDD (« COPIL CREDD ») du 20/10/2026, aucun PTF de la coordination de 1 GT n'est présent : Capital humain.",
    );
  });

  test('English: the register’s words too', () => {
    const findings = run('en', true);
    expect(of(findings, 'calendar/gt-coordination')[0].message).toBe('The GT Capital humain has held no meeting of type "Réunion de pilotage" as of 2026-11-15.');
    expect(of(findings, 'calendar/gec-monthly')[0].message).toBe('No meeting of type "GEC mensuel" with the status Effectuée is recorded for January 2026.');
    expect(of(findings, 'calendar/status-stale').find((f) => f.cell === 'C3')!.suggestion).toBe('Set the status to Effectuée, Supprimée or Repoussée.');
  });

  test('without a Correspondances sheet, the tool’s words in the language of the output', () => {
    const fr = run('fr', false);
    expect(of(fr, 'calendar/gt-coordination')[0].message).toBe("Le GT Capital humain n'a tenu aucune réunion de type « Coordination GT » à la date du 15/11/2026.");
    expect(of(fr, 'calendar/status-stale').find((f) => f.cell === 'C3')!.message).toBe('La réunion « GEC » du 02/11/2026 date de 13 jours mais reste au statut Prévue.');
    expect(of(fr, 'calendar/steering-committee')[0].message).toMatch(/^Au Comité de pilotage du CREDD du 20\/10\/2026,/);
    const en = run('en', false);
    expect(of(en, 'calendar/gt-coordination')[0].suggestion).toBe('Hold a coordination meeting with the GT\'s Dialogue Leaders and record it (type "GT coordination", status Held).');
    expect(of(en, 'calendar/gec-monthly')[0].message).toBe('No meeting of type "GEC meeting" with the status Held is recorded for January 2026.');
  });

  test('the GEC summary’s next meetings show the register’s type and status', () => {
    const { report, parsed } = validateWorkbook(workbook('fr', true), { today: '2026-11-15' });
    const plan = buildPlan(report, parsed, { now: '2026-11-15T10:00:00Z', workbookName: 'registre.xlsx', existingSheets: [] });
    expect(plan.summary.upcomingMeetings.map((m) => [m.date, m.type, m.status])).toEqual([['2026-11-30', 'GEC mensuel', 'Programmée']]);
  });
});
