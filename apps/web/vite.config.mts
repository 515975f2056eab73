// Vite config for the web app: root apps/web, output <repo>/dist/web, API proxied in dev.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(webRoot, '../..');

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      '@liucheng/contracts': resolve(repoRoot, 'libs/contracts/src/index.ts'),
      '@liucheng/engine': resolve(repoRoot, 'libs/engine/src/index.ts'),
      '@liucheng/workflows': resolve(repoRoot, 'workflows/registry/index.ts'),
    },
  },
  build: {
    outDir: resolve(repoRoot, 'dist/web'),
    emptyOutDir: true,
  },
  server: {
    // `npm run dev` sets LIUCHENG_API_URL when the API runs on another port.
    proxy: { '/api': process.env.LIUCHENG_API_URL ?? 'http://127.0.0.1:3000' },
  },
});
