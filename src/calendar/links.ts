/**
 * Which theme days a task concerns: days it names (by any alias) and days on its topic (keywords). Topics
 * are matched in the task's own words: the 责任单位 / 牵头部门 clauses and the unit names are taken out
 * first, so a task listing 市气象局 is not "about" 世界气象日.
 */
import type { ThemeDay } from './catalog.js';
import { CLOSING_LIST, LINE_LABEL } from '../plans/units.js';

export interface ThemeLink {
  dayId: string;
  how: 'mention' | 'keyword';
  /**
   * How much the task's own words (not unit or theme-day names) are on the day's topic: keyword hits, a hit
   * in the title counting 3; 0 when the task only names the day.
   */
  topical: number;
}

/** Unit lists as the parser reads them (plans/units.ts): parenthesised, and labelled lines (task text has （）). */
const UNIT_CLAUSE = new RegExp(`${CLOSING_LIST}[^（）]*）`, 'g');
const UNIT_LINE = new RegExp(`${LINE_LABEL.source}.*$`, 'gm');

/** The task's text without the units it names: what its topic is judged on. */
export function topicText(task: { title: string; text: string; units?: string[]; leadUnits?: string[] }): string {
  let body = `${task.title}\n${task.text}`.replace(UNIT_CLAUSE, '').replace(UNIT_LINE, '');
  const names = [...(task.units ?? []), ...(task.leadUnits ?? [])].sort((a, b) => b.length - a.length);
  for (const name of names) body = body.split(name).join(' ');
  return body;
}

/** A catalog's words as linking reads them, worked out once per catalog. */
interface Words {
  /** Every alias, longest first. */
  names: string[];
  /** The distinct keywords, and each day's (indexes into `keywords`). */
  keywords: string[];
  dayKeywords: number[][];
  /** The aliases and the keywords by their first code unit (indexes into `names`, `keywords`). */
  namesAt: WordsAt;
  keywordsAt: WordsAt;
}

const catalogWords = new WeakMap<readonly ThemeDay[], Words>();

function wordsOf(days: readonly ThemeDay[]): Words {
  let w = catalogWords.get(days);
  if (!w) {
    const names = days.flatMap((d) => d.aliases).sort((a, b) => b.length - a.length);
    const keywords = [...new Set(days.flatMap((d) => d.keywords))];
    const dayKeywords = days.map((d) => d.keywords.map((k) => keywords.indexOf(k)));
    catalogWords.set(
      days,
      (w = { names, keywords, dayKeywords, namesAt: byFirst(names), keywordsAt: byFirst(keywords) }),
    );
  }
  return w;
}

/** Words by their first code unit: whether any starts with it (a table), and which (indexes into the words). */
interface WordsAt {
  starts: Uint8Array;
  which: Map<number, number[]>;
}

/** The words by their first code unit (the empty word has none and is never found). */
function byFirst(words: string[]): WordsAt {
  const at: WordsAt = { starts: new Uint8Array(0x10000), which: new Map() };
  words.forEach((word, i) => {
    if (!word) return;
    const c = word.charCodeAt(0);
    at.starts[c] = 1;
    (at.which.get(c) ?? at.which.set(c, []).get(c)!).push(i);
  });
  return at;
}

/**
 * How many times each word occurs in `s`, each word's occurrences counted without overlaps, leftmost first (as
 * many as `s.split(word).length - 1`): one pass over `s`, trying only the words that start with its code unit.
 */
function occurrences(s: string, words: string[], at: WordsAt): number[] {
  const n = new Array<number>(words.length).fill(0);
  const free = new Array<number>(words.length).fill(0);
  for (let i = 0; i < s.length; i++) {
    if (!at.starts[s.charCodeAt(i)]) continue;
    for (const w of at.which.get(s.charCodeAt(i))!) {
      if (i >= free[w]! && s.startsWith(words[w]!, i)) {
        n[w]!++;
        free[w] = i + words[w]!.length;
      }
    }
  }
  return n;
}

/** The links of each of a plan's tasks (in task order): text analysis done with the parse, before the store. */
export function planLinks(
  days: readonly ThemeDay[],
  plan: { tasks: Parameters<typeof linkThemeDays>[1][] },
): ThemeLink[][] {
  return plan.tasks.map((task) => linkThemeDays(days, task));
}

export function linkThemeDays(
  days: readonly ThemeDay[],
  task: { title: string; text: string; themeDays: string[]; units?: string[]; leadUnits?: string[] },
): ThemeLink[] {
  const w = wordsOf(days);
  // Each name that occurs in turn, longest first, replaced wherever it occurs.
  const strip = (s: string) => {
    const found = occurrences(s, w.names, w.namesAt);
    if (!found.some((n) => n > 0)) return s;
    return w.names.reduce((acc, name, i) => (found[i] && acc.includes(name) ? acc.split(name).join(' ') : acc), s);
  };
  const text = occurrences(strip(topicText(task)), w.keywords, w.keywordsAt);
  const title = occurrences(strip(task.title), w.keywords, w.keywordsAt);
  const links: ThemeLink[] = [];
  days.forEach((day, d) => {
    const topical = w.dayKeywords[d]!.reduce((n, k) => n + text[k]! + 2 * title[k]!, 0);
    if (task.themeDays.length && day.aliases.some((a) => task.themeDays.includes(a)))
      links.push({ dayId: day.id, how: 'mention', topical });
    else if (topical) links.push({ dayId: day.id, how: 'keyword', topical });
  });
  return links;
}
