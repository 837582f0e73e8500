// Latin slugs for names found only in Arabic ("ألكسندر نوفاك" → "alksndr-nwfak"): readable
// enough to recognise, stable, and unique with a numeric suffix where needed.
const latin: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: 'a',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ي: 'y',
  ى: 'a',
  ة: 'a',
  ء: '',
  ئ: 'e',
  ؤ: 'u',
};

export function latinSlug(arabic: string): string {
  const transliterated = [...arabic]
    .map((ch) => latin[ch] ?? (/[a-z0-9]/i.test(ch) ? ch.toLowerCase() : ' '))
    .join('');
  return transliterated.trim().replace(/\s+/g, '-').replace(/-+/g, '-') || 'person';
}
