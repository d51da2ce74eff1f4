// Every link comes out absolute: xml:base (feed, entry, content) first, then the feed's own URL.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedBytes } from '../../../main/feeds/parse-feed.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('xml:base', () => {
  const bytes = readFileSync(new URL('../../fixtures/feeds/atom10.xml', import.meta.url));
  // The feed URL is only the last resort: the document's xml:base is absolute.
  const feed = parseFeedBytes(bytes, { url: 'https://mirror.example/feeds/x.atom' });
  const [first, second] = feed.items;

  it('resolves feed links against the feed element xml:base', () => {
    expect(feed.link).toBe('https://atom.example/blog/');
    expect(feed.image).toBe('https://atom.example/blog/logo.svg');
    expect(feed.icon).toBe('https://atom.example/favicon.ico');
  });

  it('stacks a relative entry xml:base on the feed one', () => {
    expect(first?.link).toBe('https://atom.example/blog/2024/first.html');
  });

  it('stacks a content xml:base on the entry one, for links and images inside', () => {
    expect(first?.content).toBe(
      '<p>See <a href="https://atom.example/blog/2024/media/clip.html">the clip</a> <img src="https://atom.example/blog/2024/media/still.png" /></p>',
    );
  });

  it('leaves absolute links alone and resolves root-relative ones against the base', () => {
    expect(second?.link).toBe('https://elsewhere.example/post');
    expect(second?.content).toContain('href="https://atom.example/root.html"');
  });

  it('applies xml:base on any element, including links and RSS channels', () => {
    const atomXml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://root.example/a/">
      <link xml:base="http://links.example/" href="home"/>
      <entry><id>1</id><title>e</title><link href="p" xml:base="sub/"/></entry></feed>`;
    const atomFeed = parseFeedBytes(utf8(atomXml));
    expect(atomFeed.link).toBe('http://links.example/home');
    expect(atomFeed.items[0]?.link).toBe('http://root.example/a/sub/p');

    const rssXml = `<rss version="2.0" xml:base="http://root.example/a/"><channel xml:base="chan/">
      <title>t</title><link>home</link><item xml:base="item/"><title>i</title><link>page</link>
      <description>&lt;a href="x"&gt;x&lt;/a&gt;</description></item></channel></rss>`;
    const rssFeed = parseFeedBytes(utf8(rssXml), { url: 'https://ignored.example/' });
    expect(rssFeed.link).toBe('http://root.example/a/chan/home');
    expect(rssFeed.items[0]?.link).toBe('http://root.example/a/chan/item/page');
    expect(rssFeed.items[0]?.summary).toBe('<a href="http://root.example/a/chan/item/x">x</a>');
  });

  it('starts a relative xml:base from the feed URL', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="blog/"><title>t</title>
      <entry><id>1</id><link href="post.html"/></entry></feed>`;
    const feed = parseFeedBytes(utf8(xml), { url: 'https://site.example/feeds/atom.xml' });
    expect(feed.items[0]?.link).toBe('https://site.example/feeds/blog/post.html');
  });

  it('applies xml:base on summaries too', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title>t</title>
      <summary type="html" xml:base="http://base.example/dir/">&lt;a href="page.html"&gt;p&lt;/a&gt;</summary>
      </entry></feed>`;
    expect(parseFeedBytes(utf8(xml)).items[0]?.summary).toBe(
      '<a href="http://base.example/dir/page.html">p</a>',
    );
  });
});

describe('relative links without xml:base', () => {
  const rss = `<rss version="2.0"><channel><title>t</title><link>/</link>
    <item><title>i</title><link>posts/1.html</link>
    <description>&lt;a href="../about"&gt;about&lt;/a&gt; &lt;img src="/i.png"&gt;</description></item>
    </channel></rss>`;

  it('resolves against the feed URL', () => {
    const feed = parseFeedBytes(utf8(rss), { url: 'https://site.example/blog/feed.xml' });
    expect(feed.link).toBe('https://site.example/');
    expect(feed.items[0]?.link).toBe('https://site.example/blog/posts/1.html');
    expect(feed.items[0]?.summary).toBe(
      '<a href="https://site.example/about">about</a> <img src="https://site.example/i.png" />',
    );
  });

  it('drops links that cannot be made absolute, rather than returning them relative', () => {
    const feed = parseFeedBytes(utf8(rss));
    expect(feed.link).toBeNull();
    expect(feed.items[0]?.link).toBeNull();
    expect(feed.items[0]?.summary).toBe('<a>about</a>');
  });

  it('never returns a javascript: link', () => {
    const bad = rss.replace('posts/1.html', 'javascript:alert(1)');
    const feed = parseFeedBytes(utf8(bad), { url: 'https://site.example/feed.xml' });
    expect(feed.items[0]?.link).toBeNull();
  });
});
