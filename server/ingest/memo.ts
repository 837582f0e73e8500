// Extraction reads the same short words, names and role words article after article; their
// normalized forms are remembered rather than computed again. Pure functions only.

/**
 * `compute` remembered for keys of at most `maxKeyLength` characters; the memory is
 * emptied when it holds `capacity` keys, which bounds it on any stream of texts.
 */
export function memoized<T>(
  compute: (key: string) => T,
  { maxKeyLength = 48, capacity = 50_000 } = {},
): (key: string) => T {
  const memory = new Map<string, T>();
  return (key) => {
    if (key.length > maxKeyLength) return compute(key);
    let value = memory.get(key);
    if (value === undefined) {
      if (memory.size >= capacity) memory.clear();
      value = compute(key);
      memory.set(key, value);
    }
    return value;
  };
}
