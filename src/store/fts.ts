/**
 * CJK-aware full-text terms for FTS5. Chinese has no spaces, and FTS5's unicode61 tokenizer would
 * index a whole run of characters as one token, so runs are indexed as overlapping bigrams. A query
 * of two or more characters matches the phrase of its bigrams, so 农民 and 防灾减灾 are found wherever
 * they occur; a single character cannot be a bigram and is looked up in a second index of each task's
 * distinct characters (task_chars).
 */
import { normalizeQuery } from '../plans/normalize.js';

const RUN = /[\u3400-\u9fff]+|[a-z0-9]+/g;
const CJK = /^[\u3400-\u9fff]/;

/** Text as space-separated tokens: CJK bigrams (a lone character stays as it is) and lower-case words. */
export function bigrams(text: string): string {
  const out: string[] = [];
  for (const [run] of text.toLowerCase().matchAll(RUN)) {
    if (!CJK.test(run) || run.length === 1) out.push(run);
    else for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out.join(' ');
}

/** Unit names for the units column: each name's tokens, names kept apart by a 'zz' token (no phrase spans two). */
export function unitTokens(names: string[]): string {
  return [...new Set(names)].map(bigrams).join(' zz ');
}

/** The distinct CJK characters of a text, space-separated (the one-character index). */
export function chars(text: string): string {
  return [...new Set(text.match(/[\u3400-\u9fff]/g) ?? [])].join(' ');
}

/** The query's searchable terms (CJK runs and words), normalized like the indexed text. */
export function queryTerms(query: string): string[] {
  return [...normalizeQuery(query).toLowerCase().matchAll(RUN)].map((m) => m[0]).slice(0, 16);
}

/** A MATCH expression for the one-character index (single CJK characters of the query), or null. */
export function charsExpression(terms: string[]): string | null {
  const single = terms.filter((t) => CJK.test(t) && t.length === 1);
  return single.length ? single.map((c) => `"${c}"`).join(' AND ') : null;
}

/**
 * An FTS5 MATCH expression for the indexable terms (all must match), built only from CJK bigrams and
 * [a-z0-9] words in double quotes, so no user text reaches FTS syntax. Null when no term is indexable.
 */
export function matchExpression(terms: string[]): string | null {
  const parts = terms.filter((t) => !(CJK.test(t) && t.length === 1)).map((t) => `"${bigrams(t)}"`);
  return parts.length ? `{title body}: (${parts.join(' AND ')})` : null;
}

/**
 * A MATCH expression for tasks whose unit names contain the fragment (every term of it), or null when a
 * term is a single CJK character, which the bigram index cannot answer.
 */
export function unitExpression(terms: string[]): string | null {
  if (terms.length === 0 || terms.some((t) => CJK.test(t) && t.length === 1)) return null;
  return `{units}: (${terms.map((t) => `"${bigrams(t)}"`).join(' AND ')})`;
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
