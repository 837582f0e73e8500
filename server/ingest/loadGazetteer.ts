// The gazetteer extraction reads, built from the known entities the database stores:
// every person, organization and place with the texts of its names and aliases.
import type { PrismaClient, Transaction } from '../db/client.js';
import { type KnownEntityRows, loadKnownEntities } from '../db/gazetteerStore.js';
import { foreignSurnameShape } from './extract/personWords.js';
import { createGazetteer, type Gazetteer, type KnownEntity } from './gazetteer.js';
import { normalizeForMatching } from './normalize.js';

/**
 * The names a person that extraction found is known by in later articles: those of two words
 * or more, and a foreign surname alone ("شيستاكوف"). Another word that one article took for
 * a name ("مباحثات", "جدد") would otherwise be a person in every later text.
 */
export const formsKnownAgain = (forms: readonly string[]) =>
  forms.filter(
    (form) => /\s/.test(form.trim()) || foreignSurnameShape.test(normalizeForMatching(form)),
  );

export function buildGazetteer(rows: KnownEntityRows): Gazetteer {
  const entries: { entity: KnownEntity; forms: string[] }[] = [];
  for (const p of rows.people) {
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
          startedOn: r.startedOn,
          endedOn: r.endedOn,
        })),
      },
      forms:
        p.provenance === 'CURATED'
          ? [p.nameAr, ...p.aliases.map((a) => a.text)]
          : formsKnownAgain([p.nameAr, ...p.aliases.map((a) => a.text)]),
    });
  }
  for (const o of rows.organizations) {
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
  for (const p of rows.places) {
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

/** Everything extraction knows, read from the database. */
export async function loadGazetteer(prisma: PrismaClient | Transaction): Promise<Gazetteer> {
  return buildGazetteer(await loadKnownEntities(prisma));
}
