/** The iCalendar file of a window: theme days and the deadlines falling in it, worded like the chat replies. */
import { createHash } from 'node:crypto';
import { toIcs } from '../../src/calendar/ics.js';
import type { Services } from '../../src/services/index.js';
import { taskId } from '../../src/services/tasks.js';
import { formatRange, planShort, quantity, sayIn, taskRef } from './format.js';

/** Days before an event its reminder goes off. */
const ALARM_DAYS = 3;

/** A window of dates (YYYY-MM-DD, inclusive), or a calendar year. */
export type CalendarWindow = number | { from: string; to: string };

export function calendarFile(services: Services, when: CalendarWindow, workspace = 'console'): string {
  const say = sayIn('zh-CN');
  const { from, to } = typeof when === 'number' ? { from: `${when}-01-01`, to: `${when}-12-31` } : when;
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  const deadlines = years
    .flatMap((year) => services.deadlines.list({ year }).rows)
    .filter((d) => d.due >= from && d.due <= to)
    .map((d) => {
      const task = d.taskId ? services.tasks.get(d.taskId) : undefined;
      const title = d.target ? `${d.target.metric} ${quantity(say, d.target)}` : d.text;
      const kind =
        d.kind === 'period-end' ? '规划期末' : d.kind === 'milestone' ? '进度' : d.yearly ? '每年目标' : '目标';
      const description = [
        `${kind} · ${d.planTitle}`,
        task ? `任务 ${taskId(task)}（${taskRef(task)}）：${task.title}` : '',
        task && task.units.length ? `责任单位：${task.units.join('、')}` : '',
        d.kind === 'target' ? `原文：“${d.text}”` : '',
      ]
        .filter(Boolean)
        .join('\n');
      // What the item is, not where it sits in the database: the same after a plan is imported again.
      const key = createHash('sha1')
        .update([d.kind, planShort(d.planTitle), d.text, title, d.due].join('|'))
        .digest('hex');
      return { id: `${d.kind}-${key.slice(0, 16)}-${d.due}`, date: d.due, title, description };
    });
  const occurrences = years
    .flatMap((year) => services.themes.forYear(workspace, year))
    .filter((o) =>
      o.start
        ? o.end! >= from && o.start <= to
        : `${o.year}-${String(o.day.usualMonth ?? 1).padStart(2, '0')}-01` >= from &&
          `${o.year}-${String(o.day.usualMonth ?? 1).padStart(2, '0')}-01` <= to,
    );
  const describe = (o: (typeof occurrences)[number]) => {
    if (!o.start) {
      const last = services.themes.detail(workspace, o.day, `${o.year}-01-01`).previous;
      const lastText = last?.start ? `去年（${last.year}）：${formatRange(last.start, last.end, say)}。` : '';
      return `日期待公布，通常在 ${o.day.usualMonth} 月。${lastText}公布后管理员可用 /themeday set 录入。`;
    }
    const n = services.themes.taskCount(workspace, o.day);
    return [`${o.day.nameZh}（${o.day.nameEn}）`, n ? `规划中相关任务 ${n} 项：/tasks theme:${o.day.nameZh}` : '']
      .filter(Boolean)
      .join('\n');
  };
  const name = typeof when === 'number' ? `kepu-bot ${when}` : `kepu-bot ${from} – ${to}`;
  return toIcs({ occurrences, deadlines, name, now: services.clock.now(), describe, alarmDays: ALARM_DAYS });
}
