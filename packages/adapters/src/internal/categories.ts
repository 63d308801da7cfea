import type { ConsentStore } from '@assent/core';

/** Splits a category list (`"analytics advertising"`, `"analytics,advertising"` or an array). */
export function parseCategories(value: string | readonly string[] | null | undefined): string[] {
  if (value == null) return [];
  const list = typeof value === 'string' ? value.split(/[\s,]+/) : [...value];
  return list.filter((id) => id.length > 0);
}

/** True when the list is not empty and every category in it is granted (unknown ones never are). */
export function allGranted(store: ConsentStore, categories: readonly string[]): boolean {
  return categories.length > 0 && categories.every((id) => store.has(id));
}
