/**
 * The property bags of the Office add-ins saved in a workbook. Each add-in instance is a part
 * (Excel names them `xl/webextensions/webextensionN.xml`) whose `<we:properties>` hold
 * `<we:property name="..." value="..."/>`; what an add-in keeps in `workbook.settings` is stored
 * there, each value JSON-encoded (docs/cli.md, "Settings saved in the workbook").
 */
import { entryText, type ZipEntry } from './zipEntries';
import { unescapeXml } from './xmlText';

export interface WebExtensionPart {
  /** The part's path in the package. */
  part: string;
  /** Property name -> its value as stored (still JSON text). */
  properties: Map<string, string>;
}

const FOLDER = 'xl/webextensions/';
// Any prefix (Excel writes `we:`); `property` followed by white space, so `<we:properties>` is not taken.
const PROPERTY = /<(?:[A-Za-z_][\w.-]*:)?property\s([^>]*?)\/?>/g;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) attributes.set(m[1] as string, unescapeXml(m[2] ?? m[3] ?? ''));
  return attributes;
}

/** The properties of one web extension part's XML. */
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

/** Every web extension part of the package with at least one property, in path order. */
export function webExtensionProperties(bytes: Buffer, entries: ReadonlyMap<string, ZipEntry>): WebExtensionPart[] {
  const parts: WebExtensionPart[] = [];
  const names = [...entries.keys()].filter((name) => name.startsWith(FOLDER) && name.endsWith('.xml') && !name.includes('/_rels/')).sort();
  for (const part of names) {
    const xml = entryText(bytes, entries.get(part) as ZipEntry);
    if (!/<(?:[A-Za-z_][\w.-]*:)?webextension[\s>]/.test(xml)) continue;
    const properties = propertiesOfXml(xml);
    if (properties.size > 0) parts.push({ part, properties });
  }
  return parts;
}
