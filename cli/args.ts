// Command-line options of outputs.md section 4. Parsing returns the options or throws a
// UsageError (exit code 2), which main prints in the user's language.

import type { Lang } from '../core/types';
import { dayToIso, INVALID, parseDateText } from '../core/values';
import { matchGt } from '../core/reference';
import { cliText, type CliTextKey } from './text';

export interface CliOptions {
  /** The first workbook (or folder) named; `workbooks` has them all (scope.md, consolidation). */
  workbook: string | null;
  workbooks: string[];
  /** --scope GT2[,GT4]: reference GT codes or names, wins over Paramètres › Périmètre. */
  scope: string[] | null;
  date: string | null;
  lang: Lang | null;
  /** '-' for standard output. */
  json: string | null;
  out: string | null;
  html: string | null;
  template: string | null;
  /** Print the Correspondances suggestions instead of checking. */
  suggestMapping: boolean;
  maxWarnings: number | null;
  /** With --out: the copy's history starts again from this run. */
  clearHistory: boolean;
  quiet: boolean;
  /** Print each finding's suggestion and its rule (title, TdR words) under it. */
  verbose: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {
  constructor(
    readonly key: CliTextKey,
    readonly data: Record<string, string> = {},
  ) {
    super(key);
  }
  text(lang: Lang): string {
    return cliText(lang, this.key, this.data);
  }
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = {
    workbook: null,
    workbooks: [],
    scope: null,
    date: null,
    lang: null,
    json: null,
    out: null,
    html: null,
    template: null,
    suggestMapping: false,
    maxWarnings: null,
    clearHistory: false,
    quiet: false,
    verbose: false,
    help: false,
    version: false,
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let inline: string | null = null;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      inline = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const value = (): string => {
      if (inline !== null) return inline;
      const v = argv[i + 1];
      if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError('missingValue', { option: arg });
      i++;
      return v;
    };
    switch (arg) {
      case '--date': {
        // The forms a date cell of the workbook accepts (2026-11-15, 15/11/2026, 15.11.2026...).
        const v = value();
        const d = parseDateText(v);
        if (d === INVALID) throw new UsageError('badDate', { value: v });
        o.date = dayToIso(d);
        break;
      }
      case '--lang': {
        const v = value().toLowerCase();
        if (v !== 'fr' && v !== 'en') throw new UsageError('badLang', { value: v });
        o.lang = v;
        break;
      }
      case '--json': {
        // The file is optional: the next word is taken as the file unless it is the workbook.
        if (inline !== null) o.json = inline || '-';
        else {
          const next = argv[i + 1];
          // A folder (`examples/coordinateurs/`) is a workbook argument too (consolidation).
          if (next !== undefined && !next.startsWith('-') && !/\.xls[xm]?$/i.test(next) && !/[\\/]$/.test(next)) {
            o.json = next;
            i++;
          } else if (next === '-') {
            o.json = '-';
            i++;
          } else o.json = '-';
        }
        break;
      }
      case '--scope': {
        const v = value();
        const items = v.split(/[,;]/).map((s) => s.trim()).filter(Boolean);
        const unknown = items.filter((s) => matchGt(s, s) === null);
        if (items.length === 0 || unknown.length) throw new UsageError('badScope', { value: unknown.join(', ') || v });
        o.scope = items;
        break;
      }
      case '--out':
        o.out = value();
        break;
      case '--html':
        o.html = value();
        break;
      case '--template':
        o.template = value();
        break;
      case '--suggest-mapping':
        o.suggestMapping = true;
        break;
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError('badMaxWarnings', { value: v });
        o.maxWarnings = Number(v);
        break;
      }
      case '--clear-history':
        o.clearHistory = true;
        break;
      case '--quiet':
      case '-q':
        o.quiet = true;
        break;
      case '--verbose':
        o.verbose = true;
        break;
      case '--help':
      case '-h':
        o.help = true;
        break;
      case '--version':
      case '-v':
        o.version = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError('unknownOption', { option: arg });
        positional.push(arg);
    }
  }
  o.workbooks = positional;
  o.workbook = positional[0] ?? null;
  return o;
}

/** The language of the tool's own messages before the workbook is read. */
export function guessLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i >= 0) {
    const v = (argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1] ?? '').toLowerCase();
    if (v === 'en' || v === 'fr') return v;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'fr';
}
