/**
 * Plan parsing, text in, typed Plan out: decode → normalize → outline → metadata → tasks → units
 * → targets → milestones → theme-day mentions. No I/O, no database, no clock.
 */
import { decode, NotAPlanError, paragraphs } from './normalize.js';
import { fullText, outline, walk, type OutlineNode } from './outline.js';
import { fiveYearPeriod, metadata } from './metadata.js';
import { findUnits, unique } from './units.js';
import { findMilestones, findTargets } from './targets.js';
import { findThemeDays } from './themes.js';
import type { Plan, Target, Task } from './types.js';

export { NotAPlanError };

export interface ParseOptions {
  /** Theme-day names and aliases to look for (from the calendar catalog). */
  themeDayAliases?: readonly string[];
}

const TASK_PART = /任务|行动|工程|举措/;
const GUARANTEE_PART = /保障|组织实施|实施步骤/;
const GOALS = /目标/;
const SCHEDULE = /进度|步骤|时间安排|阶段安排/;
const BACKGROUND = /基础|回顾|成效|形势|现状|背景|意义|问题|进展|前言/;
const UNIT_CLAUSE = /（(?:责任|牵头)(?:单位|部门)[：]|^(?:责任|牵头)(?:单位|部门)[：]|按职责分工负责）/m;

/** Parses a plan from raw bytes (UTF-8 or GB18030). */
export function parsePlanBytes(bytes: Uint8Array, options: ParseOptions = {}): Plan {
  return parsePlan(decode(bytes), options);
}

export function parsePlan(text: string, options: ParseOptions = {}): Plan {
  const paras = paragraphs(text);
  const root = outline(paras);
  const firstHeading = paras.findIndex((p) =>
    /^(?:第[一二三四五六七八九十]+[章部篇]|[一二三四五六七八九十]{1,3}、)/.test(p),
  );
  const meta = metadata(paras, firstHeading > 0 ? firstHeading : Math.min(paras.length, 30));
  meta.period ??= fiveYearPeriod(paras.join(''));
  const aliases = options.themeDayAliases ?? [];

  const tasks: Task[] = [];
  const targets: Target[] = [];
  const milestones: Plan['milestones'] = [];
  let headings = 0;

  const parts = root.children.filter((n) => n.rank <= 1);
  const hasUnits = (n: OutlineNode) => UNIT_CLAUSE.test(fullText(n));
  for (const part of parts.length ? parts : [root]) {
    const kind: Task['part'] | null =
      GUARANTEE_PART.test(part.title) && !TASK_PART.test(part.title.replace(/保障/g, ''))
        ? 'guarantee'
        : TASK_PART.test(part.title) || hasUnits(part)
          ? 'main'
          : null;
    collectGoals(part, meta.period?.start ?? null, targets, milestones, kind !== null);
    if (!kind) continue;
    for (const [node, ancestors] of walk(part, [part])) {
      if (!node.numbered || node.children.some((c) => c.numbered || c.children.some((g) => g.numbered))) continue;
      const body = node.body.join('\n');
      if (kind === 'guarantee' && !UNIT_CLAUSE.test(body)) continue;
      const lead = unique(ancestors.flatMap((a) => findUnits(a.body.join('\n')).lead));
      const own = findUnits(body);
      const seq = tasks.length + 1;
      tasks.push({
        seq,
        part: kind,
        path: ancestors.map((a) => a.heading),
        number: node.number,
        title: node.title,
        text: body,
        leadUnits: unique([...own.lead, ...lead]),
        units: own.units,
        themeDays: findThemeDays(`${node.title}\n${body}`, aliases),
      });
      for (const p of node.body)
        targets.push(...findTargets(p, { taskSeq: seq, periodStart: meta.period?.start ?? null }, false));
    }
  }
  for (const _ of walk(root)) headings++;
  if (headings < 3 || (tasks.length === 0 && targets.length === 0)) throw new NotAPlanError('no-structure');
  const themeDays = unique([...tasks.flatMap((t) => t.themeDays), ...findThemeDays(paras.join('\n'), aliases)]);
  return { ...meta, tasks, targets, milestones, themeDays, headings };
}

/**
 * Targets outside tasks and schedule milestones anywhere under `part`. Goal sections (目标) take any
 * quantified statement; other sections only those with a due year or 每年, and background sections
 * (发展基础, 形势, 意义 …) none.
 */
function collectGoals(
  part: OutlineNode,
  periodStart: number | null,
  targets: Target[],
  milestones: Plan['milestones'],
  inTaskPart: boolean,
): void {
  const visit = (node: OutlineNode, inGoals: boolean, inBackground: boolean, inSchedule: boolean) => {
    const goals = inGoals || (GOALS.test(node.title) && !TASK_PART.test(node.title));
    const background = inBackground || BACKGROUND.test(node.title);
    const schedule = inSchedule || SCHEDULE.test(node.title);
    for (const p of node.body) {
      if (goals || (!background && !inTaskPart)) targets.push(...findTargets(p, { taskSeq: null, periodStart }, goals));
      if (schedule) milestones.push(...findMilestones(p));
    }
    for (const child of node.children) visit(child, goals, background, schedule);
  };
  visit(part, false, false, false);
}
