// The events stage: a sentence with an event noun and a day is an event on that day, with
// the people of the sentence.
import { describe, expect, it } from 'vitest';
import { article, documentThrough } from './support.js';

const events = (text: string, publishedAt: Date | null = new Date('2023-03-14T00:00:00Z')) =>
  documentThrough(article(text), 'events', { publishedAt }).events.map((e) => [
    e.kind,
    e.occurredOn.toISOString().slice(0, 10),
    e.participants.map((p) => p.slug),
  ]);

describe('events stage', () => {
  it.each([
    [
      'a call, the year from the article',
      'وأجرى لافروف اتصالا هاتفيا مع بيراموف في 10 مارس.',
      [['CALL', '2023-03-10', ['sergey-lavrov', 'jeyhun-bayramov']]],
    ],
    [
      'talks with a full date',
      'وعقد لافروف وبيراموف محادثات في موسكو يوم 2 نوفمبر 2021.',
      [['TALKS', '2021-11-02', ['sergey-lavrov', 'jeyhun-bayramov']]],
    ],
    ['no day, no event', 'وأجرى لافروف اتصالا هاتفيا مع بيراموف.', []],
    ['no participant, no meeting', 'وعقد اجتماع في 10 مارس 2022.', []],
  ])('%s', (_case, text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it('dates no event by a day without a year in an undated article', () => {
    expect(events('وأجرى لافروف اتصالا هاتفيا مع بيراموف في 10 مارس.', null)).toEqual([]);
  });
});
