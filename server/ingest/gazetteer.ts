// What extraction knows before reading a text: every known person, organization and
// place with the normalized forms of its names and aliases. Built from the database's
// rows by loadGazetteer.ts; matched against tokens here (the entities stage). Pure.
import { type Stage, textBlocks } from './document.js';
import { normalizeForMatching } from './normalize.js';
import type { Token } from './text.js';

export type EntityKind = 'person' | 'organization' | 'place';

export interface KnownRole {
  titleAr: string | null;
  titleEn: string;
  countryIso2: string | null;
  /** When the role began and ended, where known: a past office resolves no reference. */
  startedOn?: Date | null;
  endedOn?: Date | null;
}

/** True when the role was held on the day (an undated text: when it has not ended). */
export function holdsRoleOn(role: KnownRole, day: Date | null): boolean {
  if (!day) return !role.endedOn;
  return (!role.startedOn || role.startedOn <= day) && (!role.endedOn || day < role.endedOn);
}

export interface KnownEntity {
  kind: EntityKind;
  /** Database id; 0 for a person found in this text and not yet stored. */
  id: number;
  slug: string;
  nameAr: string;
  /** For places: the ISO code of the country, or of the country a city lies in. */
  iso2: string | null;
  placeKind?: string;
  /** For organizations: the country they belong to. */
  countryIso2?: string | null;
  organizationKind?: string;
  roles: KnownRole[];
}

export interface Gazetteer {
  entities: KnownEntity[];
  /** normalized form (words joined by one space) → entities with that form */
  forms: Map<string, KnownEntity[]>;
  /** The longest form, in words. */
  maxWords: number;
  /** First word of any form → the most words a form starting with it has (a fast pre-check). */
  firstWords: Map<string, number>;
  /** The GOVERNMENT organization of a country, for capitals that stand for it. */
  governments: Map<string, KnownEntity>;
}

export function createGazetteer(entries: { entity: KnownEntity; forms: string[] }[]): Gazetteer {
  const gazetteer: Gazetteer = {
    entities: [],
    forms: new Map(),
    maxWords: 1,
    firstWords: new Map(),
    governments: new Map(),
  };
  for (const { entity, forms } of entries) addEntity(gazetteer, entity, forms);
  return gazetteer;
}

export function addEntity(gazetteer: Gazetteer, entity: KnownEntity, forms: string[]): void {
  gazetteer.entities.push(entity);
  addForms(gazetteer, entity, forms);
  if (
    entity.kind === 'organization' &&
    entity.organizationKind === 'GOVERNMENT' &&
    entity.countryIso2
  ) {
    gazetteer.governments.set(entity.countryIso2, entity);
  }
}

/** More forms an entity already in the gazetteer is found by. */
export function addForms(gazetteer: Gazetteer, entity: KnownEntity, forms: string[]): void {
  for (const form of forms) {
    const norm = normalizeForMatching(form);
    if (!norm) continue;
    const list = gazetteer.forms.get(norm) ?? [];
    if (!list.includes(entity)) list.push(entity);
    gazetteer.forms.set(norm, list);
    const words = norm.split(' ');
    gazetteer.maxWords = Math.max(gazetteer.maxWords, words.length);
    gazetteer.firstWords.set(
      words[0]!,
      Math.max(gazetteer.firstWords.get(words[0]!) ?? 0, words.length),
    );
  }
}

export interface EntityMatch {
  entity: KnownEntity;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  start: number;
  end: number;
}

/** The match covering token i, if any. */
export const matchAt = (matches: EntityMatch[], i: number): EntityMatch | undefined =>
  matchesByToken(matches)[i];

/** Token index → the match covering it, built once per list of matches (a hot lookup). */
const tokenIndexes = new WeakMap<EntityMatch[], (EntityMatch | undefined)[]>();
function matchesByToken(matches: EntityMatch[]): (EntityMatch | undefined)[] {
  let index = tokenIndexes.get(matches);
  if (!index) {
    index = [];
    for (const m of matches) for (let k = m.from; k < m.to; k++) index[k] ??= m;
    tokenIndexes.set(matches, index);
  }
  return index;
}

/**
 * Idioms in which a known form is a common word: "حصة الأسد" is the lion's share, not
 * Bashar al-Assad (whose surname alone outlets use: "نظام الأسد", "بوتين والأسد").
 */
const idioms = new Set(
  ['حصة الأسد', 'نصيب الأسد', 'عرين الأسد', 'زئير الأسد'].map(normalizeForMatching),
);
const inIdiom = (tokens: Token[], i: number, key: string) =>
  i > 0 && idioms.has(`${tokens[i - 1]!.norm} ${key}`);

/**
 * Every known form in the tokens, longest first and without overlaps; a proclitic glued
 * to the first word is allowed (وبيراموف, للوزير). Where a form names several entities,
 * people win over organizations over places (the same name rarely means two things).
 */
export function matchForms(tokens: Token[], gazetteer: Gazetteer): EntityMatch[] {
  const matches: EntityMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: EntityMatch | undefined;
    for (const { form, skip } of tokens[i]!.forms) {
      const longest = gazetteer.firstWords.get(form);
      if (longest === undefined) continue;
      for (let words = Math.min(longest, tokens.length - i); words >= 1; words--) {
        const key =
          words === 1
            ? form
            : `${form} ${tokens
                .slice(i + 1, i + words)
                .map((t) => t.norm)
                .join(' ')}`;
        const candidates = gazetteer.forms.get(key);
        if (
          candidates?.length &&
          (!found || words > found.to - found.from) &&
          !inIdiom(tokens, i, key)
        ) {
          const entity = [...candidates].sort((a, b) => kindRank(a.kind) - kindRank(b.kind))[0]!;
          found = {
            entity,
            from: i,
            to: i + words,
            start: tokens[i]!.start + skip,
            end: tokens[i + words - 1]!.end,
          };
          break;
        }
      }
    }
    if (found) {
      matches.push(found);
      i = found.to;
    } else i++;
  }
  return matches;
}

const kindRank = (kind: EntityKind) => ({ person: 0, organization: 1, place: 2 })[kind];

/** The known entities of every block (a first pass; the newPeople stage matches again). */
export const entityStage: Stage = {
  name: 'entities',
  needs: ['tokens'],
  adds: 'entities',
  run(document) {
    for (const block of textBlocks(document))
      block.matches = matchForms(block.tokens, document.gazetteer);
  },
};
