// seeds/officials.json: the curated officeholders, each with its sources, loaded with the
// gazetteer, so that extraction knows them in the spellings outlets use.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../server/db/provider.js';
import { createGazetteer, type KnownEntity, matchForms } from '../server/ingest/gazetteer.js';
import { tokenize } from '../server/ingest/text.js';
import { officialsFormat } from '../server/seed/format.js';
import { readSeedGazetteer, SeedFileError } from '../server/seed/loadSeeds.js';

const seedsDir = path.join(repoRoot, 'seeds');
const officials = officialsFormat.parse(
  JSON.parse(readFileSync(path.join(seedsDir, 'officials.json'), 'utf8')),
);

describe('seeds/officials.json', () => {
  it('names at least 150 officeholders, each with an https or http source', () => {
    expect(officials.people.length).toBeGreaterThanOrEqual(150);
    for (const person of officials.people) {
      expect(person.sources.length, person.slug).toBeGreaterThan(0);
      for (const source of person.sources) expect(source).toMatch(/^https?:\/\/[a-z0-9.-]+\//);
    }
  });

  it.each([
    ['RU', 25],
    ['SA', 5],
    ['AE', 5],
    ['EG', 5],
    ['IR', 8],
    ['TR', 8],
    ['KZ', 3],
  ])('covers %s with at least %i people', (country, count) => {
    const people = officials.people.filter((p) => p.roles.some((r) => r.country === country));
    expect(people.length).toBeGreaterThanOrEqual(count);
  });

  it('loads with gazetteer.json: no slug twice, every country and organization known', () => {
    const { gazetteer } = readSeedGazetteer(seedsDir);
    const slugs = gazetteer.people.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain('mikhail-mishustin');
    expect(slugs).toContain('sergey-lavrov');
  });

  const entities = officials.people.map((p, i): { entity: KnownEntity; forms: string[] } => ({
    entity: { kind: 'person', id: i + 1, slug: p.slug, nameAr: p.names.ar, iso2: null, roles: [] },
    forms: [p.names.ar, ...(p.aliases.ar ?? [])],
  }));
  const known = createGazetteer(entities);
  it.each([
    ['سيرغي ريابكوف', 'sergey-ryabkov'],
    ['سيرجي ريابكوف', 'sergey-ryabkov'],
    ['وأوفيرتشوك', 'alexey-overchuk'],
    ['أوفرتشوك', 'alexey-overchuk'],
    ['شوكت ميرزيوييف', 'shavkat-mirziyoyev'],
    ['عبدالله بن زايد', 'abdullah-bin-zayed'],
    ['عبد الله بن زايد آل نهيان', 'abdullah-bin-zayed'],
    ['حسين أمير عبداللهيان', 'hossein-amir-abdollahian'],
    ['مصطفى مدبولى', 'mostafa-madbouly'],
    ['جاويش أوغلو', 'mevlut-cavusoglu'],
    // Xi by his family name alone, as outlets write it after the first mention.
    ['وشي', 'xi-jinping'],
  ])('knows %s as %s', (text, slug) => {
    const matches = matchForms(tokenize(text), known);
    expect(matches.map((m) => m.entity.slug)).toEqual([slug]);
  });
});

describe('a broken officials file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'khabar-officials-'));
    copyFileSync(path.join(seedsDir, 'gazetteer.json'), path.join(dir, 'gazetteer.json'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const person = {
    slug: 'someone',
    names: { ar: 'شخص ما', en: 'Someone' },
    aliases: {},
    roles: [{ title: { en: 'Minister' }, country: 'RU' }],
    sources: ['https://example.org/'],
  };
  it.each([
    ['a person without sources', { ...person, sources: [] }, /sources: expected at least one/],
    ['a source that is no URL', { ...person, sources: ['the ministry'] }, /sources\[0\]/],
    ['a slug the gazetteer has', { ...person, slug: 'sergey-lavrov' }, /"sergey-lavrov" is taken/],
    [
      'an unknown country',
      { ...person, roles: [{ title: { en: 'Minister' }, country: 'XX' }] },
      /roles\[0\]\.country/,
    ],
  ])('is refused: %s', (_case, entry, message) => {
    writeFileSync(path.join(dir, 'officials.json'), JSON.stringify({ people: [entry] }));
    expect(() => readSeedGazetteer(dir)).toThrow(SeedFileError);
    expect(() => readSeedGazetteer(dir)).toThrow(message);
  });
});
