/* Runs before the pane's script, in whatever browser Office gives the add-in. The pane is built
   for modern engines (Edge WebView2, Safari 14+, current browsers for Excel on the web) with no
   IE11 polyfills; on an older webview (Internet Explorer 11, the legacy Edge of Office 2016-2019)
   this shows a clear message instead of a blank pane. ES5 on purpose. */
(function () {
  var d = document;
  var modern =
    typeof Promise === 'function' &&
    typeof Symbol === 'function' &&
    typeof Map === 'function' &&
    typeof Object.entries === 'function' &&
    typeof Array.prototype.includes === 'function' &&
    typeof Array.prototype.flatMap === 'function' &&
    typeof URLSearchParams === 'function' &&
    typeof d.createElement('div').replaceChildren === 'function';
  if (modern) return;
  window.TDR_CHECK_LEGACY = true;
  function show() {
    var message = d.getElementById('tdr-legacy');
    var pane = d.getElementById('tdr-pane');
    if (message) message.removeAttribute('hidden');
    if (pane) pane.setAttribute('hidden', '');
  }
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', show);
  else show();
})();
