/**
 * The script-tag files rollup builds for this package (read by rollup.config.ts through
 * `assent.bundlesFrom` in package.json): assent.js and its companions (banner, standalone, receipts, audit), plus one file per row
 * of the vendor table and of the language table. File names are part of the public interface
 * (sites copy dist/ and assent.js asks for `assent.<file>.js`).
 */
import { LANGUAGE_CODES, packFile } from './language-packs';
import { VENDOR_KEYS, VENDORS } from './vendors';

/** An entry (relative to the package) and its output file. */
export interface Bundle {
  readonly input: string;
  readonly file: string;
}

export const bundles: readonly Bundle[] = [
  { input: 'src/script-tag.ts', file: 'dist/assent.js' },
  { input: 'src/banner.ts', file: 'dist/assent.banner.js' },
  { input: 'src/standalone.ts', file: 'dist/assent.standalone.js' },
  ...LANGUAGE_CODES.map(packFile).map((file) => ({
    input: `src/lang/${file}.ts`,
    file: `dist/assent.${file}.js`,
  })),
  ...VENDOR_KEYS.map((key) => {
    const { file } = VENDORS[key];
    return { input: `src/adapters/${file}.ts`, file: `dist/assent.${file}.js` };
  }),
  { input: 'src/adapters/receipts.ts', file: 'dist/assent.receipts.js' },
  { input: 'src/audit.ts', file: 'dist/assent.audit.js' },
];
