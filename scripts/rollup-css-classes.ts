// Rollup plugin for the script-tag bundles: shortens the banner's class names. The banner keeps every
// class name in one object (`export const classes = { card: 'card', … }` in
// packages/banner/src/classes.ts) and uses them only as `classes.card`, both in its stylesheet and in
// its components. This plugin, running after the TypeScript transform:
// - gives each name a short one, in the order of the object: a letter of the name if still free
//   (`card` → `c`, `button` → `b`), else another letter, else two (lowercase only: a quirks-mode page
//   matches class selectors case-insensitively; never a name that the source writes literally, e.g.
//   `className = 'x'`), and writes it into the object;
// - replaces every `classes.card` in the modules next to it with that short name as a string literal,
//   so terser folds the CSS text and the class attributes into plain strings and the object is dropped.
// The CSS text and the markup thus get the same short names from one table. A use other than
// `classes.<name>` (destructuring, `classes[x]`, passing the object around) fails the build, as does an
// unknown name. Each replacement is padded with spaces to the length of what it replaces, so no code
// moves and the source maps stay exact.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { Plugin, PluginContext } from 'rollup';

/** The parts of an ESTree node this plugin reads. */
interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Puts `text` in place of `code.slice(start, end)`. */
type Edit = { start: number; end: number; text: string };

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Calls `visit` for every node below `node`; `visit` returning false skips that node's children. */
function walk(node: Node, visit: (node: Node) => boolean | undefined): void {
  if (visit(node) === false) return;
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) walk(child, visit);
  }
}

/**
 * A short name for the class `name` that is not in `used`: a letter of it, first letter first
 * (`card` → `c`), else any free letter, else two letters.
 */
function shortName(name: string, used: Set<string>): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const pairs = [...letters].flatMap((a) => [...letters].map((b) => a + b));
  const pick = [...name.replace(/[^a-z]/g, ''), ...letters, ...pairs].find((n) => !used.has(n));
  if (!pick) throw new Error(`no short name left for ${name}`);
  return pick;
}

/**
 * Class names written as literals in the source files below `dir` (`className = 'x'`, `class="x"`,
 * `classList.add('x')`): no short name may equal one of them, or that element would take its rules.
 */
function literalClassNames(dir: string): Set<string> {
  const found = new Set<string>();
  const pattern =
    /\bclass(?:Name)?\s*[=:]\s*(['"`])([\w\s-]*)\1|classList\.(?:add|toggle)\(\s*(['"`])([\w-]*)\3/g;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.[cm]?[jt]sx?$/.test(file)) continue;
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(pattern))
      for (const name of (match[2] ?? match[4] ?? '').split(/\s+/)) if (name) found.add(name);
  }
  return found;
}

/** Replaces `[start, end)` ranges of `code` by `text`, padded with spaces to the same length. */
function splice(code: string, edits: Edit[], id: string): string {
  let out = '';
  let at = 0;
  for (const { start, end, text } of edits.sort((a, b) => a.start - b.start)) {
    if (text.length > end - start || code.slice(start, end).includes('\n'))
      throw new Error(`${id}: cannot put ${text} in place of ${code.slice(start, end)}`);
    out += code.slice(at, start) + text.padEnd(end - start);
    at = end;
  }
  return out + code.slice(at);
}

/** The entries of `export const classes = { name: 'class-name', … }` in `code`, in order. */
function readTable(ctx: PluginContext, code: string, file: string): Array<{ name: string; value: Node }> {
  const entries: Array<{ name: string; value: Node }> = [];
  walk(ctx.parse(code) as unknown as Node, (node) => {
    if (node.type !== 'VariableDeclarator' || (node.id as Node & { name?: string }).name !== 'classes')
      return;
    const object = node.init as Node & { properties: Node[] };
    if (object?.type !== 'ObjectExpression') throw new Error(`${file}: classes must be an object literal`);
    for (const property of object.properties) {
      const key = property.key as (Node & { name?: string; value?: unknown }) | undefined;
      const value = property.value as Node & { value?: unknown };
      const name = key?.name ?? key?.value;
      if (
        property.type !== 'Property' ||
        property.computed ||
        typeof name !== 'string' ||
        typeof value.value !== 'string'
      )
        throw new Error(`${file}: every entry of classes must be \`name: 'class-name'\``);
      entries.push({ name, value });
    }
    return false;
  });
  if (entries.length === 0) throw new Error(`${file}: no \`export const classes = { … }\` found`);
  return entries;
}

/**
 * Replaces every `classes.name` in `program` (whose import of `classes` is named one of `locals`)
 * by the string literal `table.get(name)`; throws on any other use of those names.
 */
function inlineUses(program: Node, locals: Set<string>, table: Map<string, string>, id: string): Edit[] {
  const edits: Edit[] = [];
  const visit = (node: Node): boolean | undefined => {
    if (node.type === 'ImportDeclaration') return false;
    if (node.type === 'MemberExpression' && !node.computed) {
      const object = node.object as Node & { name?: string };
      if (object.type !== 'Identifier' || !locals.has(object.name ?? '')) {
        walk(object, visit); // the property is a name, not a reference
        return false;
      }
      const property = (node.property as Node & { name: string }).name;
      const value = table.get(property);
      if (value === undefined) throw new Error(`${id}: classes.${property} does not exist`);
      edits.push({ start: node.start, end: node.end, text: JSON.stringify(value) });
      return false;
    }
    if (/^(Property|MethodDefinition|PropertyDefinition)$/.test(node.type) && !node.computed) {
      if (isNode(node.value)) walk(node.value, visit); // the key is a name, not a reference
      return false;
    }
    if (node.type === 'Identifier' && locals.has(node.name as string))
      throw new Error(`${id}: use \`classes.name\` only (the build inlines it), not \`${node.name}\` alone`);
    return undefined;
  };
  walk(program, visit);
  return edits;
}

/**
 * @param file - the module that exports `classes` (relative to the working directory).
 * @returns the plugin; add it after the TypeScript transform.
 */
export function cssClasses(file = 'packages/banner/src/classes.ts'): Plugin {
  const module = resolve(file);
  let taken = new Set<string>();
  return {
    name: 'css-classes',
    buildStart() {
      taken = literalClassNames(dirname(module));
    },
    async transform(code, id) {
      if (id === module) {
        const used = new Set(taken);
        const edits = readTable(this, code, file).map(({ value }) => {
          const short = shortName(value.value as string, used);
          used.add(short);
          return { start: value.start, end: value.end, text: JSON.stringify(short) };
        });
        return { code: splice(code, edits, id), map: null };
      }
      if (!id.startsWith(dirname(module) + sep) || !code.includes('classes')) return null;
      const program = this.parse(code) as unknown as Node & { body: Node[] };
      const locals = new Set<string>();
      for (const node of program.body) {
        if (node.type !== 'ImportDeclaration') continue;
        if ((await this.resolve((node.source as Node & { value: string }).value, id))?.id !== module)
          continue;
        for (const spec of node.specifiers as Array<Node & { imported?: { name: string }; local: Node }>) {
          if (spec.imported?.name !== 'classes') throw new Error(`${id}: import { classes } from ${file}`);
          locals.add((spec.local as Node & { name: string }).name);
        }
      }
      if (locals.size === 0) return null;
      // The shortened table, as this build has it (transformed above, or cached by a watch build).
      const { code: shortened } = await this.load({ id: module });
      const table = new Map(
        readTable(this, shortened ?? '', file).map(({ name, value }) => [name, value.value as string]),
      );
      return { code: splice(code, inlineUses(program, locals, table, id), id), map: null };
    },
  };
}
