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
  if (Array.isArray(previous) && Array.isArray(next)) {
    let isSame = previous.length === next.length;
    let isAnyKept = false;
    const shared: unknown[] = next.map((item: unknown, i) => {
      const kept = shareEqual(previous[i], item);
      if (!Object.is(kept, previous[i])) isSame = false;
      if (!Object.is(kept, item)) isAnyKept = true;
      return kept;
    });
    if (isSame) return previous as T;
    return (isAnyKept ? shared : next) as T;
  }
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
