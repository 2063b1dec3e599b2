/// <reference types="office-js" />
// The dialog a failing ribbon command opens (notify.ts): the text travels in the address's
// fragment, shown as text (never markup), with an OK button that closes the dialog.

const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'fr';
const text = decodeURIComponent(window.location.hash.slice(1));

function render(): void {
  document.documentElement.lang = lang;
  const message = document.getElementById('tdr-notice-text');
  const ok = document.getElementById('tdr-notice-ok') as HTMLButtonElement | null;
  if (!message || !ok) return;
  message.textContent = text;
  ok.textContent = 'OK';
  ok.addEventListener('click', () => {
    if (typeof Office !== 'undefined' && Office.context?.ui?.messageParent) Office.context.ui.messageParent('close');
    else window.close();
  });
  ok.focus();
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') void Office.onReady(render);
else render();
