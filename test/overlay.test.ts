// Forking the gazetteer (overlay.ts): what a fork adds stays in the fork, whatever the
// depth; what the root learns later reaches its forks; a fork costs only its additions.
import { describe, expect, it } from 'vitest';
import {
  addEntity,
  createGazetteer,
  forkGazetteer,
  type Gazetteer,
  type KnownEntity,
  matchForms,
} from '../server/ingest/gazetteer.js';
import { OverlayList, OverlayMap } from '../server/ingest/overlay.js';
import { tokenize } from '../server/ingest/text.js';

const person = (id: number, nameAr: string): KnownEntity => ({
  kind: 'person',
  id,
  slug: `person-${id}`,
  nameAr,
  iso2: null,
  roles: [],
});

const found = (gazetteer: Gazetteer, text: string) =>
  matchForms(tokenize(text), gazetteer).map((m) => m.entity.slug);

describe('OverlayMap and OverlayList', () => {
  it.each([
    ['a fork of the root', 1],
    ['a fork of a fork', 2],
    ['a fork three deep', 3],
  ])('%s reads the root and writes only to itself', (_case, depth) => {
    const root = OverlayMap.empty<string, number>().set('a', 1);
    const list = OverlayList.empty<string>();
    list.push('a');
    let map = root;
    let items = list;
    for (let level = 1; level <= depth; level++) {
      map = map.fork().set(`level ${level}`, level);
      items = items.fork();
      items.push(`level ${level}`);
    }
    expect([map.get('a'), map.get(`level ${depth}`), map.get('level 1')]).toEqual([1, depth, 1]);
    expect([...items]).toEqual(['a', ...Array.from({ length: depth }, (_, i) => `level ${i + 1}`)]);
    expect([root.has('level 1'), list.find((x) => x === 'level 1')]).toEqual([false, undefined]);
    // A sibling forked from the same parent does not see the other's additions.
    expect(root.fork().has(`level ${depth}`)).toBe(false);
  });

  it('overrides a value of the root in the fork only', () => {
    const root = OverlayMap.empty<string, number>().set('a', 1);
    const fork = root.fork().set('a', 2);
    expect([root.get('a'), fork.get('a'), fork.fork().get('a')]).toEqual([1, 2, 2]);
  });
});

describe('forkGazetteer', () => {
  it.each([
    ['an article found a new person', 1],
    ['a batch forked, then its article', 2],
  ])('%s: the original does not know them', (_case, depth) => {
    const base = createGazetteer([{ entity: person(1, 'سيرغي لافروف'), forms: ['لافروف'] }]);
    let fork = base;
    for (let level = 0; level < depth; level++) fork = forkGazetteer(fork);
    addEntity(fork, person(2, 'أيدار أغانين'), ['أيدار أغانين', 'أغانين']);
    const text = 'قال لافروف وأغانين';
    expect(found(fork, text)).toEqual(['person-1', 'person-2']);
    expect(found(base, text)).toEqual(['person-1']);
    expect(base.entities.find((e) => e.id === 2)).toBeUndefined();
    expect(fork.entities.find((e) => e.id === 2)?.nameAr).toBe('أيدار أغانين');
  });

  it('a fork sees what the root learns after it was made (committed people)', () => {
    const base = createGazetteer([{ entity: person(1, 'سيرغي لافروف'), forms: ['لافروف'] }]);
    const fork = forkGazetteer(base);
    addEntity(base, person(3, 'ديمتري بيسكوف'), ['بيسكوف']);
    expect(found(fork, 'وقال بيسكوف')).toEqual(['person-3']);
  });
});
