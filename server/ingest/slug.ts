// Latin slugs. People found only in Arabic ("ألكسندر نوفاك" → "alksndr-nwfak") and articles
// (from their URL or file name, Arabic ones too) get readable, stable slugs; uniqueness is
// the caller's (a numeric suffix for people, a short hash for articles).
import { createHash } from 'node:crypto';

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
  // Persian letters, common in names and file names
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  گ: 'g',
  ک: 'k',
  ی: 'y',
};

/** The longest article slug base, in characters (a hash suffix may follow). */
export const maxSlugBaseLength = 80;

/** Letters and digits in Latin, everything else a hyphen: "ملف 2023.txt" → "mlf-2023-txt". */
export function slugWords(text: string): string {
  const transliterated = [...text.normalize('NFKC')]
    .map((ch) => {
      if (ch in latin) return latin[ch];
      if (/[\u064B-\u065F\u0670\u0640]/.test(ch)) return ''; // harakat and tatweel
      if (/[\u0660-\u0669]/.test(ch)) return String(ch.charCodeAt(0) - 0x0660);
      if (/[\u06F0-\u06F9]/.test(ch)) return String(ch.charCodeAt(0) - 0x06f0);
      return /[a-z0-9]/i.test(ch) ? ch.toLowerCase() : '-';
    })
    .join('');
  const slug = transliterated.replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (slug.length <= maxSlugBaseLength) return slug;
  // Cut at a word boundary where one is near the limit.
  const cut = slug.slice(0, maxSlugBaseLength);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > maxSlugBaseLength / 2 ? cut.slice(0, hyphen) : cut).replace(/-$/, '');
}

export function latinSlug(arabic: string): string {
  return slugWords(arabic) || 'person';
}

const fileExtension = /\.(html?|shtml|php\d?|aspx?|jsp|cfm|txt)$/i;
const genericPage = /^(index|default|home|main|article|story|news|view|page|post)$/i;

function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray % is kept as written
  }
}

/**
 * The readable part of an article URL: its last path segment without the file extension
 * ("/news/russia-turkey-economy" → "russia-turkey-economy"), with the segment before it
 * when it is only a number ("/world/123" → "world-123") or instead of a generic page name
 * ("/site/index.html" → "site"), and the query's values ("/article.php?id=7" →
 * "article-7"); the host for a site's home page. "" when nothing readable is left.
 */
export function urlSlugBase(normalizedUrl: string): string {
  const url = new URL(normalizedUrl);
  const segments = url.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => decodedSegment(segment).replace(fileExtension, ''));
  let index = segments.length - 1;
  let last = segments[index] ?? '';
  if (genericPage.test(last) && index > 0) last = segments[--index]!;
  else if (genericPage.test(last) && !url.search) last = '';
  const parts = last ? [last] : [];
  if (last && !/\p{L}/u.test(last) && index > 0) parts.unshift(segments[index - 1]!);
  if (url.search) parts.push(...[...url.searchParams.values()].slice(0, 3));
  return slugWords(parts.join('-')) || slugWords(url.hostname);
}

/** "russia-turkey" → "russia-turkey-3f9a1c": the base, told apart by a hash of the identity. */
export function slugWithHash(base: string, identity: string, hexDigits = 6): string {
  const hash = createHash('sha256').update(identity).digest('hex').slice(0, hexDigits);
  return `${base}-${hash}`;
}
