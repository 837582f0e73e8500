// The curated gazetteer as the rows the database stores: every ISO country and the capitals
// news uses (from the library in countries.ts) under the curated file's places, which take
// precedence; every name and alias with its matching form. And the references inside the
// file that point at nothing.
import type { AliasRow, CuratedGazetteer, NameColumns } from '../db/gazetteerStore.js';
import { normalizeForMatching } from '../ingest/normalize.js';
import { libraryCapitals, libraryCountries } from './countries.js';
import type { Gazetteer } from './format.js';

type Names = { ar: string; en: string; ru?: string | undefined };
type Aliases = { ar?: string[] | undefined; en?: string[] | undefined; ru?: string[] | undefined };

/** Every name and alias of an entity as alias rows: the one place name matching looks. */
export function aliasRows(names: Names, aliases: Aliases): AliasRow[] {
  const rows = new Map<string, AliasRow>();
  const add = (language: AliasRow['language'], texts: (string | undefined)[] = []) => {
    for (const text of texts) {
      if (text)
        rows.set(`${language}:${text}`, { text, normalized: normalizeForMatching(text), language });
    }
  };
  add('AR', [names.ar, ...(aliases.ar ?? [])]);
  add('EN', [names.en, ...(aliases.en ?? [])]);
  add('RU', [names.ru, ...(aliases.ru ?? [])]);
  return [...rows.values()];
}

const nameColumns = (names: Names): NameColumns => ({
  nameAr: names.ar,
  nameEn: names.en,
  nameRu: names.ru ?? null,
});

const day = (value: string | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null);

export function curatedGazetteer(file: Gazetteer): CuratedGazetteer {
  const curatedCountries = new Set(file.places.flatMap((p) => (p.iso2 ? [p.iso2] : [])));
  const curatedSlugs = new Set(file.places.map((p) => p.slug));
  const countries = libraryCountries().filter(
    (c) => !curatedCountries.has(c.iso2) && !curatedSlugs.has(c.slug),
  );
  const capitals = libraryCapitals().filter((c) => !curatedSlugs.has(c.slug));
  return {
    places: [
      ...countries.map((c) => ({
        slug: c.slug,
        kind: 'COUNTRY' as const,
        ...nameColumns(c.names),
        iso2: c.iso2,
        parent: null,
        aliases: aliasRows(c.names, c.aliases),
      })),
      ...file.places.map((p) => ({
        slug: p.slug,
        kind: p.kind,
        ...nameColumns(p.names),
        iso2: p.iso2 ?? null,
        parent: p.parent ? { slug: p.parent } : null,
        aliases: aliasRows(p.names, p.aliases),
      })),
      ...capitals.map((c) => ({
        slug: c.slug,
        kind: 'CITY' as const,
        ...nameColumns(c.names),
        iso2: null,
        parent: { iso2: c.iso2 },
        aliases: aliasRows(c.names, c.aliases),
      })),
    ],
    organizations: file.organizations.map((o) => ({
      slug: o.slug,
      kind: o.kind,
      ...nameColumns(o.names),
      countryIso2: o.country ?? null,
      aliases: aliasRows(o.names, o.aliases),
    })),
    people: file.people.map((p) => ({
      slug: p.slug,
      ...nameColumns(p.names),
      aliases: aliasRows(p.names, p.aliases),
      roles: p.roles.map((r) => ({
        titleEn: r.title.en,
        titleAr: r.title.ar ?? null,
        organizationSlug: r.organization ?? null,
        countryIso2: r.country ?? null,
        startedOn: day(r.from),
        endedOn: day(r.to),
      })),
    })),
  };
}

/** Every reference inside the gazetteer that points at nothing, and every slug used twice. */
export function gazetteerProblems(gazetteer: Gazetteer): { field: string; expected: string }[] {
  const places = new Set(gazetteer.places.map((p) => p.slug));
  const countries = new Set([
    ...gazetteer.places.flatMap((p) => (p.iso2 ? [p.iso2] : [])),
    ...libraryCountries().map((c) => c.iso2),
  ]);
  const organizations = new Set(gazetteer.organizations.map((o) => o.slug));
  const problems: { field: string; expected: string }[] = [];
  const check = (known: Set<string>, value: string | undefined, field: string, what: string) => {
    if (value !== undefined && !known.has(value))
      problems.push({ field, expected: `${what}; "${value}" is not in the gazetteer` });
  };
  for (const [i, place] of gazetteer.places.entries()) {
    check(places, place.parent, `places[${i}].parent`, 'the slug of a place');
  }
  for (const [i, org] of gazetteer.organizations.entries()) {
    check(countries, org.country, `organizations[${i}].country`, 'the iso2 of a country');
  }
  const seen = new Set<string>();
  for (const [i, person] of gazetteer.people.entries()) {
    if (seen.has(person.slug))
      problems.push({
        field: `people[${i}].slug`,
        expected: `a slug no other person has; "${person.slug}" is taken`,
      });
    seen.add(person.slug);
    for (const [j, role] of person.roles.entries()) {
      check(
        organizations,
        role.organization,
        `people[${i}].roles[${j}].organization`,
        'the slug of an organization',
      );
      check(countries, role.country, `people[${i}].roles[${j}].country`, 'the iso2 of a country');
    }
  }
  return problems;
}
