// Events the text dates: a call, talks, a meeting, a summit, a signing, an appeal or an
// incident, found by its noun and a day in the same sentence (the year from the article
// when the text gives none). Participants are the people of that sentence: the events
// stage. Pure.
import { findDateInNormalized } from '../dates.js';
import { articleYear, type DocumentBlock, type Stage } from '../document.js';
import type { KnownEntity } from '../gazetteer.js';
import { normalizeForMatching } from '../normalize.js';
import { phraseMatcher } from '../text.js';

export type EventKind =
  | 'CALL'
  | 'TALKS'
  | 'MEETING'
  | 'SUMMIT'
  | 'AGREEMENT'
  | 'LEGAL_ACTION'
  | 'INCIDENT';

export interface ExtractedEvent {
  kind: EventKind;
  occurredOn: Date;
  participants: KnownEntity[];
  places: KnownEntity[];
  blockIndex: number;
  start: number;
  end: number;
  text: string;
  confidence: number;
}

// Checked in this order: the first kind whose words the sentence holds wins.
const kinds: [EventKind, string[]][] = [
  ['CALL', ['اتصال هاتفي', 'اتصالا هاتفيا', 'محادثه هاتفيه', 'مكالمه هاتفيه', 'عبر الهاتف']],
  ['SUMMIT', ['قمه', 'القمه']],
  ['AGREEMENT', ['توقيع', 'وقع', 'وقعت', 'وقعا', 'بيان مشترك', 'اعلان']],
  ['LEGAL_ACTION', ['المحكمه', 'استانفت', 'دعوي']],
  ['TALKS', ['محادثات', 'مباحثات', 'المحادثات', 'المباحثات']],
  ['MEETING', ['اجتماع', 'الاجتماع', 'لقاء', 'اللقاء', 'التقي', 'اجتمع']],
  ['INCIDENT', ['اغلاق', 'هجوم', 'قصف']],
];

const kindMatchers = kinds.map(([kind, words]) => [kind, phraseMatcher(words)] as const);
/** Any kind's words: most sentences hold none, and one pattern rules them out. */
const anyKindMatches = phraseMatcher(kinds.flatMap(([, words]) => words));

const kindOf = (norm: string): EventKind | null =>
  anyKindMatches(norm) ? (kindMatchers.find(([, matches]) => matches(norm))?.[0] ?? null) : null;

export function extractEvents(
  blocks: readonly DocumentBlock[],
  articleYear: number | null,
): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  blocks.forEach((block, blockIndex) => {
    for (const sentence of block.sentences) {
      const untrimmed = block.text.slice(sentence.start, sentence.end);
      const start = sentence.start + (untrimmed.length - untrimmed.trimStart().length);
      const text = untrimmed.trim();
      const norm = normalizeForMatching(text);
      const kind = kindOf(norm);
      const date = kind ? findDateInNormalized(norm, articleYear) : null;
      if (!kind || !date) continue;
      const inside = block.matches.filter(
        (m) => m.start >= sentence.start && m.end <= sentence.end,
      );
      const unique = (kindWanted: string) => [
        ...new Set(inside.filter((m) => m.entity.kind === kindWanted).map((m) => m.entity)),
      ];
      const participants = unique('person');
      if (participants.length === 0 && kind !== 'INCIDENT' && kind !== 'LEGAL_ACTION') continue;
      events.push({
        kind,
        occurredOn: date.date,
        participants,
        places: unique('place'),
        blockIndex,
        start,
        end: start + text.length,
        text,
        confidence: date.yearGiven ? 0.7 : 0.6,
      });
    }
  });
  return events;
}

export const eventStage: Stage = {
  name: 'events',
  needs: ['mentions'],
  adds: 'events',
  run(document) {
    document.events = extractEvents(document.blocks, articleYear(document));
  },
};
