/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
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
