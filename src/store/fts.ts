/**
 * CJK-aware full-text terms for FTS5. Chinese has no spaces, and FTS5's unicode61 tokenizer would
 * index a whole run of characters as one token, so runs are indexed as single characters (`uni`)
 * and overlapping bigrams (`bi`). A query of one character matches `uni`; longer ones match the
 * phrase of their bigrams, so 农民 and 防灾减灾 are found wherever they occur.
 */
import { normalizeQuery } from '../plans/normalize.js';

const RUN = /[\u3400-\u9fff]+|[a-z0-9]+/g;

export function grams(text: string): { uni: string; bi: string } {
  const uni: string[] = [];
  const bi: string[] = [];
  for (const [run] of text.toLowerCase().matchAll(RUN)) {
    if (!/^[\u3400-\u9fff]/.test(run)) {
      uni.push(run);
      bi.push(run);
      continue;
    }
    for (let i = 0; i < run.length; i++) {
      uni.push(run[i]!);
      if (i + 1 < run.length) bi.push(run[i]! + run[i + 1]!);
    }
  }
  return { uni: uni.join(' '), bi: bi.join(' ') };
}

/** The query's searchable terms (CJK runs and words), normalized like the indexed text. */
export function queryTerms(query: string): string[] {
  return [...normalizeQuery(query).toLowerCase().matchAll(RUN)].map((m) => m[0]).slice(0, 16);
}

/**
 * An FTS5 MATCH expression for the terms (all must match), built only from CJK characters and
 * [a-z0-9] words in double quotes, so no user text reaches FTS syntax. Null when nothing is searchable.
 */
export function matchExpression(terms: string[]): string | null {
  const parts = terms.map((t) => {
    if (!/^[\u3400-\u9fff]/.test(t)) return `"${t}"`;
    if (t.length === 1) return `uni : "${t}"`;
    const pairs: string[] = [];
    for (let i = 0; i + 1 < t.length; i++) pairs.push(t[i]! + t[i + 1]!);
    return `bi : "${pairs.join(' ')}"`;
  });
  return parts.length ? parts.join(' AND ') : null;
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
