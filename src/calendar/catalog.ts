/**
 * The theme-day catalog (主题日): national days, weeks and months that plans name and 科普 teams use.
 * The data lives in theme-days.json (built from the facts in shared/theme-days); this module types
 * and validates it, so a bad edit fails loudly at start-up.
 */
import { z } from 'zod';
import catalogData from './theme-days.json' with { type: 'json' };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** How a day's date is found for a year when no announced date is known. */
const ruleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fixed'), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }),
  /** weekday 1 = Monday … 7 = Sunday; nth −1 = last. */
  z.object({
    type: z.literal('nth-weekday'),
    month: z.number().int().min(1).max(12),
    weekday: z.number().int().min(1).max(7),
    nth: z.number().int().min(-5).max(5),
  }),
  z.object({ type: z.literal('month'), month: z.number().int().min(1).max(12) }),
  z.object({
    type: z.literal('period'),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    lengthDays: z.number().int().min(1),
  }),
  z.object({ type: z.literal('solar-term'), term: z.literal('秋分') }),
  /** Announced every year; no rule predicts it. */
  z.object({ type: z.literal('announced'), usualMonth: z.number().int().min(1).max(12).optional() }),
]);

const knownSchema = z.union([
  z.object({ status: z.literal('superseded') }),
  z.object({ start: isoDate, end: isoDate, status: z.string(), startOnly: z.boolean().optional() }),
]);

const themeDaySchema = z.object({
  id: z.string().min(1),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: z.enum(['day', 'week', 'month', 'period']),
  rule: ruleSchema,
  validFrom: z.number().int().optional(),
  validTo: z.number().int().optional(),
  supersededBy: z.string().optional(),
  usualMonth: z.number().int().min(1).max(12).optional(),
  keywords: z.array(z.string().min(1)).default([]),
  known: z.record(z.string().regex(/^\d{4}$/), knownSchema).default({}),
  authority: z.string().nullish(),
});

/** 主题日: a theme day, week or month. */
export type ThemeDay = z.infer<typeof themeDaySchema>;
export type DateRule = ThemeDay['rule'];

export function parseCatalog(data: unknown): ThemeDay[] {
  return z.array(themeDaySchema).parse(data);
}

let cached: ThemeDay[] | null = null;

/** The built-in catalog (read and validated once). */
export function loadCatalog(): ThemeDay[] {
  cached ??= parseCatalog(catalogData);
  return cached;
}

function fold(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/[“”"]/g, '')
    .replace(/[·•・.]/g, '·')
    .toLowerCase();
}

export function validIn(day: ThemeDay, year: number): boolean {
  return (day.validFrom === undefined || year >= day.validFrom) && (day.validTo === undefined || year <= day.validTo);
}

/** The English words of a name, lower case. */
const englishWords = (s: string): string[] => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/**
 * The day an id, name or alias names. When several share an alias (全国科普日 is the old day and an
 * alias of 全国科普月), the one valid in `year` wins; exact names beat aliases, and English words of a name
 * in any order come last.
 */
export function findThemeDay(days: readonly ThemeDay[], text: string, year?: number): ThemeDay | undefined {
  const q = fold(text);
  if (!q) return undefined;
  const exact = days.filter((d) => d.id === text || fold(d.nameZh) === q || fold(d.nameEn) === q);
  const byAlias = days.filter((d) => d.aliases.some((a) => fold(a) === q));
  const partial = days.filter((d) => fold(d.nameZh).includes(q) || d.aliases.some((a) => fold(a).includes(q)));
  // English words of the name, in any order: disaster prevention day → National Disaster Prevention and Reduction Day
  const asked = /[a-z]/i.test(text) ? englishWords(text).filter((w) => w !== 'the') : [];
  const byWords = asked.length
    ? days.filter((d) => {
        const name = englishWords(d.nameEn);
        return asked.every((w) => name.includes(w));
      })
    : [];
  for (const group of [exact, byAlias, partial, byWords]) {
    if (group.length === 0) continue;
    const day = (year !== undefined ? group.find((d) => validIn(d, year)) : undefined) ?? group[0]!;
    const successor =
      year !== undefined && !validIn(day, year) && day.supersededBy
        ? days.find((d) => d.id === day.supersededBy)
        : undefined;
    return successor ?? day;
  }
  return undefined;
}
