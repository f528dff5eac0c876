// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { linearize, offsetOfPoint, pointAtOffset, rangeForOffsets } from '@/lib/page/text-map';

function root(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
}

describe('linearize: the text a reader sees', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('puts one line break between blocks, none at the ends', () => {
    expect(linearize(root('<p>One</p><p>Two</p><div><p>Three</p></div>')).text).toBe('One\nTwo\nThree');
  });

  it('keeps <br> breaks and empty paragraphs, as editors render them', () => {
    expect(linearize(root('<p>a<br>b</p><p><br></p><p>c</p>')).text).toBe('a\nb\n\nc');
  });

  it('collapses source whitespace in normal text, keeps it where white-space preserves it', () => {
    expect(linearize(root('<p>\n   Ran   the\n   test  </p>')).text).toBe('Ran the test ');
    expect(linearize(root('<p style="white-space: pre-wrap">a  b\n c</p>')).text).toBe('a  b\n c');
    expect(linearize(root('<pre>x   y</pre>')).text).toBe('x   y');
  });

  it('reads no-break spaces as spaces and drops editors’ zero-width marks', () => {
    expect(linearize(root('<p style="white-space: pre-wrap">a\u00a0b\ufeffc\u200bd</p>')).text).toBe('a bcd');
  });

  it('skips scripts, styles, fields and hidden elements', () => {
    expect(
      linearize(root('<p>a<script>x()</script><style>p{}</style><span hidden>no</span><textarea>t</textarea>b</p>'))
        .text,
    ).toBe('ab');
  });
});

describe('linearize leaves out what a reader cannot see, and keeps it aside', () => {
  // clip: rect() and the one-pixel "visually hidden" box need a real style engine: tests/e2e/page-capture.spec.ts.
  it('text at font-size 0, invisible, at opacity 0 or clipped away is not in the text', () => {
    const el = root(
      '<p>I led<span style="font-size: 0"> secretly</span> the team' +
        '<span style="visibility: hidden"> quietly</span>' +
        '<span style="opacity: 0"> ghostly</span>' +
        '<span style="clip-path: inset(50%)"> cut</span>.</p>',
    );
    const map = linearize(el);
    expect(map.text).toBe('I led the team.');
    expect(map.unseen).toEqual([
      { at: 5, text: ' secretly' },
      { at: 14, text: ' quietly' },
      { at: 14, text: ' ghostly' },
      { at: 14, text: ' cut' },
    ]);
  });

  it('text that sets its own size or visibility again inside a hidden parent is seen', () => {
    const el = root(
      '<p style="font-size: 0">a<span style="font-size: 16px">Seen</span></p>' +
        '<p style="visibility: hidden">b<span style="visibility: visible">Also seen</span></p>',
    );
    expect(linearize(el).text).toBe('Seen\nAlso seen');
  });
});

describe('offsets and DOM points map both ways', () => {
  it('maps a selection spanning nodes to offsets, and back to a range over the same text', () => {
    const el = root('<p>I <b>decided</b> to cut it.</p><p>Tickets fell.</p>');
    const map = linearize(el);
    const bold = el.querySelector('b')!.firstChild!;
    const second = el.querySelectorAll('p')[1]!.firstChild!;
    const start = offsetOfPoint(map, bold, 0);
    const end = offsetOfPoint(map, second, 7);
    expect(map.text.slice(start, end)).toBe('decided to cut it.\nTickets');
    const range = rangeForOffsets(map, start, end, document)!;
    expect(range.startContainer).toBe(bold);
    expect(range.endContainer).toBe(second);
    expect(range.endOffset).toBe(7);
  });

  it('maps element boundary points: a triple-click ends at the start of the next paragraph', () => {
    const el = root('<p>First paragraph.</p><p>Second.</p>');
    const map = linearize(el);
    const [first, second] = Array.from(el.querySelectorAll('p'));
    const start = offsetOfPoint(map, first!.firstChild!, 0);
    const end = offsetOfPoint(map, second!, 0);
    expect(map.text.slice(start, end)).toBe('First paragraph.\n');
    expect(offsetOfPoint(map, el, 1)).toBe(map.before.get(second!));
    expect(offsetOfPoint(map, el, 2)).toBe(map.text.length);
  });

  it('maps offsets inside collapsed whitespace to the right node offsets', () => {
    const el = root('<p>\n    alpha    beta</p>');
    const map = linearize(el);
    expect(map.text).toBe('alpha beta');
    const text = el.querySelector('p')!.firstChild as Text;
    const point = pointAtOffset(map, map.text.indexOf('beta'), 'start')!;
    expect(point.node).toBe(text);
    expect(text.data.slice(point.offset, point.offset + 4)).toBe('beta');
    expect(offsetOfPoint(map, text, text.data.indexOf('beta'))).toBe(map.text.indexOf('beta'));
  });

  it('a range start lands after a line break, a range end before it', () => {
    const el = root('<p>ab</p><p>cd</p>');
    const map = linearize(el);
    const [a, c] = Array.from(el.querySelectorAll('p'), (p) => p.firstChild!);
    expect(pointAtOffset(map, 2, 'end')).toEqual({ node: a, offset: 2 });
    expect(pointAtOffset(map, 3, 'start')).toEqual({ node: c, offset: 0 });
    expect(pointAtOffset(map, 2, 'start')).toEqual({ node: c, offset: 0 });
  });

  it('round-trips every character offset through DOM points (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('p', 'b', 'br', 'i'), fc.stringMatching(/^[a-z ]{0,8}$/)), {
          minLength: 1,
          maxLength: 8,
        }),
        (parts) => {
          const html = parts.map(([tag, text]) => (tag === 'br' ? `${text}<br>` : `<${tag}>${text}</${tag}>`)).join('');
          const el = root(`<div style="white-space: pre-wrap">${html}</div>`);
          const map = linearize(el);
          for (const segment of map.segments) {
            for (let offset = segment.start; offset < segment.end; offset++) {
              const point = pointAtOffset(map, offset, 'start')!;
              expect(offsetOfPoint(map, point.node, point.offset)).toBe(offset);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
