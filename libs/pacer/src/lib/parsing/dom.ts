import { load } from 'cheerio';
import { type AnyNode, type Document, type Element, isTag, isText } from 'domhandler';

import { assertMarkupDepth } from './markup-depth';

export type { AnyNode, Document, Element };

/**
 * Removes what trips parsers before the HTML is read: CDATA markers, an XML declaration, and
 * control characters that are not valid in documents.
 */
export function sanitizeMarkup(text: string): string {
  return text
    .replace(/<!\[CDATA\[|\]\]>/g, '')
    .replace(/^\s*<\?xml\s[\s\S]*?\?>/, '')
    .replace(/&#0?[1-8](?![0-9])/g, '')
    .replace(/[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]+/gu, '');
}

/** Parses HTML the way a browser does (tbody inserted, stray content foster-parented). */
export function parseHtmlDocument(html: string): Document {
  assertMarkupDepth(html, 'page');
  const $ = load(sanitizeMarkup(html));
  const root = $.root()[0] as Document;
  // Script and style bodies are never data and would pollute text searches.
  for (const el of descendants(root, (e) => e.name === 'script' || e.name === 'style')) {
    const parent = el.parent;
    if (parent) parent.children = parent.children.filter((c) => c !== el);
  }
  return root;
}

export function childNodes(node: AnyNode): AnyNode[] {
  return 'children' in node ? (node.children as AnyNode[]) : [];
}

export function childElements(node: AnyNode, name?: string): Element[] {
  return childNodes(node).filter((c): c is Element => isTag(c) && (name === undefined || c.name === name));
}

/**
 * The nodes below `node` in document order (pre-order), entering elements only, walked with an
 * explicit stack: a page nested tens of thousands of elements deep must not overflow the call stack.
 */
function* preorder(node: AnyNode): Generator<AnyNode> {
  const stack: AnyNode[] = [...childNodes(node)].reverse();
  while (stack.length > 0) {
    const current = stack.pop() as AnyNode;
    yield current;
    if (!isTag(current)) continue;
    const children = childNodes(current);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** Descendant elements in document order, optionally filtered. */
export function descendants(node: AnyNode, test: (el: Element) => boolean = () => true): Element[] {
  const out: Element[] = [];
  for (const n of preorder(node)) if (isTag(n) && test(n)) out.push(n);
  return out;
}

export function byTag(node: AnyNode, ...names: string[]): Element[] {
  return descendants(node, (e) => names.includes(e.name));
}

/** Text nodes below node, in document order. */
export function textNodes(node: AnyNode): { text: string; parent: Element | null }[] {
  const out: { text: string; parent: Element | null }[] = [];
  for (const n of preorder(node)) {
    if (isText(n)) out.push({ text: n.data, parent: n.parent && isTag(n.parent) ? n.parent : null });
  }
  return out;
}

export function textContent(node: AnyNode): string {
  if (isText(node)) return node.data;
  return textNodes(node)
    .map((t) => t.text)
    .join('');
}

/**
 * Text of an element as a reader sees it: a line break (`br`) separates the words on either side
 * (`Motion<br>filed by X` reads "Motion filed by X", not "Motionfiled"). Walks iteratively.
 */
export function textWithBreaks(node: AnyNode): string {
  if (isText(node)) return node.data;
  let out = '';
  const stack: AnyNode[] = [...childNodes(node)].reverse();
  while (stack.length > 0) {
    const c = stack.pop() as AnyNode;
    if (isText(c)) out += c.data;
    else if (isTag(c)) {
      if (c.name === 'br') out += '\n';
      for (let i = childNodes(c).length - 1; i >= 0; i -= 1) stack.push(childNodes(c)[i]);
    }
  }
  return out;
}

export function hasDescendant(node: AnyNode, test: (el: Element) => boolean): boolean {
  for (const n of preorder(node)) if (isTag(n) && test(n)) return true;
  return false;
}

/** `b` elements with a `u` child: the underlined party-type headings of district dockets. */
export function hasBoldUnderline(node: AnyNode): boolean {
  return hasDescendant(node, (e) => e.name === 'b' && childElements(e, 'u').length > 0);
}

export function ancestors(node: AnyNode): Element[] {
  const out: Element[] = [];
  let p = node.parent;
  while (p && isTag(p)) {
    out.push(p);
    p = p.parent;
  }
  return out;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

const SEGMENT_BREAK = '\u0000';

/**
 * Splits the text of an element at its line breaks (`br`, and bare `p` tags), the way docket
 * header cells separate their label/value lines. Text of separate nodes on one line is joined by a
 * space, so `<i>Assigned to:</i>Name` reads "Assigned to: Name". Whitespace-only lines are kept
 * as empty strings; truly empty ones are dropped.
 */
export function lineSegments(node: AnyNode): string[] {
  let out = '';
  let prevWasText = false;
  for (const c of preorder(node)) {
    if (isText(c)) {
      if (prevWasText) out += ' ';
      out += c.data;
      prevWasText = true;
    } else if (isTag(c) && (c.name === 'br' || (c.name === 'p' && Object.keys(c.attribs).length === 0))) {
      out += SEGMENT_BREAK;
      prevWasText = false;
    }
  }
  return out
    .split(SEGMENT_BREAK)
    .filter((s) => s !== '')
    .map((s) => s.trim());
}
