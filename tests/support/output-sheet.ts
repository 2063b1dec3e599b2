// A plain output sheet for the hosts' writer tests: no title, header, bold row, wrapped column,
// link, filter nor chart; each test gives what it looks at in `extra`.

import type { OutputSheet } from '../../core/plan/types';

export function plainOutputSheet(name: string, rows: OutputSheet['rows'], extra: Partial<OutputSheet> = {}): OutputSheet {
  return {
    kind: 'findings',
    baseName: name,
    name,
    rows,
    links: [],
    frozenRows: 0,
    columnWidths: [],
    titleRows: [],
    headerRows: [],
    boldRows: [],
    dateFormat: 'dd/mm/yyyy',
    autoFilter: null,
    chart: null,
    trendChart: null,
    wrapColumns: [],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: null },
    ...extra,
  };
}
