// Builds the renderer into dist/renderer: relative URLs (app:// and the HTTP bridge), no inline script or
// style, and the UI's Content-Security-Policy in a <meta> tag of index.html.
import { defineConfig, type Plugin } from 'vite';
// The build runs in Node and writes the policy main/ serves, so the two cannot drift; the renderer's
// code itself never imports main/.
// eslint-disable-next-line import-x/no-restricted-paths -- build configuration, not renderer code
import { metaContentSecurityPolicy } from '../main/content-security-policy.ts';

/** Optional: `OUTPOST_BRIDGE=http://127.0.0.1:P npm run dev:renderer` forwards API calls to `outpost serve`. */
const bridge = process.env.OUTPOST_BRIDGE;

/**
 * The policy as the page's first element, so it governs everything after it. The app:// handler
 * and the HTTP bridge also send it as a header (with frame-ancestors, which a <meta> cannot carry).
 * Build only: the dev server injects inline styles for hot reloading, which the policy refuses.
 */
const contentSecurityPolicyMeta: Plugin = {
  name: 'outpost-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy },
      injectTo: 'head-prepend',
    },
  ],
};

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // Vite 8 transforms TSX with oxc itself; React 19 uses the automatic runtime.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [contentSecurityPolicyMeta],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // The polyfill is an inline script, which the CSP (script-src 'self') would block.
    modulePreload: { polyfill: false },
    // Fonts and images stay files: the CSP gives data: to images only.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    // One bundle read from disk (app:// or loopback), never over a network.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      // TanStack Query marks its hooks "use client" for server-rendering frameworks; meaningless here.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: {
    host: '127.0.0.1',
    // Open the bridge's ?token= link once first: its cookie is per host, so it reaches the dev server too.
    proxy: bridge
      ? {
          '/api': {
            target: bridge,
            changeOrigin: true,
            // The bridge refuses calls from other origins, and the dev server is one.
            configure: (proxy) => proxy.on('proxyReq', (request) => request.removeHeader('origin')),
          },
        }
      : undefined,
  },
});
