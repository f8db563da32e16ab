// ES2020 syntax (optional chaining, ??, a BigInt literal): an engine that cannot run the pane bundle
// fails to parse this file, so the flag stays unset there. See docs/excel-versions.md.
window.tiersEs2020 = ({}).x?.y ?? 1n === 1n;
