/// <reference types="office-js" />
// Entry point of the task pane: the shared pane (ui/) over the Excel host. The ribbon's Vérifier
// opens `taskpane.html?run=1`, which runs a check at once.

import { ExcelPaneHost } from './excel-host';
import { excelApiSupported, officeEnvironment } from './office-env';
import { mountPane } from '../../ui/pane';
import { paneMessages } from '../../ui/messages';

const UNSUPPORTED = {
  fr: 'Ce complément demande Excel avec ExcelApi 1.9 ou plus récent (Microsoft 365, Excel 2021 ou Excel sur le web).',
  en: 'This add-in needs Excel with ExcelApi 1.9 or later (Microsoft 365, Excel 2021 or Excel on the web).',
};
const OUTSIDE = {
  fr: 'Ouvrez ce volet depuis Excel : onglet Accueil, groupe Conformité TdR, bouton Vérifier.',
  en: 'Open this pane from Excel: Home tab, TdR compliance group, Check button.',
};

function notice(root: HTMLElement, text: string): void {
  const p = document.createElement('p');
  p.className = 'tdr-legacy';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  root.replaceChildren(p);
}

void Office.onReady((info) => {
  const root = document.getElementById('tdr-pane');
  // legacy.js has already shown its message on an engine too old for the pane.
  if (!root || (window as unknown as { TDR_CHECK_LEGACY?: boolean }).TDR_CHECK_LEGACY) return;
  const lang = /^fr/i.test(Office.context?.displayLanguage ?? 'fr') ? 'fr' : 'en';
  document.title = paneMessages(lang).title;
  if (info.host !== Office.HostType.Excel) return notice(root, OUTSIDE[lang]);
  if (!excelApiSupported()) return notice(root, UNSUPPORTED[lang]);
  const autorun = new URLSearchParams(window.location.search).get('run') === '1';
  mountPane(root, new ExcelPaneHost(officeEnvironment()), { autorun });
});
