// The fixed split of the corpus into development and locked test articles: a seeded
// shuffle, stratified by outlet, so that the same files always give the same split and
// an outlet with several articles lands on both sides. Pure.

export interface SplitInput {
  id: string;
  outlet: string;
}

/** mulberry32: a small, well-mixed 32-bit generator; the same seed gives the same stream. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the given generator; returns a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/**
 * Outlets in shuffled order, each outlet's articles shuffled and kept together, then every
 * third article to test: one third test (rounded down), two thirds development, and an
 * outlet with three or more articles on both sides. Input order does not matter.
 */
export function splitCorpus(
  articles: readonly SplitInput[],
  seed: number,
): { dev: string[]; test: string[] } {
  const random = seededRandom(seed);
  const byOutlet = new Map<string, string[]>();
  for (const { id, outlet } of [...articles].sort((a, b) => a.id.localeCompare(b.id))) {
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), id]);
  }
  const outlets = shuffle([...byOutlet.keys()].sort(), random);
  const ordered = outlets.flatMap((outlet) => shuffle(byOutlet.get(outlet)!, random));
  const dev: string[] = [];
  const test: string[] = [];
  ordered.forEach((id, i) => {
    (i % 3 === 2 ? test : dev).push(id);
  });
  return { dev: dev.sort(), test: test.sort() };
}
