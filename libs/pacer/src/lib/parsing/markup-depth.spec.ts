import { Element, Text } from 'domhandler';
import { corpusDockets, corpusFeed } from '../../testing/corpus';
import { parseDocketReport } from './docket-report';
import { descendants, lineSegments, textContent } from './dom';
import { MAX_MARKUP_DEPTH, markupNestingDepth } from './markup-depth';
import { PacerError, PacerErrorCode } from '../pacer-error';
import { parseRssFeed } from './rss-feed';

const nested = (depth: number, tag = 'div'): string =>
  `<html><body>${`<${tag}>`.repeat(depth)}Docket Text${`</${tag}>`.repeat(depth)}</body></html>`;

/** A tree `depth` elements deep built without a parser, to test the walkers on their own. */
function deepTree(depth: number): Element {
  const root = new Element('div', {});
  let current = root;
  for (let i = 0; i < depth; i++) {
    const child = new Element(i % 1000 === 0 ? 'br' : 'span', {});
    child.parent = current;
    current.children = [child];
    current = child;
  }
  const text = new Text('bottom');
  text.parent = current;
  current.children = [text];
  return root;
}

function refusal(run: () => unknown): PacerError {
  try {
    run();
  } catch (error) {
    if (error instanceof PacerError) return error;
    throw error;
  }
  throw new Error('expected a PacerError');
}

describe('markup nesting depth', () => {
  it('reads the nesting of tags, not counting void elements and optional end tags', () => {
    expect(markupNestingDepth('<div><p>a<p>b<br><div><span>x</span></div></div>')).toBe(3);
    expect(markupNestingDepth('<table><tr><td>a<td>b</table>')).toBe(1);
    expect(markupNestingDepth(nested(64_000))).toBe(64_002);
  });

  it('finds every docket report and feed of the corpus far under the limit', () => {
    const depths = corpusDockets().map((d) => markupNestingDepth(d.html));
    depths.push(markupNestingDepth(corpusFeed('nyed_1')), markupNestingDepth(corpusFeed('sdny_1')));
    expect(depths.length).toBeGreaterThan(20);
    expect(Math.max(...depths)).toBeLessThan(MAX_MARKUP_DEPTH / 10);
  });

  it.each([64_000, 300_000])('refuses a docket report %i divs deep with input_too_large', (depth) => {
    const error = refusal(() => parseDocketReport(nested(depth), { court: 'nysd' }));
    expect(error.code).toBe(PacerErrorCode.InputTooLarge);
    expect(error.details).toEqual({ maxDepth: MAX_MARKUP_DEPTH });
  });

  it('refuses an RSS feed nested deeper than the limit', () => {
    const xml = `<rss><channel>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</channel></rss>`;
    expect(refusal(() => parseRssFeed(xml, { court: 'nysd' })).code).toBe(PacerErrorCode.InputTooLarge);
  });

  it('walks a tree 200,000 elements deep without overflowing the stack', () => {
    const root = deepTree(200_000);
    expect(descendants(root)).toHaveLength(200_000);
    expect(textContent(root)).toBe('bottom');
    expect(lineSegments(root)).toEqual(['bottom']);
  });
});
