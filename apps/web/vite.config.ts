import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig, Plugin } from 'vite';
import { APP_PATHS, pathPattern } from './src/app-paths';

const appRoot = import.meta.dirname;
const workspaceRoot = path.resolve(appRoot, '../..');

/** Writes the page patterns next to index.html for the API process (see apps/api/src/web). */
function routesManifest(): Plugin {
  return {
    name: 'casetrail-routes-manifest',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'routes.json',
        source: JSON.stringify({ patterns: APP_PATHS.map(pathPattern) }, null, 2),
      });
    },
  };
}

export default defineConfig({
  root: appRoot,
  base: '/',
  plugins: [react(), routesManifest()],
  resolve: {
    // The typed client is the only workspace library the browser code imports.
    alias: { '@casetrail/sdk': path.join(workspaceRoot, 'libs/sdk/src/index.ts') },
  },
  build: {
    outDir: path.join(workspaceRoot, 'dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // Keeps `script-src 'self'` enough: no inline module-preload polyfill.
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
});
