// The Correspondances assistant of the pane (workbook.md, "Correspondances (Mapping)"): when the
// check finds sheets or columns missing, it shows the host's suggestions as choices (one native
// select per tool name, the proposed candidate chosen), and hands the confirmed rows back to the
// pane, which has the host write them and checks again. Workbook text goes through textContent.

import type { PaneLang, PaneMappingRow, PaneMappingSuggestions } from './host';

const TEXT = {
  fr: {
    heading: 'Correspondances',
    intro:
      'Votre classeur n’utilise pas les noms de l’outil. Choisissez ce qui correspond à chaque nom ; les lignes confirmées sont ajoutées à la feuille « Correspondances », vos autres feuilles ne changent pas.',
    sheets: 'Feuilles',
    columns: (sheet: string) => `Colonnes de la feuille « ${sheet} »`,
    values: 'Valeurs inconnues',
    none: '(aucune)',
    keep: '(ne pas traduire)',
    required: 'obligatoire',
    valueLabel: (value: string, count: number, header: string) => `« ${value} » (${count} cellule${count > 1 ? 's' : ''}, colonne « ${header} »)`,
    confirm: 'Écrire et vérifier',
    cancel: 'Annuler',
    nothing: 'Rien à proposer : l’outil ne trouve aucun candidat dans ce classeur.',
    item: { sheet: 'Feuille', column: 'Colonne', value: 'Valeur' },
  },
  en: {
    heading: 'Mapping',
    intro:
      'Your workbook does not use the tool’s names. Choose what matches each name; the confirmed rows are added to the "Mapping" sheet, your other sheets do not change.',
    sheets: 'Sheets',
    columns: (sheet: string) => `Columns of the sheet "${sheet}"`,
    values: 'Unknown values',
    none: '(none)',
    keep: '(do not translate)',
    required: 'required',
    valueLabel: (value: string, count: number, header: string) => `"${value}" (${count} cell${count > 1 ? 's' : ''}, column "${header}")`,
    confirm: 'Write and check',
    cancel: 'Cancel',
    nothing: 'Nothing to propose: the tool finds no candidate in this workbook.',
    item: { sheet: 'Sheet', column: 'Column', value: 'Value' },
  },
};

export interface MappingAssistant {
  /** The section to place in the pane (hidden until shown). */
  readonly element: HTMLElement;
  /** Shows the choices of `s` in `lang`, and focuses the first one. */
  show(s: PaneMappingSuggestions, lang: PaneLang): void;
  hide(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

/**
 * The assistant's section. `onConfirm` gets the rows the user kept (in the chosen language's
 * words); `onCancel` closes it.
 */
export function createMappingAssistant(onConfirm: (rows: PaneMappingRow[], lang: PaneLang) => void, onCancel: () => void): MappingAssistant {
  const heading = el('h2', { id: 'tdr-mapping-heading' });
  const body = el('form', { class: 'tdr-mapping-form' });
  const element = el('section', { class: 'tdr-mapping', 'aria-labelledby': 'tdr-mapping-heading' }, heading, body);
  element.hidden = true;
  let counter = 0;

  function select(label: string, options: { value: string; text: string }[], chosen: string): { field: HTMLElement; control: HTMLSelectElement } {
    const id = `tdr-map-${++counter}`;
    const control = el('select', { id });
    for (const o of options) {
      const opt = el('option', { value: o.value }, o.text);
      control.append(opt);
    }
    control.value = chosen;
    return { field: el('div', { class: 'tdr-mapping-field' }, el('label', { for: id }, label), control), control };
  }

  function show(s: PaneMappingSuggestions, lang: PaneLang): void {
    const t = TEXT[lang];
    heading.textContent = t.heading;
    body.replaceChildren();
    counter = 0;
    const sheetRows: (() => PaneMappingRow | null)[] = [];
    body.append(el('p', { class: 'tdr-mapping-intro' }, t.intro));
    const tag = (required: boolean) => (required ? ` (${t.required})` : '');

    // The columns and values shown, per user sheet: those of the sheets as proposed, swapped for
    // the host's alternatives when the user picks another sheet for a tool sheet (none when the
    // user turns the sheet down: a sheet turned down takes its columns and values with it).
    // Per tool sheet (`Membres`), in the host's order, so that a swap keeps every row in its place.
    const columnSlots = new Map<string, PaneMappingSuggestions['columns']>();
    const valueSlots = new Map<string, PaneMappingSuggestions['values']>();
    const slot = <T>(slots: Map<string, T[]>, tool: string) => {
      const key = tool.split(' › ')[0];
      let list = slots.get(key);
      if (!list) slots.set(key, (list = []));
      return list;
    };
    for (const c of s.columns) slot(columnSlots, c.tool.fr).push(c);
    for (const v of s.values) slot(valueSlots, v.column.fr).push(v);
    const detail = el('div', { class: 'tdr-mapping-detail' });
    let detailRows: (() => PaneMappingRow | null)[] = [];

    if (s.sheets.length) {
      const set = el('fieldset', {}, el('legend', {}, t.sheets));
      for (const x of s.sheets) {
        const { field, control } = select(
          x.tool[lang] + tag(x.required),
          [{ value: '', text: t.none }, ...x.candidates.map((c) => ({ value: c, text: c }))],
          x.proposed ?? '',
        );
        set.append(field);
        sheetRows.push(() => (control.value ? { item: t.item.sheet, tool: x.tool[lang], user: control.value } : null));
        // A tool sheet's columns are named `Membres › …` (in French, whatever the pane's language).
        const own = { columns: slot(columnSlots, x.tool.fr), values: slot(valueSlots, x.tool.fr) };
        control.addEventListener('change', () => {
          const next = control.value;
          const alt = next === '' ? null : next === x.proposed ? own : (x.alternatives?.find((a) => a.sheet === next) ?? null);
          columnSlots.set(x.tool.fr, alt?.columns ?? []);
          valueSlots.set(x.tool.fr, alt?.values ?? []);
          renderDetail();
        });
      }
      body.append(set);
    }
    body.append(detail);

    function renderDetail(): void {
      // The choices already made in the selects that stay are kept.
      const before = new Map<string, string>();
      for (const c of Array.from(detail.querySelectorAll('select'))) before.set(c.dataset.key ?? '', c.value);
      detail.replaceChildren();
      detailRows = [];
      const pick = (key: string, chosen: string) => before.get(key) ?? chosen;
      const columns = [...columnSlots.values()].flat();
      const values = [...valueSlots.values()].flat();
      const bySheet = new Map<string, PaneMappingSuggestions['columns']>();
      for (const c of columns) bySheet.set(c.userSheet, [...(bySheet.get(c.userSheet) ?? []), c]);
      for (const [sheet, cols] of bySheet) {
        const set = el('fieldset', {}, el('legend', {}, t.columns(sheet)));
        for (const x of cols) {
          const key = JSON.stringify(['column', x.tool.fr, x.userSheet]);
          const { field, control } = select(
            x.tool[lang] + tag(x.required),
            [{ value: '', text: t.none }, ...x.candidates.map((c) => ({ value: c, text: c }))],
            pick(key, x.proposed ?? ''),
          );
          control.dataset.key = key;
          set.append(field);
          detailRows.push(() => (control.value ? { item: t.item.column, tool: x.tool[lang], user: control.value } : null));
        }
        detail.append(set);
      }
      if (values.length) {
        const set = el('fieldset', {}, el('legend', {}, t.values));
        for (const x of values) {
          const key = JSON.stringify(['value', x.column.fr, x.userSheet, x.value]);
          const { field, control } = select(
            `${x.column[lang]} : ${t.valueLabel(x.value, x.count, x.header)}`,
            [{ value: '', text: t.keep }, ...x.options.map((o, i) => ({ value: String(i), text: o.label[lang] }))],
            pick(key, x.proposed === null ? '' : String(x.proposed)),
          );
          control.dataset.key = key;
          set.append(field);
          detailRows.push(() => (control.value === '' ? null : { item: t.item.value, tool: x.options[Number(control.value)].tool[lang], user: x.value }));
        }
        detail.append(set);
      }
    }
    renderDetail();
    const rows = () => [...sheetRows, ...detailRows];

    const empty = rows().length === 0;
    if (empty) body.append(el('p', { class: 'tdr-mapping-nothing' }, t.nothing));
    const confirm = el('button', { type: 'submit', class: 'tdr-primary' }, t.confirm);
    confirm.disabled = empty;
    const cancel = el('button', { type: 'button' }, t.cancel);
    cancel.addEventListener('click', onCancel);
    body.append(el('div', { class: 'tdr-commands' }, confirm, cancel));
    body.onsubmit = (e) => {
      e.preventDefault();
      const chosen = rows().map((r) => r()).filter((r): r is PaneMappingRow => r !== null);
      onConfirm(chosen, lang);
    };
    element.hidden = false;
    (body.querySelector('select') ?? confirm).focus();
  }

  return {
    element,
    show,
    hide() {
      element.hidden = true;
      body.replaceChildren();
    },
  };
}
