// Extraction reads the same short words, names and role words article after article; their
// normalized forms are remembered rather than computed again. Pure functions only.

interface MemoryLimits {
  /** Longer keys are computed every time. */
  maxKeyLength?: number;
  /** The memory is emptied when it holds this many keys, which bounds it on any stream. */
  capacity?: number;
}

/**
 * `compute` of a value remembered under `keyOf(value)`: for a word's properties that depend
 * on its text alone, asked of every token it appears as.
 */
export function memoizedBy<A, T>(
  keyOf: (arg: A) => string,
  compute: (arg: A) => T,
  { maxKeyLength = 48, capacity = 50_000 }: MemoryLimits = {},
): (arg: A) => T {
  const memory = new Map<string, T>();
  return (arg) => {
    const key = keyOf(arg);
    if (key.length > maxKeyLength) return compute(arg);
    let value = memory.get(key);
    if (value === undefined) {
      if (memory.size >= capacity) memory.clear();
      value = compute(arg);
      memory.set(key, value);
    }
    return value;
  };
}

/** `compute` remembered for short keys. */
export const memoized = <T>(compute: (key: string) => T, limits: MemoryLimits = {}) =>
  memoizedBy((key: string) => key, compute, limits);
