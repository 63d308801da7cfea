// Browser-test entry for @assent/adapters: exposes window.assentAdapters (bundled by global-setup.ts).
// The repo root does not depend on the workspace packages, so they are imported by path; the adapters
// import `@assent/core` by name, which resolves to the same source file.
import * as adapters from '../../../packages/adapters/src/index';
import { createConsent } from '../../../packages/core/src/index';

(window as unknown as Record<string, unknown>).assentAdapters = { ...adapters, createConsent };
