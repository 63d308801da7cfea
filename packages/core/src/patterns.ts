/**
 * Tells whether a cookie or storage key matches a declared name: an exact name, or a pattern
 * where `*` stands for any run of characters (`_ga_*` matches `_ga_ABC123`).
 */
export function matchesPattern(pattern: string, name: string): boolean {
  const [first = '', ...rest] = pattern.split('*');
  const last = rest.pop();
  if (last === undefined) return pattern === name; // no `*`
  if (!name.startsWith(first) || name.length < first.length + last.length || !name.endsWith(last))
    return false;
  // Each middle part, leftmost first, between the first part and the last.
  let at = first.length;
  const end = name.length - last.length;
  for (const part of rest) {
    const found = name.indexOf(part, at);
    if (found === -1 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}
