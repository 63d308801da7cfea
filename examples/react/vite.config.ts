import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `base: './'`: the built app works from any path (`pnpm demo` serves it at /react/).
export default defineConfig({
  base: './',
  plugins: [react()],
});
