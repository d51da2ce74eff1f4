// The HTML sanitiser (no active content survives, URLs are absolute and safe) and HTML-to-text.
import { describe, expect, it } from 'vitest';
import { htmlToText, sanitizeArticleHtml } from '../../../main/extract/sanitize.ts';

const BASE = 'https://news.example/world/2024/story.html';

/** Everything that could run if the HTML were inserted into a page. */
function activeContent(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push('script element');
  if (/<(iframe|object|embed|svg|math|form|meta|base|link|style|noscript)\b/i.test(html)) {
    found.push('embedding element');
  }
  if (/\son[a-z]+\s*=/i.test(html)) found.push('on* attribute');
  if (/\s(style|srcdoc)\s*=/i.test(html)) found.push('style/srcdoc attribute');
  // Attribute values with entities decoded and ignorable characters removed, as a browser reads them.
  for (const [, value = ''] of html.matchAll(/=\s*"([^"]*)"/g)) {
    const decoded = value
      .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/&colon;/gi, ':')
      .replace(/&tab;/gi, '\t')
      .replace(/&newline;/gi, '\n')
      .replace(/&amp;/gi, '&');
    // eslint-disable-next-line no-control-regex -- browsers ignore these inside URLs
    if (/(javascript|vbscript):/i.test(decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))) {
      found.push(`script URL ${value}`);
    }
    if (/^\s*data:(?!image\/(png|jpeg|gif|webp)[;,])/i.test(decoded))
      found.push(`data URL ${value}`);
  }
  return found;
}

const XSS_BATTERY: Array<[string, string]> = [
  ['script element', '<p>a</p><script>alert(1)</script><p>b</p>'],
  ['script with odd casing', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>'],
  ['img onerror', '<img src="x.png" onerror="alert(1)">'],
  ['event handler on a paragraph', '<p onclick="alert(1)" onmouseover=alert(2)>text</p>'],
  ['tab inside javascript:', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
  [
    'entity-encoded javascript:',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  ],
  ['named-entity colon', '<a href="javascript&colon;alert(1)">x</a>'],
  ['leading control characters', '<a href="\u0001\u0002 javascript:alert(1)">x</a>'],
  ['newline in the scheme', '<a href="java\nscript:alert(1)">x</a>'],
  ['vbscript:', '<a href="vbscript:msgbox(1)">x</a>'],
  ['javascript: image', '<img src="javascript:alert(1)">'],
  [
    'data:text/html link',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  ],
  ['data:image/svg+xml image', '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">'],
  ['svg script', '<svg><script>alert(1)</script></svg>'],
  ['svg onload', '<svg onload="alert(1)"><circle r="5"/></svg>'],
  ['svg anchor', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
  ['math with href', '<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['iframe javascript: src', '<iframe src="javascript:alert(1)"></iframe>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  [
    'noscript smuggling',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
  ],
  ['noscript script', '<noscript><script>alert(1)</script></noscript>'],
  ['style url()', '<div style="background:url(javascript:alert(1))">x</div>'],
  ['style element', '<style>@import "javascript:alert(1)";</style><p>x</p>'],
  ['object and embed', '<object data="x.swf"></object><embed src="javascript:alert(1)">'],
  [
    'form with action',
    '<form action="javascript:alert(1)"><button formaction="javascript:alert(2)">go</button></form>',
  ],
  ['base element', '<base href="javascript:alert(1)//"><a href="x">x</a>'],
  ['srcset with javascript:', '<img src="a.png" srcset="javascript:alert(1) 1x, b.png 2x">'],
  ['template', '<template><script>alert(1)</script></template>'],
  ['comment tricks', '<!--<img src=x onerror=alert(1)>--><p>ok</p>'],
  ['unclosed attribute', '<p title="x><script>alert(1)</script>">y</p>'],
];

describe('sanitizeArticleHtml', () => {
  it.each(XSS_BATTERY)('neutralises %s', (_name, html) => {
    expect(activeContent(sanitizeArticleHtml(html, BASE))).toEqual([]);
    expect(activeContent(sanitizeArticleHtml(html))).toEqual([]);
  });

  it('the detector itself sees active content', () => {
    for (const [, html] of XSS_BATTERY.slice(0, 5)) expect(activeContent(html)).not.toEqual([]);
  });

  it('keeps ordinary article markup', () => {
    const html =
      '<h2>Heading</h2><p>Some <em>emphasis</em>, <strong>strong</strong>, <code>code</code> and H<sub>2</sub>O.</p>' +
      '<blockquote><p>Quoted</p></blockquote><ul><li>one</li></ul><ol start="3"><li>three</li></ol>' +
      '<figure><img src="https://cdn.example/a.jpg" alt="A" width="10"><figcaption>Caption</figcaption></figure>' +
      '<table><thead><tr><th scope="col">k</th></tr></thead><tbody><tr><td colspan="2">v</td></tr></tbody></table>' +
      '<pre><code>x = 1</code></pre><p><time datetime="2024-01-02">2 Jan</time> <abbr title="European Union">EU</abbr></p>';
    expect(sanitizeArticleHtml(html)).toBe(
      html.replace(
        '<img src="https://cdn.example/a.jpg" alt="A" width="10">',
        '<img src="https://cdn.example/a.jpg" alt="A" width="10" />',
      ),
    );
  });

  it('drops style, class and id attributes', () => {
    expect(sanitizeArticleHtml('<p class="lead" id="x" style="color:red" data-x="1">t</p>')).toBe(
      '<p>t</p>',
    );
  });

  it('drops the content of embedded and interactive elements', () => {
    expect(
      sanitizeArticleHtml(
        '<p>a</p><iframe src="https://v.example/">fallback</iframe><button>Log in</button>',
      ),
    ).toBe('<p>a</p>');
  });

  it('resolves relative links and images against the base URL', () => {
    const html = sanitizeArticleHtml(
      '<a href="../africa/">Africa</a> <a href="/about">About</a> <a href="#notes">Notes</a> <img src="img/map.png" srcset="img/map-2x.png 2x, //cdn.example/m.png 3x">',
      BASE,
    );
    expect(html).toContain('href="https://news.example/world/africa/"');
    expect(html).toContain('href="https://news.example/about"');
    expect(html).toContain('href="https://news.example/world/2024/story.html#notes"');
    expect(html).toContain('src="https://news.example/world/2024/img/map.png"');
    expect(html).toContain(
      'srcset="https://news.example/world/2024/img/map-2x.png 2x, https://cdn.example/m.png 3x"',
    );
  });

  it('drops relative URLs when there is no base to resolve them', () => {
    expect(sanitizeArticleHtml('<a href="/about">About</a><img src="map.png">')).toBe(
      '<a>About</a>',
    );
  });

  it('opens links outside the app without a referrer', () => {
    const link = sanitizeArticleHtml(
      '<a href="https://x.example/" target="_self" rel="opener">x</a>',
    );
    expect(link).toMatch(/^<a href="https:\/\/x\.example\/"( [a-z]+="[^"]*"){2}>x<\/a>$/);
    expect(link).toContain(' rel="noopener noreferrer"');
    expect(link).toContain(' target="_blank"');
    expect(sanitizeArticleHtml('<a href="mailto:desk@news.example">mail</a>')).toContain(
      'href="mailto:desk@news.example"',
    );
  });

  it('can leave link targets to the reader, but never keeps a publisher target', () => {
    const html = '<a href="https://x.example/" target="_blank" rel="tag">x</a>';
    expect(sanitizeArticleHtml(html, undefined, { linkTargets: false })).toBe(
      '<a href="https://x.example/" rel="tag">x</a>',
    );
  });

  it('allows inline raster images but no other data: URLs', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(sanitizeArticleHtml(`<img src="${png}" alt="dot">`)).toBe(
      `<img src="${png}" alt="dot" />`,
    );
    expect(sanitizeArticleHtml('<a href="data:image/png;base64,iVBORw0KGgo=">x</a>')).toBe(
      '<a>x</a>',
    );
  });
});

describe('htmlToText', () => {
  it('separates blocks with a blank line and decodes entities', () => {
    expect(
      htmlToText(
        '<h2>Title</h2><p>Caf&eacute; &amp; bar&nbsp;time</p><ul><li>one</li><li>two</li></ul>',
      ),
    ).toBe('Title\n\nCafé & bar time\n\none\n\ntwo');
  });

  it('collapses whitespace, keeps <br> as a line break and inline elements inline', () => {
    expect(htmlToText('<p>  Line\n   one <em>with</em>\tspace<br>line two </p>')).toBe(
      'Line one with space\nline two',
    );
  });

  it('leaves out scripts and styles and keeps preformatted text', () => {
    expect(
      htmlToText(
        '<p>a</p><script>var x = 1;</script><style>p{}</style><pre>  x = 1\n  y = 2</pre>',
      ),
    ).toBe('a\n\n  x = 1\n  y = 2');
  });

  it('puts table rows on separate blocks and cells apart', () => {
    expect(
      htmlToText('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>'),
    ).toBe('a b\n\nc d');
  });
});
