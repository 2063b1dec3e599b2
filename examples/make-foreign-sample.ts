// The sample register laid out the secretariat's own way: the same data as `make-sample.ts`, but
// with other sheet names, headers, role and status words (as a register kept before the tool
// existed), and the `Correspondances` sheet that tells the tool how to read it. Cells stay where
// they are, so each planted finding is at the same cell of the renamed sheet.
//
//   node build/examples/make-foreign-sample.js [out.xlsx]   (default examples/registre-ptf.xlsx)

import * as path from 'path';
import type { Cell } from '../core/types';
import { writeFileAtomic, writeXlsx, type NewSheet } from '../cli/xlsx/write';
import { buildSample, type PlantedFinding } from './make-sample';
import { toolColumn, toolSheet } from '../core/workbook/mapping';

export const FOREIGN_FILE = 'registre-ptf.xlsx';
export const MAPPING_SHEET = 'Correspondances';

/** The tool's sheet → the register's sheet. Paramètres keeps its name (added for the tool). */
export const FOREIGN_SHEETS: Record<string, string> = {
  Groupes: 'Répertoire des GT',
  PTF: 'Annuaire PTF',
  Membres: 'Liste des membres',
  Calendrier: 'Agenda 2026',
  Décisions: 'Suivi des décisions',
  Documents: 'Pièces adoptées',
};

/**
 * The tool's header → the register's, per sheet. Headers absent here are kept: some registers
 * already use a name the tool knows (`Binôme`, `Lien`, `Réalisée le`).
 */
export const FOREIGN_HEADERS: Record<string, Record<string, string>> = {
  Groupes: {
    Code: 'Sigle du groupe',
    Nom: 'Intitulé complet',
    Type: 'Nature',
    'GT de rattachement': 'GT parent',
    CPS: 'Ministère homologue (CPS)',
    ODD: 'ODD visés',
    'Thématique portée': 'Thème porté',
    'Résultats attendus': 'Résultats visés',
    'Cluster lié': 'Clusters associés',
    Dérogations: 'Exceptions TdR',
  },
  PTF: { Sigle: 'Acronyme', Nom: 'Nom complet', Type: 'Catégorie' },
  Membres: {
    Groupe: 'Groupe ou GT',
    PTF: 'Partenaire',
    Rôle: 'Fonction',
    'Expert titulaire': "Nom de l'expert",
    'Email titulaire': "Courriel de l'expert",
    Suppléant: 'Binôme',
    'Email suppléant': 'Courriel du binôme',
    'Point focal Nexus': 'Nexus (O/N)',
    'Désignation Nexus': 'Nexus désigné le',
    'Début mandat': 'Début de mandat',
    'Fin mandat': 'Fin de mandat',
    Dérogations: 'Exceptions TdR',
  },
  Calendrier: {
    ID: 'Référence',
    Date: 'Date de tenue',
    'Heure début': 'Heure de début',
    'Heure fin': 'Heure de fin',
    Groupe: 'Groupe concerné',
    Type: 'Nature de la réunion',
    Statut: "État d'avancement",
    'OdJ envoyé le': "Envoi de l'ordre du jour",
    'CR diffusé le': 'Diffusion du compte rendu',
    Participants: 'PTF participants',
    Invités: "Nombre d'invités",
    'Représentant coordination GT': 'Accompagnement par le GT',
    Dérogations: 'Exceptions TdR',
  },
  Décisions: {
    ID: 'Réf. décision',
    Réunion: "Réunion d'origine",
    Décision: 'Décision prise',
    Responsable: "Porteur de l'action",
    Échéance: 'Date butoir',
    Statut: 'Statut décision',
    'Date de réalisation': 'Réalisée le',
    Dérogations: 'Exceptions TdR',
  },
  Documents: { Type: 'Nature du document', Année: 'Exercice', Date: 'Transmis le', Dérogations: 'Exceptions TdR' },
};

/** The tool's words → the register's, per sheet and header (the tool's names). */
export const FOREIGN_VALUES: Record<string, Record<string, Record<string, string>>> = {
  Membres: {
    Rôle: {
      Membre: 'Participant',
      'Dialogue Leader': 'Animateur',
      'Coordination - entrant': 'Co-pilote entrant',
      'Coordination - en exercice': 'Pilote',
      'Coordination - sortant': 'Co-pilote sortant',
    },
  },
  Calendrier: { Statut: { Prévue: 'Programmée', Tenue: 'Effectuée', Annulée: 'Supprimée', Reportée: 'Repoussée' } },
  Décisions: { Statut: { Ouverte: 'En attente', Réalisée: 'Faite', Abandonnée: 'Abandonnée' } },
};

/** The Correspondances rows of the register (header first), as the pane would write them. */
export function foreignMappingRows(): Cell[][] {
  const rows: Cell[][] = [['Élément', "Nom de l'outil", 'Nom dans ce classeur']];
  for (const [tool, user] of Object.entries(FOREIGN_SHEETS)) rows.push(['Feuille', tool, user]);
  for (const [sheet, headers] of Object.entries(FOREIGN_HEADERS)) {
    for (const [tool, user] of Object.entries(headers)) {
      // A header the tool already knows for that column needs no row (Binôme, Catégorie).
      if (!knownAlready(sheet, tool, user)) rows.push(['Colonne', `${sheet} › ${tool}`, user]);
    }
  }
  for (const [sheet, columns] of Object.entries(FOREIGN_VALUES)) {
    for (const [column, words] of Object.entries(columns)) {
      for (const [tool, user] of Object.entries(words)) if (tool !== user) rows.push(['Valeur', `${sheet} › ${column} › ${tool}`, user]);
    }
  }
  return rows;
}

/** Whether a register header is already among the tool's names of that column. */
export function knownAlready(sheet: string, tool: string, user: string): boolean {
  const spec = toolSheet(sheet)!;
  return toolColumn(spec, user) === toolColumn(spec, tool);
}

/** The sample's sheets in the register's layout; `withMapping` adds its Correspondances sheet. */
export function buildForeignSample(withMapping = true): { sheets: NewSheet[]; planted: PlantedFinding[] } {
  const sample = buildSample();
  const sheets: NewSheet[] = sample.sheets.map((s) => {
    const headers = FOREIGN_HEADERS[s.name] ?? {};
    const values = FOREIGN_VALUES[s.name] ?? {};
    const header = s.rows[0].map((h) => (typeof h === 'string' && headers[h] !== undefined ? headers[h] : h));
    const wordColumns = Object.entries(values).map(([col, words]) => [s.rows[0].indexOf(col), words] as const);
    const rows = s.rows.slice(1).map((r) => {
      const out = [...r];
      for (const [i, words] of wordColumns) {
        const v = out[i];
        if (typeof v === 'string' && words[v] !== undefined) out[i] = words[v];
      }
      return out;
    });
    // The register's drop-down lists carry its own words.
    const validations = s.validations?.map((v) => ({
      range: v.range,
      list: Array.isArray(v.list)
        ? v.list.map((w) => wordColumns.reduce((acc, [, words]) => words[acc] ?? acc, w))
        : v.list,
    }));
    return { ...s, name: FOREIGN_SHEETS[s.name] ?? s.name, rows: [header, ...rows], validations };
  });
  if (withMapping) {
    sheets.push({ name: MAPPING_SHEET, rows: foreignMappingRows(), columnWidths: [12, 46, 34], frozenRows: 1, boldRows: [0] });
  }
  const planted = sample.planted.map((p) => ({ ...p, sheet: p.sheet === null ? null : FOREIGN_SHEETS[p.sheet] ?? p.sheet }));
  return { sheets, planted };
}

export function main(out: string = path.resolve('examples', FOREIGN_FILE)): string {
  writeFileAtomic(out, writeXlsx(buildForeignSample().sheets));
  return out;
}

if (require.main === module) {
  const out = main(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  process.stdout.write(`${out}\n`);
}
