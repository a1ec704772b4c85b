/**
 * A question typed without a command, read as the command that answers it, in Chinese or English:
 *   区科协负责什么？ / what is 区科协 responsible for? → /unit 区科协 (教育局今年要完成哪些任务 → /unit 教育局;
 *   what does the education bureau do? → /unit 教育局)
 *   科普基础设施由谁负责？ / who is responsible for 科普基础设施? → /tasks 科普基础设施 (the tasks and their units)
 *   今年有哪些到期的？ / what is due this year? → /deadlines year:2026 (30天内 / 下周 / 本月到期 → within:N)
 *   2025年科学素质的目标 / targets for 2025 → /targets 科学素质 year:2025
 *   防灾减灾日是哪天？ / when is 科技活动周? → /themeday 防灾减灾日
 *   防灾减灾日下周有什么安排？ / what is planned for 科技活动周? → /themeday 防灾减灾日 (下周有什么活动 → /themedays 14)
 *   近期有什么主题日？ / upcoming theme days → /themedays
 *   有哪些规划？ / which plans → /plans;  南京的规划 → /plan 南京;  青云谱区规划有哪些任务 → /tasks plan:青云谱区
 *   (南京规划的目标 → /targets plan:南京);  怎么用 / help → /help
 *   单位有哪些？ / which units are involved? → /units
 *   anything else in Chinese: a task search (关于农民的任务 → /tasks 农民); in English, a topic the plans have a
 *   word for (tasks about farmers, which tasks involve the elderly, volunteers → /tasks 志愿).
 * A leading slash is ignored (Slack's /kepu 区科协负责什么？ arrives as /区科协负责什么？). null when it reads as none of
 * these (a mistyped command is answered as unknown).
 */

import { chineseFor, chineseUnit } from './english.js';

/** Polite openings and question endings around the words that matter. */
const OPENING =
  /^(?:请问|请|麻烦|帮我|帮忙|我想知道|我想问|想问一下|查一下|查查|查询|看看|看一下|(?:please |can you |could you )*(?:(?:show me|tell me|show|list)\b)?)\s*/i;
const ENDING = /[\s?？。.!！~]+$/;

/** 今年 / this year, 明年 / next year, 去年 / last year, 2025年 / 2025 → the year; null when none is named. */
function yearOf(s: string, thisYear: number): number | null {
  if (/今年|本年|this year/i.test(s)) return thisYear;
  if (/明年|next year/i.test(s)) return thisYear + 1;
  if (/去年|last year/i.test(s)) return thisYear - 1;
  const y = /(?<!\d)(20\d\d)(?!\d)/.exec(s);
  return y ? Number(y[1]) : null;
}

/** How many days ahead a question looks: 30天内 → 30, 下周 → 14, 本月 → 31; null when it does not say. */
function daysOf(s: string): number | null {
  const n = /(\d{1,4})\s*(?:天|日|days?)/i.exec(s)?.[1];
  if (n) return Number(n);
  if (/本周|这周|this week/i.test(s)) return 7;
  if (/下周|next week/i.test(s)) return 14;
  if (/本月|这个月|this month/i.test(s)) return 31;
  if (/下个?月|next month/i.test(s)) return 62;
  return null;
}

/** Words of when, taken out of a question about what is planned or who does what (防灾减灾日下周有什么安排 → 防灾减灾日). */
const WHEN_WORDS = /今年|明年|本年度?|本周|这周|下周|本月|这个月|下个?月|近期|最近|\d{1,4}\s*天内?/g;
/** A theme day as people name it: 防灾减灾日, 科技活动周, 全国科普月, 上海科技节, Earth Day. */
const DAY_NAME =
  /^(?:[\u4e00-\u9fa5A-Za-z0-9·“”"]{2,20}(?:日|周|月|节)|[A-Za-z0-9' ]{2,60} (?:day|week|month|festival))$/i;

/** A topic as plans word it: Chinese as it is, English by the Chinese word for it (farmers → 农民); else null. */
const topicIn = (words: string) => (/[\u4e00-\u9fa5]/.test(words) ? words.trim() : chineseFor(words));

/** The plan a question names: 南京的规划 · 青云谱区规划里 → 南京 · 青云谱区 (a name or region to look up). */
const planOf = (s: string | undefined) =>
  /^(.{2,12}?)的?(?:规划|计划|方案|要点)(?:里|中)?$/.exec(s ?? '')?.[1]?.replace(/\s/g, '');

const withYear = (line: string, year: number | null) => (year === null ? line : `${line} year:${year}`);
/** The words of a targets question once its year and question words are gone: 2025年科学素质目标 → 科学素质. */
const topicOf = (s: string) =>
  s
    .replace(
      /20\d\d年?|今年|明年|去年|本年度?|(?:this|next|last) year|目标|指标|targets?|有哪些|有什么|是什么|是多少|完成了?吗|完成(?:情况|得?怎么样|得?如何)|进展如何|(?:相关|有关|方面)的?|(?:要|需要)?(?:达到|实现|完成)?(?:哪些|多少)|what are|the|for|的/gi,
      '',
    )
    .trim();

/** A unit's name as people write it: ends with an office's word (局, 委, 科协, 中心, 政府 …). */
const UNIT_NAME =
  /^[\u4e00-\u9fa5A-Za-z0-9（）()]{1,30}(?:局|委|办|会|协|厅|部|处|科|室|中心|政府|街道|馆|院|校|站|队|团|联|所)$/;

export function question(line: string, thisYear: number): string | null {
  const s = line
    .trim()
    .replace(/^[/／]/, '')
    .replace(OPENING, '')
    .replace(ENDING, '')
    .trim();
  if (!s) return null;
  if (/^(?:帮助|怎么用|如何使用|使用说明|help|how do i use (?:it|this|kepu)?)$/i.test(s)) return '/help';
  const year = yearOf(s, thisYear);

  // Who does it: 科普基础设施由谁负责？ · 谁负责科普基础设施 · who is responsible for 科普基础设施 → the tasks
  const work =
    /^(.+?)(?:由|是|归)?(?:谁|哪个单位|哪些单位|哪个部门|哪些部门)来?(?:负责|牵头|承担)的?$/.exec(s)?.[1] ??
    /^(?:谁|哪个单位|哪些单位|哪个部门|哪些部门)来?(?:负责|牵头|承担)(.+)$/.exec(s)?.[1] ??
    /^who(?: is|'s| are)? (?:responsible for|in charge of|leads|leading|handles|runs) (?:the )?(.+)$/i.exec(s)?.[1];
  const workTopic = work && topicIn(work);
  if (workTopic) return `/tasks ${workTopic}`;

  // A unit's work, this year's too: 区科协负责什么 · 教育局今年要完成哪些任务 · 今年科协有什么任务
  const u = s.replace(WHEN_WORDS, '');
  // X有哪些任务 · X的工作: X is a unit's or a plan's name
  const listed = /^(.+?)(?:有哪些|有什么|的)(?:任务|工作)$/.exec(u)?.[1];
  const unit =
    /^(.+?)(?:都|主要)?(?:负责|承担|牵头)(?:了|的)?(?:什么|哪些|啥|些什么)?(?:任务|工作|事情?)?(?:有哪些|是什么)?$/.exec(
      u,
    )?.[1] ??
    /^(.+?)(?:要|需要|应该?)?(?:完成|做|干)(?:哪些|什么|啥)(?:任务|工作|事情?)?$/.exec(u)?.[1] ??
    /^what (?:is|are|does) (.+?) (?:responsible for|in charge of|do)$/i.exec(s)?.[1] ??
    /^(?:tasks|work) (?:of|for) (.+)$/i.exec(s)?.[1] ??
    listed;
  if (unit && UNIT_NAME.test(unit.trim())) return `/unit ${unit.trim()}`;
  const englishUnit = unit && chineseUnit(unit);
  if (englishUnit) return `/unit ${englishUnit}`;

  // What tasks say of a topic named in English: tasks about farmers · which tasks involve the elderly → /tasks 农民
  const about =
    /^(?:tasks?|work|anything|items?) (?:about|on|for|related to|concerning|regarding|involving|mentioning) (.+)$/i.exec(
      s,
    )?.[1] ?? /^which tasks (?:involve|concern|mention|cover|relate to|are about|are for) (.+)$/i.exec(s)?.[1];
  const aboutTopic = about && topicIn(about);
  if (aboutTopic) return `/tasks ${aboutTopic}`;
  // A plan's tasks, or the plan: 青云谱区规划有哪些任务 → /tasks plan:青云谱区 · 南京的规划 → /plan 南京
  const planTasks = planOf(listed);
  if (planTasks) return `/tasks plan:${planTasks}`;
  const named = /的(?:规划|计划|方案)$/.test(s) ? planOf(s) : undefined;
  if (named && !/哪些|什么|所有/.test(named)) return `/plan ${named}`;
  if (
    /^(?:(?:which|what|all|the) )*(?:responsible )?units(?: (?:are )?(?:involved|named|responsible|there))?$|^(?:有)?(?:哪些|所有|全部)(?:的)?(?:责任)?单位$|^(?:责任)?单位(?:都?有哪些|列表)$/i.test(
      s,
    )
  )
    return '/units';

  const days = daysOf(s);
  if (/到期|截止|期限|逾期|过期|due|deadlines?|overdue/i.test(s))
    return days ? `/deadlines within:${days}` : withYear('/deadlines', year);
  if (/目标|指标|targets?/i.test(s)) {
    // a plan's targets (南京规划的目标 → plan:南京), or those on a topic (2025年科学素质目标)
    const topic = topicOf(s);
    const plan = planOf(topic);
    const words = topic && topicIn(topic);
    return withYear(`/targets${plan ? ` plan:${plan}` : words ? ` ${words}` : ''}`, year);
  }

  // what is planned: for a theme day (防灾减灾日下周有什么安排 · what is planned for 科技活动周), or when (下周有什么活动)
  const english =
    /^what(?:'s| is) (?:planned|on|happening|coming up)\b(?: (?:for|during|on|around) (?:the )?(.+))?/i.exec(s);
  const planned =
    /^(.*?)(?:有什么|有哪些|要做什么|要做哪些|做什么)(?:安排|活动|任务|工作|计划)?$/.exec(
      s.replace(WHEN_WORDS, ''),
    )?.[1] ?? (english ? (english[1] ?? '') : undefined);
  if (planned !== undefined && DAY_NAME.test(planned.trim())) return `/themeday ${planned.trim()}`;
  if (planned === '' && days) return `/themedays ${days}`;

  const day =
    /^(.+?)(?:是|在)?(?:哪天|哪一天|什么时候|几月几[号日]|几号|的日期)$/.exec(s)?.[1] ??
    /^(?:什么时候|哪天|哪一天)是(.+)$/.exec(s)?.[1] ??
    /^when is (?:the )?(.+)$/i.exec(s)?.[1];
  if (day && !/^(?:近期|最近|下一?个)?的?(?:主题日|主题活动|活动)$/.test(day.trim())) return `/themeday ${day.trim()}`;
  if (/主题日|纪念日|活动日|theme ?days?|upcoming events?/i.test(s)) return days ? `/themedays ${days}` : '/themedays';
  if (
    /(?:哪些|什么|所有|几个|多少个?)(?:的)?规划|规划列表|^规划$|which plans|how many plans|^(?:the |all )?plans$/i.test(
      s,
    )
  )
    return '/plans';

  // Other Chinese text is what a task is about (关于农民的任务), and so is an English topic the plans have a word
  // for (farmers → 农民); another first word in Latin letters is a mistyped command (/taks 农民), answered as unknown.
  const word = chineseFor(s);
  if (word) return `/tasks ${word}`;
  if (!/[\u4e00-\u9fa5]/.test(s) || /^[a-z]/i.test(s)) return null;
  // 哪些任务和防灾减灾日有关 · 与防灾减灾日相关的任务 → the day's tasks
  const related =
    /^(?:有)?哪些(?:任务|工作)(?:和|与|跟)(.+?)(?:有关|相关)(?:的)?$/.exec(s)?.[1] ??
    /^(?:和|与|跟)(.+?)(?:有关|相关)的(?:任务|工作)(?:有哪些|有什么)?$/.exec(s)?.[1];
  const words = (
    related ??
    s
      .replace(/^(?:关于|有关|有哪些|有什么|哪些|什么)/, '')
      .replace(/(?:有哪些|有什么)?的?(?:相关|有关|方面)?的?(?:任务|工作|内容|活动|安排)?(?:有哪些|有什么|是什么)?$/, '')
  ).trim();
  // a theme day's tasks are those its links find, naming the day or on its topic
  if (words && DAY_NAME.test(words)) return `/tasks theme:${words}`;
  return words && words.length <= 20 ? `/tasks ${words}` : null;
}
