/**
 * The weekly digest of a channel: theme days in the look-ahead window with the plan tasks and units
 * they concern, deadlines in the window, and how to change the settings. Platform-neutral Reply.
 */
import { DateTime } from 'luxon';
import type { Locale, Reply, Section } from '../dispatch/types.js';
import { addDays, daysBetween, formatRange } from './dates.js';
import { taskId, type Services } from './index.js';

export interface DigestScope {
  workspace: string;
  planIds: number[] | null;
  lookahead: number;
  locale: Locale;
  timezone: string;
}

const t = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

/**
 * Results shared by the digests composed on one day: the theme days ahead of a workspace and the tasks
 * of a day for a set of plans. A scheduler composing many digests at once asks the database once for each.
 */
export class DigestCache {
  private day = '';
  private readonly memo = new Map<string, unknown>();

  get<T>(day: string, key: string, compute: () => T): T {
    if (day !== this.day) {
      this.memo.clear();
      this.day = day;
    }
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }
}

export function composeDigest(services: Services, scope: DigestScope, now: Date, cache = new DigestCache()): Reply {
  const L = scope.locale;
  const today = DateTime.fromJSDate(now, { zone: scope.timezone });
  const from = today.toISODate()!;
  const plansKey = scope.planIds?.join(',') ?? '*';
  const [weekStart, weekEnd] = cache.get(from, 'week', () => [today.startOf('week').toISODate()!, today.endOf('week').toISODate()!]);
  const occurrences = cache.get(from, `up:${scope.workspace}:${scope.lookahead}`, () => services.themes.upcoming(scope.workspace, from, scope.lookahead));
  // A day's section depends only on the day, the plans and the language: digests of one day share it.
  const sections: Section[] = occurrences.map((o) => cache.get(from, `sec:${L}:${scope.workspace}:${o.day.id}:${o.year}:${plansKey}`, () => {
    const name = L === 'en' ? `${o.day.nameEn} · ${o.day.nameZh}` : o.day.nameZh;
    if (!o.start) {
      return { title: name, body: t(L, `日期待公布（通常在 ${o.day.usualMonth ?? '?'} 月）。公布后管理员可用 /themeday set 录入。`, `Date to be announced (usually month ${o.day.usualMonth ?? '?'}); admins can enter it with /themeday set.`) };
    }
    const days = daysBetween(from, o.start);
    const when = `${formatRange(o.start, o.end, L)} · ${days > 0 ? t(L, `还有 ${days} 天`, `in ${days} days`) : t(L, '进行中', 'under way')}`;
    const tasks = services.themes.relatedTasks(scope.workspace, o.day, scope.planIds, 3);
    const lines = tasks.map((task) => `• ${taskId(task)} ${task.title}（${[...new Set([...task.leadUnits, ...task.units])].slice(0, 4).join('、') || t(L, '未列单位', 'no unit listed')}）`);
    return { title: name, body: [when, ...(lines.length ? [t(L, '相关任务：', 'Related tasks:'), ...lines] : [])].join('\n') };
  }));
  // Deadlines fall on 31 December of their year: only a window that reaches one can hold any.
  const windowEnd = addDays(from, scope.lookahead);
  const yearEnds = [today.year, today.year + 1].filter((y) => `${y}-12-31` >= from && `${y}-12-31` <= windowEnd);
  const deadlines = yearEnds
    .flatMap((year) => cache.get(from, `due:${year}`, () => services.deadlines({ year }).rows))
    .filter((d) => scope.planIds === null || scope.planIds.includes(d.planId));
  if (deadlines.length) {
    sections.push({
      title: t(L, '期内到期', 'Falling due'),
      body: deadlines.map((d) => `• ${d.due} ${d.title}（${d.planTitle}）`).join('\n'),
    });
  }
  let text = t(L, `本周 ${weekStart} 至 ${weekEnd}，以下是未来 ${scope.lookahead} 天的主题日。`, `Week ${weekStart} – ${weekEnd}: theme days in the next ${scope.lookahead} days.`);
  if (occurrences.length === 0) {
    const next = cache.get(from, `next:${scope.workspace}`, () => services.themes.upcoming(scope.workspace, from, 366).find((o) => o.start));
    text = t(L, `未来 ${scope.lookahead} 天没有主题日。`, `No theme days in the next ${scope.lookahead} days.`);
    if (next?.start) text += t(L, `下一个是 ${next.day.nameZh}（${formatRange(next.start, next.end, L)}）。`, ` The next is ${next.day.nameEn} (${formatRange(next.start, next.end, L)}).`);
  }
  return {
    title: t(L, `科普主题日周报 · ${weekStart}`, `Theme-day digest · week of ${weekStart}`),
    text,
    sections,
    footer: t(L, '设置：/digest settings 查看，/digest subscribe 修改，/digest unsubscribe 退订。', 'Settings: /digest settings to view, /digest subscribe to change, /digest unsubscribe to stop.'),
  };
}
