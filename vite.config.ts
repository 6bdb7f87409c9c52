/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

/**
 * The Content Security Policy of the built app: its own origin only, workers included, no eval, no
 * inline script or style element (Svelte and Chart.js set styles through the CSSOM, which CSP
 * allows). Build only: the dev server injects inline styles and talks to its HMR socket.
 */
const CSP = [
  "default-src 'self'", "script-src 'self'", "worker-src 'self'",
  // data: for the small bundled files Vite inlines as data: URLs (the sample roster): no request leaves.
  "connect-src 'self' data:",
  "img-src 'self' data: blob:", "style-src 'self'", "font-src 'self'",
  "object-src 'none'", "base-uri 'self'", "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'headroom-csp',
    apply: 'build',
    // Right after the charset, ahead of every script and stylesheet it governs.
    transformIndexHtml(html) {
      const charset = /<meta charset[^>]*>/i;
      if (!charset.test(html)) throw new Error('headroom-csp: index.html has no <meta charset>, so the policy has no place');
      return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
    },
  };
}

export default defineConfig({
  plugins: [svelte(), svelteTesting(), contentSecurityPolicy()],
  worker: { format: 'es' },
  // Workers import these lazily; listing them stops the dev server from re-optimising mid-run.
  optimizeDeps: { include: ['seedrandom', 'comlink', 'papaparse', 'chart.js', 'idb'] },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['./tests/unit/setup.ts'],
  },
});
