/** Chinese numerals as plans print them: 〇 to 九 (two forms of zero, 两 for two) and tens with 十. */
const DIGITS: Record<string, number> = Object.fromEntries([
  ...[...'〇一二三四五六七八九'].map((d, i) => [d, i] as const),
  ['○', 0],
  ['零', 0],
  ['两', 2],
]);

const PLACES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * 三 → 3, 十五 → 15, 二十一 → 21, 一百零五 → 105, 两千五百 → 2500; NaN when it is not such a number (二三, 十十), or
 * when it is the spoken short form (一百二 for 120).
 */
export function cnNumber(s: string): number {
  let total = 0;
  let digit: number | null = null;
  let place = Infinity;
  let zero = false;
  for (const c of s) {
    const p = PLACES[c];
    if (p !== undefined) {
      if (p >= place) return NaN;
      total += (digit ?? 1) * p;
      digit = null;
      place = p;
    } else if (c === '零' && place !== Infinity) zero = true;
    else if (digit === null && DIGITS[c] !== undefined) digit = DIGITS[c]!;
    else return NaN;
  }
  if (s === '' || (digit !== null && place > 10 && place !== Infinity && !zero)) return NaN;
  return total + (digit ?? 0);
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
