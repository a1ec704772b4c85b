import { command, integer, page, text } from '../src/dispatch/options.js';
import { planNames, unitNames } from './complete.js';
import { argsOf, clip, cmd, dueStatus, field, pageFooter, paging, targetWords } from './replies/format.js';
import { daysBetween } from '../src/services/dates.js';
import { requirePlan } from './replies/plans.js';
import { planYearOf, quantityOf } from '../src/plans/types.js';

/** /targets [query] [plan] [year] [unit] — quantified targets with the task and units behind them. */
export const targets = command({
  name: 'targets',
  description: {
    'zh-CN': '量化目标（按规划、年份、单位、关键词）',
    en: 'Quantified targets (by plan, year, unit, keyword)',
  },
  options: {
    query: text({ 'zh-CN': '关键词，如 科学素质', en: 'keyword, e.g. 科学素质' }),
    plan: text({ 'zh-CN': '规划编号或名称', en: 'plan id or name' }, { complete: planNames }),
    year: integer({ 'zh-CN': '年份，如 2025', en: 'year, e.g. 2025' }, 2000, 2100),
    unit: text({ 'zh-CN': '责任单位', en: 'responsible unit' }, { complete: unitNames }),
    page,
  },
  main: 'query',
  permission: 'everyone',
  examples: ['/targets year:2025', '/targets 科学素质', '/targets plan:南京'],
  run(ctx, { query: asked, plan, year: yearOption, unit, page = 1 }) {
    // A bare year is the year option: /targets 2025 = /targets year:2025.
    const bareYear = asked && /^\s*(20\d\d)\s*年?\s*$/.exec(asked);
    const year = yearOption ?? (bareYear ? Number(bareYear[1]) : undefined);
    const query = bareYear ? undefined : asked;
    const today = ctx.today();
    const thisYear = Number(today.slice(0, 4));
    const planId = plan ? requirePlan(ctx, plan).id : undefined;
    const found = ctx.services.targets.list({ planId, year, unit, query }, page);
    const filters = [query, plan && `plan:${plan}`, year && `year:${year}`, unit && `unit:${unit}`]
      .filter(Boolean)
      .join(' ');
    if (found.total === 0) {
      return {
        title: ctx.say(`没有找到目标：${filters}`, `No targets found: ${filters}`),
        text: ctx.say(
          `试试 ${cmd('targets', 'year:2025')} 或 ${cmd('targets', '科学素质')}。`,
          `Try ${cmd('targets', 'year:2025')} or ${cmd('targets', '科学素质')}.`,
        ),
      };
    }
    return {
      title: ctx.say(
        `量化目标：${filters || '全部'}（${found.total} 项）`,
        `Targets: ${filters || 'all'} (${found.total})`,
      ),
      sections: found.rows.map((g) => {
        // A plan for one year: what it sets without a year is that year's.
        const planYear = planYearOf(g.periodStart, g.periodEnd);
        const lastYear = g.recurrence ? (g.year ?? g.periodEnd) : g.year;
        const dueYear = g.recurrence
          ? (year ?? Math.min(Math.max(thisYear, g.periodStart ?? thisYear), lastYear ?? thisYear))
          : (g.year ?? planYear);
        const status =
          dueYear === null
            ? ''
            : g.recurrence && lastYear !== null && lastYear < thisYear && year === undefined
              ? ctx.say(`已期满（${lastYear} 年）`, `ended (${lastYear})`)
              : `${g.recurrence ? ctx.say(`${dueYear} 年`, `${dueYear}: `) : ''}${dueStatus(ctx.say, daysBetween(today, `${dueYear}-12-31`))}`;
        const due = [
          g.year && !g.recurrence
            ? ctx.say(`到 ${g.year} 年`, `by ${g.year}`)
            : g.recurrence
              ? ctx.say('每年', 'every year') + (g.periodStart && lastYear ? `（${g.periodStart}–${lastYear}）` : '')
              : planYear !== null
                ? ctx.say(`${planYear} 年内（年度计划）`, `within ${planYear} (a plan for that year)`)
                : ctx.say('未注明年份', 'no year given'),
          status,
        ]
          .filter(Boolean)
          .join(' · ');
        const where = g.taskSeq
          ? `${ctx.say('任务', 'Task')} ${g.planId}-${g.taskSeq} ${clip(g.taskTitle ?? '', 40)}`
          : ctx.say('（发展目标）', '(goals section)');
        return {
          title: clip(targetWords(ctx.say, g), 80),
          body: [
            `${due} · ${clip(g.planTitle, 40)}`,
            `“${clip(g.quote, 200)}”`,
            where,
            g.units.length ? field(ctx.say, '责任单位', 'Units', clip(g.units.join('、'), 200)) : '',
          ]
            .filter(Boolean)
            .join('\n'),
        };
      }),
      footer: pageFooter(ctx.say, found),
      data: {
        total: found.total,
        page: found.page,
        targets: found.rows.map((g) => ({
          id: g.id,
          plan: { id: g.planId, title: g.planTitle, period: [g.periodStart, g.periodEnd] },
          taskId: g.taskSeq ? `${g.planId}-${g.taskSeq}` : null,
          ...quantityOf(g),
          quote: g.quote,
          units: g.units,
        })),
      },
      paging: paging('targets', argsOf({ query, plan, year, unit }), found),
    };
  },
});
