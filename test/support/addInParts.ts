/**
 * Adds Office add-in parts to an .xlsx package as Excel lays them out when it saves a workbook
 * with add-ins ([MS-OWEXML]: a taskpanes part, and one web extension part per add-in instance whose
 * properties hold each setting JSON-encoded in `value`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function webExtensionXml(properties: readonly (readonly [string, string])[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{6F0C2C51-5C3B-4D1E-9C1A-2B0F3E7A9D11}">' +
    '<we:reference id="wa200000000" version="1.0.0.0" store="en-US" storeType="OMEX"/><we:alternateReferences/>' +
    `<we:properties>${properties.map(([name, value]) => `<we:property name="${escapeAttribute(name)}" value="${escapeAttribute(value)}"/>`).join('')}</we:properties>` +
    '<we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>'
  );
}

/** Adds add-in parts to a package as Excel lays them out: one web extension part per list. */
export async function withAddInParts(path: string, parts: readonly (readonly (readonly [string, string])[])[]): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const types = (await zip.file('[Content_Types].xml')?.async('string')) as string;
  const overrides = parts.map((_, i) => `<Override PartName="/xl/webextensions/webextension${i + 1}.xml" ContentType="application/vnd.ms-office.webextension+xml"/>`).join('');
  zip.file(
    '[Content_Types].xml',
    types.replace('</Types>', `<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>${overrides}</Types>`),
  );
  const rels = (await zip.file('_rels/.rels')?.async('string')) as string;
  zip.file(
    '_rels/.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdWe1" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>',
    ),
  );
  const panes = parts.map(
    (_, i) =>
      `<wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><we:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId${i + 1}"/></wetp:taskpane>`,
  );
  zip.file(
    'xl/webextensions/taskpanes.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">${panes.join('')}</wetp:taskpanes>`,
  );
  zip.file(
    'xl/webextensions/_rels/taskpanes.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension${i + 1}.xml"/>`)
      .join('')}</Relationships>`,
  );
  parts.forEach((properties, i) => zip.file(`xl/webextensions/webextension${i + 1}.xml`, webExtensionXml(properties)));
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
