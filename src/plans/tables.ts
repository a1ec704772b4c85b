/**
 * Task tables (重点任务分工表): a header row naming a task column and a unit column (牵头单位, 责任单位,
 * 配合单位 …), then one row per task. Rows come from DOCX tables (a merged cell repeated in each row it
 * spans), Markdown and tab-separated text (normalize.ts: |a|b|c|), a web page's table whose every cell
 * became a line (cellLinesAsRows), and text whose cells are set apart by spaces (spacedRowsAsRows). With two
 * content columns (重点任务 | 具体措施), the last one holds the tasks and the first one groups them where its
 * cells span rows (as the deepest numbered items are the tasks in running text), or titles them where each row
 * has its own. A row of one filled cell (| 一、… | | |; in tab-separated text, a line of its own between rows)
 * groups the rows below it. An indicator table (主要指标) gives goals; rows of other tables become plain text.
 */
import { matchesOf } from './matches.js';
import {
  FOLIO,
  foldWidth,
  isPageChrome,
  LIST_GOES_ON,
  measureUnder,
  NUMBERED,
  rowCells,
  TABLE_ROW,
} from './normalize.js';
import { findUnits, headingUnits, namesOnly, unique } from './units.js';
import { comparatorOf } from './targets.js';
import { cnNumber } from './numerals.js';
import type { Target } from './types.js';

export interface TableTask {
  number: string;
  title: string;
  text: string;
  /** The groups the row sits in: a row of one cell above it (| 一、… | | |), the first of two content columns. */
  groups: string[];
  lead: string[];
  units: string[];
  /** The 完成时限 cell, if the table has one. */
  due: string | null;
  /** Every cell of the row, the columns read as none of the above too (结合主题日): where theme days are named. */
  cells: string;
}

/**
 * A year column of an indicator table: 2025年, 2030年目标值, 目标值（2030年）, 调整后目标（2030年）, or a five-year plan's goal (“十五五”规划目标:
 * its last year). Columns named as goals (目标, 预期, 规划) hold goals, each due its year; among bare years, the last
 * one holds the goals, those before it baselines.
 */
const YEAR_COLUMN =
  /^(?:(20\d\d)年?(?:度|全年)?(?:目标值?|预期值?|规划值)?|(?:调整后)?(?:目标|预期|规划)值?[（(](20\d\d)年?[）)]|“?十([一二三四五六七八九])五”?(?:时期|期末|末)?(?:规划)?(?:目标值?|预期值?)|(?:预期|目标|规划|指标)值)$/;
const GOAL_NAMED = /目标|预期|规划/;
/** A column of levels now or reached: “十四五”现状值, 2020年基准值, 基准值（2020年）, 2026年完成值. */
const BASELINE_COLUMN =
  /^(?:(?:20\d\d年?|“?十[一二三四五六七八九]五”?(?:时期|期末|末)?)?(?:现状值?|基准值?|基期值?|基数|基线值?|完成值|实际值)|(?:现状值?|基准值?|基期值?|基数|基线值?|完成值|实际值)[（(]20\d\d年?[）)])$/;
/** A header cell's second line naming its year: 目标值 above （2025年）. */
const YEAR_LINE = /^[（(]20\d\d年?[）)]$/;
/** Or naming the year's value: 2025年 above 基期值, 2030年 above 目标值, 2025年 above 基数, 2026年 above 目标. */
const VALUE_KIND = '(?:基期|基准|现状|目标|预期|规划)';
const VALUE_LINE = new RegExp(`^(?:${VALUE_KIND}值?|基数)$`);
/** Or its kind in brackets: 2023年 above （基数）. */
const VALUE_BRACKET = new RegExp(`^[（(](${VALUE_KIND}值?|基数)[）)]$`);
/** A column grouping the rows: its cell (类别) may be written once for the rows it spans. */
const GROUP_COLUMN = /^(?:任务|工作|项目|目标|指标)?(?:类别|分类|领域)$|^(?:考核|评估|评价)(?:项目|类别|维度)$/;
/** The last column of an indicator table, and its cells. */
const ATTRIBUTE_COLUMN = /^(?:指标)?(?:属性|类型|性质)$/;
/** A column of an indicator's yearly or total growth (年均增速〔累计〕): neither a goal nor a baseline. */
const GROWTH_COLUMN = /^(?:年均)?(?:增速|增长|增幅)|^累计/;
const ATTRIBUTE = /^(?:约束性|预期性|引导性)/;
/** Its metric column, and its column of measure (单位, never a responsible unit there). */
const METRIC_COLUMN = /^(?:主要|考核|评价|监测|核心|二级|三级)?指标(?:名称|项)?$|^指标内容$|^项目$/;
const MEASURE_COLUMN = /^(?:计量)?单位$/;
/** Where and how an activity is held, for whom, and the day it marks (结合主题日): a schedule's columns of no kind the
 * parser reads. */
const PLACE_COLUMN =
  /^(?:活动)?(?:地点|场地|形式|方式|对象)$|^(?:乡镇|街道|镇街|区县|县区)$|^(?:结合|相关|对应)?(?:主题日|宣传日|纪念日|节日)$/;
/** An assessment's scores and how they are given: columns of no kind either. */
const SCORE_COLUMN = /^(?:分值|分数|权重|(?:评分|计分|考核|扣分)(?:标准|细则|办法|方法))$/;

/** The year a year column names; null for a goal column naming none (预期值: the plan's last year, parse.ts). */
function yearOf(column: string): number | null {
  const m = YEAR_COLUMN.exec(column)!;
  if (m[1] ?? m[2]) return Number(m[1] ?? m[2]);
  return m[3] ? 1955 + 5 * (10 + cnNumber(m[3])) : null; // “十四五” ends in 2025
}

/** A header naming an indicator table's metric and at least one year. */
const isIndicatorHeader = (header: string[]) =>
  header.some((h) => METRIC_COLUMN.test(h)) && header.some((h) => YEAR_COLUMN.test(h));

/**
 * An indicator table (主要指标: 指标 | 单位 | 2020年 | 2025年 | 属性): each row's value in the last year column is
 * a goal due that year; the earlier year columns are baselines, unless within the plan's period. The unit comes
 * from a 单位 column, the value's own suffix or the metric's bracket (公民具备科学素质的比例（%）).
 */
function indicatorTargets(header: string[], rows: string[][], periodStart: number | null): Target[] | null {
  if (!isIndicatorHeader(header)) return null;
  // (the last of the levels: 三级指标 after 一级指标 | 二级指标)
  const metricCol = header.length - 1 - [...header].reverse().findIndex((h) => METRIC_COLUMN.test(h));
  const years = header.flatMap((h, i) => (YEAR_COLUMN.test(h) ? [i] : []));
  const named = years.filter((i) => GOAL_NAMED.test(header[i]!));
  // (a bare year within the plan's period is due then: 2025年 | 2027年 in a plan for 2025—2027)
  const within = (i: number) => periodStart !== null && (yearOf(header[i]!) ?? 0) >= periodStart;
  // (years one after another, 2024年 | 2025年 | 2026年, are each a year's goals)
  const yearly =
    years.length >= 3 &&
    years.every((i, k) => k === 0 || yearOf(header[i]!) === (yearOf(header[years[k - 1]!]!) ?? 0) + 1);
  const goals = named.length ? named : years.filter((i, k) => yearly || k === years.length - 1 || within(i));
  const unitCol = header.findIndex((h) => MEASURE_COLUMN.test(h));
  const out: Target[] = [];
  for (const cells of rows)
    for (const at of goals) {
      const target = indicatorTarget(cells, cells[metricCol] ?? '', cells[at] ?? '', yearOf(header[at]!), unitCol);
      if (target) out.push(target);
    }
  return out;
}

/** A column naming the places or units a table shares counts among (区县, 乡镇, 单位, 市（州）). */
const SHARE_COLUMN =
  /^(?:区县|县区|[区县市]（[县市区州、]{1,5}）|地区|区域|乡镇|镇街|街镇|乡镇（街道）|街道（镇）|街道|单位|部门)$/;
/**
 * A column of the count each is to deliver, named as one (a goal, a task, a year, a floor) with its measure in
 * brackets: 2026年底注册总数（名）, 宣讲场次（不少于，场）, 注册志愿者目标（名）; not what each has now (现有服务队（支）), a
 * part of another column (其中新组建（支）) or a count done (媒体报道（篇） in a report's 统计表).
 */
const isQuotaColumn = (name: string) => SHARED_COUNT.test(name) && /目标|任务|计划|20\d\d年|不少于/.test(name);
/** A column of a count, its measure in brackets: 示范带头人（名）; not what each has now, nor a part of another. */
const SHARED_COUNT = /^(?!现有|已有|原有|其中).*[（(](不少于，?)?(名|人|人次|场|场次|个|家|所|件|次|期|篇|支)[）)]$/;

/**
 * The counts a table shares among places or units (| 序号 | 区县 | 2026年底注册总数（名） | / | 1 | 滨湖区 | 26000 |):
 * each row's a target of its own, due the year its column or else its caption names (not the 合计 row); null for
 * another table.
 */
function quotaTargets(header: string[], rows: string[][], caption: string): Target[] | null {
  const place = header.findIndex((h) => SHARE_COLUMN.test(h));
  // (beside such a column, every count shared out: | 培训任务（人次） | 示范带头人（名） |)
  const quotas = header.some(isQuotaColumn) ? header.flatMap((h, i) => (SHARED_COUNT.test(h) ? [i] : [])) : [];
  if (place < 0 || !quotas.length) return null;
  const captionYear = Number(/(20\d\d)年/.exec(caption)?.[1] ?? 0) || null;
  const out: Target[] = [];
  for (const cells of rows) {
    const where = cells[place]?.trim() ?? '';
    if (!where || /^(?:合计|总计|小计)$/.test(where)) continue;
    for (const at of quotas) {
      const [bracket, least, unit] = SHARED_COUNT.exec(header[at]!)!;
      const metric = `${where}${header[at]!.slice(0, -bracket.length)}（${unit}）`;
      const year = /^(20\d\d)年/.exec(header[at]!)?.[1];
      const target = indicatorTarget(
        cells,
        metric,
        `${least ? '不少于' : ''}${cells[at] ?? ''}`,
        year ? Number(year) : captionYear,
        -1,
      );
      if (target) out.push(target);
    }
  }
  return out;
}

/** A column of years, one a row (年度 | 新认定市级基地（个） | … / 2026年 | 15 | …). */
const YEAR_ROWS_COLUMN = /^(?:年度|年份|年度目标)$/;

/**
 * A table of yearly goals, a year a row and a measure a column (| 年度 | 新认定市级基地（个） | / | 2026年 | 15 |, or
 * the measure in the cells: | 2026年 | 10个 |): each cell a goal due its row's year, but in a row of a year before the
 * plan's (a baseline); null for another table.
 */
function yearRowTargets(header: string[], rows: string[][], periodStart: number | null): Target[] | null {
  const col = header.findIndex((h) => YEAR_ROWS_COLUMN.test(h));
  const yearOfRow = (cells: string[]) => Number(/^(20\d\d)年?度?$/.exec(cells[col]?.trim() ?? '')?.[1] ?? 0);
  const years = rows.filter((cells) => yearOfRow(cells) > 0);
  const measured = header.flatMap((h, i) =>
    i !== col &&
    (/[（(][^（）()]{1,6}[）)]$/.test(h) ||
      (years.length > 0 && years.every((cells) => /^\d+(?:\.\d+)?[^\d\s]{1,3}$/.test(cells[i]?.trim() ?? ''))))
      ? [i]
      : [],
  );
  if (col < 0 || !measured.length) return null;
  const out: Target[] = [];
  for (const cells of rows) {
    const year = yearOfRow(cells);
    if (!year || (periodStart !== null && year < periodStart)) continue;
    for (const at of measured) {
      const target = indicatorTarget(cells, header[at]!, cells[at] ?? '', year, -1);
      if (target) out.push(target);
    }
  }
  return out;
}

/** The goal one cell of an indicator table's row sets for its metric, due `year`. */
function indicatorTarget(
  cells: string[],
  metricCell: string,
  goal: string,
  year: number | null,
  unitCol: number,
): Target | null {
  const metric = metricCell.trim().replace(NUMBERED, '').trim();
  // (a total over the period in brackets, 〔100〕, as plans print cumulative goals)
  // (and a note after it, 36（累计）, says how it counts)
  const cell = goal
    .trim()
    .replace(/^〔([^〔〕]+)〕$/, '$1')
    .replace(/[（(](?:累计|总计|合计)[）)]$/, '');
  // a change to reach (下降15%) measures the metric's change, as in a sentence (…死亡人数下降15%)
  const change = /^(?:下降|降低|减少|提高|提升|增长|增加)/.exec(cell)?.[0] ?? '';
  const m =
    /^(≥|>|＞|大于|超过|不低于|不少于|达到|≤|<|＜|小于|低于|不高于|不超过)?\s*(\d+(?:\.\d+)?)\s*(?:[-—~～至](\d+(?:\.\d+)?))?\s*([^\d\s]{0,4}?)\s*(以上|左右|以下|以内)?$/.exec(
      cell.slice(change.length),
    );
  if (!metric || !m) return null;
  // (a cap on spending, 免费开放补助资金支出 | ≤80万元, is a budget, no result to reach)
  if (/^(?:≤|<|＜|小于|低于|不高于|不超过)$/.test(m[1] ?? '') && /支出|成本|经费|费用|资金/.test(metric)) return null;
  const bracket = /[（(]([^（）()]{1,6})[）)]$/.exec(metric); // 科普专职人员数量（万人）
  const unit = m[4] || (unitCol >= 0 ? (cells[unitCol] ?? '').trim() : '') || (bracket?.[1] ?? '');
  // ≥ and > read as the words a sentence would use
  const before = (m[1] ?? '').replace('≥', '不低于').replace(/[>＞]|大于/, '超过');
  return {
    taskSeq: null,
    quote: cells
      .map((c) => c.trim())
      .filter(Boolean)
      .join('，'),
    metric: (bracket ? metric.slice(0, bracket.index) : metric) + change,
    // (a cap in the table's cell, ≤14.5 or 5.2以下, is the level to stay within)
    comparator:
      /^(?:≤|<|＜|小于|低于|不高于|不超过)$/.test(m[1] ?? '') || /以下|以内/.test(m[5] ?? '')
        ? '<='
        : comparatorOf(before, m[3], m[5]),
    value: Number(m[2]),
    valueMax: m[3] ? Number(m[3]) : null,
    unit,
    year,
    recurrence: null,
  };
}

export interface TaskTable {
  /** The short line just above the table (附件：重点任务分工表), if any. */
  caption: string | null;
  /** The heading over a caption leading to the table (六、赛程安排 / 大赛分五个阶段进行，具体安排如下：), if any. */
  heading?: string;
  rows: TableTask[];
  /**
   * Rows named only (活动名称 | 时间 | 承办单位), dated first (时间 | 主要工作 | 负责部门) or captioned as a schedule
   * (…活动安排表): the tasks of a plan whose text sets none, else a schedule of them.
   */
  named?: boolean;
}

/** A bracket of names with their role after a unit in a cell: 区科技局（各街道、区教育局配合）. */
const SUPPORTING = /[（(]([^（）()]{2,60}?)(?:配合|参与|参加|协助|协办|协同|支持)[）)]/g;
/** Names in such brackets are units, not part of the cell's name: the cell without them, and them as lists. */
const bare = (v: string) => v.replace(SUPPORTING, '');
const helpers = (v: string) => matchesOf(v, SUPPORTING).map((m) => `（责任单位：${m[1]}）`);

/** 'person': a column of people (责任领导, 责任人, 联系人), never units. */
type Column = 'number' | 'name' | 'due' | 'lead' | 'units' | 'content' | 'person' | null;

function columnOf(header: string): Column {
  if (/^(?:序号|编号|序)$/.test(header)) return 'number';
  if (/领导|责任人|负责人|联系人|经办人|联系电话/.test(header)) return 'person';
  // 活动名称, 任务名称, 项目名称, 主题活动, 阶段: the row's title where its content is in another column
  if (
    (/名称$/.test(header) && !/指标|单位/.test(header)) ||
    /^(?:主题|重点|系列)?活动(?:主题|环节)?$|^(?:工作|实施|推进)?阶段$/.test(header)
  )
    return 'name';
  if (/时限|时间|期限|进度|时序|日期$|^(?:营期|会期|展期|月份)$/.test(header)) return 'due';
  if (/牵头/.test(header)) return 'lead';
  if (MEASURE_COLUMN.test(header)) return null;
  // (责任目标, 责任内容: what is to be done, not by whom)
  if (/^责任(?:目标|任务|内容|事项)$/.test(header)) return 'content';
  // (科普工作类型, 折算工作量: kinds and amounts of a standard's table, not work to do)
  if (/(?:类型|工作量)$/.test(header)) return null;
  if (/单位|部门|处室|科室|股室|专委会|责任|负责|配合|参与|协办|承办|主体/.test(header)) return 'units';
  if (/任务|事项|工作|内容|措施|举措|项目|目标|要求|指标|行动|工程|^(?:主要|具体)活动$/.test(header)) return 'content';
  return null;
}

/** A row's cells as plain text, for a table that is not a task table: a clause per cell (never a title line), the
 * cell under a column of dates first where the header gives one (| 1 | 兰州市永登县 | 2025年3月10日—5月9日 | → 2025年3月10日—5月9日：
 * 1，兰州市永登县: a dated step; | 1 | 城关镇 | 1月20日（星期二） | → 1月20日（星期二）：1，城关镇). */
export function rowText(row: string, header?: string[]): string {
  const cells = rowCells(row).map((c) => c.trim());
  const at = header?.findIndex((h) => columnOf(h.replace(/\s/g, '')) === 'due') ?? -1;
  const date = at >= 0 && /^(?:20\d\d年|\d{1,2}月\d{1,2}日)/.test(cells[at] ?? '') ? cells.splice(at, 1)[0] : null;
  const text = cells.filter(Boolean).join('，');
  return date ? `${date}：${text}` : text;
}

/**
 * Rows that fill only cells of units after the first column, the tails of names a cell wrapped (省人力资源社 /
 * 会保障厅, 省委网信办、省广播电 / 视局、山西广播电视台), joined to the row above: a name cut short goes on, a whole one
 * is followed by the next. So is a row filling a content cell alone with a few words, the rest of a sentence the
 * cell above broke off (…全年发布原创科普作品 / 不少于300件), or with the tails of its units, a content cell that
 * broke off after a comma (…培训农村科普带头人3000人次以上， / 推动每个行政村至少有1名科普带头人。).
 */
function withNameTails(columns: Column[], rows: string[][]): string[][] {
  const out: string[][] = [];
  for (const cells of rows) {
    const above = out.at(-1);
    const filled = cells.flatMap((c, i) => (c.trim() ? [i] : []));
    const unitTail = (i: number) => columns[i] === 'lead' || columns[i] === 'units';
    const sentenceTail = (i: number) =>
      columns[i] === 'content' &&
      ((filled.length === 1 && cells[i]!.trim().length <= 20 && !/[。；！]$/.test(above![i]!.trim())) ||
        /[，、]$/.test(above![i]!.trim()));
    // (a row a cell short, the title's cell spanning it, whose one cell finishes the sentence the row above broke off:
    // | 7 | 深化产学研合作 | …，联合开展关键核心 | … | / |  | 技术攻关项目5项 |  |  |  |)
    const spanned = filled.length === 1 && cells.length === columns.length - 1 ? filled[0]! + 1 : -1;
    if (
      above !== undefined &&
      spanned > 0 &&
      columns[spanned] === 'content' &&
      /，[^。；]*[\u4e00-\u9fa5]$/.test(above[spanned]?.trim() ?? '')
    ) {
      above[spanned] = above[spanned]!.trim() + cells[spanned - 1]!.trim();
      continue;
    }
    const tail =
      above !== undefined &&
      filled.length > 0 &&
      filled.every((i) => i > 0 && above[i]?.trim() && (unitTail(i) || sentenceTail(i)));
    if (!tail) {
      out.push(cells);
      continue;
    }
    for (const i of filled) {
      const [before, next] = [above[i]!.trim(), cells[i]!.trim()];
      const whole = unitTail(i) && headingUnits(before.split(/[、，；]/).at(-1) ?? '').length > 0;
      above[i] = LIST_GOES_ON.test(before) || !whole ? before + next : `${before}、${next}`;
    }
  }
  return out;
}

/**
 * A header cell wrapped onto the next line, read as one (目标值 / （2025年）, 2025年 / 基期值, 2023年 / （基数） read as
 * 2023年基数, 指标 / 属性 after the metric's column), or null.
 */
function wrappedHeader(name: string, under: string, names: string[]): string | null {
  const kind = /^20\d\d年?$/.test(name) ? VALUE_BRACKET.exec(under)?.[1] : undefined;
  const both = name + (kind ?? under);
  const wrapped =
    ((YEAR_LINE.test(under) || kind !== undefined) && isColumnName(both)) ||
    (/^20\d\d年?$/.test(name) && VALUE_LINE.test(under) && isColumnName(both)) ||
    (ATTRIBUTE_COLUMN.test(both) && names.some((n) => METRIC_COLUMN.test(n)));
  return wrapped ? both : null;
}

/** The rows of one task table under its header's columns. */
function readRows(columns: Column[], tableRows: string[][], header: string[]): TableTask[] {
  const numberCol = columns.indexOf('number');
  // a row's cells wrapped onto a row of their own whose serial is empty, after a cell that breaks off at its
  // separator (| 7 | 青少年机器人与人工智能 | 信息技术组、 | / |  | 创意赛 | 科技社团 |): one row
  const rows: string[][] = [];
  for (const cells of withNameTails(columns, tableRows)) {
    const above = rows.at(-1);
    if (
      above &&
      numberCol >= 0 &&
      !cells[numberCol]?.trim() &&
      above[numberCol]?.trim() &&
      above.some((c) => LIST_GOES_ON.test(c.trim()))
    )
      rows[rows.length - 1] = above.map((c, i) => c.trim() + (cells[i]?.trim() ?? ''));
    else rows.push(cells);
  }
  // a column named as the rows' groups (类别, 任务类别), its cell written once for the rows it spans: no task's text
  const grouping = header.findIndex((n) => GROUP_COLUMN.test(n));
  const content = columns.flatMap((c, i) => (c === 'content' && i !== grouping ? [i] : []));
  // (活动名称 | 时间 | 承办单位: the name is the task)
  const taskCol = content.at(-1) ?? columns.indexOf('name');
  const filled = (cells: string[]) => cells.filter((c) => c.trim() !== '');
  // (a group's title alone, or after its numeral in the serial column: | 一 | 防震减灾科普进学校 | | |)
  const groupRows = (cells: string[]) =>
    cells.length >= 3 &&
    (filled(cells).length === 1 ||
      (filled(cells).length === 2 && /^[一二三四五六七八九十]{1,3}[、.．]?$/.test(cells[numberCol]?.trim() ?? '')));
  const items = rows.filter((cells) => !groupRows(cells));
  // 重点任务 | 具体措施: the first column groups the tasks when a cell spans rows (repeated, or left empty below);
  // a cell of its own on every row is the row's title, as a 名称 column is
  const first = content.length > 1 ? content[0]! : null;
  // (but where the cell is filled on the rows numbered and only there, it is the title of a task whose rows the
  // unnumbered ones continue: | 1 | 深化理论学习 | 落实…学习制度… | / |  |  | 举办…读书分享会4期 |)
  const continued =
    first !== null &&
    numberCol >= 0 &&
    items.some((cells) => !cells[numberCol]?.trim()) &&
    items.every((cells) => !cells[numberCol]?.trim() === !cells[first]?.trim());
  const spans =
    first !== null &&
    !continued &&
    items.some((cells, k) => !cells[first]?.trim() || (k > 0 && cells[first]!.trim() === items[k - 1]![first]!.trim()));
  const groupCol = grouping >= 0 ? grouping : spans ? first : null;
  if (first !== null && !spans) columns = columns.map((c, i) => (i === first ? 'name' : c));
  const out: TableTask[] = [];
  // | **一、青少年科学素质提升行动** | | |: a row of one filled cell is the group of the rows below it, and so is one
  // of a numeral and a title
  let spanning: string | null = null;
  let group: string | null = null;
  for (const cells of rows) {
    if (groupRows(cells)) {
      spanning = filled(cells).at(-1)!.trim().replace(NUMBERED, '').trim();
      group = null;
      continue;
    }
    const values = columns.map((_, i) => cells[i]?.trim() ?? '');
    if (groupCol !== null && values[groupCol]) group = values[groupCol]!.replace(NUMBERED, '').trim();
    let text = values[taskCol]!.replace(NUMBERED, '').trim();
    // a dash for the task (| 科技资源科普化工程 | — | 市科技局 |): the row is its group's own task
    if (/^[—–－\-/／]+$/.test(text) && first !== null && values[first])
      text = values[first]!.replace(NUMBERED, '').trim();
    if (text === '') continue;
    const extra = content.filter((i) => i !== taskCol && i !== first).map((i) => values[i]!);
    const at = (kind: Column) => columns.flatMap((c, i) => (c === kind && values[i] ? [values[i]!] : []));
    const listed = findUnits(
      [
        // a lead cell marking its lead (A（牵头）、B): only the marked names lead
        ...at('lead').map(
          (v) => `（${/[（(]牵头[）)]/.test(v) ? '责任' : '牵头'}单位：${bare(v)}）${helpers(v).join('')}`,
        ),
        ...at('units').map((v) => `（责任单位：${bare(v)}）${helpers(v).join('')}`),
        text,
      ].join(''),
    );
    const number = at('number')[0] ?? '';
    const name = at('name')[0]?.replace(NUMBERED, '').trim();
    // (units 同上, as above: the row above's)
    const named = [...at('lead'), ...at('units')];
    const who = named.length && named.every((v) => SAME_AS_ABOVE.test(v)) ? (out.at(-1) ?? listed) : listed;
    const row: TableTask = {
      number,
      title: name || text.split(/[。；]/)[0]!.trim(),
      text: [...new Set([name, text, ...extra])].filter(Boolean).join('\n'),
      groups: [spanning, group].filter((g) => g !== null),
      lead: who.lead,
      units: who.units,
      due: at('due')[0] ?? null,
      cells: values.filter(Boolean).join('，'),
    };
    const above = out.at(-1);
    if (continued && !values[numberCol] && above) {
      above.text += `\n${row.text}`;
      above.lead = unique([...above.lead, ...row.lead]);
      above.units = unique([...above.units, ...row.units]);
      above.due = row.due ?? above.due;
      above.cells += `，${row.cells}`;
    } else out.push(row);
  }
  return out;
}

/** A task table's header: a column of tasks (or of activities' or tasks' names: 活动名称, or other names beside their
 * dates: 分营名称 | 营期) and one of their units, or their serial numbers where the tasks are no metrics (序号 | 责任目标 |
 * 分值); not a curriculum's (…| 课时 |). */
const isTaskHeader = (columns: Column[], names: string[] = []) =>
  (columns.includes('content') ||
    names.some((n) => /^(?:活动|任务)名称$/.test(n)) ||
    (columns.includes('name') && columns.includes('due'))) &&
  !names.some((n) => /课时|学时/.test(n)) &&
  (columns.includes('lead') ||
    columns.includes('units') ||
    (columns.includes('number') && !names.some((n) => METRIC_COLUMN.test(n.replace(/\s/g, '')))));

/** A header cell of a task table or an indicator table (单位, 2025年, 属性 too). */
const isColumnName = (name: string) =>
  columnOf(name) !== null ||
  [
    MEASURE_COLUMN,
    ATTRIBUTE_COLUMN,
    YEAR_COLUMN,
    BASELINE_COLUMN,
    GROUP_COLUMN,
    GROWTH_COLUMN,
    PLACE_COLUMN,
    SCORE_COLUMN,
  ].some((c) => c.test(name));

/** A header cell's first line that says whose or what, and its second naming the column: 责任 / 科室, 牵头 / 单位. */
const HEAD_MODIFIER = /^(?:责任|牵头|配合|参与|协办|考核|评分|评价)$/;
const HEAD_NOUN = /^(?:单位|部门|科室|处室|股室|项目|内容|标准)$/;
/** A cell saying it is as the one above: 同上. */
const SAME_AS_ABOVE = /^(?:同上|同前)。?$/;
/** A cell's bracket wrapped onto a line of its own: （15分）. */
const BRACKET_TAIL = /^（[^（）]{1,10}）$/;
/** A table's row of totals (合计 | 100), after its last row. */
const TOTALS = /^(?:合计|总计|小计)$/;

const GROUP_NUMERAL = /^(?:（([一二三四五六七八九十]{1,3})）|([一二三四五六七八九十]{1,3})(、?))/;

/**
 * How many lines the group row numbered `n` takes at `at`: 1 for 一、推进… on one line (or （一）推进… above a row's
 * serial), 2 for 一 above its title; or 0.
 */
function groupAt(lines: string[], at: number, n: number): number {
  const line = foldWidth(lines[at] ?? '').trim();
  const m = GROUP_NUMERAL.exec(line);
  if (!m || cnNumber(m[1] ?? m[2]!) !== n) return 0;
  // (（二）深入实施… is a group row only where a row's serial follows it, else the text's next heading)
  if (m[1]) return line.length > m[0].length + 1 && /^\d{1,3}$/.test(lines[at + 1]?.trim() ?? '') ? 1 : 0;
  if (line === m[2]) return (lines[at + 1]?.trim().length ?? 0) > 1 ? 2 : 0;
  return m[3] && line.length > m[0].length + 1 ? 1 : 0;
}

/** A part's or a chapter's heading, never a cell: 三、主要任务, 第三章. */
const HEADING_AFTER = /^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章部篇])\S/;

/** A value in an indicator table's cell: 12.4, ≥60, 〔100〕, — (none); not an item's number (1.将科学精神…). */
const VALUE_CELL = /^(?!\d{1,2}[.．、][\u4e00-\u9fa5])(?:[≥≤<>＞＜]|约)?\s*(?:\d|〔\d)|^[—–-]+$/;

/** A group's cell on a line of its own before its first row's number: 组织管理, 阵地建设. */
const GROUP_CELL = /^[\u4e00-\u9fa5（）、]{2,12}$/;

/** Time cells: 2026年9月, 2026年底前, 持续推进, 长期. */
const TIME_CELL = /^(?:20\d\d年|\d{1,2}月|持续|长期|年内|每年|常态)/;

/**
 * A row's lines as its cells, where cells wrapped onto more lines than one (加强科学教师队伍建 / 设, 市教育科学研究院、市教 /
 * 育装备中心): the split whose lines that go on are nearest in length to their column's longest one-line cell
 * (`widths`), none going on into a time cell, and in a column of units, those whose last name is cut short (…、市卫生 /
 * 健康委), and no line where it cannot stand (a value's column holds values, a column of units names); a bracket or 等
 * alone finishes the line above, a line ending with a conjunction (…座谈会暨) goes on, and a title before a column of
 * what is done seldom goes on; among splits as good,
 * the extra lines are the first content cell's.
 */
function wrapLines(lines: string[], widths: number[], kinds: Column[], values: boolean[], content: number): string[] {
  const count = widths.length;
  const titled = kinds.filter((k) => k === 'content').length > 1;
  // a line where it cannot stand: not a value in a column of values (a year's), a value alone (12.4, ≥60) in another,
  // a sentence (…集中宣传。 or …，全年开放不少于200场次) in a column of units
  const misplaced = (c: number, t: number) =>
    ((values[c] ? !VALUE_CELL.test(lines[t]!) : /^[≥≤<>＞＜]?\d+(?:\.\d+)?%?$/.test(lines[t]!)) ? 1000 : 0) +
    ((kinds[c] === 'lead' || kinds[c] === 'units') &&
    (/[。！？]$/.test(lines[t]!) || (/[，；]/.test(lines[t]!) && !namesOnly(lines[t]!.replace(/[，；]/g, '、'))))
      ? 20
      : 0);
  // in a column of units: names whole stay, a list whose last name is cut (…、市卫生) goes on
  const named = (c: number, t: number) =>
    kinds[c] !== 'lead' && kinds[c] !== 'units'
      ? 0
      : // (a name's last character or two on a line of their own: …、省科技 / 馆, …、各设区市科 / 协; or its organ
        // without its place: …，各县（市、区） / 人民政府)
        ((lines[t + 1]?.length ?? 9) <= 2 || /^人民政府/.test(lines[t + 1] ?? '')) &&
          headingUnits(lines[t]! + lines[t + 1]!).length
        ? -50
        : headingUnits(lines[t]!).length
          ? 50
          : lines[t]!.includes('、') && namesOnly(lines[t]! + lines[t + 1]!)
            ? -50
            : 0;
  // line t going on into line t + 1 within cell c (a bracket, （科协）, or 等 alone is the rest of the line above, and
  // a line ending with a conjunction, …座谈会暨, goes on)
  const goesOn = (c: number, t: number) =>
    lines[t] === ''
      ? Infinity
      : BRACKET_TAIL.test(lines[t + 1]!) || /^等[。；]?$/.test(lines[t + 1]!) || /[暨和及与]$/.test(lines[t]!)
        ? -100
        : (widths[c] ? Math.abs(widths[c]! - lines[t]!.length) : 0) +
          named(c, t) +
          (TIME_CELL.test(lines[t + 1]!) ? 100 : 0) +
          // (a title before a column of what is done seldom goes on, and into no sentence: 修订《…条例》 / 开展立法调研，…)
          (c === content && titled ? (/[，。；]/.test(lines[t + 1]!) ? 20 : 5) : 0) -
          (c === content ? 0.001 : 0);
  // best[c][t]: the least cost of lines 0..t-1 as cells 0..c-1, and where cell c-1 began
  const best = Array.from({ length: count + 1 }, () => Array<{ cost: number; from: number }>(lines.length + 1));
  best[0]![0] = { cost: 0, from: 0 };
  for (let c = 1; c <= count; c++)
    for (let t = c; t <= lines.length - (count - c); t++)
      for (let s = c - 1; s < t; s++) {
        const before = best[c - 1]![s];
        if (!before) continue;
        let cost = before.cost;
        for (let u = s; u < t; u++) cost += misplaced(c - 1, u) + (u < t - 1 ? goesOn(c - 1, u) : 0);
        if (!best[c]![t] || cost < best[c]![t]!.cost) best[c]![t] = { cost, from: s };
      }
  const cells: string[] = [];
  for (let c = count, t = lines.length; c > 0; c--) {
    const { from } = best[c]![t]!;
    cells.unshift(lines.slice(from, t).join(''));
    t = from;
  }
  return cells;
}

/**
 * A table whose every cell became a line of its own (a web page's table as text): a header of three or more
 * short column names starting with 序号, then each row from its serial number (1, 2, …) to the next. Turned
 * into rows (|1|…|…|) before lines are joined into paragraphs (a lone serial would pass for a page number).
 * A row of more cells than columns keeps the extra ones in its first content cell; a row of fewer (empty cells
 * left out) puts a time cell last under 完成时限 and the others in order, or lacks the cell of a first content
 * column spanning rows (重点任务 over 具体措施) where names stand under the second. A group's numeral (一, 二, …) on
 * a line with its title or above it is a group row (|一、…| | |), and a row under a group lacks the group's merged
 * cells on its left.
 */
export function cellLinesAsRows(text: string): string {
  if (!/^[ \t\u3000]*序[ \t\u3000]*号[ \t\u3000]*$/m.test(text)) return text;
  // blank lines between cells (a page's table copied cell by cell) are no cells
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const key = (line: string | undefined) => (line === undefined ? '' : foldWidth(line).replace(/\s/g, ''));
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    // the header's cells, each on `used` lines: a cell may wrap onto a second (目标值 / （2025年）, or 指标 / 属性
    // after the metric's column)
    const names: string[] = [];
    let used = 0;
    // (a page's number between the header's cells, the header run onto the next page, is none)
    const folio = () => {
      while (names.length && FOLIO.test(lines[i + used]?.trim() ?? '')) used++;
    };
    for (let name; (folio(), (name = key(lines[i + used]))) && name.length <= 12;) {
      const next = key(lines[i + used + 1]);
      // (or wrapped in a narrow column: 考核 / 项目, 责任 / 科室)
      const split =
        name.length <= 4 &&
        next.length <= 4 &&
        isColumnName(name + next) &&
        (!isColumnName(next) || HEAD_NOUN.test(next)) &&
        (!isColumnName(name) || (HEAD_MODIFIER.test(name) && HEAD_NOUN.test(next)));
      if (!split && !isColumnName(name)) break;
      const both = split ? name + next : wrappedHeader(name, next, names);
      names.push(both ?? name);
      used += both ? 2 : 1;
    }
    const k = names.length;
    // the header's lines, as a page repeats them
    const header = lines
      .slice(i, i + used)
      .map(key)
      .filter((l) => !FOLIO.test(l));
    // (and the header repeated on one line: 序号 项目 时间 …)
    const headerLine = header.join('');
    // a column grouping the rows before their serial numbers (类别 | 序号 | …): its cell, written in the first
    // row of its group only, stands before that row's number; read as the column after the number
    const groupFirst = k >= 4 && GROUP_COLUMN.test(names[0]!) && columnOf(names[1]!) === 'number';
    if (groupFirst) names.splice(0, 2, names[1]!, names[0]!);
    const groupCell = (j: number, n: number) =>
      groupFirst && GROUP_CELL.test(key(lines[j])) && !isColumnName(key(lines[j])) && key(lines[j + 1]) === String(n)
        ? 1
        : 0;
    const columns = names.map(columnOf);
    const indicator = isIndicatorHeader(names);
    const table =
      k >= 3 &&
      columns[0] === 'number' &&
      // (or, under a schedule's heading (五、日程安排表), a schedule's: 序号 | 乡镇 | 时间 | 地点 | 承办单位)
      (isTaskHeader(columns, names) ||
        indicator ||
        (columns.includes('due') && /日程|安排表?$|时间表$/.test(lines[i - 1] ?? ''))) &&
      key(lines[i + used + (groupFirst ? groupCell(i + used, 1) : groupAt(lines, i + used, 1))]) === '1';
    if (!table) {
      out.push(lines[i++]!);
      continue;
    }
    out.push(`|${names.join('|')}|`);
    const content = columns.indexOf('content') - 1;
    const due = columns.lastIndexOf('due') - 1;
    const merged = names.findIndex((n) => GROUP_COLUMN.test(n)) - 1;
    const twoContents = columns.lastIndexOf('content') > columns.indexOf('content');
    const attributeLast = ATTRIBUTE_COLUMN.test(names.at(-1)!);
    let at = i + used;
    let group = 0;
    // the longest line of each column in rows of one line a cell, and the rows of more lines than cells, split at the end
    const widths = Array<number>(k - 1).fill(0);
    const wrapped: { at: number; n: number; cells: string[] }[] = [];
    const values = names.slice(1).map((n) => YEAR_COLUMN.test(n) || BASELINE_COLUMN.test(n));
    // a list of names wrapped after its 、 (市科技局、市发展改革委、 / 各县（市、区）人民政府) goes on in the next line
    const continues = (j: number) => LIST_GOES_ON.test(key(lines[j]));
    // a group's cell wrapped before its bracket (党的建设 / （15分）)
    const groupTail = (j: number) => merged >= 0 && j === at + 2 + merged && BRACKET_TAIL.test(key(lines[j]));
    // in an indicator table, a line of a measure alone under a value (120.14 / 平方公里) is the rest of its cell
    const wrappedMeasure = (j: number) =>
      indicator && j > at + 1 && measureUnder(key(lines[j - 1]), key(lines[j])) && !ATTRIBUTE.test(key(lines[j]));
    for (let n = 1; ;) {
      const g = groupAt(lines, at, group + 1);
      if (g > 0) {
        const title = lines.slice(at, at + g).map((l) => l.trim());
        out.push(`|${title.join('、')}|${'|'.repeat(k - 1)}`);
        group++;
        at += g;
        continue;
      }
      // (a page's number between rows, — 5 —, is none)
      while (at < lines.length && FOLIO.test(lines[at]!.trim()) && key(lines[at + 1]) === String(n)) at++;
      const named = groupCell(at, n) ? lines[at++]!.trim() : null;
      if (key(lines[at]) !== String(n)) break;
      const starts = (j: number) =>
        key(lines[j]) === String(n + 1) ||
        groupAt(lines, j, group + 1) > 0 ||
        // (after the row's cells: its last may be as short, 长期坚持 / 按时间节点)
        (groupCell(j, n + 1) > 0 && j - at > k - 2);
      let next = at + 1;
      // an indicator table's row ends with its 属性 cell (预期性, 约束性), a value may be the next serial number
      const attribute = attributeLast ? lines.slice(at + 1, at + k).findIndex((l) => ATTRIBUTE.test(key(l))) : -1;
      if (attribute >= 0) next = at + 2 + attribute;
      else {
        while (next < lines.length && next - at <= 3 * k && !starts(next)) next++;
        // (a row's value just after its first cell, the next serial number in a table of four columns or more,
        // ends no row: 7 / 提升…效能。 / 8 / 开馆天数… / 区科技馆)
        if (next === at + 2 && k >= 4 && !groupAt(lines, next, group + 1))
          for (next++; next < lines.length && next - at <= 3 * k && !starts(next);) next++;
        // the last row: k cells at most, up to the heading after the table (三、主要任务), a note under it (注：…) or the
        // page's chrome
        if (!starts(next)) {
          let taken = 0;
          const below = (line: string | undefined) => HEADING_AFTER.test(key(line)) || /^注[：:]/.test(key(line));
          const after = (j: number) => below(lines[j]) || isPageChrome(lines[j]!) || TOTALS.test(key(lines[j]));
          for (next = at + 1; next < lines.length && !after(next); next++)
            if (!wrappedMeasure(next) && !continues(next) && !groupTail(next) && ++taken === k) break;
          // where the time is the last cell, the row ends with it, two cells wrapped onto a line more at most;
          const time = due === k - 2 ? lines.slice(next, at + k + 2).findIndex((l) => TIME_CELL.test(key(l))) : -1;
          if (time >= 0 && !lines.slice(next, next + time).some((_, j) => after(next + j))) next += time + 1;
          // and where the heading or note after the table follows within two lines (a page number between), the
          // row's wrapped lines reach it
          else {
            const heading = lines.slice(next, at + k + 3).findIndex(below);
            // (but not over a paragraph after the table: 各县（市、区）要同步设立分会场，…。)
            const said = lines.slice(next, next + Math.max(heading, 0)).some((l) => /^.{20,}。$/.test(l.trim()));
            if (heading > 0 && !said) next += heading;
          }
        }
      }
      // (a page's number between its lines, — 6 —, is no cell, nor the header repeated on one line, 序号 项目 时间 …)
      const cells = lines
        .slice(at + 1, next)
        .filter((l) => !FOLIO.test(l.trim()) && key(l) !== headerLine)
        .map((l) => l.trim())
        .filter(Boolean);
      // (the header a table repeats on each page it runs onto is read once)
      const again = cells.findIndex((_, j) => header.every((name, m) => key(cells[j + m]) === name));
      if (again >= 0) cells.splice(again, header.length);
      // (a group's cell wrapped before its bracket, 党的建设 / （15分）, is one)
      if (merged >= 0 && BRACKET_TAIL.test(cells[merged + 1] ?? ''))
        cells.splice(merged, 2, cells[merged]! + cells[merged + 1]!);
      // (so they are one cell)
      for (let j = cells.length - 2; j >= 0; j--)
        if (LIST_GOES_ON.test(cells[j]!) && !TIME_CELL.test(cells[j + 1]!))
          cells.splice(j, 2, cells[j]! + cells[j + 1]!);
      // a value wrapped above its measure (120.14 / 平方公里) is one cell, in a row of more cells than columns
      for (let j = next - 1, over = cells.length - (k - 1); j > at + 1 && over > 0; j--)
        if (wrappedMeasure(j)) (cells.splice(j - at - 2, 2, cells[j - at - 2]! + cells[j - at - 1]!), over--);
      if (named !== null) cells.unshift(named);
      // a row after a group's first lacks the group's cell, whatever its lines: its first is no group's name
      else if (merged >= 0 && (cells[merged]?.length ?? 0) > 12) cells.splice(merged, 0, '');
      // or, with a title column after it, a title before a cell of sentences wrapped onto a line more (打造…示范点 /
      // 在通信营业厅…，安排专人提供 / 引导帮办服务…)
      else if (
        merged >= 0 &&
        names.filter((name, j) => columns[j] === 'content' && !GROUP_COLUMN.test(name)).length > 1 &&
        cells.length === k - 1 &&
        /[，。；]/.test(cells[merged + 1] ?? '') &&
        !/[，。；]/.test(cells[merged] ?? '')
      )
        cells.splice(merged, 3, '', cells[merged]!, cells[merged + 1]! + cells[merged + 2]!);
      const extra = cells.length - (k - 1);
      // (a cell joined from lines, …科普图书、 / 科普短视频100部（件）, is as wide as its longest line)
      const longest = Math.max(0, ...lines.slice(at + 1, next).map((l) => l.trim().length));
      if (extra === 0) cells.forEach((c, j) => (widths[j] = Math.max(widths[j]!, Math.min(c.length, longest))));
      if (extra > 0) wrapped.push({ at: out.length, n, cells });
      else if (extra < 0 && group > 0) cells.unshift(...Array<string>(-extra).fill(''));
      // a 类别 cell spanning rows is written in the first of them only
      else if (extra < 0 && merged >= 0) cells.splice(merged, 0, ...Array<string>(-extra).fill(''));
      // so is a first content column's (重点任务 over 具体措施), where units stand under the second
      else if (extra < 0 && twoContents && headingUnits(cells[content + 1] ?? '').length) cells.splice(content, 0, '');
      else if (extra < 0 && due === k - 2 && TIME_CELL.test(cells.at(-1) ?? '')) {
        const time = cells.pop()!;
        while (cells.length < k - 2) cells.push('');
        cells.push(time);
      }
      out.push(`|${n}|${cells.join('|')}|`);
      at = next;
      n++;
    }
    // (where every row wrapped, a line goes on as near as it is to the longest line of them all)
    if (!widths.some((w) => w > 0))
      widths.fill(Math.max(0, ...wrapped.flatMap((row) => row.cells.map((c) => c.length))));
    for (const row of wrapped)
      out[row.at] = `|${row.n}|${wrapLines(row.cells, widths, columns.slice(1), values, content).join('|')}|`;
    i = at;
  }
  return out.join('\n');
}

/**
 * Tables whose every cell became a line and whose rows print no serial number: at each header of three or more
 * column names that `fits` (given the line after it too), the rows `rowAt` reads from a line (cells before its
 * lines, and the line after them; or null where the table ends), `least` of them at least, turned into rows (|…|).
 * A row of more lines than columns holds a cell wrapped onto a second line, taken to be the one before the last.
 */
function headedLinesAsRows(
  text: string,
  least: number,
  fits: (names: string[], after: string) => boolean,
  rowAt: (
    key: (i: number) => string,
    at: number,
    k: number,
    names: string[],
  ) => { cells: string[]; next: number; skip?: number } | null,
): string {
  const lines = text.split(/\r\n|\r|\n/);
  const key = (i: number) => foldWidth(lines[i] ?? '').replace(/\s/g, '');
  const named = (i: number) =>
    key(i).length > 0 && key(i).length <= 12 && isColumnName(key(i)) && !HEADING_AFTER.test(key(i));
  // (after the columns of values, a metric's kind is the first row's cell: … / 2028年目标值 / 产出指标)
  const valued = (name: string) => YEAR_COLUMN.test(name) || BASELINE_COLUMN.test(name);
  const after = (name: string) =>
    valued(name) || ATTRIBUTE_COLUMN.test(name) || GROWTH_COLUMN.test(name) || columnOf(name) !== 'content';
  for (let i = 0; i < lines.length; i++) {
    // (a cell may wrap onto a second line: 2025年 / （基期值）)
    const names: string[] = [];
    let used = 0;
    while (named(i + used) && (!names.some(valued) || after(key(i + used)))) {
      const both = wrappedHeader(key(i + used), key(i + used + 1), names);
      names.push(both ?? key(i + used));
      used += both ? 2 : 1;
    }
    const k = names.length;
    if (k < 3 || !fits(names, key(i + used))) continue;
    const rows: string[] = [];
    let at = i + used;
    for (let row; (row = rowAt(key, at, k, names)); at = row.next) {
      // (a page's number between its lines is no cell)
      const cells = [
        ...row.cells,
        ...lines
          .slice(at + (row.skip ?? 0), row.next)
          .map((l) => l.trim())
          .filter((l) => !FOLIO.test(l)),
      ];
      if (cells.length > k) cells.splice(k - 2, cells.length - k + 1, cells.slice(k - 2, -1).join(''));
      rows.push(`|${cells.join('|')}|`);
    }
    if (rows.length < least) continue;
    lines.splice(i, at - i, `|${names.join('|')}|`, ...rows);
    i += rows.length;
  }
  return lines.join('\n');
}

/** The column of a performance table's kinds of metric (一级指标), and its cells: 产出指标, 满意度指标. */
const LEVEL_ONE = /^一级指标$/;
const LEVEL_ONE_CELL = /^[\u4e00-\u9fa5]{2,6}指标$/;

/**
 * An indicator table a cell per line of a metric and its values only (指标 / 2026年 / 2027年 / 2028年, then 扶持科普短视频 /
 * （部） / 100 / 110 / 120): each row its metric's lines (a name may wrap) and a value per year, with its measure where a
 * 单位 column follows the metric's, and its kind where a 一级指标 column comes first (written in its group's first row
 * only). Turned into rows (|…|).
 */
export function valueLinesAsRows(text: string): string {
  if (!/^[ \t\u3000]*(?:主要|二级)?指标(?:名称)?[ \t\u3000]*$/m.test(text)) return text;
  return headedLinesAsRows(
    text,
    2,
    (names, after) => {
      // (or after a column of kinds the metrics are grouped by, written in its group's first row only: 一级指标 /
      // 二级指标 / 2028年目标值, then 产出指标 / 学会服务站覆盖设区市数 / 11个 / 学术交流活动参与人次 / ≥30万人次)
      const from = LEVEL_ONE.test(names[0]!) ? 1 : 0;
      return (
        METRIC_COLUMN.test(names[from]!) &&
        // (a column of measures may follow the metric's: 指标名称 / 单位 / 2026年 / …, then 合作共建学校 / 所 / 30 / …)
        names
          .slice(from + 1)
          .every((n, j) => YEAR_COLUMN.test(n) || BASELINE_COLUMN.test(n) || (j === 0 && MEASURE_COLUMN.test(n))) &&
        !VALUE_CELL.test(after)
      );
    },
    (key, at, k, names) => {
      // (the heading after the table is no metric)
      if (HEADING_AFTER.test(key(at))) return null;
      const grouped = LEVEL_ONE.test(names[0]!) ? 1 : 0;
      const group = grouped && LEVEL_ONE_CELL.test(key(at)) && !VALUE_CELL.test(key(at + 1)) ? 1 : 0;
      const start = at;
      at += group;
      const measured = MEASURE_COLUMN.test(names[1 + grouped]!) ? 1 : 0;
      let values = at;
      while (values < at + 3 + measured && key(values) !== '' && !VALUE_CELL.test(key(values))) values++;
      if (values - at <= measured || values === at + 3 + measured) return null;
      // (a page's number among the values, — 2 —, is none)
      let next = values;
      for (let n = 0; n < k - 1 - measured - grouped; next++)
        if (FOLIO.test(key(next))) continue;
        else if (VALUE_CELL.test(key(next))) n++;
        else return null;
      const head = Array.from({ length: values - at }, (_, j) => key(at + j));
      const cells = measured ? [head.slice(0, -1).join(''), head.at(-1)!] : [head.join('')];
      if (grouped) cells.unshift(group ? key(start) : '');
      return { cells, next, skip: values - start };
    },
  );
}

/**
 * An indicator table whose every cell became a line and whose rows print no serial number (领域 / 主要指标 / 2020年 /
 * 2025年 / 性质, then 健康水平 / 人均预期寿命（岁） / 77.93 / 提高1岁 / 预期性): each row ends with its 属性 cell, and a
 * first column grouping the rows is written in the first row of each group only. Turned into rows (|…|).
 */
export function attributeLinesAsRows(text: string): string {
  if (!/^[ \t\u3000]*(?:约束性|预期性)[ \t\u3000]*$/m.test(text)) return text;
  return headedLinesAsRows(
    text,
    1,
    // (opening with its metric or their group: a header opening with 序号 is cellLinesAsRows', and one opening with
    // 基期值 is the end of another)
    (names) =>
      (METRIC_COLUMN.test(names[0]!) || GROUP_COLUMN.test(names[0]!)) &&
      isIndicatorHeader(names) &&
      ATTRIBUTE_COLUMN.test(names.at(-1)!),
    (key, at, k, names) => {
      let end = at;
      while (end < at + k && key(end) !== '' && !ATTRIBUTE.test(key(end))) end++;
      if (!ATTRIBUTE.test(key(end))) return null;
      const width = end + 1 - at;
      // (a group's cell, written in its first row only)
      if (width === k - 1 && GROUP_COLUMN.test(names[0]!)) return { cells: [''], next: end + 1 };
      return width === k ? { cells: [], next: end + 1 } : null;
    },
  );
}

/** A date opening a schedule's row: 5月18日（周一）, 2026年3月, 3月上旬, 每年4月—10月. */
const DATE_CELL = /^(?:20\d\d年|每年)?(?:\d{1,2}月?[—―–\-~至到])?\d{1,2}月(?:\d{1,2}日|[上中下]旬|底|份)?/;

/**
 * A schedule whose every cell became a line and whose rows print no serial number (日期 / 时间 / 活动内容 / 地点 /
 * 负责部门, then 5月18日（周一） / 7:40 / …开幕式 / 学校操场 / 德育处; or by stage, 阶段 / 时间 / 主要工作, then 遴选准备 /
 * 2026年2月—3月 / 制定…): each row opens with its date, or its stage's name and then the date, and holds a cell per
 * column (a cell may wrap). Turned into rows (|…|).
 */
export function datedLinesAsRows(text: string): string {
  if (!/^[ \t\u3000]*(?:日期|时间|月份|时间节点)[ \t\u3000]*$/m.test(text)) return text;
  // the date of the row before, for the rows after it its date spans (3月 / 世界气象日… / … / 科学教育部 / 流动科技馆… /
  // … / 流动科普部), where each row ends with its units' cell
  let spanning: string | null = null;
  return headedLinesAsRows(
    text,
    2,
    (names, after) =>
      columnOf(names[0]!) === 'due'
        ? DATE_CELL.test(after)
        : columnOf(names[0]!) === 'name' && columnOf(names[1]!) === 'due',
    (key, at, k, names) => {
      // where the row opens: its date, or its stage's name above its date
      const byDate = columnOf(names[0]!) === 'due';
      const opens = byDate
        ? (j: number) => DATE_CELL.test(key(j))
        : (j: number) => key(j) !== '' && key(j).length <= 12 && !DATE_CELL.test(key(j)) && DATE_CELL.test(key(j + 1));
      const date = opens(at) ? key(at) : spanning;
      spanning = null;
      if (date === null) return null;
      const first = opens(at) ? at + 1 : at;
      let end = first;
      while (end < first + 2 * k - 1 && key(end) !== '' && !opens(end)) end++;
      // (a row ending with its units' cell a row's lines before the next date: the date spans the row after it too)
      const unitsLast = byDate && ['units', 'lead'].includes(columnOf(names.at(-1)!) ?? '');
      const closes = unitsLast
        ? [...Array(end - first).keys()]
            .map((d) => first + d)
            // (names, or names with their roles: 阅读推广部牵头，少儿部、流通部配合)
            .find(
              (j) =>
                headingUnits(key(j)).length > 0 ||
                (/(?:牵头|配合|负责)$/.test(key(j)) && findUnits(`（${key(j)}）`).units.length > 0),
            )
        : undefined;
      const closed = closes !== undefined && closes - first >= k - 2 && closes - first <= k - 1;
      // (and a row its date spans is one that closes so: not the heading after the table, 四、保障措施)
      if (first === at && !closed) return null;
      if (closed && end - closes > k - 1 && !FOLIO.test(key(closes + 1))) {
        spanning = date;
        end = closes + 1;
      }
      // (the last row holds a cell per column, the lines after it being the text's)
      else if (!opens(end)) end = Math.min(end, first + k - 1);
      if (end - first < k - 1) return null;
      return { cells: first === at ? [date] : [], next: end };
    },
  );
}

/**
 * A table whose rows are lines of cells set apart by spaces (a PDF's table copied as text): a header of three or
 * more column names of a task or indicator table (序号 指标 2025年 2030年 属性), then each line of as many cells,
 * numbered 1, 2, … when the first column is 序号. Turned into rows (|1|…|); a line of another shape ends the table.
 * Tab-separated lines are left to normalize.ts, which keeps their empty cells.
 */
export function spacedRowsAsRows(text: string): string {
  // no header without a column name before a space
  if (!/(?:号|指标|单位|属性|名称|任务|内容)[ \u3000]+\S/.test(text)) return text;
  const lines = text.split(/\r\n|\r|\n/);
  // a year parted from its 年 (2025 年, 2030 年目标值) is one cell
  const cellsOf = (line: string) =>
    foldWidth(line)
      .trim()
      .split(/[ \u3000]+/)
      .reduce<string[]>((cells, c) => {
        if (c.startsWith('年') && /^20\d\d$/.test(cells.at(-1) ?? '')) cells[cells.length - 1] += c;
        else cells.push(c);
        return cells;
      }, []);
  const spaced = (line: string) => !line.includes('\t') && /\S[ \u3000]+\S/.test(line);
  for (let i = 0; i < lines.length; i++) {
    if (!spaced(lines[i]!) || lines[i]!.length > 80) continue;
    const names = cellsOf(lines[i]!);
    const columns = names.map(columnOf);
    // a first column grouping the rows (类别) is written in the first row of each group only
    const grouped = GROUP_COLUMN.test(names[0]!);
    const numberAt = columns.indexOf('number');
    const numbered = numberAt === 0 || (grouped && numberAt === 1);
    const header =
      names.length >= 3 &&
      names.every((n) => n.length <= 12 && isColumnName(n)) &&
      ((numbered && isTaskHeader(columns, names)) || isIndicatorHeader(names));
    if (!header) continue;
    const indicator = isIndicatorHeader(names);
    let j = i + 1;
    for (; j < lines.length && spaced(lines[j]!) && !FOLIO.test(lines[j]!.trim()); j++) {
      const cells = cellsOf(lines[j]!);
      if (grouped && cells.length === names.length - 1) cells.unshift('');
      // (an indicator table's first columns grouping its rows, 一级指标 | 二级指标, are written in the first row of
      // each group only: a row of fewer cells lacks those)
      else if (indicator && !numbered && cells.length >= 2 && cells.length < names.length)
        cells.unshift(...Array<string>(names.length - cells.length).fill(''));
      if (cells.length !== names.length || (numbered && cells[numberAt]!.replace(/[.、]$/, '') !== String(j - i)))
        break;
      lines[j] = `|${cells.join('|')}|`;
    }
    if (j > i + 1) lines[i] = `|${names.join('|')}|`;
    i = j - 1;
  }
  return lines.join('\n');
}

/** A short line that could group a table's rows: no sentence, no cells. */
const GROUP_LINE = /^[^。；|]{2,40}$/;
/** Whether a paragraph is a row of a table of `width` columns, and not another table's header. */
const rowWithin = (para: string | undefined, width: number) =>
  para !== undefined &&
  TABLE_ROW.test(para) &&
  rowCells(para).length === width &&
  !isTaskHeader(
    rowCells(para).map((c) => columnOf(c.replace(/[\s；]/g, ''))),
    rowCells(para).map((c) => c.replace(/[\s；]/g, '')),
  );

/**
 * Takes the tables out of a document's paragraphs: the paragraphs without their rows (rows of a table that is
 * neither a task table nor an indicator table nor one sharing counts become plain text), the task tables, the
 * indicator tables' goals and the counts shared among places (quotaTargets).
 */
export function taskTables(
  paras: string[],
  periodStart: number | null = null,
): { paras: string[]; tables: TaskTable[]; targets: Target[]; shares: Target[] } {
  const out: string[] = [];
  const tables: TaskTable[] = [];
  const targets: Target[] = [];
  const shares: Target[] = [];
  for (let i = 0; i < paras.length;) {
    if (!TABLE_ROW.test(paras[i]!)) {
      out.push(paras[i++]!);
      continue;
    }
    let end = i;
    const grouped: string[] = [];
    const width = rowCells(paras[i]!).length;
    for (; end < paras.length; end++) {
      const p = paras[end]!;
      if (TABLE_ROW.test(p)) grouped.push(p);
      else if (!GROUP_LINE.test(p) || !rowWithin(paras[end + 1], width)) break;
      // a line between rows, of tab-separated text: a row of one cell (一、青少年科学素质提升), the group below it;
      // 续表 over the rows a table runs on with says nothing
      else if (!/^[（(]?续表/.test(p)) grouped.push(`| ${p} |${' |'.repeat(width - 1)}`);
    }
    const rows = grouped.map(rowCells);
    const names = (row: string[]) => row.map((c) => c.replace(/[\s；]/g, ''));
    // A header over two rows (责任单位 above 牵头单位 | 配合单位): the lower row names the columns it fills.
    let header = names(rows[0]!);
    let first = 1;
    for (; first < rows.length; first++) {
      const row = names(rows[first]!);
      // (a group's row, 一、健全科普工作机制, names no column)
      const named = (c: string, k: number) =>
        c === '' || c === header[k] || (c.length <= 10 && !NUMBERED.test(c) && columnOf(c) !== null);
      if (!row.every(named) || row.every((c, k) => c === '' || c === header[k])) break;
      header = header.map((h, k) => row[k] || h);
    }
    const columns = header.map(columnOf);
    // (the header a table repeats on each page it runs onto is read once)
    const body = rows.slice(first).filter((row) => names(row).join('|') !== header.join('|'));
    const indicators = indicatorTargets(header, body, periodStart);
    // the short line above: its caption (a table's year may be in it: 澜州市2026年农民手机应用技能培训任务分解表)
    const above = out.at(-1);
    const caption = above !== undefined && above.length <= 40 && !/[。；]$/.test(above) ? above : null;
    const quotas = indicators
      ? null
      : (quotaTargets(header, body, caption ?? '') ?? yearRowTargets(header, body, periodStart));
    // (a blank form to fill in, its rows naming only what is to be reported: | 3 | 应急演练 |  |  |  |, is none)
    const blank = header.length >= 4 && body.every((row) => row.filter((c) => c.trim() !== '').length <= 2);
    // (nor is an assessment's scoring sheet naming no one: | 考核项目 | 考核内容及评分标准 | 分值 |)
    const scoring =
      header.some((h) => /^(?:分值|分数|权重|标准分|得分)$/.test(h)) &&
      header.some((h) => /(?:评分|考核|评价)(?:标准|细则)|(?:考核|评价|评估)内容/.test(h)) &&
      !columns.some((c) => c === 'units' || c === 'lead');
    const isTaskTable =
      !indicators && !quotas && isTaskHeader(columns, header) && body.length > 0 && !blank && !scoring;
    // (a table of the standards a thing meets, …建设验收标准, holds neither tasks nor goals)
    const standards = isTaskTable && /标准表?$/.test(caption ?? '');
    if (isTaskTable && !standards) {
      // (a schedule, its time first after any serial number: 时间 | 主要工作 | 负责部门, or captioned so, …活动安排表,
      // reads as the activities' names do)
      const named =
        !columns.includes('content') ||
        columns.find((c) => c !== 'number') === 'due' ||
        (columns.includes('due') && /安排表?$|安排表|推进(?:计划)?表|日程|行程|时间表|进度表/.test(caption ?? ''));
      const over = out.at(-2);
      const heading =
        caption && /[：:]$/.test(caption) && over && NUMBERED.test(over) && over.length <= 30 ? over : null;
      tables.push({
        caption,
        ...(heading && { heading }),
        rows: readRows(columns, body, header),
        ...(named && { named }),
      });
    } else if (indicators)
      targets.push(...indicators); // its rows are read as goals only, not again as sentences
    else if (quotas) shares.push(...quotas);
    else if (!standards) out.push(...paras.slice(i, end).map((p, k) => (k < first ? rowText(p) : rowText(p, header))));
    i = end;
  }
  return { paras: out, tables, targets, shares };
}
