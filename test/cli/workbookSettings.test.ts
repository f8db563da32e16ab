/**
 * `tiers score` on a workbook whose Tiers settings a manager saved from the pane: the command
 * scores with them (as --config with the same configuration would), says so, and keeps them in
 * OUT.xlsx. The add-in part is laid out as Excel saves one ([MS-OWEXML]: a taskpanes part, a web
 * extension part whose properties hold each setting JSON-encoded in `value`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { defaultScoringConfig, type ScoringConfig } from '../../src/domain/config';
import { detectSheets } from '../../src/domain/mapping';
import { ORDER_STREAM_HEAD_ROWS } from '../../src/domain/analyse';
import type { CellValue } from '../../src/domain/model';
import { runScore, type ScoreArgs } from '../../src/cli/commands/score';
import { propertiesOfXml } from '../../src/output/addInProperties';
import { shippedSettingsRecord, SETTINGS_KEY } from '../../src/output/savedSettings';
import { writeGridsXlsx } from '../../src/cli/xlsx/writeGrids';
import { generateSampleWorkbook } from '../../src/sample';
import { removeTempDir, tempDir } from './support/runTiers';
import { withAddInParts } from '../support/addInParts';

const AS_OF = '2026-01-01';

/** A manager's configuration: own tier names, other ABC cut points, no predictive fit (a faster run). */
function managersConfig(): ScoringConfig {
  const config = defaultScoringConfig();
  config.tierNames = { Diamond: 'Key account' };
  config.abc = { basis: 'sales', cutA: 0.6, cutB: 0.9 };
  config.predictive = { ...config.predictive, enabled: false };
  return config;
}

const settingsProperty = (config: ScoringConfig, counter = 1): [string, string] => {
  const record = shippedSettingsRecord(config, `2026-11-${10 + counter}T09:00:00.000Z`) as { revision: { counter: number } };
  record.revision.counter = counter;
  return [SETTINGS_KEY, JSON.stringify(record)];
};

describe('the properties of a web extension part', () => {
  it('reads the documented layout: names and values, entities decoded, either quote', () => {
    const xml =
      '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{52811C31-4593-43B8-A697-EB873422D156}">' +
      '<we:reference id="Example3" version="15.0" store="C:\\Example" storeType="Filesystem"/><we:properties>' +
      '<we:property name="Key2" value="Value2"/><we:property name="Key1" value="Value1"/>' +
      '<we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>' +
      `<we:property name='quoted' value='&quot;CONNECTED&quot;'/>` +
      '<we:property name="json" value="{&quot;a&quot;:[1,2],&quot;b&quot;:&quot;&lt;&amp;&gt; 客户&quot;}"/>' +
      '</we:properties><we:bindings/></we:webextension>';
    const properties = propertiesOfXml(xml);
    expect([...properties.keys()]).toEqual(['Key2', 'Key1', 'Office.AutoShowTaskpaneWithDocument', 'quoted', 'json']);
    expect(properties.get('Key2')).toBe('Value2');
    expect(JSON.parse(properties.get('quoted') as string)).toBe('CONNECTED');
    expect(JSON.parse(properties.get('json') as string)).toEqual({ a: [1, 2], b: '<&> 客户' });
  });
});

describe('tiers score on a workbook with saved Tiers settings', () => {
  let dir: string;
  let plain: string;
  beforeAll(async () => {
    dir = tempDir('settings');
    const sample = generateSampleWorkbook({ customers: 120, orders: 1500, seed: 5 });
    plain = join(dir, 'plain.xlsx');
    await writeGridsXlsx(plain, [
      { name: 'Customers', grid: sample.customers },
      { name: 'Orders', grid: sample.orders },
    ]);
  });
  afterAll(() => removeTempDir(dir));

  const args = (input: string, name: string, config: string | null = null): ScoreArgs => ({
    input,
    out: join(dir, `${name}.xlsx`),
    asOf: AS_OF,
    config,
    json: join(dir, `${name}.json`),
    jsonPretty: false,
    csv: join(dir, `${name}.csv`),
    rfm: null,
    period: null,
    lenient: true,
  });

  async function copyWith(name: string, parts: readonly (readonly (readonly [string, string])[])[]): Promise<string> {
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, readFileSync(plain));
    await withAddInParts(path, parts);
    return path;
  }

  async function score(a: ScoreArgs): Promise<{ lines: string[]; warnings: string[]; csv: string; json: unknown }> {
    const lines: string[] = [];
    // The sample's own cell problems (a seeded export has a few) are the same in every run: left out.
    const warnings = (await runScore(a, (m) => lines.push(m))).filter((w) => !/cell problem/.test(w));
    return { lines, warnings, csv: readFileSync(a.csv as string, 'utf8'), json: JSON.parse(readFileSync(a.json as string, 'utf8')) };
  }

  it('scores with the saved configuration, exactly as --config with it, and says so', async () => {
    const input = await copyWith('saved', [[['Office.AutoShowTaskpaneWithDocument', 'true'], settingsProperty(managersConfig())]]);
    const fromWorkbook = await score(args(input, 'fromWorkbook'));
    const configFile = join(dir, 'managers.json');
    writeFileSync(configFile, JSON.stringify(managersConfig()));
    const fromFile = await score(args(plain, 'fromFile', configFile));
    const defaults = await score(args(plain, 'defaults'));

    expect(fromWorkbook.lines.some((l) => l.startsWith('Using the Tiers settings saved in saved.xlsx (saved 2026-11-11T09:00:00.000Z)'))).toBe(true);
    expect(fromWorkbook.warnings).toEqual([]);
    expect(fromWorkbook.csv).toBe(fromFile.csv);
    expect(fromWorkbook.json).toEqual(fromFile.json);
    expect(fromWorkbook.csv).toContain('Key account');
    expect(defaults.csv).not.toContain('Key account');
    expect(defaults.csv).not.toBe(fromWorkbook.csv);
    // OUT.xlsx keeps the add-in and its settings for the team's next session in Excel.
    const out = await JSZip.loadAsync(readFileSync(join(dir, 'fromWorkbook.xlsx')));
    const part = await out.file('xl/webextensions/webextension1.xml')?.async('string');
    expect(JSON.parse(propertiesOfXml(part ?? '').get(SETTINGS_KEY) ?? 'null')).toEqual(JSON.parse(settingsProperty(managersConfig())[1]));
  }, 120_000);

  it('lets --config override the saved settings, and says they were not used', async () => {
    const input = await copyWith('overridden', [[settingsProperty(managersConfig())]]);
    const configFile = join(dir, 'defaults.json');
    writeFileSync(configFile, JSON.stringify(defaultScoringConfig()));
    const overridden = await score(args(input, 'overridden', configFile));
    const defaults = await score(args(plain, 'defaults2'));
    expect(overridden.lines).toContain(`The scoring settings saved in overridden.xlsx are not used: --config ${configFile} given`);
    expect(overridden.csv).toBe(defaults.csv);
  }, 120_000);

  it('reads the newest of several copies, and a damaged record as the defaults with a warning', async () => {
    const older = defaultScoringConfig();
    older.tierNames = { Diamond: 'Old name' };
    const several = await copyWith('several', [[settingsProperty(older, 1)], [settingsProperty(managersConfig(), 2)]]);
    const newest = await score(args(several, 'several'));
    expect(newest.csv).toContain('Key account');
    expect(newest.csv).not.toContain('Old name');
    expect(newest.warnings).toEqual(['several.xlsx holds 2 copies of the Tiers settings (the add-in was inserted more than once); the newest was used.']);

    const damaged = await copyWith('damaged', [[[SETTINGS_KEY, '{"schemaVersion":1,"config":']]]);
    const fallback = await score(args(damaged, 'damaged'));
    const defaults = await score(args(plain, 'defaults3'));
    expect(fallback.warnings).toEqual(['damaged.xlsx, saved Tiers settings: The saved Tiers settings were unreadable; using the defaults.']);
    expect(fallback.csv).toBe(defaults.csv);
  }, 120_000);
});

describe('tiers score with a column mapping saved from the pane', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('mapping');
  });
  afterAll(() => removeTempDir(dir));

  it('reads headers it cannot recognise through the saved mapping, as it scores the recognised ones', async () => {
    // Long enough that the order sheet is streamed: the saved mapping must reach the streamed reader too.
    const sample = generateSampleWorkbook({ customers: 150, orders: ORDER_STREAM_HEAD_ROWS + 2500, seed: 8 });
    const detected = detectSheets([
      { name: 'Customers', grid: sample.customers },
      { name: 'Orders', grid: sample.orders },
    ]);
    const orders = detected.orders?.mapping;
    const customers = detected.customers?.mapping;
    if (!orders || !customers) throw new Error('the sample is not detected');
    // The same data under headers no detection reads (a house export's own codes), the sheets renamed too.
    const coded = (grid: readonly (readonly CellValue[])[], prefix: string): CellValue[][] => grid.map((row, r) => (r === 0 ? row.map((_, c) => `${prefix}${c + 1}`) : [...row]));
    const readable = join(dir, 'readable.xlsx');
    await writeGridsXlsx(readable, [
      { name: 'Customers', grid: sample.customers },
      { name: 'Orders', grid: sample.orders },
    ]);
    const codes = join(dir, 'codes.xlsx');
    await writeGridsXlsx(codes, [
      { name: 'Stammdaten', grid: coded(sample.customers, 'K') },
      { name: 'Belege', grid: coded(sample.orders, 'B') },
    ]);
    const run = async (input: string, name: string): Promise<{ code: 'ok' | 'refused'; lines: string[]; csv: string; message: string }> => {
      const lines: string[] = [];
      const csv = join(dir, `${name}.csv`);
      try {
        await runScore({ input, out: join(dir, `${name}.xlsx`), asOf: AS_OF, config: null, json: null, jsonPretty: false, csv, rfm: null, period: null, lenient: true }, (m) => lines.push(m));
        return { code: 'ok', lines, csv: readFileSync(csv, 'utf8'), message: '' };
      } catch (error) {
        return { code: 'refused', lines, csv: '', message: (error as Error).message + ((error as { details?: string[] }).details ?? []).join(' ') };
      }
    };

    expect((await run(codes, 'unmapped')).code).toBe('refused');
    const record = shippedSettingsRecord(defaultScoringConfig(), '2026-11-20T08:00:00.000Z') as { mapping: unknown };
    // Saved under the sheet names in another case, as a user may have renamed them since: found all the same.
    record.mapping = { orders: { ...orders, sheet: 'BELEGE' }, customers: { ...customers, sheet: 'stammdaten' } };
    await withAddInParts(codes, [[[SETTINGS_KEY, JSON.stringify(record)]]]);
    const mapped = await run(codes, 'mapped');
    const plain = await run(readable, 'plain');
    expect(mapped.code).toBe('ok');
    expect(mapped.lines).toEqual(
      expect.arrayContaining(['Columns of sheet "Belege" as mapped in the pane (saved in the workbook)', 'Columns of sheet "Stammdaten" as mapped in the pane (saved in the workbook)']),
    );
    // The CSV's first line holds the customer sheet's own headers: the rows below must be the same.
    expect(mapped.csv.split('\n').slice(1)).toEqual(plain.csv.split('\n').slice(1));
    expect(mapped.csv.split('\n').length).toBeGreaterThan(100);
  }, 120_000);

  it('drops a saved mapping that points at an empty column, says so, and detects the columns again', async () => {
    const sample = generateSampleWorkbook({ customers: 60, orders: 800, seed: 2 });
    const detected = detectSheets([{ name: 'Orders', grid: sample.orders }]).orders?.mapping;
    if (!detected) throw new Error('the sample is not detected');
    const width = (sample.orders[0] ?? []).length;
    const input = join(dir, 'stale.xlsx');
    await writeGridsXlsx(input, [
      { name: 'Customers', grid: sample.customers },
      { name: 'Orders', grid: sample.orders },
    ]);
    const record = shippedSettingsRecord(defaultScoringConfig(), '2026-11-20T08:00:00.000Z') as { mapping: unknown };
    record.mapping = { orders: { ...detected, columns: { ...detected.columns, amount: width + 3 } } };
    await withAddInParts(input, [[[SETTINGS_KEY, JSON.stringify(record)]]]);
    const warnings = await runScore(
      { input, out: join(dir, 'stale-out.xlsx'), asOf: AS_OF, config: null, json: null, jsonPretty: false, csv: null, rfm: null, period: null, lenient: true },
      () => undefined,
    );
    expect(warnings).toContain('The saved column mapping no longer fits sheet "Orders" (column "Amount" is empty); columns were detected again.');
  }, 120_000);
});
