// Cell values (workbook.md, "Cell values"): every form a host may hand over, read through the
// parser into the typed rows.

import { parse, run } from './helpers';
import invalidValue from '../../../core/rules/data/invalid-value';
import errorValue from '../../../core/rules/data/error-value';
import { dayToIso } from '../../../core/values';
import type { Cell } from '../../../core/types';

const GROUPES: Cell[][] = [
  ['Code', 'Nom', 'Type', 'GT de rattachement', 'Cluster lié'],
  ['GT2', 'Capital humain', 'GT PTF', '', ''],
  ['GD-SANTE', 'Santé', 'Groupe de dialogue', 'GT2', ''],
];
const iso = (d: number | null) => (d === null ? null : dayToIso(d));

/** Reads one Calendrier column: each value in its own meeting row. */
function meetings(header: string, values: Cell[], options: Parameters<typeof parse>[1] = {}) {
  const rows: Cell[][] = [['Date', 'Type', 'Statut', header], ...values.map((v) => ['2026-03-01', 'GEC', 'Tenue', v])];
  return parse({ Groupes: GROUPES, Membres: [['Groupe', 'PTF', 'Rôle']], Calendrier: rows }, options).workbook;
}

/** Reads one Membres column: each value in its own row of GD-SANTE. */
function members(header: string, values: Cell[], options: Parameters<typeof parse>[1] = {}) {
  const rows: Cell[][] = [['Groupe', 'PTF', 'Rôle', header], ...values.map((v, i) => ['GD-SANTE', `P${i}`, 'Membre', v])];
  return parse({ Groupes: GROUPES, Membres: rows, Calendrier: [['Date', 'Type', 'Statut']] }, options).workbook;
}

describe('dates', () => {
  it('Excel 1900 serials, with the phantom 1900-02-29 (45658 = 2025-01-01); a time fraction is dropped', () => {
    const wb = meetings('OdJ envoyé le', [45658, 46096, 46096.75, 61, 59, 1]);
    expect(wb.calendar!.rows.map((m) => iso(m.agendaSent))).toEqual([
      '2025-01-01', '2026-03-15', '2026-03-15', '1900-03-01', '1900-02-28', '1900-01-01',
    ]);
  });

  it('Excel 1904 serials when the workbook says so (0 = 1904-01-01)', () => {
    const wb = meetings('OdJ envoyé le', [0, 44196, 44634.5], { date1904: true });
    expect(wb.calendar!.rows.map((m) => iso(m.agendaSent))).toEqual(['1904-01-01', '2025-01-01', '2026-03-15']);
  });

  it('JavaScript Date objects (Apps Script), read in the workbook time zone (Africa/Bamako, UTC+0 by default)', () => {
    const dates = [new Date(Date.UTC(2026, 2, 15)), new Date(Date.UTC(2026, 2, 15, 23, 30)), new Date(Date.UTC(2026, 2, 14, 23, 30))];
    expect(meetings('OdJ envoyé le', dates).calendar!.rows.map((m) => iso(m.agendaSent))).toEqual(['2026-03-15', '2026-03-15', '2026-03-14']);
    expect(meetings('OdJ envoyé le', dates, { timeZone: 'Europe/Paris' }).calendar!.rows.map((m) => iso(m.agendaSent))).toEqual([
      '2026-03-15', '2026-03-16', '2026-03-15',
    ]);
  });

  it('ISO text and day-first text (as written in Mali), two-digit years as 20yy', () => {
    const texts = ['2026-03-15', '2026-03-15T09:00', '15/03/2026', '15/03/26', '15-03-2026', '15.03.2026', ' 5/3/2026 ', '01/02/2026'];
    expect(meetings('OdJ envoyé le', texts).calendar!.rows.map((m) => iso(m.agendaSent))).toEqual([
      '2026-03-15', '2026-03-15', '2026-03-15', '2026-03-15', '2026-03-15', '2026-03-15', '2026-03-05', '2026-02-01',
    ]);
  });

  it('impossible or unreadable dates are null, marked bad, and give data/invalid-value', () => {
    const values = ['31/02/2026', '2026-02-30', '15/13/2026', 'mars 2026', '03/15/2026', 'true', 60, -1];
    const r = run(
      { Groupes: GROUPES, Membres: [['Groupe', 'PTF', 'Rôle']], Calendrier: [['Date', 'Type', 'Statut', 'OdJ envoyé le'], ...values.map((v) => ['2026-03-01', 'GEC', 'Tenue', v])] },
      [invalidValue],
    );
    expect(r.workbook.calendar!.rows.every((m) => m.agendaSent === null && m.bad?.has('agendaSent'))).toBe(true);
    expect(r.of('data/invalid-value').map((f) => f.messageId)).toEqual(values.map(() => 'invalidDate'));
  });
});

describe('times', () => {
  it('day fractions, date-time serials, and text (9:00, 09h00, 9h, 9h30, 14:05)', () => {
    const wb = meetings('Heure début', [0.375, 0.5, 46096.375, '9:00', '09h00', '9h', '9h30', '14:05', '9 h 30', 0]);
    expect(wb.calendar!.rows.map((m) => m.start)).toEqual([540, 720, 540, 540, 540, 540, 570, 845, 570, 0]);
  });

  it('a Date whose date part is 1899-12-30 (Apps Script), read in the workbook time zone', () => {
    const utc = meetings('Heure début', [new Date(Date.UTC(1899, 11, 30, 9, 30))], { timeZone: 'UTC' });
    expect(utc.calendar!.rows[0].start).toBe(570);
    // Africa/Bamako kept its local mean time (−0:16:08) until 1912: Apps Script builds 09:00 with it.
    const bamako = meetings('Heure début', [new Date(Date.UTC(1899, 11, 30, 9, 16, 8))]);
    expect(bamako.calendar!.rows[0].start).toBe(540);
  });

  it('unreadable times give data/invalid-value', () => {
    const r = run(
      { Groupes: GROUPES, Membres: [['Groupe', 'PTF', 'Rôle']], Calendrier: [['Date', 'Type', 'Statut', 'Heure fin'], ['2026-03-01', 'GEC', 'Tenue', '24:00'], ['2026-03-02', 'GEC', 'Tenue', 'midi'], ['2026-03-03', 'GEC', 'Tenue', 9]] },
      [invalidValue],
    );
    expect(r.cells('data/invalid-value')).toEqual(['Calendrier!D2', 'Calendrier!D3', 'Calendrier!D4']);
    expect(r.workbook.calendar!.rows.map((m) => m.end)).toEqual([null, null, null]);
  });
});

describe('yes/no', () => {
  it('every yes form, every no form; blank is no when the column exists', () => {
    const yes: Cell[] = ['Oui', 'O', 'Yes', 'Y', 'X', 'Vrai', 'True', '1', 1, true, ' oui ', 'x'];
    const no: Cell[] = ['Non', 'N', 'No', 'Faux', 'False', '0', 0, false, '', null];
    const wb = members('Point focal Nexus', [...yes, ...no]);
    expect(wb.members!.rows.map((m) => m.nexus)).toEqual([...yes.map(() => true), ...no.map(() => false)]);
  });

  it('without the column, the value is null (unknown), not no', () => {
    const wb = members('Expert titulaire', ['A. Traoré']);
    expect(wb.members!.rows[0].nexus).toBeNull();
  });

  it('anything else is unreadable', () => {
    const r = run(
      { Groupes: GROUPES, Membres: [['Groupe', 'PTF', 'Rôle', 'Nexus'], ['GD-SANTE', 'UE', 'Membre', 'peut-être'], ['GD-SANTE', 'AFD', 'Membre', 2]], Calendrier: [['Date', 'Type', 'Statut']] },
      [invalidValue],
    );
    expect(r.workbook.members!.rows.map((m) => [m.nexus, m.bad?.has('nexus')])).toEqual([[null, true], [null, true]]);
    expect(r.of('data/invalid-value').map((f) => f.messageId)).toEqual(['invalidYesNo', 'invalidYesNo']);
  });
});

describe('lists', () => {
  const groupes: Cell[][] = [...GROUPES, ['CL-NUT', 'Nutrition', 'Cluster', '', '']];

  it('items separated by ; or new lines, trimmed; an item that matches a name whole is not split on , or /', () => {
    const { workbook } = parse({
      Groupes: groupes,
      Membres: [['Groupe', 'PTF', 'Rôle'], ['GD-SANTE', 'GIZ/KfW', 'Membre'], ['GD-SANTE', 'UE', 'Membre'], ['GD-SANTE', 'AFD', 'Membre'], ['GD-SANTE', 'Coopération suisse, DDC', 'Membre']],
      Calendrier: [
        ['Date', 'Groupe', 'Type', 'Statut', 'Participants'],
        ['2026-03-01', 'GD-SANTE', 'Réunion du groupe', 'Tenue', ' GIZ/KfW ;UE\nAFD\r\nCoopération suisse, DDC; ; '],
        ['2026-03-02', 'GD-SANTE', 'Réunion du groupe', 'Tenue', 'UE, AFD / Japon; Nutrition'],
      ],
    });
    const [a, b] = workbook.calendar!.rows;
    expect(a.participants!.items()).toEqual(['GIZ/KfW', 'UE', 'AFD', 'Coopération suisse, DDC']);
    expect(b.participants!.items()).toEqual(['UE', 'AFD', 'Japon', 'Nutrition']);
    expect(b.participants!.keys()).toEqual(['ue', 'afd', 'japon', 'cluster:CL-NUTRITION']);
  });

  it('with a PTF sheet, its Sigles and Noms are the names matched whole', () => {
    const { workbook } = parse({
      Groupes: groupes,
      Membres: [['Groupe', 'PTF', 'Rôle']],
      Calendrier: [['Date', 'Groupe', 'Type', 'Statut', 'Participants'], ['2026-03-01', 'GD-SANTE', 'Réunion du groupe', 'Tenue', 'Banque mondiale / IDA; UE/AFD']],
      PTF: [['Sigle', 'Nom'], ['BM', 'Banque mondiale / IDA'], ['UE', 'Union européenne'], ['AFD', '']],
    });
    const [m] = workbook.calendar!.rows;
    expect(m.participants!.items()).toEqual(['Banque mondiale / IDA', 'UE', 'AFD']);
    expect(m.participants!.keys()).toEqual(['bm', 'ue', 'afd']);
  });

  // The CL-NUT row is named Nutrition: it is the reference cluster CL-NUTRITION (one cluster).
  it('Cluster lié: a cluster name holding a comma stays whole; other items are split', () => {
    const { workbook } = parse({
      Groupes: [...groupes, ['GD-EAU', 'Eau et assainissement', 'GD', 'GT2', 'Eau, hygiène et assainissement\nCL-SANTE, Nutrition']],
      Membres: [['Groupe', 'PTF', 'Rôle']],
      Calendrier: [['Date', 'Type', 'Statut']],
    });
    expect(workbook.groups!.rows[3].clusters).toEqual(['CL-WASH', 'CL-SANTE', 'CL-NUTRITION']);
    expect(workbook.issues).toEqual([]);
  });

  it('Représentant coordination GT: an item naming a PTF or a person of Membres whole is not split', () => {
    const { workbook } = parse({
      Groupes: groupes,
      Membres: [
        ['Groupe', 'PTF', 'Rôle', 'Expert titulaire', 'Suppléant'],
        ['GT2', 'GIZ/KfW', 'Coordination - en exercice', 'Traoré, Amadou', 'Diallo / Bintou'],
      ],
      Calendrier: [
        ['Date', 'Groupe', 'Type', 'Statut', 'Représentant coordination GT'],
        ['2026-03-01', 'GD-SANTE', 'Rencontre ministérielle', 'Tenue', 'traore, amadou; Diallo / Bintou\nGIZ/KfW'],
        ['2026-03-02', 'GD-SANTE', 'Rencontre ministérielle', 'Tenue', 'UE, AFD; A. Keïta / B. Coulibaly'],
      ],
    });
    expect(workbook.calendar!.rows.map((m) => m.gtRepresentative)).toEqual([
      ['traore, amadou', 'Diallo / Bintou', 'GIZ/KfW'],
      ['UE', 'AFD', 'A. Keïta', 'B. Coulibaly'],
    ]);
  });

  it('a Groupes cluster row matching no reference cluster is its own cluster (row:<code>)', () => {
    const { workbook } = parse({
      Groupes: [...groupes, ['CL-LOG', 'Logistique', 'Cluster', '', ''], ['GD-EAU', 'Eau', 'GD', 'GT2', 'cl-log; Logistique']],
      Membres: [['Groupe', 'PTF', 'Rôle']],
      Calendrier: [['Date', 'Type', 'Statut']],
    });
    expect(workbook.groups!.rows[4].clusters).toEqual(['row:cl log']);
  });

  it('ODD lists: , ; / and new lines, numbers and names, each once', () => {
    const { workbook } = parse({
      Groupes: [['Code', 'Nom', 'Type', 'ODD'], ['GT2', 'Capital humain', 'GT PTF', 'ODD 3; 4, 5/6\nSDG 3'], ['GT1', 'Economie', 'GT PTF', 8]],
      Membres: [['Groupe', 'PTF', 'Rôle']],
      Calendrier: [['Date', 'Type', 'Statut']],
    });
    expect(workbook.groups!.rows.map((g) => g.odd)).toEqual([[3, 4, 5, 6], [8]]);
  });
});

describe('numbers, rates, text', () => {
  it('whole numbers as numbers or text', () => {
    const wb = meetings('Invités', [12, '12', ' 7 ', 0, '1 000']);
    expect(wb.calendar!.rows.map((m) => m.invited)).toEqual([12, 12, 7, 0, 1000]);
  });

  it.each<[Cell, number]>([
    ['50 %', 0.5], ['50%', 0.5], [0.5, 0.5], ['0,5', 0.5], [50, 0.5], ['50', 0.5], [1, 1], ['12,5', 0.125], ['75 %', 0.75],
  ])('the attendance rate %p is %p', (value, rate) => {
    const { settings } = parse({
      Groupes: GROUPES, Membres: [['Groupe', 'PTF', 'Rôle']], Calendrier: [['Date', 'Type', 'Statut']],
      'Paramètres': [['Paramètre', 'Valeur'], ['Taux de participation minimal', value]],
    });
    expect(settings.minAttendanceRate).toBeCloseTo(rate, 10);
  });

  it('text columns take numbers and Dates as text, trimmed', () => {
    const { workbook } = parse({
      Groupes: [['Code', 'Nom', 'Type'], [2, '  Capital humain  ', 'GT PTF']],
      Membres: [['Groupe', 'PTF', 'Rôle', 'Expert titulaire'], [2, 'UE', 'Membre', new Date(Date.UTC(2026, 2, 15))]],
      Calendrier: [['ID', 'Date', 'Type', 'Statut'], [12.5, '2026-03-01', 'GEC', 'Tenue']],
    });
    expect(workbook.groups!.rows[0]).toMatchObject({ code: '2', name: 'Capital humain' });
    expect(workbook.members!.rows[0].group?.code).toBe('2');
    expect(workbook.members!.rows[0].expert).toBe('2026-03-15');
    expect(workbook.calendar!.rows[0].id).toBe('12.5');
  });

  it('a Date in a text column is its date in the workbook time zone', () => {
    const { workbook } = parse(
      {
        Groupes: GROUPES,
        Membres: [['Groupe', 'PTF', 'Rôle', 'Expert titulaire'], ['GD-SANTE', 'UE', 'Membre', new Date(Date.UTC(2026, 2, 14, 23, 30))]],
        Calendrier: [['Date', 'Type', 'Statut', 'OdJ envoyé le'], ['2026-03-01', 'GEC', 'Tenue', new Date('invalid')]],
      },
      { timeZone: 'Europe/Paris' },
    );
    expect(workbook.members!.rows[0].expert).toBe('2026-03-15');
    expect(workbook.calendar!.rows[0].agendaSent).toBeNull();
    expect(workbook.issues.map((i) => [i.kind, i.messageId])).toEqual([['invalid-value', 'invalidDate']]);
  });

  it('enumerations match their values and aliases normalised', () => {
    const { workbook } = parse({
      Groupes: [['Code', 'Nom', 'Type'], ['GT2', 'A', 'gt ptf'], ['GD-1', 'B', 'GROUPE DE DIALOGUE'], ['GD-2', 'C', 'Groupe de dialogue ad-hoc'], ['GD-3', 'D', 'Ad hoc'], ['CL-1', 'E', 'humanitarian cluster']],
      Membres: [['Groupe', 'PTF', 'Rôle']],
      Calendrier: [['Date', 'Type', 'Statut'], ['2026-03-01', 'reunion du GEC', 'realisee'], ['2026-03-02', 'Troika', 'POSTPONED'], ['2026-03-03', 'Retraite annuelle', 'planifiee']],
    });
    expect(workbook.groups!.rows.map((g) => g.type)).toEqual(['gt', 'dialogue', 'adhoc', 'adhoc', 'cluster']);
    expect(workbook.calendar!.rows.map((m) => [m.type, m.status])).toEqual([['gec', 'held'], ['troika', 'postponed'], ['retreat', 'planned']]);
  });
});

describe('error values', () => {
  it.each(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!'])('%s gives data/error-value, leaves the field null and bad', (err) => {
    const r = run(
      { Groupes: GROUPES, Membres: [['Groupe', 'PTF', 'Rôle', 'Fin mandat'], ['GD-SANTE', 'UE', 'Membre', err]], Calendrier: [['Date', 'Type', 'Statut']] },
      [errorValue, invalidValue],
    );
    expect(r.cells('data/error-value')).toEqual(['Membres!D2']);
    expect(r.of('data/error-value')[0].data.value).toBe(err);
    expect(r.of('data/invalid-value')).toEqual([]);
    const [m] = r.workbook.members!.rows;
    expect(m.end).toBeNull();
    expect(m.bad?.has('end')).toBe(true);
  });
});
