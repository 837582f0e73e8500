// Copy-on-write collections for the gazetteer. An article's extraction and a batch's
// transaction fork the gazetteer to add what they find without touching the one they came
// from; copying every map for that cost time in proportion to all the database knows, for
// each article. A fork here costs the size of its own additions only: it reads through to
// the root it came from and writes to itself. Forks stay one level deep (a fork of a fork
// copies the small overlay), so a miss costs two lookups however often one was forked.
// A fork sees what is added to its root later: only committed entities are (Ingestor.learn).

/** A map forks can write to without changing it. Values are never undefined. */
export class OverlayMap<K, V> {
  private constructor(
    private readonly root: Map<K, V> | undefined,
    private readonly own: Map<K, V>,
  ) {}

  static empty<K, V>(): OverlayMap<K, V> {
    return new OverlayMap<K, V>(undefined, new Map());
  }

  get(key: K): V | undefined {
    const value = this.own.get(key);
    return value === undefined && this.root ? this.root.get(key) : value;
  }

  has(key: K): boolean {
    return this.own.has(key) || (this.root?.has(key) ?? false);
  }

  set(key: K, value: V): this {
    this.own.set(key, value);
    return this;
  }

  fork(): OverlayMap<K, V> {
    return this.root
      ? new OverlayMap(this.root, new Map(this.own))
      : new OverlayMap(this.own, new Map());
  }
}

/** A list forks can append to without changing it. */
export class OverlayList<T> implements Iterable<T> {
  private constructor(
    private readonly root: readonly T[] | undefined,
    private readonly own: T[],
  ) {}

  static empty<T>(): OverlayList<T> {
    return new OverlayList<T>(undefined, []);
  }

  push(item: T): void {
    this.own.push(item);
  }

  *[Symbol.iterator](): Iterator<T> {
    if (this.root) yield* this.root;
    yield* this.own;
  }

  find(test: (item: T) => unknown): T | undefined {
    return this.root?.find(test) ?? this.own.find(test);
  }

  filter(test: (item: T) => unknown): T[] {
    return [...(this.root?.filter(test) ?? []), ...this.own.filter(test)];
  }

  fork(): OverlayList<T> {
    return this.root ? new OverlayList(this.root, [...this.own]) : new OverlayList(this.own, []);
  }
}
