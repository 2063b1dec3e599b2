// What the pane writes on confirming correspondences: a new sheet, or new rows at the end of the
// existing one under its own columns; rows already there are not written again.

import { planMappingWrite } from '../../../core/workbook/mapping-write';
import type { SheetSnapshot } from '../../../core/types';

const rows = [
  { item: 'Feuille', tool: 'Membres', user: 'Liste des membres' },
  { item: 'Colonne', tool: 'Membres › Rôle', user: 'Fonction' },
];
const other: SheetSnapshot = { name: 'Liste des membres', rows: [['Nom'], ['x']] };

describe('planMappingWrite', () => {
  it('a new Correspondances sheet (Mapping in English): header and rows from A1', () => {
    expect(planMappingWrite([other], rows, 'fr')).toEqual({
      sheet: 'Correspondances',
      create: true,
      row: 0,
      col: 0,
      values: [['Élément', "Nom de l'outil", 'Nom dans ce classeur'], ...rows.map((r) => [r.item, r.tool, r.user])],
      added: 2,
    });
    const en = planMappingWrite([other], rows, 'en');
    expect([en.sheet, en.values[0]]).toEqual(['Mapping', ['Item', 'Tool name', 'Name in this workbook']]);
  });

  it('an existing sheet: new rows below its last row, under its own columns, those already there skipped', () => {
    const existing: SheetSnapshot = {
      name: 'correspondances',
      rows: [
        ['Mes correspondances'],
        ['Nom dans ce classeur', 'Note', "Nom de l'outil", 'Élément'],
        ['Liste des membres', 'vu', 'membres', 'feuille'],
        [],
        ['', 'à compléter'],
      ],
    };
    expect(planMappingWrite([other, existing], rows, 'fr')).toEqual({
      sheet: 'correspondances',
      create: false,
      row: 5,
      col: 0,
      values: [['Fonction', '', 'Membres › Rôle', 'Colonne']],
      added: 1,
    });
  });

  it('nothing new: no block; a row asked twice is written once; blank names are dropped', () => {
    const existing: SheetSnapshot = { name: 'Mapping', rows: [['Item', 'Tool name', 'Name in this workbook'], ...rows.map((r) => [r.item, r.tool, r.user])] };
    expect(planMappingWrite([existing], rows, 'en').values).toEqual([]);
    const p = planMappingWrite([], [...rows, rows[0], { item: 'Colonne', tool: 'Membres › PTF', user: ' ' }], 'fr');
    expect(p.added).toBe(2);
  });

  it('an empty existing sheet gets the header too', () => {
    const p = planMappingWrite([{ name: 'Correspondances', rows: [] }], rows, 'fr');
    expect([p.create, p.row, p.values.length]).toEqual([false, 0, 3]);
  });
});
