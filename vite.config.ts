import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  // One bundle for an internal application on a fast network; its size is known and accepted.
  build: { outDir: path.resolve('dist/web'), emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080', '/health': 'http://127.0.0.1:8080' },
  },
});
