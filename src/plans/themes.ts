/**
 * Stage 8: theme-day mentions (主题日): the names of catalog days a text contains, plus
 * local festivals, publicity weeks and days named after their date (“7·28”唐山地震纪念日) the catalog does not know
 * (上海科技节, 某某宣传周).
 */
import { matchesOf } from './matches.js';

/** Generic suffixes of local events; a safety week's 安全 belongs to the suffix, so its name is read before it
 * (燃气安全宣传周, not 安全宣传周). */
const GENERIC = /(?:安全)?(?:宣传周|宣传日|宣传月)|活动周|科技节|科普节|科技周|科普文化节|科技文化节|科技文化艺术节/g;
/** The edition or year before an event's name (第十届科普节, 2026年科技节): the name is read before it. */
const EDITION = /(?:第?[\d一二三四五六七八九十百]+届|20\d\d年度?)$/;
/** A national or world name before a generic suffix: 全国防震减灾宣传周, 全国大众创业万众创新活动周. */
const SCOPED = /(?:全国|中国|世界|国际)[\u4e00-\u9fa5]{2,8}$/;
/** The name before a generic suffix: a name in quotes (“科技之春”宣传月), from 全国 / 中国 / 世界 / 国际 when one
 * opens it, else two characters (上海科技节), three after a region word (长宁区科技节) or 青少年; none after a verb
 * (开展科技节活动). */
function nameBefore(text: string, at: number): string {
  // “科技之春”宣传月: the name in quotes
  const quoted = /“([\u4e00-\u9fa5]{2,10})”$/.exec(text.slice(Math.max(0, at - 12), at));
  if (quoted) return quoted[1]!;
  const scoped = SCOPED.exec(text.slice(Math.max(0, at - 10), at));
  if (scoped) return scoped[0];
  const three = text.slice(Math.max(0, at - 3), at);
  const take = /[区市县]$/.test(three) || three === '青少年' ? 3 : 2;
  const name = text.slice(Math.max(0, at - take), at);
  // 科普日、科普周等宣传日: days named before, not one of its own; nor 学校的科技节
  return ACTION.test(name) || /[等和及与暨、的]/.test(name) ? '' : name;
}

/** Words that say what is done with an event, not which one it is: 开展科技节活动, 举办科普宣传周. */
const ACTION =
  /^(?:开展|举办|举行|组织|参加|参与|承办|主办|协办|办好|筹办|筹备|启动|成立|围绕|结合|利用|借助|依托|迎接|庆祝|做好|搞好|配合|推进|打造|创办|策划|持续|继续|积极|广泛|认真|精心|各类|系列|相关|有关)$/;

/** What follows 日 in words that are not days: 日趋, 日益, 日常, 日报, 日渐, 日臻 (日期 may be 科普日期间). */
const DAY_WORD = /[趋益常报渐臻]/;
/**
 * National and international days and weeks the catalog may not know: 世界青年技能日, 国际博物馆日, 全国儿童预防接种日,
 * 全民营养周, 世界母乳喂养周, 联合国糖尿病日 (not festivals: 国际艺术节 is no theme of 科普).
 */
const WORLD_DAY = new RegExp(
  `(?:世界|国际|全国|全民|中国|联合国)(?:(?![各每之当的等和与及])[\u4e00-\u9fa5]){2,6}?(?:日(?!期|${DAY_WORD.source})|周(?!年|边|期|末|岁))`,
  'g',
);

/** A day named after its date in quotes, the way recurring days are written: “7·28”唐山地震纪念日, “3·5”学雷锋日. */
const QUOTED_DATE = /“\d{1,2}[·.．•]\d{1,2}”([\u4e00-\u9fa5]{2,10}?[日周节])(?![期常])/g;

const matchers = new WeakMap<readonly string[], RegExp>();

/** A node of a trie of words: the next characters, and '' where a word ends. */
type Trie = Map<string, Trie>;

/** A trie's words as a pattern that shares their prefixes (科普日|科普月 → 科普(?:日|月)) and, at each character, tries
 * the longer word first: the longest alias at each place, without trying every alias there. */
function trieSource(node: Trie): string {
  const next = [...node]
    .filter(([c]) => c !== '')
    .map(([c, child]) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + trieSource(child));
  if (!next.length) return '';
  const body = next.length === 1 ? next[0]! : `(?:${next.join('|')})`;
  return node.has('') ? `(?:${body})?` : body;
}

/** One pattern of all aliases, so 全国科普日 matches before 科普日 can. */
function matcher(aliases: readonly string[]): RegExp {
  let re = matchers.get(aliases);
  if (!re) {
    const root: Trie = new Map();
    for (const alias of aliases.filter(Boolean)) {
      let node = root;
      for (const c of alias) node = node.get(c) ?? node.set(c, new Map()).get(c)!;
      node.set('', new Map());
    }
    re = root.size ? new RegExp(trieSource(root), 'g') : /(?!)/g;
    matchers.set(aliases, re);
  }
  return re;
}

/** Names found in `text`: catalog aliases (the longest at each place), then local festivals; a short name
 * printed beside its full one (科普日 beside 全国科普日) is the same day, named once. */
export function findThemeDays(text: string, aliases: readonly string[]): string[] {
  const found: string[] = [];
  const rest = text.replace(matcher(aliases), (alias, at: number) => {
    // 环境日趋优化, 科普日益: a word that begins with 日, not a day
    if (alias.endsWith('日') && DAY_WORD.test(text[at + alias.length] ?? '')) return alias;
    if (!found.includes(alias)) found.push(alias);
    return '\u0000';
  });
  for (const m of matchesOf(rest, WORLD_DAY)) if (!found.includes(m[0])) found.push(m[0]);
  for (const m of matchesOf(rest, QUOTED_DATE)) if (!found.includes(m[1]!)) found.push(m[1]!);
  for (const m of matchesOf(rest, GENERIC)) {
    const edition = EDITION.exec(rest.slice(Math.max(0, m.index - 6), m.index))?.[0] ?? '';
    const before = nameBefore(rest, m.index - edition.length);
    const name = before + m[0];
    // a name of its own, or the suffix alone after an edition (举办第十届科普节); 安全宣传月 alone names no event
    const named = edition ? /^[\u4e00-\u9fa5]{3,}$/ : /^[\u4e00-\u9fa5]{4,}$/;
    if (named.test(before ? name : m[0].replace(/^安全/, '')) && !found.includes(name)) found.push(name);
  }
  return found.filter((name) => !found.some((other) => other !== name && other.includes(name)));
}
