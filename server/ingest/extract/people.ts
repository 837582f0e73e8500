// People the gazetteer does not know yet, found after a role phrase ("نائب رئيس الوزراء
// الروسي ألكسندر نوفاك"), and role references ("الوزير الروسي", "نظيره الأذربيجاني")
// resolved to people the article names: the newPeople and roleReferences stages. Pure.
import type { DocumentBlock, Stage } from '../document.js';
import {
  addEntity,
  type EntityMatch,
  type Gazetteer,
  holdsRoleOn,
  type KnownEntity,
  matchForms,
} from '../gazetteer.js';
import {
  conjoined,
  type Token,
  tokenIn,
  withoutProcliticBeforeArticle,
  withoutProclitics,
  writtenIn,
} from '../text.js';
import {
  honorifics,
  notNameWords,
  reportingVerbs,
  roleHeads,
  roleQualifiers,
  weakRoleHeads,
} from './lexicon.js';

export interface NewPerson {
  entity: KnownEntity;
  /** The full name as written, and the forms later mentions may use. */
  name: string;
  forms: string[];
  role: { titleAr: string; countryIso2: string | null };
}

const isArabicWord = (token: Token) =>
  /^[\u0621-\u064A\u0660-\u0669\u064B-\u065F\u0640]+$/u.test(token.text);
/** A proclitic glued to the article ال: "للوزير", "بالروسي", "والد". */
const procliticBeforeArticle = (token: Token) =>
  withoutProclitics(token.text).some((f) => f.skip > 0 && f.form.startsWith('ال'));

/** The match covering token i, if any. */
const matchAt = (matches: EntityMatch[], i: number) => matches.find((m) => i >= m.from && i < m.to);

function countryOf(match: EntityMatch | undefined): string | null {
  if (!match) return null;
  const entity = match.entity;
  return entity.kind === 'place'
    ? entity.iso2
    : entity.kind === 'organization'
      ? (entity.countryIso2 ?? null)
      : null;
}

/** A run of 2–5 name-like words starting at `i`, or null. */
function nameAt(block: DocumentBlock, i: number): { from: number; to: number } | null {
  const { tokens, text } = block;
  let to = i;
  while (to < tokens.length && to - i < 5) {
    const token = tokens[to]!;
    const previous = tokens[to - 1];
    const joined = previous && to > i && /^[\s]+$/.test(text.slice(previous.end, token.start));
    if (to > i && !joined) break; // a comma or other mark ends the name
    const connector = previous && ['عبد', 'ابو', 'بن', 'ابن'].includes(previous.norm);
    if (!isArabicWord(token) || token.norm.length < 2) break;
    if (writtenIn(token, notNameWords) || tokenIn(token, reportingVerbs)) break;
    if (tokenIn(token, roleHeads) && !(to > i && token.norm === 'امير')) break; // "حسين أمير عبد اللهيان"
    if (to - i >= 2 && conjoined(token)) break; // "سيرغي شويغو ورؤساء…"
    // The article ال (bare alef, unlike the hamza of ألكسندر) starts no name, but may end one
    // ("بشار الأسد") when a boundary follows.
    if (token.text.startsWith('ال') && !connector) {
      const next = tokens[to + 1];
      const boundary =
        !next ||
        !/^\s+$/.test(text.slice(token.end, next.start)) ||
        writtenIn(next, notNameWords) ||
        tokenIn(next, reportingVerbs);
      if (to > i && boundary && !matchAt(block.matches, to)) {
        to++;
        break;
      }
      break;
    }
    if (procliticBeforeArticle(token)) break;
    if (matchAt(block.matches, to)) break;
    to++;
  }
  return to - i >= 2 ? { from: i, to } : null;
}

/** New people introduced by a role phrase, with their role and country. */
export function findNewPeople(blocks: DocumentBlock[], gazetteer: Gazetteer): NewPerson[] {
  const found = new Map<string, NewPerson>();
  const add = (
    block: DocumentBlock,
    name: { from: number; to: number },
    titleAr: string | null,
    country: string | null,
  ) => {
    const words = block.tokens.slice(name.from, name.to);
    const fullName = block.text.slice(words[0]!.start, words.at(-1)!.end);
    if (found.has(fullName) || gazetteer.forms.has(words.map((w) => w.norm).join(' '))) return;
    const surname = words.at(-1)!.text;
    found.set(fullName, {
      name: fullName,
      forms: surname.length >= 3 && !surname.startsWith('ال') ? [fullName, surname] : [fullName],
      role: { titleAr: titleAr ?? '', countryIso2: country },
      entity: {
        kind: 'person',
        id: 0,
        slug: '',
        nameAr: fullName,
        iso2: null,
        roles: titleAr ? [{ titleAr, titleEn: '', countryIso2: country }] : [],
      },
    });
  };
  for (const block of blocks) {
    const { tokens } = block;
    // "الشيخ عبدالله بن زايد آل نهيان", "السيد …": an honorific announces a name.
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!tokenIn(tokens[i], honorifics) || matchAt(block.matches, i + 1)) continue;
      let j = i + 1;
      while (j < tokens.length && tokenIn(tokens[j], honorifics)) j++;
      const name = matchAt(block.matches, j) ? null : nameAt(block, j);
      if (name) add(block, name, null, null);
    }
    // "نظيريه الأذربيجاني جيهون بيراموف والأرمني أرارات ميرزويان": a nisba, then a name.
    // Only where a role or a named person comes just before, so that a sentence such as
    // "الروسي بلغ حجم…" is not taken for one.
    for (const [k, match] of block.matches.entries()) {
      const written = tokens[match.from]!.text;
      const nisba =
        match.to - match.from === 1 &&
        match.entity.placeKind === 'COUNTRY' &&
        withoutProclitics(written).some((f) => /^ال.+(ي|ية)$/.test(f.form));
      if (!nisba || matchAt(block.matches, match.to)) continue;
      const previous = block.matches[k - 1];
      const afterPerson =
        conjoined(tokens[match.from]!) &&
        previous?.entity.kind === 'person' &&
        match.from - previous.to <= 1;
      const afterRole = tokens
        .slice(Math.max(0, match.from - 3), match.from)
        .some((t) => tokenIn(t, roleHeads));
      if (!afterPerson && !afterRole) continue;
      const name = nameAt(block, match.to);
      if (name) add(block, name, null, match.entity.iso2);
    }
    for (let i = 0; i < tokens.length; i++) {
      if (!tokenIn(tokens[i], roleHeads) || matchAt(block.matches, i)) continue;
      // The role: its head, qualifiers and the places or organizations it names.
      let j = i + 1;
      let country: string | null = null;
      while (j < tokens.length && j - i < 8) {
        const match = matchAt(block.matches, j);
        if (match && match.entity.kind !== 'person') {
          country ??= countryOf(match);
          j = match.to;
        } else if (tokenIn(tokens[j], roleQualifiers) || tokenIn(tokens[j], roleHeads)) j++;
        else break;
      }
      // A bare weak head ("مساعدة ممكنة") is a common noun, not a role.
      if (j === i + 1 && tokenIn(tokens[i], weakRoleHeads)) continue;
      while (j < tokens.length && tokenIn(tokens[j], honorifics)) j++;
      if (j >= tokens.length || matchAt(block.matches, j)) continue; // a known person follows
      const name = nameAt(block, j);
      if (!name) continue;
      add(
        block,
        name,
        withoutProcliticBeforeArticle(block.text.slice(tokens[i]!.start, tokens[j - 1]!.end)),
        country,
      );
    }
  }
  // "عبدالله بن زايد" after "عبدالله بن زايد آل نهيان": the shorter name is the same person.
  const people = [...found.values()];
  return people.filter((short) => {
    const longer = people.find(
      (other) => other !== short && other.name.startsWith(`${short.name} `),
    );
    if (longer) longer.forms.push(short.name);
    return !longer;
  });
}

const roleClasses: { words: string[]; pattern: RegExp }[] = [
  {
    words: ['الوزير', 'وزير', 'نظير', 'نظيره', 'نظيرها', 'نظيرته'],
    // a minister, not a (deputy) prime minister: "رئيس الوزراء" has no وزير
    pattern: /وزير|(?<!prime )minister/i,
  },
  { words: ['الرئيس', 'رئيس', 'الرئيسان'], pattern: /رئيس|president|prime minister/i },
  { words: ['المتحدث', 'الناطق', 'المتحدثة'], pattern: /متحدث|ناطق|spokes|press secretary/i },
  { words: ['السفير', 'سفير'], pattern: /سفير|ambassador/i },
];

/**
 * "الوزير الروسي", "نظيره الأذربيجاني", "الرئيس التركي": a role word and a nisba, resolved
 * to the person of that country the article mentions whose role, held on the article's
 * day, fits (or the only one holding a role of that country then).
 */
export function findRoleReferences(
  block: DocumentBlock,
  mentioned: KnownEntity[],
  day: Date | null = null,
): EntityMatch[] {
  const references: EntityMatch[] = [];
  const { tokens } = block;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const forms = tokens[i]!.forms.map((f) => f.form);
    const roleClass = roleClasses.find((c) => forms.some((f) => c.words.includes(f)));
    if (!roleClass || matchAt(block.matches, i)) continue;
    const nisba = block.matches.find(
      (m) => m.from === i + 1 && m.entity.kind === 'place' && m.entity.placeKind === 'COUNTRY',
    );
    if (!nisba?.entity.iso2 || !nisba.entity.iso2) continue;
    const rolesThen = (p: KnownEntity) =>
      p.roles.filter((r) => r.countryIso2 === nisba.entity.iso2 && holdsRoleOn(r, day));
    const sameCountry = mentioned.filter((p) => p.kind === 'person' && rolesThen(p).length > 0);
    const fitting = sameCountry.filter((p) =>
      rolesThen(p).some((r) => roleClass.pattern.test(`${r.titleAr ?? ''} ${r.titleEn}`)),
    );
    const person =
      fitting.length === 1 ? fitting[0] : sameCountry.length === 1 ? sameCountry[0] : undefined;
    if (person)
      references.push({
        entity: person,
        from: i,
        to: nisba.to,
        start: tokens[i]!.start,
        end: tokens[nisba.to - 1]!.end,
      });
  }
  return references;
}

/**
 * People the gazetteer does not know become entities of this article; then every block is
 * matched again so that their later mentions (the surname) are found too.
 */
export const newPeopleStage: Stage = {
  name: 'newPeople',
  needs: ['entities'],
  adds: 'newPeople',
  run(document) {
    const base = document.gazetteer;
    const newPeople = findNewPeople(document.blocks, base);
    document.newPeople = newPeople;
    if (newPeople.length === 0) return;
    const gazetteer: Gazetteer = {
      ...base,
      entities: [...base.entities],
      forms: new Map(base.forms),
      firstWords: new Map(base.firstWords),
    };
    for (const person of newPeople) addEntity(gazetteer, person.entity, person.forms);
    document.gazetteer = gazetteer;
    for (const block of document.blocks) block.matches = matchForms(block.tokens, gazetteer);
  },
};

/**
 * Role references replace the matches they cover: "الوزير الروسي" is Lavrov, not Russia
 * (the nisba's place match inside the reference goes).
 */
export const roleReferenceStage: Stage = {
  name: 'roleReferences',
  needs: ['publishedAt', 'newPeople'],
  adds: 'roleReferences',
  run(document) {
    const mentioned = [
      ...new Set(
        document.blocks
          .flatMap((b) => b.matches.map((m) => m.entity))
          .filter((e) => e.kind === 'person'),
      ),
    ];
    for (const block of document.blocks) {
      const references = findRoleReferences(block, mentioned, document.publishedAt);
      const free = references.filter(
        (r) =>
          !block.matches.some((m) => m.from < r.to && r.from < m.to && m.entity.kind !== 'place'),
      );
      block.matches = [
        ...block.matches.filter((m) => !free.some((r) => m.from >= r.from && m.to <= r.to)),
        ...free,
      ].sort((a, b) => a.from - b.from);
    }
  },
};
