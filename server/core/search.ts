import { escapeLike, foldForSearch } from './text.js';

/**
 * Common abbreviations in the names of Vietnam's political system, folded:
 * abbreviation → the long forms it stands for (the first is the full one).
 * A query may use either; names may hold either.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  mttq: ['mat tran to quoc', 'mat tran'],
  ubmttq: ['uy ban mat tran to quoc'],
  ubnd: ['uy ban nhan dan'],
  hdnd: ['hoi dong nhan dan'],
  bdv: ['ban dan van'],
  btv: ['ban thuong vu'],
  bch: ['ban chap hanh'],
  ubkt: ['uy ban kiem tra'],
  btg: ['ban tuyen giao'],
  btc: ['ban to chuc'],
  dtn: ['doan thanh nien'],
  tncs: ['thanh nien cong san'],
  hnd: ['hoi nong dan'],
  hlhpn: ['hoi lien hiep phu nu'],
  lhpn: ['lien hiep phu nu'],
  ccb: ['cuu chien binh'],
  ldld: ['lien doan lao dong'],
  chqs: ['chi huy quan su'],
  hcm: ['ho chi minh'],
  vn: ['viet nam'],
};

/** Most words of a query that take part in matching (the rest are ignored). */
export const MAX_SEARCH_WORDS = 12;

/**
 * One term of a query: it matches a text when one of its alternatives does;
 * an alternative matches when every one of its words occurs in the text.
 */
export type SearchTerm = string[][];

const LONG_FORMS = Object.entries(ABBREVIATIONS)
  .flatMap(([abbreviation, forms]) => forms.map((form) => ({ abbreviation, words: form.split(' ') })))
  .toSorted((a, b) => b.words.length - a.words.length);

/** The folded words of `text`, punctuation at their ends stripped, at most `MAX_SEARCH_WORDS`. */
export function searchWords(text: string): string[] {
  return foldForSearch(text)
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '')
    .slice(0, MAX_SEARCH_WORDS);
}

/** The long form starting at `words[at]`, longest first, or null. */
function longFormAt(words: string[], at: number) {
  return LONG_FORMS.find((form) => form.words.every((word, i) => words[at + i] === word)) ?? null;
}

/**
 * Splits a query into terms, each to be found in any order: a word (the start
 * of a word of the name, so a word being typed already matches), an
 * abbreviation (matching itself or its long forms), or a long form's words
 * (matching those words or the abbreviation). "mttq lang son" and "mat tran
 * lang son" both find "Ủy ban MTTQ tỉnh Lạng Sơn" and "Ủy ban Mặt trận Tổ
 * quốc Việt Nam tỉnh Lạng Sơn".
 */
export function searchTerms(text: string): SearchTerm[] {
  const words = searchWords(text);
  const terms: SearchTerm[] = [];
  for (let at = 0; at < words.length; ) {
    const long = longFormAt(words, at);
    if (long) {
      terms.push([long.words, [long.abbreviation]]);
      at += long.words.length;
      continue;
    }
    const word = words[at];
    const forms = ABBREVIATIONS[word] ?? [];
    terms.push([[word], ...forms.map((form) => form.split(' '))]);
    at += 1;
  }
  return terms;
}

/** A SQL fragment with its `?` parameters in order. */
export interface SqlPart {
  sql: string;
  params: unknown[];
}

/** `word` as a literal in a POSIX regular expression. */
const escapeRegex = (word: string): string => word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/**
 * "Folded column `column` matches every term of `text`": each word starts a
 * word of the column — after its start, a space or punctuation such as "(" —
 * ("uy" finds "ủy ban", not "huy"); regular expressions served by the
 * column's trigram index. Null when `text` has no words.
 */
export function searchCondition(column: string, text: string): SqlPart | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const params: unknown[] = [];
  const ands = terms.map((term) => {
    const ors = term.map((words) => {
      params.push(...words.map((word) => `(^|[^[:alnum:]])${escapeRegex(word)}`));
      return `(${words.map(() => `${column} ~ ?`).join(' and ')})`;
    });
    return `(${ors.join(' or ')})`;
  });
  return { sql: ands.join(' and '), params };
}

/** The query as typed and with its abbreviations spelled out, folded; the phrases ranked first. */
function searchPhrases(text: string): string[] {
  const words = searchWords(text);
  const expanded = words.map((word) => ABBREVIATIONS[word]?.[0] ?? word);
  return [...new Set([words.join(' '), expanded.join(' ')])].filter((phrase) => phrase !== '');
}

/**
 * Rank of a match of `text` in folded column `column`, best first: 0 when
 * the column starts with the query as whole words (an exact name), 1 when it
 * starts with it, 2 when a word of it does, 3 otherwise. 0 for every row
 * when `text` has no words.
 */
export function searchRank(column: string, text: string): SqlPart {
  const phrases = searchPhrases(text);
  if (phrases.length === 0) return { sql: '0', params: [] };
  const any = (pattern: (phrase: string) => string) => ({
    sql: phrases.map(() => `${column} like ?`).join(' or '),
    params: phrases.map((phrase) => pattern(escapeLike(phrase))),
  });
  const whole = phrases.map(() => `${column} = ? or ${column} like ?`).join(' or ');
  const prefix = any((phrase) => `${phrase}%`);
  const wordStart = any((phrase) => `% ${phrase}%`);
  return {
    sql: `(case when ${whole} then 0 when ${prefix.sql} then 1 when ${wordStart.sql} then 2 else 3 end)`,
    params: [
      ...phrases.flatMap((phrase) => [phrase, `${escapeLike(phrase)} %`]),
      ...prefix.params,
      ...wordStart.params,
    ],
  };
}
