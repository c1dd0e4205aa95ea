import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  content: (XmlElement | string)[];
}

type Ordered = Record<string, unknown>;

function convert(node: Ordered): XmlElement | null {
  const name = Object.keys(node).find((k) => k !== ':@');
  if (!name || name === '#text') return null;
  const attrs = (node[':@'] ?? {}) as Record<string, string>;
  const rawChildren = (node[name] ?? []) as Ordered[];
  const content = rawChildren
    .map((c) => ('#text' in c ? String(c['#text']) : convert(c)))
    .filter((c): c is XmlElement | string => c !== null);
  const children = content.filter((c): c is XmlElement => typeof c !== 'string');
  return { name, attrs, children, content };
}

/** Parses XML with fast-xml-parser into a plain element tree (entities decoded); throws if invalid. */
export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`invalid XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    trimValues: false,
    processEntities: true,
    parseTagValue: false,
    parseAttributeValue: false,
  });
  const doc = parser.parse(xml) as Ordered[];
  const root = doc.map(convert).find((e): e is XmlElement => e !== null && e.name !== '?xml');
  if (!root) throw new Error('no root element');
  return root;
}

export function findAll(el: XmlElement, pred: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (pred(e)) out.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return out;
}

/** All text inside an element, tspans included. */
export function textOf(el: XmlElement): string {
  return el.content.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
