/** Dates as documents print them alone on a line (a signature's date). */
import { cnNumber, cnYear } from './numerals.js';

/** A signature date, bracketed or followed by 印发 too: 2026年3月15日, （2026年3月15日）, 2026年3月15日印发; 2026.3.15. */
const DATE =
  /^[（(]?(\d{4})(?:年(\d{1,2})月(\d{1,2})日|[.．/／-](\d{1,2})[.．/／-](\d{1,2}))[）)]?(?:印发|发布|签发)?$/;
/** A signature date in Chinese numerals: 二〇二六年三月十五日. */
const CN_DATE =
  /^[（(]?([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日[）)]?(?:印发|发布|签发)?$/;

/** The YYYY-MM-DD of a paragraph that is a date and nothing else, in Arabic or Chinese numerals. */
export function dateOf(p: string): string | null {
  const a = DATE.exec(p);
  if (a) return `${a[1]}-${pad(a[2] ?? a[4]!)}-${pad(a[3] ?? a[5]!)}`;
  const c = CN_DATE.exec(p);
  if (!c) return null;
  const [year, month, day] = [cnYear(c[1]!), cnNumber(c[2]!), cnNumber(c[3]!)];
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return `${year}-${pad(String(month))}-${pad(String(day))}`;
}

function pad(n: string): string {
  return n.padStart(2, '0');
}
