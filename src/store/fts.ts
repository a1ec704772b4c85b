/**
 * CJK-aware full-text terms for FTS5. Chinese has no spaces, and FTS5's unicode61 tokenizer would
 * index a whole run of characters as one token, so runs are indexed as overlapping bigrams, made here and
 * split on spaces by the 'ascii' tokenizer. A query of two or more characters matches the phrase of its
 * bigrams, so 农民 and 防灾减灾 are found wherever they occur; a single character cannot be a bigram and is
 * looked up in a second index of each task's distinct characters (task_chars). Unit names are tokens of
 * their own ('u' before each bigram), in both indexes.
 */
import { normalizeQuery } from '../plans/normalize.js';
import { matchesOf } from '../plans/matches.js';

const RUN = /[\u3400-\u9fff]+|[a-z0-9]+/g;
const HAS_CJK = /[\u3400-\u9fff]/;

const isCjk = (c: number) => c >= 0x3400 && c <= 0x9fff;
const isWord = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
/** A term that is one CJK character: no bigram holds it alone, the one-character index does. */
const isLoneCjk = (t: string) => t.length === 1 && isCjk(t.charCodeAt(0));

/** Where index terms are written as UTF-16 code units, then read as one string (no string per token). */
let scratch = new Uint16Array(1 << 14);

function room(n: number): Uint16Array {
  if (scratch.length < n) scratch = new Uint16Array(n);
  return scratch;
}

const utf16 = new TextDecoder('utf-16le');

/** The first `len` code units of `buf` as a string (CJK characters and ASCII only: never a lone surrogate). */
function stringOf(buf: Uint16Array, len: number): string {
  return utf16.decode(buf.subarray(0, len));
}

/**
 * Text as space-separated tokens: CJK bigrams (a lone character stays as it is) and lower-case words (the runs
 * of RUN in the lower-cased text).
 */
export function bigrams(text: string): string {
  const s = text.toLowerCase();
  const buf = room(3 * s.length);
  let len = 0;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    let j = i + 1;
    if (isCjk(c)) {
      while (j < s.length && isCjk(s.charCodeAt(j))) j++;
      // A lone character as it is, else each character with the next.
      for (let k = i; k === i || k + 1 < j; k++) {
        if (len) buf[len++] = 32;
        buf[len++] = s.charCodeAt(k);
        if (k + 1 < j) buf[len++] = s.charCodeAt(k + 1);
      }
    } else if (isWord(c)) {
      while (j < s.length && isWord(s.charCodeAt(j))) j++;
      if (len) buf[len++] = 32;
      for (let k = i; k < j; k++) buf[len++] = s.charCodeAt(k);
    }
    i = j;
  }
  return stringOf(buf, len);
}

/** Each unit name's tokens (unitNameTokens), kept for the names seen last: the same names recur in every plan. */
const unitNameMemo = new Map<string, readonly string[]>();

/** A unit name's tokens in a space of their own ('u' before each), so a unit filter reads unit occurrences only. */
function unitNameTokens(name: string): readonly string[] {
  let tokens = unitNameMemo.get(name);
  if (!tokens) {
    if (unitNameMemo.size >= 10_000) unitNameMemo.clear();
    tokens = bigrams(name)
      .split(' ')
      .filter(Boolean)
      .map((t) => `u${t}`);
    unitNameMemo.set(name, tokens);
  }
  return tokens;
}

/** Unit names for the units column: each name's tokens, names kept apart by a 'zz' token (no phrase spans two). */
export function unitTokens(names: string[]): string {
  return [...new Set(names)].map((n) => unitNameTokens(n).join(' ')).join(' zz ');
}

/** For chars: the call that last saw each CJK character (a stamp per call instead of a set). */
const seenIn = new Uint32Array(0x9fff - 0x3400 + 1);
let call = 0;

/** The distinct CJK characters of a text, space-separated (the one-character index). */
export function chars(text: string): string {
  if (++call === 0xffffffff) (seenIn.fill(0), (call = 1));
  const buf = room(2 * text.length);
  let len = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = code - 0x3400;
    if (c >= 0 && c < seenIn.length && seenIn[c] !== call) {
      seenIn[c] = call;
      if (len) buf[len++] = 32;
      buf[len++] = code;
    }
  }
  return stringOf(buf, len);
}

/** A task's index terms, all but its plan's owner tokens (ownerTokens): worked out before the store, in any thread. */
export interface TaskTerms {
  title: string;
  body: string;
  units: string;
  /** The one-character index: its distinct characters and the distinct tokens of its unit names. */
  chars: string;
}

export function taskTerms(task: { title: string; text: string; leadUnits: string[]; units: string[] }): TaskTerms {
  const names = [...task.leadUnits, ...task.units];
  const text = `${task.title}${task.text}`;
  return {
    title: bigrams(task.title),
    body: bigrams(task.text),
    units: unitTokens(names),
    chars: charsTerms(text, names),
  };
}

function charsTerms(text: string, units: string[]): string {
  return [chars(text), ...new Set(units.flatMap(unitNameTokens))].join(' ');
}

/**
 * A task's row of the one-character index: its distinct characters, the distinct tokens of its unit names
 * (as in the units column, without positions) and its plan's owner tokens.
 */
export function charsRow(text: string, units: string[], owner: string): string {
  return `${charsTerms(text, units)} ${owner}`;
}

/** The query's searchable terms (CJK runs and words), normalized like the indexed text. */
export function queryTerms(query: string): string[] {
  return matchesOf(normalizeQuery(query).toLowerCase(), RUN)
    .map((m) => m[0])
    .slice(0, 16);
}

/** A MATCH expression for the one-character index (single CJK characters of the query), or null. */
export function charsExpression(terms: string[]): string | null {
  const single = terms.filter(isLoneCjk);
  return single.length ? single.map((c) => `"${c}"`).join(' AND ') : null;
}

/**
 * Phrases joined by AND, each limited to `columns`: a phrase of CJK bigrams is found in no other column (unit
 * tokens begin with 'u', marker tokens are [a-z0-9]), so it needs no column filter, which would make FTS5 read
 * every hit's positions to check its column; a phrase of [a-z0-9] words keeps it ('zz', 'wlib' or 'u…' could
 * be such a word).
 */
function inColumns(columns: string, phrases: string[]): string {
  const cjk = phrases.filter((p) => HAS_CJK.test(p));
  const words = phrases.filter((p) => !HAS_CJK.test(p));
  return [
    ...cjk.map((p) => `"${p}"`),
    ...(words.length ? [`{${columns}}: (${words.map((p) => `"${p}"`).join(' AND ')})`] : []),
  ].join(' AND ');
}

/**
 * An FTS5 MATCH expression for the indexable terms (all must match), built only from CJK bigrams and
 * [a-z0-9] words in double quotes, so no user text reaches FTS syntax. Null when no term is indexable.
 */
export function matchExpression(terms: string[]): string | null {
  const phrases = terms.filter((t) => !isLoneCjk(t)).map(bigrams);
  return phrases.length ? inColumns('title body', phrases) : null;
}

/** Each unit fragment's tokens, or null when a fragment has a single CJK character (no bigram holds it alone). */
function unitFragments(fragments: string[]): string[][] | null {
  const tokens = fragments.map((f) => {
    const terms = queryTerms(f);
    return terms.length && !terms.some(isLoneCjk) ? terms : null;
  });
  return tokens.length && !tokens.includes(null) ? (tokens as string[][]) : null;
}

/**
 * A MATCH expression for tasks naming a unit that contains any of the fragments (every term of one), or null
 * when a fragment has a single CJK character, which the bigram index cannot answer.
 */
export function unitExpression(fragments: string[]): string | null {
  const all = unitFragments(fragments);
  if (!all) return null;
  const phrases = (terms: string[]) => terms.map((t) => unitNameTokens(t).join(' '));
  return `(${all.map((terms) => `(${inColumns('units', phrases(terms))})`).join(' OR ')})`;
}

/**
 * The same for the one-character index, which keeps no positions: a unit token for each bigram of the
 * fragments. `exact`: every fragment is one bigram or word, so a hit names such a unit; otherwise the hits
 * hold the bigrams, maybe from different names, and are to be checked.
 */
export function unitCharsExpression(fragments: string[]): { match: string; exact: boolean } | null {
  const all = unitFragments(fragments)?.map((terms) => terms.flatMap(unitNameTokens));
  if (!all) return null;
  return {
    match: `(${all.map((tokens) => tokens.map((t) => `"${t}"`).join(' AND ')).join(' OR ')})`,
    exact: all.every((tokens) => tokens.length === 1),
  };
}

/**
 * The tokens that mark a task's plan owner in the indexes: 'wlib' for the library; for a workspace 'wown' (any
 * workspace's plan) and 'w' with the hex of the workspace id's UTF-8 bytes. Hex digits hold no 'l', 'i', 'o' or
 * 'n', so no workspace's token is 'wlib' or 'wown'; the tokenizer folds the hex digits' case.
 */
export function ownerTokens(workspace: string | null): string {
  return workspace === null ? 'wlib' : `wown w${Buffer.from(workspace, 'utf8').toString('hex')}`;
}

/**
 * `match` limited to tasks of the plans a workspace sees: the hits minus the tasks of plans other workspaces
 * own ('wown' not followed by the workspace's own token). FTS5 skips through the short doclists of workspace
 * plans rather than reading the library's long one. `column`: the index has an owner column (task_fts).
 */
export function scopeExpression(match: string, workspace: string, column: boolean): string {
  const c = column ? '{owner}: ' : '';
  const own = ownerTokens(workspace).split(' ')[1]!;
  return `(${match}) NOT (${c}"wown" NOT ${c}"${own}")`;
}

/** A short excerpt of `text` around the first match of a term, with matches marked 【like this】. */
export function snippet(text: string, terms: string[], width = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  const lower = flat.toLowerCase();
  const hits = terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0);
  const first = hits.length ? Math.min(...hits) : 0;
  const start = Math.max(0, first - Math.floor(width / 3));
  let out = flat.slice(start, start + width);
  for (const t of [...terms].sort((a, b) => b.length - a.length)) {
    if (t.length > 0) out = out.replace(new RegExp(t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), (m) => `【${m}】`);
  }
  return (start > 0 ? '…' : '') + out.replace(/【【(.*?)】】/g, '【$1】') + (start + width < flat.length ? '…' : '');
}

/**
 * Names sharing at least half of the characters `chars` (a few distinct characters), for "did you mean"
 * suggestions: the condition on a column `col`, with the named parameter @chars: the characters as a JSON array.
 */
export function sharesHalf(col: string): string {
  return `(SELECT count(*) FROM json_each(@chars) c WHERE instr(${col}, c.value) > 0) * 2 >= json_array_length(@chars)`;
}
