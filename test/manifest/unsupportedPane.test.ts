/**
 * The Excel floor (docs/excel-versions.md): the manifest, the README and the pane's fallback message
 * agree with src/manifest/supportedExcel.ts, and the fallback in taskpane.html works in an engine
 * that cannot run the ES2020 bundle: its check script parses as ES3, its probe does not parse
 * below ES2020, and run against a stand-in DOM the check shows the message where the probe failed
 * or ES2020 built-ins are missing. test/browser/build/oldestEngine.test.ts runs them in Chromium.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parse } from 'acorn';
import { ADMITTED_EXCEL, MIN_EXCEL_API } from '../../src/manifest/supportedExcel';
import { parseXml, path } from '../../src/manifest/xmlTree';

const repo = resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(resolve(repo, file), 'utf8');
const html = read('src/taskpane/taskpane.html');
const PROBE = 'assets/engine/es2020-probe.js';
const CHECK = 'assets/engine/unsupported.js';
const probe = read(PROBE);
const check = read(CHECK);

describe('the Excel floor', () => {
  it("is the manifest's minimum ExcelApi requirement set", () => {
    const parsed = parseXml(read('manifest.xml'));
    if ('error' in parsed) throw new Error(parsed.error);
    const set = path(parsed.root, 'Requirements', 'Sets')?.children.find((s) => s.attrs.Name === 'ExcelApi');
    expect(set?.attrs.MinVersion).toBe(MIN_EXCEL_API);
  });

  it('is stated in the README with every Excel version it admits', () => {
    const readme = read('README.md').replace(/\s+/g, ' ');
    expect(readme).toContain(`minimum requirement set is **ExcelApi ${MIN_EXCEL_API}**`);
    for (const excel of ADMITTED_EXCEL) expect(readme).toContain(excel);
    expect(readme).not.toMatch(/ExcelApi 1\.7\b/);
  });

  it("is named by the pane's message in English, Simplified and Traditional Chinese", () => {
    const message = /<div id="tiers-unsupported"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    const paragraphs = [...message.matchAll(/<p lang="([^"]+)">([\s\S]*?)<\/p>/g)].map((m) => [m[1], m[2]] as const);
    expect(paragraphs.map(([lang]) => lang)).toEqual(['en', 'zh-CN', 'zh-TW']);
    for (const [, text] of paragraphs) {
      for (const figure of ['2021', 'Microsoft 365', '2108', '16.52', '16.53', 'WebView2', 'Internet Explorer']) expect(text).toContain(figure);
    }
  });
});

describe('the fallback in taskpane.html', () => {
  it('loads the probe, then the check, after the message and the pane root, and no other page script', () => {
    const body = html.slice(html.indexOf('<body'));
    expect([...body.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual([PROBE, CHECK]);
    expect(body.indexOf('id="taskpane-root"')).toBeLessThan(body.indexOf(PROBE));
    expect(body.indexOf('id="tiers-unsupported"')).toBeLessThan(body.indexOf(PROBE));
    expect(html).not.toMatch(/<script>/);
  });

  it('check script parses as ES3, so any engine runs it', () => {
    expect(() => parse(check, { ecmaVersion: 3, sourceType: 'script' })).not.toThrow();
  });

  it('probe needs ES2020 syntax: it does not parse as ES2019, so an older engine never sets the flag', () => {
    expect(() => parse(probe, { ecmaVersion: 2019, sourceType: 'script' })).toThrow();
    expect(() => parse(probe, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
  });

  /**
   * Runs the page's scripts in a context standing in for an engine; returns what the user sees.
   * A vm context has Node's own built-ins, so an engine's missing ones are set to undefined here.
   */
  function runIn(engine: { parsesEs2020: boolean; builtins: Record<string, unknown> }): { message: string; pane: string } {
    const elements: Record<string, { style: { display: string } }> = {
      'taskpane-root': { style: { display: '' } },
      'tiers-unsupported': { style: { display: 'none' } },
    };
    const context: Record<string, unknown> = { ...engine.builtins, document: { getElementById: (id: string) => elements[id] } };
    context.window = context;
    if (engine.parsesEs2020) runInNewContext(probe, context);
    runInNewContext(check, context);
    return { message: elements['tiers-unsupported']!.style.display, pane: elements['taskpane-root']!.style.display };
  }

  const modern = { Promise, Object };
  const promiseWithout = (name: string) => Object.assign(function P() {}, Object.fromEntries(Object.entries({ all: Promise.all, allSettled: Promise.allSettled }).filter(([k]) => k !== name)));

  it('keeps the message hidden in an engine that parses ES2020 and has its built-ins', () => {
    expect(runIn({ parsesEs2020: true, builtins: modern })).toEqual({ message: 'none', pane: '' });
  });

  it('shows the message and hides the pane in Internet Explorer 11 (no ES2015 syntax, no Promise)', () => {
    expect(runIn({ parsesEs2020: false, builtins: { Promise: undefined, Object: { keys: Object.keys } } })).toEqual({ message: 'block', pane: 'none' });
  });

  it('shows it in Edge Legacy (Promise without allSettled, no Object.fromEntries, no optional chaining)', () => {
    expect(runIn({ parsesEs2020: false, builtins: { Promise: promiseWithout('allSettled'), Object: { keys: Object.keys } } })).toEqual({ message: 'block', pane: 'none' });
  });

  it('shows it where the built-ins exist but ES2020 syntax does not parse', () => {
    expect(runIn({ parsesEs2020: false, builtins: modern })).toEqual({ message: 'block', pane: 'none' });
  });

  it('shows it where the syntax parses but an ES2020 built-in is missing', () => {
    expect(runIn({ parsesEs2020: true, builtins: { Promise: promiseWithout('allSettled'), Object } })).toEqual({ message: 'block', pane: 'none' });
    expect(runIn({ parsesEs2020: true, builtins: { Promise, Object: { keys: Object.keys } } })).toEqual({ message: 'block', pane: 'none' });
  });
});
