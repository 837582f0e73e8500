// The learned name tagger: the averaged perceptron it is built on, the gold labels it is
// trained from, and the names it adds to the newPeople stage where no rule finds one (each
// row is checked without the tagger too, so that it fails if the tagger adds nothing).
import { afterEach, describe, expect, it } from 'vitest';
import { nameTagger, useNameTagger } from '../../server/ingest/extract/nameTagger.js';
import { PerceptronTrainer, predict } from '../../server/ingest/learn/perceptron.js';
import { goldNameLabels } from '../../train/nameTaggerTraining.js';
import { article, documentThrough } from './support.js';

describe('averaged perceptron', () => {
  // One feature decides the label; "noise" is on every example and must not. "lucky" is
  // only on the first example, which the untrained model already gets right (a tie).
  const examples: [string[], number][] = [
    [['noise', 'red', 'lucky'], 0],
    [['noise', 'green'], 1],
    [['noise', 'blue'], 2],
    [['noise', 'red', 'round'], 0],
    [['noise', 'green', 'round'], 1],
  ];
  const train = () => {
    const trainer = new PerceptronTrainer(['a', 'b', 'c']);
    for (let epoch = 0; epoch < 5; epoch++)
      for (const [features, gold] of examples) trainer.update(features, gold);
    return trainer.averaged();
  };

  it.each([
    [['red'], 0],
    [['green'], 1],
    [['blue'], 2],
    [['noise', 'green', 'round'], 1],
  ])('learns which feature decides: %j is label %i', (features, label) => {
    expect(predict(train(), features)).toBe(label);
  });

  it('gives the same weights each time, and leaves out features it never needed', () => {
    const model = train();
    expect(model).toEqual(train());
    expect(Object.keys(model.weights)).not.toContain('lucky');
  });
});

describe('gold labels from an annotation', () => {
  const labels = (text: string, names: string[]) =>
    goldNameLabels(documentThrough(article(text), 'tokens').blocks[0]!, names).join(' ');

  it.each([
    ['a full name', 'قال سيرغي لافروف إن', ['سيرغي لافروف'], 'O B I O'],
    [
      'its surname alone later',
      'التقى سيرغي لافروف ثم غادر لافروف',
      ['سيرغي لافروف'],
      'O B I O O B',
    ],
    ['behind a proclitic', 'وقال ولافروف', ['سيرغي لافروف'], 'O B'],
    ['another spelling of hamza', 'قال أمين طرفه', ['امين طرفة'], 'O B I'],
    ['a name not in the text', 'قال الوزير', ['سيرغي لافروف'], 'O O'],
  ])('%s', (_, text, names, expected) => {
    expect(labels(text, names)).toBe(expected);
  });
});

describe('newPeople stage: names only the tagger finds', () => {
  const model = nameTagger();
  afterEach(() => useNameTagger(model));
  const names = (text: string) =>
    documentThrough(article(text), 'newPeople').newPeople.map((p) => p.name);

  it('has weights in the repository', () => {
    expect(model?.labels).toEqual(['O', 'B', 'I']);
  });

  it.each([
    [
      'a name before a comma and a role',
      'أعلن أمين طرفة، مدير إدارة العلاقات الدولية في وزارة الاقتصاد، أن الاتفاق مهم.',
      'أمين طرفة',
    ],
    [
      'after a role with a plural nisba (a name not in the corpus)',
      'في تصريح سابق قال كبير المفاوضين الفلسطينيين حسين الشيخ : إن الاتصال مهم.',
      'حسين الشيخ',
    ],
    [
      'after a long role phrase',
      'وبحث مع رئيسة البعثة المشتركة لمنظمة حظر الأسلحة الكيميائية سيغريد كاغ نتائج العمل.',
      'سيغريد كاغ',
    ],
    [
      'after a role naming a city and a king',
      'ووقع الرئيس التنفيذي في مدينة الملك عبدالله للطاقة الذرية ماهر العودان، ممثلا عن المملكة.',
      'ماهر العودان',
    ],
    [
      'a quoted name before its new post',
      'وتم تعيين "زاخيد شاخسوفاروف" مديراً عاماً للفرع.',
      'زاخيد شاخسوفاروف',
    ],
  ])('%s', (_, text, name) => {
    useNameTagger(null);
    expect(names(text)).not.toContain(name);
    useNameTagger(model);
    expect(names(text)).toContain(name);
  });

  it.each([
    ['a pronoun after a given name', 'وقال مكسيم وهو يبتسم إن الاتفاق مهم.'],
    ['a word with a proclitic before the article', 'وظهر ألكسندر بالساحة أمس.'],
  ])('takes no name across %s', (_, text) => {
    expect(names(text).filter((n) => n.split(' ').length > 1)).toEqual([]);
  });
});
