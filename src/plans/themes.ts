/**
 * Stage 8: theme-day mentions (主题日): the names of catalog days a text contains, plus
 * local festivals and publicity weeks the catalog does not know (上海科技节, 某某宣传周).
 */
const GENERIC = /(?:宣传周|宣传日|宣传月|活动周|科技节|科普节|科技周)/g;
/** The name before a generic suffix: two characters (上海科技节), three after a region word (长宁区科技节) or 青少年. */
function nameBefore(text: string, at: number): string {
  const three = text.slice(Math.max(0, at - 3), at);
  const take = /[区市县]$/.test(three) || three === '青少年' ? 3 : 2;
  return text.slice(Math.max(0, at - take), at);
}

/** Names found in `text`, longest alias first so 全国科普日 is not also counted as 科普日. */
export function findThemeDays(text: string, aliases: readonly string[]): string[] {
  const sorted = [...aliases].sort((a, b) => b.length - a.length);
  let rest = text;
  const found: string[] = [];
  for (const alias of sorted) {
    if (alias && rest.includes(alias)) {
      found.push(alias);
      rest = rest.split(alias).join('\u0000');
    }
  }
  for (const m of rest.matchAll(GENERIC)) {
    const name = nameBefore(rest, m.index) + m[0];
    if (/^[\u4e00-\u9fa5]{4,}$/.test(name) && !found.includes(name)) found.push(name);
  }
  return found;
}
