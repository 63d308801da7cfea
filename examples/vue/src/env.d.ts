/// <reference types="vite/client" />
// Single-file components, for TypeScript outside Vite (the repository's `tsc` run).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';

  const component: DefineComponent;
  export default component;
}
