import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { reduceDom, type ReduceOptions } from '../../../../src/shared/import/domText';

/** The blocks as [kind, text] pairs, which is what the reader will show. */
function reduce(html: string, options?: ReduceOptions) {
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`);
  const { text, blocks } = reduceDom(dom.window.document.body, options);
  dom.window.close();
  return { text, pairs: blocks.map((b) => [b.kind, text.slice(b.start, b.end)]) };
}

describe('reduceDom', () => {
  it.each([
    ['paragraphs', '<p>One  two\nthree.</p><p>Four.</p>', [['paragraph', 'One two three.'], ['paragraph', 'Four.']]],
    ['headings of every level', '<h1>Title</h1><h3>Sub</h3><p>Body</p>', [['heading', 'Title'], ['heading', 'Sub'], ['paragraph', 'Body']]],
    ['block quotes with paragraphs inside', '<blockquote><p>A</p><p>B</p></blockquote>', [['blockquote', 'A'], ['blockquote', 'B']]],
    ['nested lists', '<ul><li>One<ul><li>Inner</li></ul></li><li><p>Two</p></li></ul>', [['listItem', 'One'], ['listItem', 'Inner'], ['listItem', 'Two']]],
    ['inline markup keeps its words', '<p>Say <b>“no”</b>, <a href="x">said</a> <em>she</em>.</p>', [['paragraph', 'Say “no”, said she.']]],
    ['a single <br> is a line break', '<p>Line one<br>  line two</p>', [['paragraph', 'Line one\nline two']]],
    ['<br><br> separates paragraphs', '<div>First<br><br>Second</div>', [['paragraph', 'First'], ['paragraph', 'Second']]],
    ['<pre> keeps its lines', '<pre>  a\n    b  \n\nc</pre>', [['paragraph', 'a\n    b'], ['paragraph', 'c']]],
    ['table rows become lines of cells', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', [['paragraph', 'a b'], ['paragraph', 'c']]],
    ['text next to a block is its own paragraph', 'Loose <div>Boxed</div> tail', [['paragraph', 'Loose'], ['paragraph', 'Boxed'], ['paragraph', 'tail']]],
    ['scripts, styles and embeds say nothing', '<p>Keep</p><script>alert(1)</script><style>p{}</style><iframe src="x">frame</iframe><svg><text>svg</text></svg><noscript>ns</noscript>', [['paragraph', 'Keep']]],
    ['form controls and images say nothing', '<p>A<img alt="picture"><button>Click</button><select><option>o</option></select><textarea>t</textarea>B</p>', [['paragraph', 'AB']]],
    ['hidden content is not what the reader saw', '<p hidden>h1</p><p aria-hidden="true">h2</p><p style="display: none">h3</p><p style="color:red;visibility:hidden">h4</p><p>shown</p>', [['paragraph', 'shown']]],
    ['comments vanish', '<p>a<!-- secret -->b</p>', [['paragraph', 'ab']]],
    ['invisible characters are removed, NBSP is a space', '<p>co\u00ADoperate\u200B now\u00A0\u00A0ok</p>', [['paragraph', 'cooperate now ok']]],
    ['empty blocks are dropped', '<p> </p><div><p></p></div><p>x</p>', [['paragraph', 'x']]],
  ])('%s', (_name, html, expected) => {
    expect(reduce(html).pairs).toEqual(expected);
  });

  it('separates blocks with a blank line and gives exact ranges', () => {
    const { text, pairs } = reduce('<h2>A</h2><p>B c</p>');
    expect(text).toBe('A\n\nB c');
    expect(pairs).toEqual([['heading', 'A'], ['paragraph', 'B c']]);
  });

  it('NFC-normalises text (decomposed accents become composed)', () => {
    const { text } = reduce('<p>Cafe\u0301</p>');
    expect(text).toBe('Café');
    expect(text.length).toBe(4);
  });

  it('drops navigation, headers, footers, asides and forms only when asked (whole pages)', () => {
    const html = '<nav>Home</nav><header>Site</header><p>Story</p><aside>Ad</aside><footer>©</footer><form>Sign up</form>';
    expect(reduce(html).pairs.map(([, t]) => t)).toEqual(['Home', 'Site', 'Story', 'Ad', '©', 'Sign up']);
    expect(reduce(html, { dropChrome: true }).pairs.map(([, t]) => t)).toEqual(['Story']);
  });

  it('copes with very deep nesting without overflowing the stack (plain objects satisfy the node interface)', () => {
    type Fake = { nodeType: number; nodeName: string; nodeValue: string | null; childNodes: Fake[] };
    let node: Fake = { nodeType: 3, nodeName: '#text', nodeValue: 'deep', childNodes: [] };
    for (let i = 0; i < 200_000; i++) node = { nodeType: 1, nodeName: i % 2 ? 'span' : 'div', nodeValue: null, childNodes: [node] };
    expect(reduceDom(node).text).toBe('deep');
  });

  it('never keeps markup from escaped text as anything but text', () => {
    expect(reduce('<p>&lt;img src=x onerror=alert(1)&gt;</p>').pairs).toEqual([['paragraph', '<img src=x onerror=alert(1)>']]);
  });
});
