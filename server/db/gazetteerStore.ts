// Data access for the known entities: people, organizations, places, their names,
// aliases and roles. Rows in, rows out: what the rows mean to extraction is ingest's
// business (ingest/loadGazetteer.ts), which curated rows to write is the seed loader's.
import type { PrismaClient, Transaction } from './client.js';

type Language = 'AR' | 'EN' | 'RU';

/** A name or alias as stored, with its matching form (computed by the caller). */
export interface AliasRow {
  text: string;
  normalized: string;
  language: Language;
}

export interface NameColumns {
  nameAr: string;
  nameEn: string;
  nameRu: string | null;
}

export interface CuratedPlace extends NameColumns {
  slug: string;
  kind: 'COUNTRY' | 'CITY' | 'REGION' | 'TERRITORY' | 'CORRIDOR';
  iso2: string | null;
  /** Slug of the containing place, or for a capital the iso2 of its country. */
  parent: { slug: string } | { iso2: string } | null;
  aliases: AliasRow[];
}

export interface CuratedOrganization extends NameColumns {
  slug: string;
  kind:
    | 'GOVERNMENT'
    | 'MINISTRY'
    | 'AGENCY'
    | 'MEDIA'
    | 'COURT'
    | 'MILITARY'
    | 'INTERNATIONAL'
    | 'OTHER';
  countryIso2: string | null;
  aliases: AliasRow[];
}

export interface CuratedPerson extends NameColumns {
  slug: string;
  aliases: AliasRow[];
  roles: {
    titleEn: string;
    titleAr: string | null;
    organizationSlug: string | null;
    countryIso2: string | null;
    startedOn: Date | null;
    endedOn: Date | null;
  }[];
}

/** The curated gazetteer as rows, in the order they are written (places first). */
export interface CuratedGazetteer {
  places: CuratedPlace[];
  organizations: CuratedOrganization[];
  people: CuratedPerson[];
}

type Owner = { personId: number } | { organizationId: number } | { placeId: number };

/** Replaces an entity's curated aliases; extracted ones stay. */
async function replaceCuratedAliases(tx: Transaction, owner: Owner, aliases: AliasRow[]) {
  await tx.alias.deleteMany({ where: { ...owner, provenance: 'CURATED' } });
  await tx.alias.createMany({ data: aliases.map((row) => ({ ...row, ...owner })) });
}

const names = (row: NameColumns) => ({
  nameAr: row.nameAr,
  nameEn: row.nameEn,
  nameRu: row.nameRu,
});
const curated = { provenance: 'CURATED' as const, confidence: 1 };

/**
 * Upserts the curated gazetteer by slug. Curated aliases and roles are replaced; extracted ones
 * stay.
 */
export async function saveGazetteer(tx: Transaction, gazetteer: CuratedGazetteer): Promise<void> {
  const placeIds = new Map<string, number>();
  const countryIds = new Map<string, number>();
  const parentIdOf = (parent: CuratedPlace['parent']) =>
    !parent ? null : 'slug' in parent ? placeIds.get(parent.slug) : countryIds.get(parent.iso2);
  const later: CuratedPlace[] = [];
  for (const place of gazetteer.places) {
    // A parent listed further down is set once every place exists.
    const parentId = parentIdOf(place.parent);
    if (parentId === undefined) later.push(place);
    const data = {
      kind: place.kind,
      ...names(place),
      iso2: place.iso2,
      parentId: parentId ?? null,
      ...curated,
    };
    const saved = await tx.place.upsert({
      where: { slug: place.slug },
      create: { slug: place.slug, ...data },
      update: data,
    });
    placeIds.set(place.slug, saved.id);
    if (place.iso2) countryIds.set(place.iso2, saved.id);
    await replaceCuratedAliases(tx, { placeId: saved.id }, place.aliases);
  }
  for (const place of later) {
    await tx.place.update({
      where: { id: placeIds.get(place.slug)! },
      data: { parentId: parentIdOf(place.parent) ?? null },
    });
  }

  const organizationIds = new Map<string, number>();
  for (const organization of gazetteer.organizations) {
    const data = {
      kind: organization.kind,
      ...names(organization),
      countryId: organization.countryIso2
        ? (countryIds.get(organization.countryIso2) ?? null)
        : null,
      ...curated,
    };
    const saved = await tx.organization.upsert({
      where: { slug: organization.slug },
      create: { slug: organization.slug, ...data },
      update: data,
    });
    organizationIds.set(organization.slug, saved.id);
    await replaceCuratedAliases(tx, { organizationId: saved.id }, organization.aliases);
  }

  for (const person of gazetteer.people) {
    const data = { ...names(person), ...curated };
    const saved = await tx.person.upsert({
      where: { slug: person.slug },
      create: { slug: person.slug, ...data },
      update: data,
    });
    await replaceCuratedAliases(tx, { personId: saved.id }, person.aliases);
    await tx.role.deleteMany({ where: { personId: saved.id, provenance: 'CURATED' } });
    await tx.role.createMany({
      data: person.roles.map((role) => ({
        personId: saved.id,
        titleEn: role.titleEn,
        titleAr: role.titleAr,
        organizationId: role.organizationSlug
          ? (organizationIds.get(role.organizationSlug) ?? null)
          : null,
        countryId: role.countryIso2 ? (countryIds.get(role.countryIso2) ?? null) : null,
        startedOn: role.startedOn,
        endedOn: role.endedOn,
        provenance: 'CURATED' as const,
      })),
    });
  }
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

/** Every known entity with the texts of its names and aliases and its roles: the rows
 * extraction builds its gazetteer from. */
export async function loadKnownEntities(prisma: PrismaClient | Transaction) {
  const aliasText = { select: { text: true } } as const;
  const [people, organizations, places] = await Promise.all([
    // An unnamed speaker's "name" is a role ("مسؤول روسي"): never a name to find in text.
    prisma.person.findMany({
      where: { named: true },
      select: {
        id: true,
        slug: true,
        nameAr: true,
        provenance: true,
        aliases: aliasText,
        roles: {
          select: {
            titleAr: true,
            titleEn: true,
            startedOn: true,
            endedOn: true,
            country: { select: { iso2: true } },
          },
        },
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
  return { people, organizations, places };
}
export type KnownEntityRows = Awaited<ReturnType<typeof loadKnownEntities>>;
