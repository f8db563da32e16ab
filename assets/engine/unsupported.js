// ES3, so any engine parses it (Internet Explorer 11 included): where the ES2020 pane bundle cannot
// run, hide the pane and show the message in taskpane.html naming the Excel Tiers needs.
// Runs after es2020-probe.js. See docs/excel-versions.md.
(function () {
  var ready = window.tiersEs2020 === true && typeof Promise !== 'undefined' &&
    typeof Promise.allSettled === 'function' && typeof Object.fromEntries === 'function';
  if (ready) return;
  document.getElementById('taskpane-root').style.display = 'none';
  document.getElementById('tiers-unsupported').style.display = 'block';
})();
