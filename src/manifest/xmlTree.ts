// A small element tree over fast-xml-parser's ordered output, so the manifest checks can walk
// elements by name without caring whether a tag occurred once or many times.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type OrderedNode = Record<string, unknown>;

const ATTRS_KEY = ':@';

function toElement(node: OrderedNode): XmlElement | null {
  const name = Object.keys(node).find((k) => k !== ATTRS_KEY);
  if (!name || name === '#text' || name.startsWith('?') || name.startsWith('!')) return null;
  const rawChildren = (node[name] as OrderedNode[] | undefined) ?? [];
  const attrs = (node[ATTRS_KEY] as Record<string, string> | undefined) ?? {};
  const text = rawChildren
    .map((child) => child['#text'])
    .filter((t): t is string | number => t !== undefined)
    .join('')
    .trim();
  const children = rawChildren.map(toElement).filter((e): e is XmlElement => e !== null);
  return { name, attrs: { ...attrs }, children, text };
}

/** Parses XML text into its root element, or returns the parser's complaint. */
export function parseXml(xml: string): { root: XmlElement } | { error: string } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { error: `${valid.err.msg} (line ${valid.err.line})` };
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
  });
  const roots = (parser.parse(xml) as OrderedNode[]).map(toElement).filter((e): e is XmlElement => e !== null);
  const [root] = roots;
  if (!root || roots.length > 1) return { error: 'expected exactly one root element' };
  return { root };
}

/** First child element called `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** Follows a path of child names, e.g. path(root, 'DefaultSettings', 'SourceLocation'). */
export function path(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  return names.reduce<XmlElement | undefined>((at, name) => child(at, name), element);
}

/** Every element below `element` (depth first, document order), itself excluded. */
export function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((c) => [c, ...descendants(c)]);
}
