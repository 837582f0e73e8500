// Data access for the known entities: people, organizations, places, their names,
// aliases and roles.
import { libraryCapitals, libraryCountries } from '../ingest/data/countries.js';
import {
  createGazetteer,
  type Gazetteer as ExtractionGazetteer,
  type KnownEntity,
} from '../ingest/gazetteer.js';
import { normalizeForMatching } from '../ingest/normalize.js';
import type { Gazetteer } from '../seed/format.js';
import type { PrismaClient, Transaction } from './client.js';

type Language = 'AR' | 'EN' | 'RU';
type Names = { ar: string; en: string; ru?: string | undefined };
type Aliases = { ar?: string[] | undefined; en?: string[] | undefined; ru?: string[] | undefined };

/** Every name and alias of an entity as Alias rows: the one place name matching looks. */
function aliasRows(names: Names, aliases: Aliases) {
  const rows = new Map<string, { text: string; normalized: string; language: Language }>();
  const add = (language: Language, texts: (string | undefined)[] = []) => {
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

/** Replaces an entity's curated aliases with its current names and aliases. */
async function replaceCuratedAliases(
  tx: Transaction,
  owner: { personId: number } | { organizationId: number } | { placeId: number },
  names: Names,
  aliases: Aliases,
): Promise<void> {
  await tx.alias.deleteMany({ where: { ...owner, provenance: 'CURATED' } });
  await tx.alias.createMany({
    data: aliasRows(names, aliases).map((row) => ({ ...row, ...owner })),
  });
}

const nameColumns = (names: Names) => ({
  nameAr: names.ar,
  nameEn: names.en,
  nameRu: names.ru ?? null,
});
const curated = { provenance: 'CURATED' as const, confidence: 1 };

const date = (value: string | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null);

/** Upserts the curated gazetteer. Curated aliases and roles are replaced; extracted ones stay. */
export async function saveGazetteer(tx: Transaction, gazetteer: Gazetteer): Promise<void> {
  const placeIds = new Map<string, number>();
  const countryIds = new Map<string, number>();
  // Countries the curated file does not list come from the ISO library.
  const curatedCountries = new Set(gazetteer.places.flatMap((p) => (p.iso2 ? [p.iso2] : [])));
  const curatedSlugs = new Set(gazetteer.places.map((p) => p.slug));
  const fromLibrary = libraryCountries()
    .filter((c) => !curatedCountries.has(c.iso2) && !curatedSlugs.has(c.slug))
    .map((c) => ({ ...c, kind: 'COUNTRY' as const, parent: undefined }));
  for (const place of [...fromLibrary, ...gazetteer.places]) {
    const data = {
      kind: place.kind,
      ...nameColumns(place.names),
      iso2: place.iso2 ?? null,
      ...curated,
    };
    const saved = await tx.place.upsert({
      where: { slug: place.slug },
      create: { slug: place.slug, ...data },
      update: data,
    });
    placeIds.set(place.slug, saved.id);
    if (place.iso2) countryIds.set(place.iso2, saved.id);
    await replaceCuratedAliases(tx, { placeId: saved.id }, place.names, place.aliases);
  }
  // Capitals the curated file does not list, as cities of their country.
  for (const capital of libraryCapitals().filter((c) => !curatedSlugs.has(c.slug))) {
    const data = {
      kind: 'CITY' as const,
      ...nameColumns(capital.names),
      parentId: countryIds.get(capital.iso2) ?? null,
      ...curated,
    };
    const saved = await tx.place.upsert({
      where: { slug: capital.slug },
      create: { slug: capital.slug, ...data },
      update: data,
    });
    await replaceCuratedAliases(tx, { placeId: saved.id }, capital.names, capital.aliases);
  }
  // Parents once every place exists, so that the order of the file does not matter.
  for (const place of gazetteer.places) {
    await tx.place.update({
      where: { slug: place.slug },
      data: { parentId: place.parent ? (placeIds.get(place.parent) ?? null) : null },
    });
  }

  const organizationIds = new Map<string, number>();
  for (const organization of gazetteer.organizations) {
    const data = {
      kind: organization.kind,
      ...nameColumns(organization.names),
      countryId: organization.country ? (countryIds.get(organization.country) ?? null) : null,
      ...curated,
    };
    const saved = await tx.organization.upsert({
      where: { slug: organization.slug },
      create: { slug: organization.slug, ...data },
      update: data,
    });
    organizationIds.set(organization.slug, saved.id);
    await replaceCuratedAliases(
      tx,
      { organizationId: saved.id },
      organization.names,
      organization.aliases,
    );
  }

  for (const person of gazetteer.people) {
    const data = {
      ...nameColumns(person.names),
      ...curated,
    };
    const saved = await tx.person.upsert({
      where: { slug: person.slug },
      create: { slug: person.slug, ...data },
      update: data,
    });
    await replaceCuratedAliases(tx, { personId: saved.id }, person.names, person.aliases);
    await tx.role.deleteMany({ where: { personId: saved.id, provenance: 'CURATED' } });
    await tx.role.createMany({
      data: person.roles.map((role) => ({
        personId: saved.id,
        titleEn: role.title.en,
        titleAr: role.title.ar ?? null,
        organizationId: role.organization ? (organizationIds.get(role.organization) ?? null) : null,
        countryId: role.country ? (countryIds.get(role.country) ?? null) : null,
        startedOn: date(role.from),
        endedOn: date(role.to),
        provenance: 'CURATED' as const,
      })),
    });
  }
}

/** Every reference inside the gazetteer that points at nothing, as problems to report. */
export function gazetteerProblems(gazetteer: Gazetteer): { field: string; expected: string }[] {
  const places = new Set(gazetteer.places.map((p) => p.slug));
  const countries = new Set(gazetteer.places.flatMap((p) => (p.iso2 ? [p.iso2] : [])));
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
  for (const [i, person] of gazetteer.people.entries()) {
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

/** Slug (and ISO code) → id lookups of every known entity, for resolving references. */
export interface EntityIndex {
  people: Map<string, number>;
  organizations: Map<string, number>;
  places: Map<string, number>;
  countries: Map<string, number>;
}

export async function loadEntityIndex(prisma: PrismaClient | Transaction): Promise<EntityIndex> {
  const [people, organizations, places] = await Promise.all([
    prisma.person.findMany({ select: { id: true, slug: true } }),
    prisma.organization.findMany({ select: { id: true, slug: true } }),
    prisma.place.findMany({ select: { id: true, slug: true, iso2: true } }),
  ]);
  return {
    people: new Map(people.map((p) => [p.slug, p.id])),
    organizations: new Map(organizations.map((o) => [o.slug, o.id])),
    places: new Map(places.map((p) => [p.slug, p.id])),
    countries: new Map(places.filter((p) => p.iso2).map((p) => [p.iso2!, p.id])),
  };
}

/** Everything extraction knows: every entity with its names, aliases and roles. */
export async function loadGazetteer(
  prisma: PrismaClient | Transaction,
): Promise<ExtractionGazetteer> {
  const aliasText = { select: { text: true } } as const;
  const [people, organizations, places] = await Promise.all([
    prisma.person.findMany({
      select: {
        id: true,
        slug: true,
        nameAr: true,
        aliases: aliasText,
        roles: { select: { titleAr: true, titleEn: true, country: { select: { iso2: true } } } },
      },
    }),
    prisma.organization.findMany({
      select: {
        id: true,
        slug: true,
        nameAr: true,
        kind: true,
        aliases: aliasText,
        country: { select: { iso2: true } },
      },
    }),
    prisma.place.findMany({
      select: {
        id: true,
        slug: true,
        nameAr: true,
        kind: true,
        iso2: true,
        aliases: aliasText,
        parent: { select: { iso2: true } },
      },
    }),
  ]);
  const entries: { entity: KnownEntity; forms: string[] }[] = [];
  for (const p of people) {
    entries.push({
      entity: {
        kind: 'person',
        id: p.id,
        slug: p.slug,
        nameAr: p.nameAr,
        iso2: null,
        roles: p.roles.map((r) => ({
          titleAr: r.titleAr,
          titleEn: r.titleEn ?? '',
          countryIso2: r.country?.iso2 ?? null,
        })),
      },
      forms: [p.nameAr, ...p.aliases.map((a) => a.text)],
    });
  }
  for (const o of organizations) {
    entries.push({
      entity: {
        kind: 'organization',
        id: o.id,
        slug: o.slug,
        nameAr: o.nameAr,
        iso2: null,
        roles: [],
        countryIso2: o.country?.iso2 ?? null,
        organizationKind: o.kind,
      },
      forms: [o.nameAr, ...o.aliases.map((a) => a.text)],
    });
  }
  for (const p of places) {
    entries.push({
      entity: {
        kind: 'place',
        id: p.id,
        slug: p.slug,
        nameAr: p.nameAr,
        iso2: p.iso2 ?? p.parent?.iso2 ?? null,
        placeKind: p.kind,
        roles: [],
      },
      forms: [p.nameAr, ...p.aliases.map((a) => a.text)],
    });
  }
  return createGazetteer(entries);
}
