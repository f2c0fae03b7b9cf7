/**
 * Structural sharing of answers: a new answer keeps every part of the previous one it equals, so a filter
 * change that leaves a chart's data as it was leaves its objects as they were too, and Svelte, which compares
 * by identity, redraws nothing there.
 */

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * `next`, with every array and plain object in it that deep-equals its counterpart in `previous` replaced by
 * that counterpart; `previous` itself when the two are equal throughout, and `next` itself when no part of
 * `previous` can be kept. Other objects (dates, maps, typed arrays, class instances) count as equal only when
 * they are the same object. Neither argument is changed.
 */
export function shareEqual<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return previous as T;
  if (Array.isArray(previous) && Array.isArray(next)) return shareArray(previous, next) as T;
  if (isPlainObject(previous) && isPlainObject(next)) {
    const keys = Object.keys(next);
    let isSame = keys.length === Object.keys(previous).length;
    let isAnyKept = false;
    const shared: Record<string, unknown> = {};
    for (const key of keys) {
      const kept = shareEqual(previous[key], next[key]);
      if (!Object.hasOwn(previous, key) || !Object.is(kept, previous[key])) isSame = false;
      if (!Object.is(kept, next[key])) isAnyKept = true;
      shared[key] = kept;
    }
    if (isSame) return previous as T;
    return (isAnyKept ? shared : next) as T;
  }
  return next;
}

/** How far ahead in the previous array an item is looked for, when rows before it were added or removed. */
const LOOKAHEAD = 50;
/** Items in a row found nowhere in the previous array, after which it is taken to be unrelated. */
const MAX_MISSES = 8;

function shareArray(previous: readonly unknown[], next: readonly unknown[]): readonly unknown[] {
  let isSame = previous.length === next.length;
  let isAnyKept = false;
  // `at` walks the previous array: an item equal to the one there is kept; otherwise rows may have been
  // removed before it (a domain filtered out), so the next few are tried; failing that, the item shares
  // what it can with the one at `at` (a row whose outcome changed keeps its unchanged target).
  let at = 0;
  // Arrays with nothing in common (another domain, another sort) stop looking ahead after a few misses.
  let misses = 0;
  const shared = next.map((item, i) => {
    const end = Math.min(previous.length, at + (misses < MAX_MISSES ? LOOKAHEAD : 1));
    for (let j = at; j < end; j += 1) {
      if (isDeepEqual(previous[j], item)) {
        at = j + 1;
        misses = 0;
        if (j !== i) isSame = false;
        if (!Object.is(previous[j], item)) isAnyKept = true;
        return previous[j];
      }
    }
    isSame = false;
    misses += 1;
    const kept = shareEqual(previous[at], item);
    if (!Object.is(kept, item)) isAnyKept = true;
    return kept;
  });
  if (isSame) return previous;
  return isAnyKept ? shared : next;
}

/** Deep equality of arrays and plain objects, `Object.is` for anything else; stops at the first difference. */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!isDeepEqual(a[i], b[i])) return false;
    return true;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) if (!Object.hasOwn(b, key) || !isDeepEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/**
 * A computation that shares structure with its own last result, for `$derived.by`: when the result deep-equals
 * the last one, the last one is returned and nothing that depends on it runs again.
 */
export function sharing<T>(compute: () => T): () => T {
  let last: { value: T } | null = null;
  return () => {
    const value = compute();
    last = { value: last === null ? value : shareEqual(last.value, value) };
    return last.value;
  };
}
