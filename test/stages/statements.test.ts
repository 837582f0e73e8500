// The statements stage: quotations that are speech with their speaker, reported speech
// after a verb of saying, and quoted names that are not statements.
import { describe, expect, it } from 'vitest';
import type { SpeakerRef } from '../../server/ingest/extract/statements.js';
import { article, documentThrough } from './support.js';

const speakerName = (speaker: SpeakerRef) =>
  'entity' in speaker
    ? speaker.entity.slug || speaker.entity.nameAr
    : `government:${speaker.governmentOf}`;

const statements = (text: string) =>
  documentThrough(article(text), 'statements', {
    publishedAt: new Date('2023-03-14T00:00:00Z'),
  }).statements.map((s) => [s.direct ? 'direct' : 'reported', s.text, speakerName(s.speaker)]);

describe('statements stage', () => {
  it.each([
    [
      'a quote after the verb, the person after a role',
      'قال وزير الخارجية الروسي سيرغي لافروف إن "المحادثات كانت بناءة".',
      [['direct', 'المحادثات كانت بناءة', 'sergey-lavrov']],
    ],
    [
      'a quote before the verb',
      '"نحن مستعدون للعمل"، قال بيسكوف للصحفيين.',
      [['direct', 'نحن مستعدون للعمل', 'dmitry-peskov']],
    ],
    [
      'guillemets after a colon',
      'وتابع بيسكوف قائلا: «لا نرى أي تقدم في المفاوضات حتى الآن».',
      [['direct', 'لا نرى أي تقدم في المفاوضات حتى الآن', 'dmitry-peskov']],
    ],
    [
      'reported speech after أن',
      'وأكد لافروف أن موسكو مستعدة لمواصلة الحوار مع باكو.',
      [['reported', 'موسكو مستعدة لمواصلة الحوار مع باكو', 'sergey-lavrov']],
    ],
    [
      'reported speech of an organization',
      'وقالت الخارجية الروسية في بيان إن الاتفاق سيوقع قريبا.',
      [['reported', 'الاتفاق سيوقع قريبا', 'mfa-russia']],
    ],
    [
      'a country speaking for its government',
      'وأشار وزير الخارجية الأذربيجاني إلى أن باكو تدعم الحوار الإقليمي.',
      [['reported', 'باكو تدعم الحوار الإقليمي', 'government:AZ']],
    ],
    [
      'the clause is the quote, listed once',
      'وقال لافروف للصحفيين: "إن روسيا لا تريد التصعيد في المنطقة وتدعو إلى الحوار"',
      [['direct', 'إن روسيا لا تريد التصعيد في المنطقة وتدعو إلى الحوار', 'sergey-lavrov']],
    ],
    [
      'a quoted agency name is no statement',
      'ونقلت وكالة "تاس" عن بيسكوف قوله إن العمل مستمر بشكل طبيعي.',
      [['reported', 'العمل مستمر بشكل طبيعي', 'dmitry-peskov']],
    ],
    ['a nominal complement is no statement', 'وأعرب لافروف عن أمله في تطوير العلاقات.', []],
    [
      'a quote with no verb of saying is no statement',
      'ووصف الاتفاق بأنه "تاريخي وشامل ومهم جدا".',
      [],
    ],
  ])('%s', (_case, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });

  it('dates a statement by its sentence, with the year of the article', () => {
    const document = documentThrough(
      article('وقال لافروف في 10 مارس إن المحادثات كانت بناءة ومفيدة.'),
      'statements',
      { publishedAt: new Date('2023-03-14T00:00:00Z') },
    );
    expect(document.statements[0]?.saidOn?.toISOString().slice(0, 10)).toBe('2023-03-10');
  });

  it.todo('a short attributed fragment ("قال لافروف: «المحادثات مثمرة»")');
  it.todo('وأضاف with no new subject continues the last speaker in reported speech');
  it.todo('a speaker given only by role ("قال مصدر في وزارة الطاقة إن …")');
  it.todo('a quote that runs over a paragraph break');
});
