/**
 * The add-in parts of an .xlsx package as the CLI finds them: each `xl/webextensions/*.xml` part
 * that is an add-in instance, with its properties (src/output/addInProperties.ts says how they
 * are read; docs/cli.md, "Settings saved in the workbook").
 */
import { isWebExtensionXml, propertiesOfXml } from '../../output/addInProperties';
import { entryText, type ZipEntry } from './zipEntries';

export interface WebExtensionPart {
  /** The part's path in the package. */
  part: string;
  /** Property name -> its value as stored (still JSON text). */
  properties: Map<string, string>;
}

const FOLDER = 'xl/webextensions/';

/** Every web extension part of the package with at least one property, in path order. */
export function webExtensionProperties(bytes: Buffer, entries: ReadonlyMap<string, ZipEntry>): WebExtensionPart[] {
  const parts: WebExtensionPart[] = [];
  const names = [...entries.keys()].filter((name) => name.startsWith(FOLDER) && name.endsWith('.xml') && !name.includes('/_rels/')).sort();
  for (const part of names) {
    const xml = entryText(bytes, entries.get(part) as ZipEntry);
    if (!isWebExtensionXml(xml)) continue;
    const properties = propertiesOfXml(xml);
    if (properties.size > 0) parts.push({ part, properties });
  }
  return parts;
}
