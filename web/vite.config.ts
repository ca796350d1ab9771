// Builds the dashboard into web/dist, which the gateway serves at `/` (src/routes/dashboard-routes.ts).
// `npm run dev:web` serves it with hot reload and sends /graphql to a gateway on port 4000.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The gateway's CSP allows only this origin's files: no inline script, no preload polyfill.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/oauth': 'http://127.0.0.1:4000' } },
});
