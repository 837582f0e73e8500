// What extraction knows before reading a text: every known person, organization and
// place with the normalized forms of its names and aliases. Built from the database's
// rows by loadGazetteer.ts; matched against tokens here (the entities stage). Pure.
import { type Stage, textBlocks } from './document.js';
import { normalizeForMatching } from './normalize.js';
import { OverlayList, OverlayMap } from './overlay.js';
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
  entities: OverlayList<KnownEntity>;
  /** normalized form (words joined by one space) → entities with that form */
  forms: OverlayMap<string, KnownEntity[]>;
  /** The longest form, in words. */
  maxWords: number;
  /** First word of any form → the most words a form starting with it has (a fast pre-check). */
  firstWords: OverlayMap<string, number>;
  /** The GOVERNMENT organization of a country, for capitals that stand for it. */
  governments: OverlayMap<string, KnownEntity>;
  /** Consonant skeletons of foreign people's forms (see `skeleton`) → the people and forms. */
  skeletons: OverlayMap<string, { entity: KnownEntity; words: string[] }[]>;
  /** First word of any skeleton → the most words one starting with it has. */
  skeletonFirstWords: OverlayMap<string, number>;
}

export function createGazetteer(entries: { entity: KnownEntity; forms: string[] }[]): Gazetteer {
  const gazetteer: Gazetteer = {
    entities: OverlayList.empty(),
    forms: OverlayMap.empty(),
    maxWords: 1,
    firstWords: OverlayMap.empty(),
    governments: OverlayMap.empty(),
    skeletons: OverlayMap.empty(),
    skeletonFirstWords: OverlayMap.empty(),
  };
  for (const { entity, forms } of entries) addEntity(gazetteer, entity, forms);
  return gazetteer;
}

/**
 * A gazetteer that entities and forms can be added to without touching the original (an
 * article's own people, a batch that may fail). Copy-on-write (overlay.ts): it costs what
 * the fork adds, not what the database knows; lists are shared, so they are never pushed to.
 */
export function forkGazetteer(gazetteer: Gazetteer): Gazetteer {
  return {
    entities: gazetteer.entities.fork(),
    forms: gazetteer.forms.fork(),
    maxWords: gazetteer.maxWords,
    firstWords: gazetteer.firstWords.fork(),
    governments: gazetteer.governments.fork(),
    skeletons: gazetteer.skeletons.fork(),
    skeletonFirstWords: gazetteer.skeletonFirstWords.fork(),
  };
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

/** Where the family name comes first ("وانغ يي" is Mr Wang): China, the Koreas, Vietnam. */
const familyNameFirst = new Set(['CN', 'KR', 'KP', 'VN']);
/** A person's names, normalized, family name last (first in East Asia, so put last here). */
function namesOf(person: KnownEntity): string[] {
  const names = normalizeForMatching(person.nameAr).split(' ');
  const firstIsFamily = person.roles.some((r) => familyNameFirst.has(r.countryIso2 ?? ''));
  return firstIsFamily ? [...names.slice(1), names[0]!] : names;
}
/** A person's family name, normalized: the last word of the name, the first in East Asia. */
export const familyName = (person: KnownEntity): string | undefined => namesOf(person).at(-1);

/** More forms an entity already in the gazetteer is found by. */
export function addForms(gazetteer: Gazetteer, entity: KnownEntity, forms: string[]): void {
  const surname = familyName(entity);
  for (const form of forms) {
    const norm = normalizeForMatching(form);
    if (!norm) continue;
    const list = gazetteer.forms.get(norm) ?? [];
    // A new list, never a push: a fork shares its lists with the gazetteer it came from.
    // The entity goes last, where matchForms prefers it over namesakes known before.
    if (list.at(-1) !== entity)
      gazetteer.forms.set(norm, [...list.filter((e) => e !== entity), entity]);
    const words = norm.split(' ');
    gazetteer.maxWords = Math.max(gazetteer.maxWords, words.length);
    gazetteer.firstWords.set(
      words[0]!,
      Math.max(gazetteer.firstWords.get(words[0]!) ?? 0, words.length),
    );
    // A single word only when it is the surname: a first name alone names many people.
    const named = words.length > 1 || words[0] === surname;
    if (named && hasForeignName(entity) && skeletonWorthy(words.at(-1)!)) {
      const key = words.map(skeleton).join(' ');
      const spellings = gazetteer.skeletons.get(key) ?? [];
      gazetteer.skeletons.set(key, [...spellings, { entity, words }]);
      const first = skeleton(words[0]!);
      const most = Math.max(gazetteer.skeletonFirstWords.get(first) ?? 0, words.length);
      gazetteer.skeletonFirstWords.set(first, most);
    }
  }
}

/**
 * Countries whose people's names are transliterated into Arabic, each outlet writing the
 * vowels its own way (دميترييف/ديميترييف, ليخاتشيف/ليخاتشيوف); an Arabic, Turkish or Persian
 * name is written one way and its skeleton could be a common word (ظريف → ظرف).
 */
const transliteratedCountries = new Set([
  ...['RU', 'UA', 'BY', 'KZ', 'UZ', 'KG', 'TJ', 'TM', 'AZ', 'AM', 'GE', 'MD'],
  ...['US', 'GB', 'FR', 'DE', 'IT', 'ES', 'NL', 'BE', 'CH', 'AT', 'SE', 'NO', 'FI'],
  ...['PL', 'CZ', 'RS', 'BG', 'RO', 'HU', 'GR', 'CN', 'JP', 'KR', 'IN', 'BR', 'ZA'],
]);
const hasForeignName = (entity: KnownEntity) =>
  entity.kind === 'person' &&
  entity.roles.some((r) => r.countryIso2 && transliteratedCountries.has(r.countryIso2));

/**
 * A transliterated word without the long vowels inside it: ا، و، ي are dropped between its
 * first and last letters ("ديميترييف" and "دميترييف" → "دمترف"), as outlets add or leave
 * them out; the last letter stays (زاخاروفا is not زاخاروف).
 */
export const skeleton = (word: string): string =>
  word.length <= 2 ? word : word[0] + word.slice(1, -1).replace(/[اوي]/g, '') + word.at(-1);
/** A surname long enough that its skeleton names one person, not a common word. */
const skeletonWorthy = (word: string) => word.length >= 6 && skeleton(word).length >= 4;

export interface EntityMatch {
  entity: KnownEntity;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  start: number;
  end: number;
  /** Found by its skeleton: a spelling of the name no known form has ("ديميترييف"). */
  newSpelling?: true;
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

/** A given name's letters that outlets write for one sound: "يفغيني", "يفجيني". */
const givenNameKey = (word: string) => skeleton(word.replace(/[غجق]/g, 'ج'));

/**
 * Whether the token is the person's given name, in any spelling ("يفغيني" for the known
 * يفجيني إيفانوف); false for a person known by one name only.
 */
export function isGivenNameOf(person: KnownEntity, token: Token | undefined): boolean {
  const names = namesOf(person);
  if (!token || person.kind !== 'person' || names.length < 2) return false;
  const key = givenNameKey(names[0]!);
  return token.forms.some((f) => givenNameKey(f.form) === key);
}

/** Of namesakes, the person whose given name the token before the surname is. */
const namedBefore = (token: Token | undefined, namesakes: KnownEntity[]) =>
  namesakes.find((e) => isGivenNameOf(e, token));

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
          // Of one kind, the one whose given name stands before the surname; else the one
          // added last: an article's own (its new people, the surnames of people it names
          // in full) over a namesake known before.
          const best = Math.min(...candidates.map((c) => kindRank(c.kind)));
          const ofKind = candidates.filter((c) => kindRank(c.kind) === best);
          const entity =
            (words === 1 && ofKind.length > 1 && namedBefore(tokens[i - 1], ofKind)) ||
            ofKind.at(-1)!;
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
    found ??= skeletonMatch(tokens, i, gazetteer);
    if (found) {
      matches.push(found);
      i = found.to;
    } else i++;
  }
  return matches;
}

/**
 * A foreign person's name written with other long vowels than any known form
 * ("كيريل ديميترييف" for كيريل دميترييف), when its skeleton names that one person only.
 */
function skeletonMatch(tokens: Token[], i: number, gazetteer: Gazetteer): EntityMatch | undefined {
  for (const { form, skip } of tokens[i]!.forms) {
    const longest = gazetteer.skeletonFirstWords.get(skeleton(form));
    if (longest === undefined) continue;
    for (let words = Math.min(longest, tokens.length - i); words >= 1; words--) {
      const last = words === 1 ? form : tokens[i + words - 1]!.norm;
      if (!skeletonWorthy(last)) continue;
      const written = [form, ...tokens.slice(i + 1, i + words).map((t) => t.norm)];
      // One letter more or less per word: "ديميترييف" for دميترييف, not "اوروبيون" for اوربان.
      const people = new Set(
        (gazetteer.skeletons.get(written.map(skeleton).join(' ')) ?? [])
          .filter((s) => s.words.every((w, k) => Math.abs(w.length - written[k]!.length) <= 1))
          .map((s) => s.entity),
      );
      if (people.size !== 1) continue;
      return {
        entity: [...people][0]!,
        from: i,
        to: i + words,
        start: tokens[i]!.start + skip,
        end: tokens[i + words - 1]!.end,
        newSpelling: true,
      };
    }
  }
  return undefined;
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
