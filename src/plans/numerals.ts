/** Chinese numerals as plans print them: 〇 to 九 (two forms of zero, 两 for two) and tens with 十. */
const DIGITS: Record<string, number> = Object.fromEntries([
  ...[...'〇一二三四五六七八九'].map((d, i) => [d, i] as const),
  ['○', 0],
  ['零', 0],
  ['两', 2],
]);

/** 三 → 3, 十 → 10, 十五 → 15, 二十一 → 21; NaN when it is not such a number. */
export function cnNumber(s: string): number {
  if (!s.includes('十')) return s.length === 1 ? (DIGITS[s] ?? NaN) : NaN;
  const [tens, ones] = s.split('十');
  return (tens ? (DIGITS[tens] ?? NaN) : 1) * 10 + (ones ? (DIGITS[ones] ?? NaN) : 0);
}

/** A year in Chinese digits, one per position: 二〇二六 → 2026. */
export function cnYear(s: string): number {
  return Number([...s].map((d) => DIGITS[d] ?? NaN).join(''));
}

/** A month in Chinese numerals (三, 十二), and a month as plans print it, digits or Chinese: patterns without groups. */
export const CN_MONTH = '(?:十[一二]?|[一二三四五六七八九])';
export const MONTH = `(?:\\d{1,2}|${CN_MONTH})`;

/** 3 → 3, 三 → 3, 十二 → 12. */
export const monthNumber = (s: string): number => (/^\d/.test(s) ? Number(s) : cnNumber(s));
