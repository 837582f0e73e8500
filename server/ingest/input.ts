// What the caller gives before extraction reads it: the article URL, normalized into the
// article's identity, and the text, checked character by character and turned from HTML
// into plain text when it is a web page. Errors say what was wrong, never echoing input.
import { convert } from 'html-to-text';
import { IngestError } from './errors.js';

/** The longest URL accepted, in characters, as given and once normalized. */
export const maxUrlLength = 2048;
/** The largest text accepted, in characters (a long feature is ~30,000). */
export const maxTextLength = 200_000;
/** The largest HTML page accepted; its plain text must then fit maxTextLength. */
export const maxHtmlLength = 1_000_000;

// Query parameters that track a visit instead of naming a page.
const trackingParameters = [
  ...['fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'igshid'],
  ...['mc_cid', 'mc_eid', '_ga', '_gl', 'ref', 'ref_src', 'ref_url', 'cmpid', 'ocid', 'spm'],
  ...['at_medium', 'at_campaign', 'share', 'amp'],
];
const isTrackingParameter = (key: string) =>
  /^utm_/i.test(key) || trackingParameters.includes(key.toLowerCase());

const percentEscape = /%[0-9a-f]{2}/gi;
const unreservedAscii = /[A-Za-z0-9\-._~]/;

/** %7e → ~ and %d8 → %D8: one spelling for each escaped character. */
function normalizeEscapes(part: string): string {
  return part.replace(percentEscape, (escaped) => {
    const char = String.fromCharCode(Number.parseInt(escaped.slice(1), 16));
    return unreservedAscii.test(char) ? char : escaped.toUpperCase();
  });
}

/**
 * The identity of an article's URL: scheme and host lowercased, no default port, no
 * fragment, no trailing slash (except the root), escapes in one spelling, tracking
 * parameters (utm_*, fbclid, …) dropped and the other query parameters kept, sorted,
 * since many news sites name their pages by them (article.php?id=7). Keeping a parameter
 * that does not matter costs at most a second copy, which the content hash catches;
 * dropping one that does would merge two articles.
 * "HTTPS://Example.com:443/News/123/?utm_source=x&id=5#top" → "https://example.com/News/123?id=5"
 */
export function normalizeArticleUrl(raw: string): string {
  if (raw.length > maxUrlLength)
    throw new IngestError(`url has ${raw.length} characters; the limit is ${maxUrlLength}`);
  if (/[\s\u0000-\u001F\u007F-\u009F]/.test(raw))
    throw new IngestError('url must not contain spaces or control characters');
  if (!URL.canParse(raw))
    throw new IngestError('url is not an absolute URL such as https://example.com/news/123');
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new IngestError('url must start with http:// or https://');
  if (url.username || url.password)
    throw new IngestError('url must not carry a user name or password');
  url.hash = '';
  url.hostname = url.hostname.replace(/\.$/, '');
  if (!url.hostname) throw new IngestError('url has no host');
  url.pathname = normalizeEscapes(url.pathname).replace(/(.)\/+$/, '$1');
  for (const key of [...url.searchParams.keys()])
    if (isTrackingParameter(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  const normalized = url.href.replace(/\?$/, '');
  if (normalized.length > maxUrlLength)
    throw new IngestError(`url is longer than ${maxUrlLength} characters once percent-encoded`);
  return normalized;
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 controls except tab, line feed and carriage return; DEL and the C1 controls; the
// replacement character left by a failed decoding; the noncharacters U+FFFE and U+FFFF.
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]/g;

/** Refuses text that is not valid Unicode or holds control characters (binary data). */
export function checkCharacters(text: string): void {
  const surrogates = (text.match(loneSurrogate) ?? []).length;
  if (surrogates > 0)
    throw new IngestError(
      `the text holds ${surrogates} unpaired UTF-16 surrogate(s): it is not valid Unicode`,
    );
  const controls = (text.match(controlCharacter) ?? []).length;
  if (controls > 0)
    throw new IngestError(
      `the text holds ${controls} control or undecodable character(s): ` +
        'binary data is not an article',
    );
}

// An opening or closing tag of an element a web page is made of, or a doctype or comment.
const pageElements = [
  ...['html', 'head', 'body', 'p', 'div', 'span', 'br', 'script', 'style', 'article'],
  ...['section', 'header', 'footer', 'main', 'nav', 'aside', 'h[1-6]', 'a', 'b', 'i', 'em'],
  ...['strong', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'img', 'figure', 'figcaption'],
  ...['blockquote', 'meta', 'link', 'iframe', 'noscript', 'title', 'time'],
];
const htmlMarkup = new RegExp(
  `<!doctype\\s+html|<!--|<\\/?(${pageElements.join('|')})(\\s[^<>]*)?\\/?>`,
  'i',
);

export function looksLikeHtml(text: string): boolean {
  return htmlMarkup.test(text);
}

/** The readable text of a page, one block per paragraph; scripts, styles, images dropped. */
export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
        selector,
        options: { uppercase: false },
      })),
      { selector: 'table', options: { uppercaseHeaderCells: false } },
    ],
  });
}

export const htmlWarning =
  'the text was HTML: it was converted to plain text (scripts, styles and images dropped)';

/** The text extraction reads: checked, and converted when it is HTML. */
export function prepareText(raw: string): { text: string; warnings: string[] } {
  const html = looksLikeHtml(raw);
  const limit = html ? maxHtmlLength : maxTextLength;
  if (raw.length > limit)
    throw new IngestError(
      `the ${html ? 'HTML page' : 'text'} has ${raw.length} characters; the limit is ${limit}`,
    );
  checkCharacters(raw);
  if (!html) return { text: raw, warnings: [] };
  return { text: htmlToText(raw), warnings: [htmlWarning] };
}
