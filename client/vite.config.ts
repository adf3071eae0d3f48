import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress.js';

const clientDir = import.meta.dirname;

/** Vendor libraries split into their own long-cached chunks (first match wins). */
const vendorChunks: { name: string; test: RegExp }[] = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|@wry|optimism|tslib)[\\/]/ },
  { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|@tabler)[\\/]/ },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
];

/**
 * The web client: built into `client/dist`, which the server serves at `/` next to
 * `/graphql`. `npm run dev:client` proxies `/graphql` (HTTP and WebSocket) to a server
 * started with `npm start` (PORT 4000 unless `PHOIHOP_API` says otherwise).
 */
export default defineConfig({
  root: clientDir,
  plugins: [react(), precompress()],
  build: {
    outDir: path.join(clientDir, 'dist'),
    emptyOutDir: true,
    sourcemap: 'hidden',
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorChunks },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: process.env.PHOIHOP_API ?? 'http://localhost:4000', ws: true },
    },
  },
});
