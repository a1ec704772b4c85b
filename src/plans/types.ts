/** The typed result of parsing one plan document. Pure data: no ids from the database. */

/** 规划 / 实施方案: one official plan document. */
export interface Plan {
  title: string;
  /** 发文单位 */
  issuer: string | null;
  /** 文号, e.g. 宁政办发〔2022〕27号 */
  docNumber: string | null;
  /** YYYY-MM-DD */
  issuedOn: string | null;
  /** 地区, e.g. 南京市, 长宁区 */
  region: string | null;
  period: { start: number; end: number } | null;
  tasks: Task[];
  targets: Target[];
  milestones: Milestone[];
  /** Names of every theme day the plan mentions, as printed. */
  themeDays: string[];
  /** Total number of outline headings found (for diagnostics). */
  headings: number;
}

/** 重点任务: the deepest numbered work item of a task part. */
export interface Task {
  /** 1-based position in the plan. */
  seq: number;
  /** 'main' for 主要任务 / 重点任务 …; 'guarantee' for 实施保障 items that carry 责任单位. */
  part: 'main' | 'guarantee';
  /** Heading titles from the part down to the task's group, e.g. ['三、重点任务', '（一）开展青少年科学素质提升行动']. */
  path: string[];
  /** The item's own number as printed, without brackets: '1', '2' for （2）, '十一'. */
  number: string;
  title: string;
  text: string;
  /** 牵头部门 of the task or its group. */
  leadUnits: string[];
  /** 责任单位 / units named "按职责分工负责". */
  units: string[];
  themeDays: string[];
}

/** 超过 >, 不少于 >=, a cap (≤14.5, 降至…以下) <=, 达到 =, 左右 ~, 6000-8000 range. */
export type Comparator = '>' | '>=' | '<=' | '=' | '~' | 'range';

/** 目标: a quantified target, e.g. 到2025年公民具备科学素质的比例超过22%. */
export interface Target {
  /** seq of the task it sits in; null in the goals section. */
  taskSeq: number | null;
  quote: string;
  metric: string;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  unit: string;
  year: number | null;
  recurrence: 'annual' | null;
}

/** The year of a plan for one year (2026年科普工作要点: period 2026–2026), else null. */
export function planYearOf(start: number | null | undefined, end: number | null | undefined): number | null {
  return start != null && start === end ? start : null;
}

/** What a target asks for, as exports and JSON replies give it. */
export function quantityOf(t: Target) {
  const { metric, comparator, value, valueMax, unit, year, recurrence } = t;
  return { metric, comparator, value, valueMax, unit, year, recurrence };
}

/** 进度安排: a dated schedule item. */
export interface Milestone {
  /** The year it is dated: a span's first (全面推进阶段（2027—2029年） → 2027). */
  year: number;
  text: string;
  /** YYYY-MM-DD when the text names a month, a quarter or a half of that year (2026年5月底前 → 2026-05-31;
   * 2026年上半年 → 2026-06-30), or a span's end (全面推进阶段（2026年6月—2027年10月） of 2026 → 2027-10-31,
   * 2027—2029年 → 2029-12-31); null when it names its year only. */
  due: string | null;
}
