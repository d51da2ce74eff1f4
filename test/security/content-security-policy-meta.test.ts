// The built index.html carries the UI's Content-Security-Policy in a <meta> tag, made from the very
// policy the app:// handler and the HTTP bridge send as a header, so the two cannot drift.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  metaContentSecurityPolicy,
} from '../../main/content-security-policy.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** The header's policy without frame-ancestors, which a <meta> policy cannot carry. */
const expectedMetaPolicy = contentSecurityPolicy
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors '))
  .join('; ');

function decodeAttribute(value: string): string {
  return value
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('the Content-Security-Policy <meta> tag', () => {
  it('is the header policy minus what a <meta> cannot carry', () => {
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors');
    expect(metaContentSecurityPolicy).toBe(expectedMetaPolicy);
  });

  describe('in the built renderer', () => {
    let html = '';
    beforeAll(async () => {
      // The real configuration, written to a folder of the test's own (dist/renderer is shared).
      const outDir = makeTempDir('outpost-renderer-');
      await build({
        configFile: path.join(root, 'renderer', 'vite.config.ts'),
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      });
      html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    }, 120_000);

    it('carries the policy, exactly', () => {
      const tags = [
        ...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi),
      ];
      expect(tags).toHaveLength(1);
      expect(decodeAttribute(tags[0]![1]!)).toBe(expectedMetaPolicy);
    });

    it('as the first element of <head>, ahead of every script and stylesheet it governs', () => {
      const head = html.slice(html.indexOf('<head>') + '<head>'.length);
      expect(head.trimStart()).toMatch(/^<meta\s+http-equiv="Content-Security-Policy"/);
      const meta = html.indexOf('http-equiv="Content-Security-Policy"');
      for (const element of ['<script', '<link']) {
        expect(html.indexOf(element)).toBeGreaterThan(meta);
      }
      // The charset declaration still falls within the first 1024 bytes, as HTML requires.
      expect(Buffer.byteLength(html.slice(0, html.indexOf('<meta charset')))).toBeLessThan(1024);
    });
  });
});
