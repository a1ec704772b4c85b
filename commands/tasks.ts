import { command, page, text } from '../src/dispatch/options.js';
import { chineseFor } from '../src/dispatch/english.js';
import { taskId } from '../src/services/tasks.js';
import { planNames, themeDayNames, unitNames } from './complete.js';
import {
  argsOf,
  clip,
  cmd,
  countOf,
  didYouMean,
  field,
  inChinese,
  pageFooter,
  paging,
  taskRef,
} from './replies/format.js';
import { requirePlan } from './replies/plans.js';

/** /tasks [query] [unit] [plan] [theme] — search tasks, ranked, with snippet, path and units. */
export const tasks = command({
  name: 'tasks',
  description: {
    'zh-CN': '搜索任务（关键词、责任单位、规划、主题日）',
    en: 'Search tasks (keywords, unit, plan, theme day)',
  },
  options: {
    query: text({ 'zh-CN': '关键词，如 农民、防灾减灾', en: 'keywords, e.g. 农民, 防灾减灾' }),
    unit: text({ 'zh-CN': '责任单位，如 科协', en: 'responsible unit, e.g. 科协' }, { complete: unitNames }),
    plan: text({ 'zh-CN': '规划编号或名称', en: 'plan id or name' }, { complete: planNames }),
    theme: text({ 'zh-CN': '主题日，如 全国科普日', en: 'theme day, e.g. 全国科普日' }, { complete: themeDayNames }),
    page,
  },
  main: 'query',
  permission: 'everyone',
  examples: ['/tasks 农民', '/tasks 防灾减灾 unit:科协', '/tasks theme:科技活动周'],
  run(ctx, { query, unit, plan, theme, page = 1 }) {
    const planId = plan ? requirePlan(ctx, plan).id : undefined;
    const found = ctx.services.tasks.search({ query, unit, planId, theme, page });
    const searchedAsWords = found.themeAsWords
      ? ctx.say(
          `没有叫“${clip(theme!, 20)}”的主题日，已按关键词搜索。`,
          `No theme day is called “${clip(theme!, 20)}”; searched as words.`,
        )
      : undefined;
    const filtersWith = (words?: string) =>
      [words, unit && `unit:${unit}`, plan && `plan:${plan}`, theme && `theme:${theme}`].filter(Boolean).join(' ');
    const filters = filtersWith(query);
    if (query && found.terms.length === 0) {
      return {
        title: ctx.say('无法搜索', 'Nothing to search'),
        text: ctx.say(
          `关键词里没有可搜索的文字（汉字、字母或数字）。例如：${cmd('tasks', '农民')}`,
          `The query has no searchable characters (Chinese, letters or digits). Try: ${cmd('tasks', '农民')}`,
        ),
        error: true,
        ephemeral: true,
      };
    }
    if (found.total === 0) {
      // An English word the plans have a Chinese word for (farmers → 农民)
      const chinese = query && chineseFor(query);
      return {
        title: ctx.say(`没有找到任务：${filters || '全部'}`, `No tasks found: ${filters || 'all'}`),
        text: [
          searchedAsWords,
          chinese
            ? inChinese(ctx.say, 'tasks', filtersWith(chinese))
            : ctx.say(
                '试试更短的关键词（两个字即可，如“农民”），或去掉某个筛选条件。',
                'Try a shorter keyword (two characters are enough, e.g. 农民) or drop a filter.',
              ),
          didYouMean(ctx.say, ctx.services.suggest(ctx.caller.workspace, unit ?? theme ?? query ?? '')),
        ]
          .filter(Boolean)
          .join('\n'),
      };
    }
    return {
      title: ctx.say(
        `任务：${filters || '全部'}（${countOf(found)} 项）`,
        `Tasks: ${filters || 'all'} (${countOf(found)})`,
      ),
      text: searchedAsWords,
      sections: found.rows.map((t) => ({
        title: `${taskId(t)}（${taskRef(t)}） · ${clip(t.title, 60)}`,
        body: [
          t.snippet,
          [clip(t.planTitle, 40), clip(t.path.slice(1).join(' › '), 80)].filter(Boolean).join(' › '),
          t.leadUnits.length ? field(ctx.say, '牵头', 'Lead', clip(t.leadUnits.join('、'), 200)) : '',
          t.units.length ? field(ctx.say, '责任单位', 'Units', clip(t.units.join('、'), 300)) : '',
        ]
          .filter(Boolean)
          .join('\n'),
      })),
      footer: pageFooter(
        ctx.say,
        found,
        ctx.say(`${cmd('task', '编号')} 查看全文`, `${cmd('task', '<id>')} for full text`),
      ),
      data: {
        total: found.total,
        ...(found.more ? { more: true } : {}),
        page: found.page,
        tasks: found.rows.map((t) => ({
          id: taskId(t),
          ref: taskRef(t),
          plan: { id: t.planId, title: t.planTitle },
          path: t.path,
          title: t.title,
          leadUnits: t.leadUnits,
          units: t.units,
        })),
      },
      paging: paging('tasks', argsOf({ query, unit, plan, theme }), found),
    };
  },
});
