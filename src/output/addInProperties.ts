/**
 * The property bags of the Office add-ins saved in a workbook, and which of them is Tiers'. Each
 * add-in instance is a part (Excel names them `xl/webextensions/webextensionN.xml`) whose
 * `<we:properties>` hold `<we:property name="..." value="..."/>`; what an add-in keeps in
 * `workbook.settings` is stored there, each value JSON-encoded (docs/cli.md, "Settings saved in the
 * workbook"). Pure: the CLI and the workbench each unzip the parts their own way.
 */
import { parseStoredSettings, SETTINGS_KEY, type LoadedSettings } from './savedSettings';
import { unescapeXml } from './xmlEscape';

// Any prefix (Excel writes `we:`); `property` followed by white space, so `<we:properties>` is not taken.
const PROPERTY = /<(?:[A-Za-z_][\w.-]*:)?property\s([^>]*?)\/?>/g;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const WEB_EXTENSION = /<(?:[A-Za-z_][\w.-]*:)?webextension[\s>]/;

/** Whether a part under `xl/webextensions/` is an add-in instance (not the task-pane list). */
export function isWebExtensionXml(xml: string): boolean {
  return WEB_EXTENSION.test(xml);
}

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) attributes.set(m[1] as string, unescapeXml(m[2] ?? m[3] ?? ''));
  return attributes;
}

/** The properties of one web extension part's XML: name -> value as stored (still JSON text). */
export function propertiesOfXml(xml: string): Map<string, string> {
  const properties = new Map<string, string>();
  for (const m of xml.matchAll(PROPERTY)) {
    const attributes = attributesOf(m[1] as string);
    const name = attributes.get('name');
    const value = attributes.get('value');
    if (name !== undefined && value !== undefined) properties.set(name, value);
  }
  return properties;
}

/** A stored property's value: its JSON, or the text itself when it is not JSON (parseStoredSettings then says it is unreadable). */
export function storedPropertyValue(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/** Orders two loaded records: the higher revision counter, then the later save. */
function newer(a: LoadedSettings, b: LoadedSettings): boolean {
  const ca = a.revision?.counter ?? -1;
  const cb = b.revision?.counter ?? -1;
  if (ca !== cb) return ca > cb;
  return (a.revision?.savedAt ?? '') > (b.revision?.savedAt ?? '');
}

export interface TiersPart {
  /** Every property of the add-in instance that holds the settings (what Excel hands that instance). */
  properties: ReadonlyMap<string, string>;
  loaded: LoadedSettings;
  /** How many add-in parts held a Tiers settings record (more than one, say a sheet copied between workbooks: the newest revision is used). */
  copies: number;
}

/** Tiers' add-in instance among the parts' property bags: the one whose settings record is newest; null when none holds one. */
export function tiersPartOf(parts: readonly ReadonlyMap<string, string>[]): TiersPart | null {
  let best: { properties: ReadonlyMap<string, string>; loaded: LoadedSettings } | null = null;
  let copies = 0;
  for (const properties of parts) {
    const stored = properties.get(SETTINGS_KEY);
    if (stored === undefined) continue;
    copies++;
    const loaded = parseStoredSettings(storedPropertyValue(stored));
    if (best === null || newer(loaded, best.loaded)) best = { properties, loaded };
  }
  return best ? { ...best, copies } : null;
}
