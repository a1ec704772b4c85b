/**
 * Spelling variants of unit names (教育局 / 教体局, 团委 / 团市委 / 团区委 …), read from unit-synonyms.json:
 * a searched name stands for each of its variants.
 */
import synonyms from './unit-synonyms.json' with { type: 'json' };

const groups: string[][] = synonyms;
/** Each group's words longest first (the longest word a name contains is the one replaced). */
const longestFirst = groups.map((group) => [...group].sort((a, b) => b.length - a.length));

/** The name and its variants: each synonym the name contains replaced by the others of its group. */
export function unitVariants(name: string): string[] {
  const out = new Set([name]);
  groups.forEach((group, i) => {
    const hit = longestFirst[i]!.find((w) => name.includes(w));
    if (hit) for (const w of group) out.add(name.replace(hit, w));
  });
  return [...out];
}
