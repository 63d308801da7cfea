import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// `base: './'`: the built app works from any path (`pnpm demo` serves it at /vue/).
export default defineConfig({
  base: './',
  plugins: [vue()],
});
