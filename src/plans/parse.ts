/**
 * Plan parsing, text in, typed Plan out: decode → normalize → outline → metadata → tasks → units
 * → targets → milestones → theme-day mentions. No I/O, no database, no clock.
 *
 * Which parts bear tasks follows the skeleton Chinese government plans share: goals, principles and
 * background parts (总体要求, 指导思想, 发展基础 …), scope parts (范围) and schedule parts (实施步骤, 工作安排)
 * hold no tasks; guarantee parts (保障措施, 组织实施, 落实责任 …) hold tasks only where an item names its
 * units; every other part is a task part, and its tasks are its deepest numbered items. A document whose
 * numbered items are the measures themselves (一、…三十、 each closing with a unit list) has those as tasks.
 * A task table (任务分工表, tables.ts) gives a task per row, or adds its units to the text's task of that title.
 */
import {
  ATTACHMENT_START,
  decode,
  NotAPlanError,
  NUMBERED,
  paragraphs,
  TABLE_ROW,
  withoutRunningHeads,
} from './normalize.js';
import { ATTACHED_GROUP_RANK, fullText, GROUP_NAME, isBox, outline, walk, type OutlineNode } from './outline.js';
import { fiveYearPeriod, metadata, planStart, withoutSignatures } from './metadata.js';
import {
  closingBareListAt,
  CLOSING_LIST,
  CLOSING_ROLE,
  DUE_LABEL,
  findUnits,
  headingUnits,
  namesOnly,
  unitsBeforeColon,
  LABEL_NOUN,
  leadsBeforeColon,
  LEAD_BY_POSITION,
  LINE_LABEL,
  LIST_LINE,
  ROLE_LABEL,
  SECTION_CARRY,
  unique,
  type UnitMentions,
} from './units.js';
import {
  type Dated,
  findMilestones,
  findTargets,
  lastYearIn,
  listsYear,
  listYear,
  milestoneDue,
  spanned,
  targetsOf,
} from './targets.js';
import { cnNumber, MONTH } from './numerals.js';
import { findThemeDays } from './themes.js';
import { matchesOf } from './matches.js';
import {
  attributeLinesAsRows,
  cellLinesAsRows,
  datedLinesAsRows,
  rowText,
  spacedRowsAsRows,
  taskTables,
  valueLinesAsRows,
  type TableTask,
  type TaskTable,
} from './tables.js';
import { planYearOf, type Plan, type Target, type Task } from './types.js';

export { NotAPlanError };

export interface ParseOptions {
  /** Theme-day names and aliases to look for (from the calendar catalog). */
  themeDayAliases?: readonly string[];
  /** The file's name: the title of a text that prints none. */
  name?: string;
}

const TASK_PART = /任务|行动|工程|举措|措施|计划|项目/;
/** A part named as a section of the plan, not as a task: 重点任务, 主要工作, 工作措施. */
const SECTION_NAME = /^(?:重点|主要|具体|工作)?(?:任务|工作|措施|举措)(?:和措施|与措施|分工)?$/;
/** A part of responsibilities per unit (四、职责分工 / （一）区建管委 / …): each item's heading is its unit. */
const DUTIES = /职责分工|部门职责|责任分工|组织分工|^工作(?:职责|分工)$/;
/** The units an item of duties opens with, its heading or before a colon (县委宣传部、县融媒体中心：负责…). */
const dutyUnits = (title: string) => unitsBeforeColon(title) ?? headingUnits(title);
/** A part of duties: named so, or a 分工 part whose items each open with their units (六、工作分工 / （一）县科协：…). */
const isDuties = (node: OutlineNode) =>
  DUTIES.test(node.title) ||
  (/分工/.test(node.title) && node.children.length >= 2 && node.children.every((c) => dutyUnits(c.title).length > 0));
const GUARANTEE_PART = new RegExp(
  `(?<!社会|医疗|住房|养老|生活|民生|权益|就业)保障$|保障措施|保障机制|保障条件|实施保障|工作保障|保障(?:和|与|及)?落实|保障(?:和|与|及)(?:考核|监督|评估|激励)|(?:狠抓|抓好|强化|推动)(?:工作)?落实(?:$|，)|组织实施|规划(?:的)?(?:实施|落实)|组织领导(?!体制|体系)|组织保障|组织形式|(?:工作|有关|相关|具体|其他|活动|安全)要求|(?:有关|相关|其他|注意)事(?:项|宜)|落实.{0,4}责任|责任落实|${DUTIES.source}`,
);
const GOALS = /目标|指标/;
/** Background parts: 发展基础, 现实基础与面临形势, 存在的问题, 2023年工作开展情况, “十四五”发展评估 … (not 基础设施, not
 * 解决…问题, which are tasks; not a goal's 成效明显). */
const BACKGROUND =
  /(?:发展|现实|工作|已有|良好)基础|^基础|回顾|成效(?!明显|显著)|20\d\d年度?(?:工作)?总结|取得的(?:主要)?成绩|形势|趋势|现状|背景|意义|基本情况$|(?:存在|面临)的?(?:主要)?问题|主要问题|进展|前言|^(?:20\d\d年度?)?(?:上半年|下半年|前三季度|[一二三四]季度)?(?:主要)?(?:工作)?(?:开展|完成|落实|执行|推进)?情况$|^20\d\d年度?[\u4e00-\u9fa5]{1,6}工作(?:开展|完成|落实|执行|推进)?情况$|^“?十[一二三四五六七八九]五”?(?:时期|期间)?(?:发展|规划|实施)?(?:评估|总结|情况)/;
/** Parts of a notice about the event itself, not work: who attends, competes or is recruited (招募对象, 志愿者招募), who organizes
 * it (组织机构), its categories (申报类别), how to register or apply, the rules and awards of a contest, an
 * assessment's criteria, scores, results and their use, whom to call; whom a training serves, what it teaches and how,
 * and how trainees are assessed (培训对象和内容, 课程安排, 考核评价); how a survey samples (抽样方法) and how it is
 * checked (质量控制); the standards a training or a building meets (培育规范); when and where it is held (开放时间和
 * 地点, 培训时间和地点); the kinds and standards of the bases a notice recognizes (基地类型, 基地标准, 创建标准,
 * 建设内容和标准) and how to apply (申报与认定); what a contest takes and on what terms (推介范围, 名额分配, 选派方式,
 * 作品类别及要求, 创建条件); publicity points (宣传重点), honorees (优秀活动（10项）) and support policies' amounts (支持政策). */
const NOTICE_PART =
  /(?:评估|考核|评价|评分|复核|验收)(?:内容|标准|指标|细则)|(?:考核|评估|评价|评选|评比|督查|检查)(?:基本)?(?:结果|情况)$|名单$|排名$|分值|结果(?:运用|应用)$|参加人员|参会人员|对象(?:[和与及]?(?:范围|条件|遴选|选拔))?$|招募$|^组织(?:机构|架构)$|参赛|报名|(?:申报|类别|资格|基本|遴选|推荐|推介|认定|评选|入选|创建)条件|作品(?:类别|要求)|^宣传重点$|^(?:优秀|先进)(?:单位|集体|个人|活动|组织单位|组织奖|工作者|作品)(?:（[^（）]*）)?$|(?:学时|学分)认定$|名额(?:分配)?$|(?:推介|申报|推荐|评选|征集|参评|遴选)范围$|(?:选派|遴选|选拔|推荐)(?:方式|方法|办法)$|(?:支持|扶持|资助)(?:方向|重点|范围|领域)$|^材料(?:要求|报送)$|^(?:申报|项目|资助)(?:类别|类型)$|(?:项目|经费|资金)(?:管理|使用)|^(?:活动|宣传|年度)?主题(?:[和与及、](?:时间|口号|地点))*$|(?:申报|报送|参赛|报名)(?:要求|方式|方法|办法|材料|程序|流程|须知)|(?:竞赛|比赛|大赛|赛事)(?:项目|类别|组别|分组|设置)$|(?:比赛|竞赛|大赛|评判|评分|评审|评选|评比|评奖|评定)(?:规则|标准|办法|内容|形式)|^动态管理$|^评奖$|赛程|赛制|奖项|(?:总结)?表彰$|表彰奖励$|^(?:评比|评选)(?:[与和及]?(?:奖励|表彰))?$|知识产权|^其他$|(?:基地|站点|场馆|学校|单位)(?:类型|标准|条件)$|^(?:(?:创建|建设|达标|认定|验收)标准|建设内容[和与及](?:建设)?标准)$|^(?:支持|扶持|激励|奖补)政策$|(?:督查|检查|督导)(?:内容|方式|方法|重点)$|(?:培育|培训|建设|服务|技术)规范$|^申报(?:[与和及](?:认定|评审|命名))?$|联系方式|联系人|(?:培训|教学)(?:对象[和与及、])?(?:内容|方式|形式)$|课程(?:设置|安排)$|^抽样(?:方法|设计|方案)?$|(?:调查|监测)(?:内容|方法|方式)(?:[和与及、](?:内容|方法|方式))*$|^质量控制$|^(?:考核|考评|考核评价)$|^(?:活动|开放|举办|培训|会议|比赛|竞赛)?(?:时间|地点)(?:[和与及、](?:时间|地点))*$/;
/** A lead rule for lists of several units only: 有两个及以上的, 多个单位的. */
const SEVERAL = /(?:两|二|2)个?(?:及|或)?以上|多个/;
/** Rules for the members of a pool or team: their duties (专家职责), their management and assessment (管理与考核), the
 * points they earn (积分规则) and their rewards (激励措施). Parts with no tasks (unless they name units), though a duty
 * may set a yearly amount. */
const MEMBERS =
  /^(?:专家|成员|委员|队员|人员|志愿者|讲解员|辅导员|信息员)的?(?:职责|权利[和与及]义务|义务)$|^(?:日常|动态)?管理(?:[与和及]?(?:考核|退出|监督))+$|^(?:服务队|队伍|团队)(?:管理|组成|构成)$|^(?:考核|监督)[与和及]?管理$|^积分(?:规则|标准|管理)$|^(?:激励|奖励)(?:措施|机制|办法)$/;
/** A report's requests to those it reports to: 四、需要县委、县政府协调解决的事项, 五、有关建议. */
const REQUESTS =
  /(?:需要|需|请求|提请)[^，。]{0,12}(?:协调|解决|支持)的?(?:事项|问题)$|^(?:有关|相关|几点|意见和?)?建议$/;
const NO_TASKS = new RegExp(
  `总体要求|指导思想|原则|(?:总体|工作)思路|目的|${MEMBERS.source}|${BACKGROUND.source}|${REQUESTS.source}|范围|适用|^总则$|附则|${NOTICE_PART.source}`,
);
const SCHEDULE =
  /(?:进度|步骤)(?:安排)?[：:]?$|(?:时间|进度|工作)节点(?:安排)?$|^(?:分)?(?:年度|季度|月度)安排$|(?:分)?年度(?:推进|实施)计划$|(?:考核|评估|评审|评选)(?:方法|方式|程序|办法)$|(?:时间|阶段|工作|实施|推进|计划|赛事|比赛|营期)安排|时间表|议程|日程|赛程|(?:申报|报名|报送|提交|活动|培训)时间|时间(?:[和及与、](?:地点|站点|场次))+$|(?:组织|工作|评审)?(?:程序|流程)$/;
/** A unit list in a text: labelled (in brackets, on its own line or after a sentence), or a parenthesised list closing with a role word. */
const UNIT_CLAUSE = new RegExp(
  `（(?:责任|负责|牵头|主责|承办|实施)${LABEL_NOUN}[：:]|(?:^|[。；])(?:责任|负责|牵头)${LABEL_NOUN}[：:]|(?<!自愿)(?:${CLOSING_ROLE})(?:。[^（）]*)?）`,
  'm',
);
/**
 * A paragraph led by a month, months or a quarter without a year: 3月：…, 三月份，…, 9—10月：…, 3月10日—5月9日：…, 6月底前，…,
 * 7月14日上午：…,
 * 第一季度：…, 第一季度（1—3月）：…, 下半年，…, or with the day it is: 5月18日国际博物馆日：…
 */
const MONTH_ITEM = new RegExp(
  `^(?:(?:20\\d\\d年)?(?:${MONTH}月?(?:\\d{1,2}日)?份?[至到—―–~、-])?${MONTH}月(?:\\d{1,2}日(?:上午|下午|晚上|全天)?)?(?:份|上旬|中旬|下旬|初|底|末)?(?:前后|左右)?|第?[一二三四1-4]季度|[上下]半年)(?:（[^（）]{1,12}）)?(?:前|以前|之前)?(?:[^：:，。；]{2,16}?[日周月节])?[：:，]`,
);
/**
 * The body a note says carries out every task, not listed with each: 注：X为各项任务的落实主体，表中不再一一列出, or
 * after a table's lead-in, （X负责本辖区任务落实，表中不再列出）.
 */
const EVERY_TASK =
  /(?:^|[（(])(?:注[：:])?([^，；。：（）]{2,20}?)(?:为各项(?:工作|任务)的?(?:落实|责任)主体[^。]*|负责[^，；。]{0,12}落实[，；](?:表中)?)不再(?:一一)?列出/;
/** A day's line of its own, with its weekday, over the day's activities: 5月12日（星期三）. */
const DAY_LINE = /^\d{1,2}月\d{1,2}日[（(](?:星期|周)[一二三四五六日天][）)]$/;
/** A labelled due date naming a year: 完成时限：2026年9月, 完成时间：2026年底前. */
const DUE_FIELD = new RegExp(`${DUE_LABEL}\\s*([^；。，（）\\n]*20\\d\\d年[^；。，（）\\n]*)`);
/** A paragraph that ends with a complete unit list. */
const CLOSING_UNITS = new RegExp(`${CLOSING_LIST}(?:。[^（）]*)?）[。；]?$`);
/** A paragraph closed by a bare unit list: …。（组织宣传部、区融媒体中心） */
const closesWithBareList = (p: string) => closingBareListAt(p.replace(/[。；]$/, '')) >= 0;
/** A section of a chapter that tells the background (第一章 … / 第一节 发展基础, 第二节 发展环境): no tasks under it. */
const BACKGROUND_SECTION = /^(?:发展|现实)(?:基础|环境|现状)|^(?:面临|发展)(?:的)?形势|^机遇(?:和|与)挑战$/;
/** A section inside a task part that states goals or principles (二、目标任务 > （一）总体目标): no tasks under it. */
const GOALS_SECTION =
  /^(?:(?:总体|主要|具体|发展|工作|预期|阶段性?)?(?:目标|指标)|指导思想|(?:基本|工作|总体)原则|(?:总体|工作)思路)$/;
/** A lead rule for the whole plan's tasks: 本规划各项任务的责任单位中，列第一位者为牵头单位 (not 以下各项任务…, a section's). */
const WHOLE_PLAN_LEAD = new RegExp(
  `(?:本(?:规划|方案|计划|意见|要点|纲要)|(?<!以下)各项(?:重点)?(?:任务|工作|活动|措施)|上述|以上)[^。；（）]*(?:${LEAD_BY_POSITION.source})`,
);
/**
 * Labelled goals before the first part, opening a paragraph or a sentence of it: 总体目标：…, …。全年主要目标：…,
 * 2026年全省科技工作主要预期目标是：… (due in the year it opens with).
 */
const GOAL_LABEL = /(?<=^|[。；！？])(?:(20\d\d)年)?[^，。：；！？]{0,12}(?:目标|指标)[^，。：；]{0,4}：/;

type Kind = Task['part'] | 'schedule' | null;

/** A heading longer than this is a part's name run on into its text, or a sentence (an item of a list document):
 * only its opening words can name the part. */
const PART_NAME_MAX = 40;
const PART_NAME_LEAD = 12;

function kindOf(node: OutlineNode): Kind {
  const title = node.title.length > PART_NAME_MAX ? node.title.slice(0, PART_NAME_LEAD) : node.title;
  // (a report's work for the coming year is its tasks: 三、2027年工作安排, 下一步工作安排)
  if (SCHEDULE.test(title) && !/任务|20\d\d年度?(?:工作|重点)|下一步|下阶段/.test(title)) return 'schedule';
  // a part whose items each open with their month (1.3月23日前后：世界气象日 / 2.4月：…) and name no units is the
  // year's schedule
  const monthly = node.children.length >= 2 && node.children.every((c) => c.numbered && MONTH_ITEM.test(c.title));
  if (monthly && !UNIT_CLAUSE.test(fullText(node))) return 'schedule';
  // and so is one whose items are its dated phases (三、分年度推进 / （一）启动部署阶段（2025年6月—8月）。…)
  const phased =
    node.children.length >= 2 &&
    node.children.every(
      (c) =>
        c.numbered &&
        (/^第[一二三四五六七八九十]{1,2}阶段/.test(c.title) ||
          /阶段[：:]?(?:（[^（）]*）)?$/.test(c.title.split(/[。；]/)[0]!.replace(DATED_BRACKET, '（）'))),
    );
  if (phased && !UNIT_CLAUSE.test(fullText(node))) return 'schedule';
  // (a report's work for the coming year is its tasks: 四、2027年工作要求, 下一步工作安排)
  if (
    (GUARANTEE_PART.test(title) || isDuties(node)) &&
    !/任务(?!落实|落地|分工|取得)|行动|工程|20\d\d年|下一步|下阶段/.test(title)
  )
    return 'guarantee';
  // a goals part without a unit list states goals, 目标任务 too where no numbered items stand under it or its
  // items are sentences (1.以…为主线，以…为目标，…), not headings
  const goals = (GOALS.test(title) || NO_TASKS.test(title)) && !UNIT_CLAUSE.test(fullText(node));
  const tasks = TASK_PART.test(title) && !/总体要求|指导思想|基本原则/.test(title);
  const stated = node.children.every((c) => !c.numbered || (c.title.length > 30 && c.title.includes('，')));
  if (goals && (!tasks || (GOALS.test(title) && stated) || NOTICE_PART.test(title) || MEMBERS.test(title))) return null;
  return 'main';
}

const YEARS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * A period stated as a span from a start year, 自2023年起用三年时间 → 2023–2025, or as the work's cycle, 创建周期为2026年3月至
 * 2027年10月 → 2026–2027, 试点建设期为2026—2027年.
 */
function relativePeriod(text: string): Plan['period'] {
  const cycle = /(?:周期|期限|(?:实施|建设|试点|行动)期)为(20\d\d)年?(?:\d{1,2}月)?(?:至|到|—|－|-)(20\d\d)年/.exec(
    text,
  );
  if (cycle && Number(cycle[2]) >= Number(cycle[1])) return { start: Number(cycle[1]), end: Number(cycle[2]) };
  const m = /[自从](20\d\d)年(?:起|开始)，?(?:用|利用|通过)?([一两二三四五六七八九十]|\d{1,2})年(?:左右)?时间/.exec(
    text,
  );
  if (!m) return null;
  const n = YEARS[m[2]!] ?? Number(m[2]);
  return { start: Number(m[1]), end: Number(m[1]) + n - 1 };
}

/** Parses a plan from raw bytes (UTF-8, UTF-16 with its BOM, or GB18030). */
export function parsePlanBytes(bytes: Uint8Array, options: ParseOptions = {}): Plan {
  return parsePlan(decode(bytes), options);
}

export function parsePlan(text: string, options: ParseOptions = {}): Plan {
  const rows = paragraphs(
    cellLinesAsRows(
      datedLinesAsRows(valueLinesAsRows(attributeLinesAsRows(spacedRowsAsRows(withoutRunningHeads(text))))),
    ),
  );
  const paras = rows.map((p) => (TABLE_ROW.test(p) ? rowText(p) : p));
  const plan = planStart(paras);
  const start = plan.start;
  const meta = metadata(paras, plan, options.name);
  const {
    paras: tabled,
    tables,
    targets: indicators,
    shares,
  } = taskTables(rows.slice(start), meta.period?.start ?? null);
  const body = withoutSignatures(withoutOtherAttachments(withoutAttachmentList(tabled)));
  const root = outline(body);
  // a five-year plan named in passing (“十四五”承上启下的关键一年) is not the plan's period, nor is the next one of a
  // text issued more than a year before it starts (2024年…“十五五”规划编制), nor one ended before it (“十三五”以来)
  const named = fiveYearPeriod(body.join(''), 2);
  const issuedIn = meta.issuedOn ? Number(meta.issuedOn.slice(0, 4)) : null;
  meta.period ??=
    (named && (issuedIn === null || (named.start <= issuedIn + 1 && named.end >= issuedIn)) ? named : null) ??
    relativePeriod(body.slice(0, 20).join(''));
  const aliases = options.themeDayAliases ?? [];
  // (where no period is printed, the year of issue: years before it are past, those from it on to come)
  const periodStart = meta.period?.start ?? issuedIn;
  // A plan for one year (2026年科普工作要点): its schedule may name months without the year; so may a notice
  // naming no period, in the year it was issued (请于3月20日前报送…).
  const planYear =
    planYearOf(meta.period?.start, meta.period?.end) ??
    (meta.period === null && meta.issuedOn ? Number(meta.issuedOn.slice(0, 4)) : null);

  const twoYears = periodStart !== null && meta.period?.end === periodStart + 1;
  const monthYear = monthItemYears(planYear ?? (twoYears ? periodStart : null), twoYears);
  const tasks: Task[] = [];
  // an indicator table's goal column naming no year (预期值) is due at the plan's end
  const targets: Target[] = [
    ...indicators.map((t) => (t.year === null ? { ...t, year: meta.period?.end ?? null } : t)),
    ...shares,
  ];
  const milestones: Dated[] = [];
  let headings = 0;

  // before the first part: labelled goals (总体目标：…) and, before them, targets with a due year (…。到2025年，…) or
  // aimed at (本届大赛力争征集参赛项目不少于1200项)
  let leadIn: number | null = null;
  for (const p of root.body) {
    const ctx = { taskSeq: null, periodStart, year: leadIn };
    const m = GOAL_LABEL.exec(p);
    const label = m?.index ?? p.length;
    const aims = p
      .slice(0, label)
      .split(/(?<=[。；！？])/)
      .filter((s) => s.includes('力争'));
    targets.push(
      ...findTargets(p.slice(0, label), ctx, false).filter(
        (t) => t.year !== null || aims.some((s) => s.includes(t.quote)),
      ),
    );
    if (m) targets.push(...findTargets(p.slice(label), { ...ctx, year: m[1] ? Number(m[1]) : leadIn }, true));
    leadIn = listYear(p) ?? leadIn;
  }

  // the lead rule printed before the parts, or in a note (注：责任单位中排在第一位的为牵头单位, or the note's second
  // item: 注：1.… / 2.责任部门列第一位的为牵头部门), a sentence naming the
  // attachment (附件所列各项任务中，列第一位者为牵头单位) or bringing in a table (任务分解如下（责任单位中列第一位的为牵头
  // 单位）：, …见下表。…责任科室栏中列第一位的为牵头科室), for a table too, or one naming the whole plan's tasks anywhere
  // (本规划各项任务的责任单位中，列第一位者为牵头单位, in 组织实施 after them, or in the notice issuing the plan:
  // 工作要点各项任务后括号内所列单位，列第一位者为牵头单位)
  const leadNote =
    tabled.some(
      (p, i) =>
        ((/^注[：:]|附件|分工表|如下|下表|表中/.test(p) ||
          (/^\d[.、]/.test(p) && /^注[：:]/.test(tabled[i - 1] ?? ''))) &&
          LEAD_BY_POSITION.test(p)) ||
        WHOLE_PLAN_LEAD.test(p),
    ) || paras.slice(0, start).some((p) => WHOLE_PLAN_LEAD.test(p));
  let leadByPosition = leadNote || LEAD_BY_POSITION.test(root.body.join('').replace(/（[^（）]*）/g, ''));
  // (a rule for lists of several only, 责任部门有两个及以上的，排在第一位的为牵头部门: a lone unit leads no one)
  const leadOfSeveral = tabled.some((p) => LEAD_BY_POSITION.test(p) && SEVERAL.test(p)) ? 2 : 1;
  const carry: string[] = [];
  // the parts: 一、 and above, or, in a document of neither these nor task tables, its top numbered items (1、… 8、),
  // beside task tables too where they name their units (1.…（责任单位：…） / 附件：…重点工作台账)
  // (an attachment numbering no parts, outline's part of its own, sets milestones only)
  const attachments = root.children.filter((n) => !n.numbered && ATTACHMENT_START.test(n.title));
  const top = root.children.filter((n) => n.rank <= 1 && !attachments.includes(n));
  const items = root.children.filter((n) => n.numbered);
  const parts =
    top.length || (tables.length && items.filter((n) => UNIT_CLAUSE.test(fullText(n))).length < 2) ? top : items;
  const leafParts = parts.filter((n) => !n.children.some((c) => c.numbered));

  // The units a group's own text names (its heading, its opening or closing list) apply to every task under it.
  for (const part of parts) {
    // (a part's own items are its parts of a whole: 一、活动主题和时间 / （一）活动主题 / （二）活动时间)
    for (const item of part.children) foldFields(item);
    liftClosingLists(part);
    foldMeasures(part);
  }
  const duties = itemDuties(body, root);
  const dutiesOf = (node: OutlineNode) => duties.get(itemKey(node.number) ?? '');
  const groups = new Map<OutlineNode, UnitMentions>();
  // (a unit's name with its colon over its items, 省教育厅： / 1.…, or units' names alone over an attachment's items,
  // 县总工会、团县委、县妇联 / 1.…, names those units)
  const namedGroup = (a: OutlineNode) =>
    !a.numbered && !a.body.length && (/[：:]$/.test(a.title) || (a.rank === ATTACHED_GROUP_RANK && namesOnly(a.title)));
  const groupUnits = (a: OutlineNode) =>
    groups.get(a) ??
    groups
      .set(
        a,
        namedGroup(a)
          ? { ...findUnits(''), units: headingUnits(a.title.replace(/[：:]$/, '')) }
          : findUnits(a.body.join('\n')),
      )
      .get(a)!;
  // (a group's note that a unit does its part of every task below it: …负责抓好本地落实，以下不再列出)
  const carried = new Map<OutlineNode, string[]>();
  const carriedBy = (a: OutlineNode) => {
    let found = carried.get(a);
    if (!found) {
      const note = SECTION_CARRY.exec(a.body.join(''));
      carried.set(a, (found = note ? findUnits(`（${note[1]}负责）`).units : []));
    }
    return found;
  };
  const addTask = (node: OutlineNode, ancestors: OutlineNode[], kind: Task['part'], paras: string[]) => {
    const text = paras.join('\n');
    // (a list the title's line closes with, set off by a dash, stays on that line: …完成。——各班班主任)
    let found = findUnits(`${node.title}${node.sentence ? '。' : ''}${text.startsWith('——') ? '' : '\n'}${text}`);
    // (or the labelled lists of the box after it bearing its name: （一）…提质工程。… / 专栏1 …提质工程 / ——… / 牵头单位：…)
    const box = ancestors.at(-1)?.children.find((c, i, all) => all[i - 1] === node && isBox(c));
    if (!found.units.length && box && sameTitle(box.title, node.title))
      found = findUnits(
        fullText(box)
          .split('\n')
          .filter((l) => LINE_LABEL.test(l))
          .join('\n'),
      );
    const own = found.units.length ? found : (dutiesOf(node) ?? found);
    // (in a part of duties, or of members' duties, 四、成员单位职责 / 1.区委组织部：负责…, each item's unit is its label)
    if (!own.units.length && ancestors.some((a) => isDuties(a) || /成员单位(?:主要)?职责$/.test(a.title))) {
      own.units = dutyUnits(node.title);
      // (市科协（牵头单位）：负责…统筹协调)
      if (leadsBeforeColon(node.title)) own.lead = own.units;
    }
    const inherited = ancestors.map(groupUnits);
    let lead = unique(inherited.flatMap((g) => g.lead));
    const units = [...own.units, ...inherited.flatMap((g) => g.units)];
    if (kind === 'main') for (const u of carry) if (!units.includes(u)) units.push(u);
    for (const a of ancestors) units.push(...carriedBy(a));
    if (own.carry) for (const u of own.carry) if (!carry.includes(u)) carry.push(u);
    const byPosition = leadByPosition || own.leadByPosition || inherited.some((g) => g.leadByPosition);
    if ([own, ...inherited].some((g) => g.leadByPosition?.carries)) leadByPosition = true;
    // (the first of its own list, else of the nearest group's above it)
    const firstUnit = own.units[0] ?? [...inherited].reverse().find((g) => g.units.length)?.units[0];
    if (byPosition && firstUnit && units.length >= leadOfSeveral) lead = [firstUnit, ...lead];
    const seq = tasks.length + 1;
    tasks.push({
      seq,
      part: kind,
      path: ancestors.map((a) => a.heading),
      number: node.number.replace(/[（）]/g, ''), // as printed, without brackets: （2） → 2
      title: node.title,
      text,
      leadUnits: unique([...own.lead, ...lead]),
      units: unique(units),
      themeDays: findThemeDays(`${node.title}\n${text}`, aliases),
    });
    // A labelled due date (完成时限：2026年9月), in a unit list or a list of fields, as in a task table, where it
    // dates the task's targets too.
    const due = DUE_FIELD.exec(text)?.[1];
    milestones.push(...dueMilestone(node.title, due));
    // The title is the item's first sentence when the item runs on after it (1.举办…不少于500场。…).
    const [first = '', ...rest] = paras;
    const year =
      ancestors.reduce((y: number | null, a) => listsYear(a.body, y), null) ?? (due ? lastYearIn(due) : null);
    targets.push(...targetsOf([`${node.title}。${first}`, ...rest], { taskSeq: seq, periodStart, year }, false));
  };

  // Headings closing with their unit list and followed by text (（二）加强…（责任单位：…） / 培训…): where two or
  // more tasks are printed so, the text after such a list is the task's.
  const headingListThenText =
    [...walk(root)].filter(([n]) => n.numbered && n.body.length > 1 && LIST_LINE.test(n.body[0]!)).length >= 2;
  /** Paragraphs of a task; when its own paragraph closes with a unit list, unnumbered paragraphs after it
   * that name no units (in a clause or a closing list) are closing text (组织实施, 附则), not the task, unless a box
   * (专栏) of the task opens them. */
  const taskParas = (node: OutlineNode): { own: string[]; closing: string[] } => {
    const first = node.body[0];
    if (first === undefined || !CLOSING_UNITS.test(first) || (headingListThenText && LIST_LINE.test(first)))
      return { own: node.body, closing: [] };
    const rest = node.body.slice(1);
    if (
      rest.length === 0 ||
      rest[0]!.startsWith('专栏') ||
      rest.some((p) => UNIT_CLAUSE.test(p) || closesWithBareList(p))
    )
      return { own: node.body, closing: [] };
    return { own: [first], closing: rest };
  };
  const closingText = (paras: string[]) => {
    for (const p of paras) {
      milestones.push(...findMilestones(p, 'text', planYear));
      targets.push(...findTargets(p, { taskSeq: null, periodStart }, false).filter((t) => t.year !== null));
    }
  };

  // (the notice issuing the plan sets deadlines too: 请于2024年7月15日前报送上半年工作进展)
  // (and its items opening with their date are steps: （一）2026年6月30日前，完成初审和推荐)
  // (and the goals of its own part of goals: 一、创建目标 / 2026年全市新创建…30个左右)
  let noticeGoals = false;
  for (const p of paras.slice(0, start)) {
    const item = p.replace(NUMBERED, '');
    const step = item !== p && /^20\d\d年/.test(item);
    milestones.push(...findMilestones(step ? item : p, step ? 'schedule' : 'text', planYear));
    if (item !== p) noticeGoals = /^[一二三四五六七八九十]{1,3}、/.test(p) && GOALS.test(item) && item.length <= 12;
    else if (noticeGoals) targets.push(...findTargets(p, { taskSeq: null, periodStart }, true));
  }

  // rules in articles (第一章 总则 / 第一条 …: a 办法 or 规定) set no tasks, but in a chapter of them (第三章 创建任务 /
  // 第六条 …完成以下重点任务： / （一）…（县科协牵头）); their dated goals are read
  // (measures in articles, each closing with its units (第一条 强化…。（市科协、市科技局按职责分工负责）), are tasks)
  const inArticles = body.filter((p) => ARTICLE.test(p));
  const articles =
    inArticles.length >= 5 && inArticles.filter((p) => UNIT_CLAUSE.test(p)).length * 2 < inArticles.length;
  // (and a chapter of guarantees, 第四章　保障与考核, holds those of its articles that name their units)
  const kinds = parts.map((part) =>
    articles && !/任务$/.test(part.title)
      ? /^第.+章$/.test(part.number) && kindOf(part) === 'guarantee'
        ? 'guarantee'
        : null
      : kindOf(part),
  );
  // a document whose parts are its measures: five or more leaves, or fewer where every one is a task part's name
  const listDocument =
    !articles &&
    leafParts.length === parts.length &&
    (parts.length >= (top.length ? 5 : 2) || (parts.length >= 3 && kinds.every((k) => k === 'main')));
  /** The headings down to a task table's caption, when the caption is a heading of the text. */
  const captions = new Map<string, string[]>();
  const unlisted: { node: OutlineNode; ancestors: OutlineNode[]; own: string[] }[] = [];
  // an attachment listing numbered tasks with their units (附件 / 2025年…重点任务分工 / 1.…（牵头单位：…）), or its
  // units' duties (附件 / …成员单位职责分工 / 县委组织部 / 1.…), holds the plan's tasks when the text sets none
  const taskLists = attachments.filter(
    (n) =>
      (TASK_PART.test(`${n.title}${n.body[0] ?? ''}`) &&
        n.children.filter((c) => c.numbered && UNIT_CLAUSE.test(fullText(c))).length >= 2) ||
      (DUTIES.test(n.body[0] ?? '') &&
        n.children.filter((c) => !c.numbered && headingUnits(c.title).length && c.children.length).length >= 2),
  );
  const partsRead = new Set<OutlineNode>();
  // a standard's clauses (1　范围 / 2　规范性引用文件 / 3　术语和定义 / 4　基本要求 …) are requirements a thing meets: no
  // tasks, and their figures thresholds, not goals
  const scope = parts.findIndex((p) => /^(?:适用)?范围$/.test(p.title));
  const standard =
    scope >= 0 && parts.slice(scope + 1, scope + 3).some((p) => /^(?:规范性引用文件|术语和定义)$/.test(p.title))
      ? scope
      : Infinity;
  const namesUnits = (n: OutlineNode) => findUnits(`${n.title}。${n.body.join('\n')}`).units.length > 0;
  // whether most of a node's articles without items of their own name their units (read once per node)
  const mostNamed = new Map<OutlineNode, boolean>();
  const articlesNamed = (parent: OutlineNode) => {
    let most = mostNamed.get(parent);
    if (most === undefined) {
      const beside = parent.children.filter((c) => ARTICLE.test(c.heading) && !c.children.length);
      mostNamed.set(parent, (most = beside.filter(namesUnits).length * 2 >= beside.length));
    }
    return most;
  };
  for (const [i, part] of [...parts, ...taskLists].entries()) {
    if (i >= parts.length && tasks.some((t) => t.part === 'main')) break;
    if (i >= standard && i < parts.length) continue;
    partsRead.add(part);
    const kind = i < parts.length ? kinds[i]! : 'main';
    // (its items may stand in groups: 附件 / 县委组织部 / 1.…)
    const isLeaf = !part.children.some(
      (c) => c.numbered || (c.rank === ATTACHED_GROUP_RANK && c.children.some((g) => g.numbered)),
    );
    if (isLeaf && kind !== 'schedule' && (kind !== null || listDocument)) {
      // a part named as a section (二、重点任务) of unnumbered paragraphs each closing with their own unit list
      // (加强…。…（区教育局负责）): each is a task; a part titled as a task (一、加大…力度) is one, its paragraphs its text
      // (or any task part headed on a line of its own whose paragraphs close with their own lists, under group names:
      // 二、提升重点人群科学素质 / 青少年科学素质提升行动 / 将弘扬…。…（牵头单位：…） / 深化…（…）)
      const listedParas = part.body.filter((p) => CLOSING_UNITS.test(p));
      // (in a guarantee part, the paragraphs closed by their lists are its tasks, the others its text)
      if (kind === 'guarantee' && listedParas.length >= 2) {
        for (const item of listedParas.map(paragraphItem))
          addTask(item, [{ ...part, body: [] }], 'guarantee', item.body);
        continue;
      }
      const section = kind === 'main' && (SECTION_NAME.test(part.title) || (listedParas.length >= 2 && !part.inline));
      const body = section ? withListLines(part.body) : part.body;
      // (from the first paragraph with its list, or the group name over it; where those with lists open with a dash,
      // ——开展…, from the first dash, and each such paragraph is one, its list printed or not)
      const withList = body.filter((p) => CLOSING_UNITS.test(p));
      const dashed = withList.length > 0 && withList.every((p) => p.startsWith(DASH));
      const first = section ? body.findIndex((p) => (dashed ? p.startsWith(DASH) : CLOSING_UNITS.test(p))) : -1;
      const listed = first > 0 && groupOrItem(body[first - 1]!)?.rank === 1.5 ? first - 1 : first;
      const items = listed >= 0 ? body.slice(listed).map((p) => groupOrItem(p, dashed)) : [];
      if (items.filter((item) => item && item.rank !== 1.5).length >= 2 && items.every(Boolean)) {
        closingText(body.slice(0, listed));
        // (the lead rule may open the section: 以下各项任务列第一位者为牵头单位。)
        leadByPosition ||= LEAD_BY_POSITION.test(body.slice(0, listed).join(''));
        const ancestors: OutlineNode[] = [{ ...part, body: [] }];
        for (const item of items)
          if (item!.rank === 1.5) ancestors.splice(1, 1, item!);
          else addTask(item!, [...ancestors], 'main', item!.body);
        continue;
      }
      const { own, closing } = taskParas(part);
      const hasUnits = UNIT_CLAUSE.test(`${part.title}\n${own.join('\n')}`) || own.some(closesWithBareList);
      if (hasUnits || (listDocument && kind === 'main')) {
        addTask(part, [], kind === 'guarantee' ? 'guarantee' : 'main', own);
        closingText(closing);
        continue;
      }
    }
    collectGoals(part, periodStart, planYear, targets, milestones, kind, monthYear);
    if (kind !== 'main' && kind !== 'guarantee') continue;
    for (const [node, ancestors] of walk(part, [part])) {
      // (a box's items beside a section's tasks are projects, no tasks of their own; a box alone in its part
      // holds the part's tasks)
      const besideTasks = (a: OutlineNode, j: number) =>
        isBox(a) && j > 0 && ancestors[j - 1]!.children.some((c) => c.numbered && !isBox(c));
      if (
        !node.numbered ||
        isBox(node) ||
        ancestors.some(besideTasks) ||
        node.children.some((c) => c.numbered || c.children.some((g) => g.numbered))
      )
        continue;
      if (
        [...ancestors.slice(1), node].some((n) => GOALS_SECTION.test(n.title) || BACKGROUND_SECTION.test(n.title)) &&
        !UNIT_CLAUSE.test(fullText(node))
      )
        continue;
      // (an item that is one of the event's fields, （一）时间。 / （二）主题。, is no task)
      if (FIELD_ITEM.test(node.title)) continue;
      // (an article naming no units, 第七条　创建任务完成情况是…的主要依据, is a rule, unless most beside it name theirs)
      if (ARTICLE.test(node.heading) && !namesUnits(node) && !articlesNamed(ancestors.at(-1)!)) continue;
      const { own, closing } = taskParas(node);
      // a heading over a task table (（一）重点活动 / 序号 | 活动名称 | …), or over a line leading to it (…具体安排如下：):
      // its rows are the tasks, under it
      const leadIn = own.length === 1 && /[：:]$/.test(own[0]!) ? own[0]! : node.heading;
      if (own.length <= 1 && tables.some((t) => t.caption === leadIn)) {
        captions.set(
          leadIn,
          [...ancestors, node].map((a) => a.heading),
        );
        continue;
      }
      // a guarantee item is a task when it names its units, in a list of any form (（区科协） too)
      const ownText = own.join('\n');
      // (a list right after a title closed by a full stop closes that sentence: （二）加强经费保障。（区财政局）)
      // (an item of duties opening with its unit, 县科协：负责…, is a task where the duties are all the work: below)
      const named = findUnits(node.sentence ? `。${ownText}` : ownText).units.length || dutiesOf(node) !== undefined;
      if (kind === 'guarantee' && !UNIT_CLAUSE.test(ownText) && !named) {
        unlisted.push({ node, ancestors, own });
        continue;
      }
      addTask(node, ancestors, kind, own);
      closingText(closing);
    }
  }
  // (its dated lines are milestones; its figures, a table's cells, no goals of the plan)
  for (const part of attachments)
    if (!partsRead.has(part)) collectGoals(part, periodStart, planYear, [], milestones, null, monthYear);
  // a guarantee item naming no units is a task when a task table gives it units (加强组织领导 | 中国科协 | …), and an
  // item of duties where they are all the work the text sets (第二章　职责分工 / 第五条　市科协…主要职责是： / （一）…)
  const tableRows = tables.flatMap((t) => t.rows);
  const onlyDuties = !tasks.some((t) => t.part === 'main') && tableRows.length === 0;
  // (else its yearly amounts are goals of the plan: 人均科普专项经费每年不低于2元)
  for (const { node, ancestors, own } of unlisted)
    if (tableRows.some((row) => namesTask(row.title, node.title) && !restated(tasks, row.title)))
      addTask(node, ancestors, 'guarantee', own);
    else if (onlyDuties && ancestors.some(isDuties)) addTask(node, ancestors, 'main', own);
    else
      targets.push(...targetsOf(own, { taskSeq: null, periodStart }, false).filter((t) => t.recurrence === 'annual'));
  addTableTasks(tables, captions, tasks, targets, milestones, periodStart, planYear, aliases, leadNote, leadOfSeveral);
  foldRestated(tasks, targets);
  // a note that a body carries out every task, not listed with each (注：各设区市人民政府为各项任务的落实主体，表中不再一一列出)
  const bearer = body.map((p) => EVERY_TASK.exec(p)?.[1]).find(Boolean);
  if (bearer) for (const t of tasks) if (t.part === 'main' && !t.units.includes(bearer)) t.units.push(bearer);
  // a notice whose only work is its 职责分工 (a contest's organizers' duties): that part's items are its tasks
  const dutyParts = new Set(parts.filter(isDuties).map((p) => p.heading));
  if (!tasks.some((t) => t.part === 'main')) for (const t of tasks) if (dutyParts.has(t.path[0] ?? '')) t.part = 'main';
  for (const _ of walk(root)) headings++;
  // a plan has numbered parts and states tasks, targets or a dated schedule (a contest's 赛程 may be all it sets)
  if (headings < 2 && !tables.some((t) => t.rows.length)) throw new NotAPlanError('no-structure');
  if (tasks.length === 0 && targets.length === 0 && milestones.length === 0) throw new NotAPlanError('no-tasks');
  const rowsText = tables.flatMap((t) => t.rows.map((r) => r.cells));
  const themeDays = unique([
    ...tasks.flatMap((t) => t.themeDays),
    ...findThemeDays([...tabled, ...rowsText].join('\n'), aliases),
  ]);
  // a closing paragraph's deadline is found both as closing text and in its part
  // a notice's date printing no year (于1月10日前) that falls before the notice itself is in the next year
  const issued = meta.period === null ? meta.issuedOn : null;
  const dated = [...new Map(milestones.map((m) => [`${m.year} ${m.text}`, m])).values()].map(({ until, ...m }) => {
    if (until !== undefined) return { ...m, due: milestoneDue(m.text, until) ?? `${until}-12-31` };
    const due = milestoneDue(m.text, m.year);
    if (issued && due && due < issued && !/20\d\d年/.test(m.text))
      return { ...m, year: m.year + 1, due: milestoneDue(m.text, m.year + 1) };
    return { ...m, due };
  });
  // a goal restated (in the goals and again in an annex) is one goal, and so is a task's target read again as a
  // goal (an item naming its units under a goals heading: 二、主要指标 / 1.…突破3000亿元…（牵头单位：…）)
  const read = (t: Target) => `${t.quote} ${t.value} ${t.unit}`;
  const taskTargets = targets.filter((t) => t.taskSeq !== null);
  const ofTasks = new Set(taskTargets.map(read));
  const goals = new Set<string>();
  const distinct = targets.filter((t, i) => {
    if (t.taskSeq !== null) return true;
    // (rules' conditions, 年接待公众不少于3万人次, are thresholds: only a dated goal is one)
    if (articles && t.year === null) return false;
    // (an indicator table restating a task's target: 健康促进医院占比（%） | ≥50; in a plan for one year, the year's
    // column restating a target the text dates not: | 科普活动场次 | 326场次 | 350场次以上 |)
    const restates = (k: Target) =>
      (sameQuantity(k, t) || (k.year === null && t.year === planYear && sameQuantity({ ...k, year: planYear }, t))) &&
      sharesWords(k.metric, t.metric);
    if (i < indicators.length && taskTargets.some(restates)) return false;
    const key = `${t.metric} ${quantity(t)}`;
    return !ofTasks.has(read(t)) && !goals.has(key) && Boolean(goals.add(key));
  });
  return { ...meta, tasks, targets: distinct, milestones: dated, themeDays, headings };
}

/** What a target asks for, whatever it measures: its value, range, unit, year and recurrence. */
const quantity = (t: Target) => JSON.stringify([t.value, t.valueMax, t.unit, t.year, t.recurrence]);
const sameQuantity = (a: Target, b: Target) => quantity(a) === quantity(b);

/** Whether two metrics share four characters in a row (全市健康促进医院占比, 健康促进医院占比（%）). */
function sharesWords(a: string, b: string): boolean {
  for (let i = 0; i + 4 <= a.length; i++) if (b.includes(a.slice(i, i + 4))) return true;
  return false;
}

/** A month item's opening, with the year it may print: 9月, 2027年1月, 九月, 2—3月. */
const MONTH_OPENING = new RegExp(`^(?:(20\\d\\d)年)?(?:${MONTH}月?[—―–\\-~至到])?(${MONTH})月`);

/**
 * The year of each month item of a schedule in turn (9月：…, 2027年1月：…), from the plan's first year (null: no
 * year): the year an item prints, else the year before, the next once the months start again (a school year's
 * 9月 … 12月, then 3月) in a plan over two years.
 */
function monthItemYears(first: number | null, twoYears: boolean): (item: string) => number | null {
  let year = first;
  let month = 0;
  return (item) => {
    const m = MONTH_OPENING.exec(item);
    // (the first to name its year sets it for the months after it: 2026年3月底前，… / 4月至7月，…)
    if (year === null && m?.[1]) year = Number(m[1]);
    if (year === null || !m) return year;
    const at = valueOf(m[2]!);
    if (m[1]) year = Number(m[1]);
    else if (at < month && twoYears && year === first) year++;
    month = at;
    return year;
  };
}

/** An article of rules: 第一条　为加强… */
const ARTICLE = /^第([一二三四五六七八九十百]+)条/;

/** An item's numeral: 三, 12. */
const ITEM_NUMERAL = '[一二三四五六七八九十]{1,3}|\\d{1,3}';

/** A numeral's value: 3 → 3, 三 → 3. */
const valueOf = (numeral: string) => (/\d/.test(numeral) ? Number(numeral) : cnNumber(numeral));

/** An item number's key: its form and its numeral's value (（三） → （c3, 3 → d3). */
const numberKey = (bracketed: boolean, numeral: string, value = valueOf(numeral)) =>
  `${bracketed ? '（' : ''}${/\d/.test(numeral) ? 'd' : 'c'}${value}`;

const PRINTED_NUMBER = new RegExp(`^([（(]?)(${ITEM_NUMERAL})[）)]?$`);

/** An item's number as printed (（三）, 3) as a key, or null. */
function itemKey(number: string): string | null {
  const m = PRINTED_NUMBER.exec(number);
  return m ? numberKey(Boolean(m[1]), m[2]!) : null;
}

/** Items named by number in a 分工 sentence: 第（一）项, 第（六）至（八）项, 第（九）（十）项, 第1—3项. */
const ITEM_DUTY = new RegExp(
  `第((?:[（(]?(?:${ITEM_NUMERAL})[）)]?(?:至|到|[—\\-~～、]|和|及)?)+)项(?:工作|任务)?(由.+)$`,
);
const ITEM_NUMBER = new RegExp(`([（(]?)(${ITEM_NUMERAL})[）)]?(至|到|[—\\-~～])?`, 'g');

/**
 * The units a 分工 paragraph gives items by number (以上工作要点中，第（一）项由市教育局牵头，市科协配合；第（二）至（四）
 * 项由…): each item's lead and units, for items whose number is printed once in the plan (numbering restarted in
 * each part names no one item).
 */
function itemDuties(paras: string[], root: OutlineNode): Map<string, UnitMentions> {
  const duties = new Map<string, UnitMentions>();
  for (const clause of paras.filter((p) => p.includes('项由')).flatMap((p) => p.split(/[；。]/))) {
    const m = ITEM_DUTY.exec(clause);
    const units = m ? findUnits(`（${m[2]}）`) : null;
    if (!m || !units?.units.length) continue;
    let from: number | null = null;
    for (const n of matchesOf(m[1]!, ITEM_NUMBER)) {
      const value = valueOf(n[2]!);
      for (let v = from ?? value; v <= value; v++)
        duties.set(numberKey(Boolean(n[1]), n[2]!, v), { lead: units.lead, units: units.units });
      from = n[3] ? value + 1 : null;
    }
  }
  if (duties.size === 0) return duties;
  const printed = new Map<string, number>();
  for (const [node] of walk(root)) {
    const key = node.numbered ? itemKey(node.number) : null;
    if (key) printed.set(key, (printed.get(key) ?? 0) + 1);
  }
  for (const key of duties.keys()) if (printed.get(key) !== 1) duties.delete(key);
  return duties;
}

/**
 * In a section of paragraphs closed by their unit lists: such a paragraph as a task, a group's name on a line of
 * its own (青少年科学素质提升行动) as a heading over those after it (rank 1.5), or null.
 */
function groupOrItem(p: string, dashed = false): OutlineNode | null {
  if (CLOSING_UNITS.test(p) || (dashed && p.startsWith(DASH))) {
    const item = paragraphItem(p);
    return item.title.length >= 2 ? item : null;
  }
  if (!GROUP_NAME.test(p)) return null;
  return { rank: 1.5, number: '', heading: p, title: p, body: [], inline: false, children: [], numbered: false };
}

/** A dash opening an item of a list: ——开展科普讲座。… */
const DASH = '——';

/** An unnumbered paragraph as a task: titled by its first sentence (after its dash), or by its text before its unit
 * list. */
function paragraphItem(para: string): OutlineNode {
  // (an article's number, 第一条, is the item's)
  const article = ARTICLE.exec(para);
  const p = para.startsWith(DASH) ? para.slice(DASH.length) : article ? para.slice(article[0].length).trim() : para;
  const end = p.search(/[。；！？]/);
  const title = end > 0 ? p.slice(0, end) : p.replace(/[（(][^（）()]*[）)][。；]?$/, '');
  const body = [p.slice(end > 0 ? end + 1 : title.length)];
  const number = article?.[1] ?? '';
  return { rank: 9, number, heading: title, title, body, inline: true, children: [], numbered: false };
}

/** An attachment that is the plan's own goals: 2026年…绩效目标表, 主要指标表. */
const GOALS_TABLE = /(?:指标|目标)表$/;
/** An attachment that is the plan's own schedule: 2027年科普活动安排表, 重点工作推进计划表, 活动日程. */
const SCHEDULE_TITLE = /安排表?$|安排一览表$|日程(?:表|安排)?$|进度表$|时间表$/;

/**
 * The plan without the attachments after it that are documents of their own (附件2 / 白玉兰栽植和养护技术要求 / 一、…):
 * an attachment is kept when it names units or its title names tasks (附件2 重点任务清单), a schedule, goals or
 * duties (附件 / …成员单位职责分工).
 */
function withoutOtherAttachments(paras: string[]): string[] {
  const starts = paras.flatMap((p, i) => (i > 0 && ATTACHMENT_START.test(p) ? [i] : []));
  if (starts.length === 0) return paras;
  const out = paras.slice(0, starts[0]);
  starts.forEach((from, k) => {
    const section = paras.slice(from, starts[k + 1] ?? paras.length);
    const title = section.slice(0, 2).join('');
    if (
      TASK_PART.test(title) ||
      SCHEDULE_TITLE.test(title) ||
      GOALS_TABLE.test(title) ||
      DUTIES.test(title) ||
      UNIT_CLAUSE.test(section.join('\n'))
    )
      out.push(...section);
  });
  return out;
}

/** A list of attachments (附件： / 1.某某基本条件 / 2.某某指标体系, several to a line too): numbered titles, not items of
 * the plan. */
const ATTACHMENTS = /^附件\s*[：:]/;
const ATTACHMENT_TITLE = /^\d{1,2}[.、]\s*[^。，；：]{2,300}$/;

function withoutAttachmentList(paras: string[]): string[] {
  return paras.filter((p, i) => {
    if (!ATTACHMENT_TITLE.test(p)) return true;
    let j = i - 1;
    while (j >= 0 && ATTACHMENT_TITLE.test(paras[j]!)) j--;
    return j < 0 || !ATTACHMENTS.test(paras[j]!);
  });
}

/**
 * A unit list on lines of its own after a group's last item, when no item names units of its own, is the group's
 * (（一）青少年科学素质提升行动 / 1.… 2.… 3.… / 牵头单位：A、B / 责任单位：C): it moves to the group's body.
 */
function liftClosingLists(node: OutlineNode): void {
  for (const child of node.children) liftClosingLists(child);
  const items = node.children.filter((c) => c.numbered);
  const last = node.children.at(-1);
  if (items.length < 2 || !last || last !== items.at(-1) || last.children.length) return;
  let k = last.body.length;
  while (k > (last.inline ? 1 : 0) && LIST_LINE.test(last.body[k - 1]!) && findUnits(last.body[k - 1]!).units.length)
    k--;
  if (k === last.body.length) return;
  const named = (text: string) => findUnits(text).units.length > 0;
  if (named(`${last.title}\n${last.body.slice(0, k).join('\n')}`) || items.slice(0, -1).some((c) => named(fullText(c))))
    return;
  node.body.push(...last.body.splice(k));
}

/** A paragraph's last sentence that is a labelled unit list: …。责任单位：A、B。 */
const LIST_SENTENCE = new RegExp(`(?<=。)(${ROLE_LABEL}[^。]*)。?$`);

/** Paragraphs closed by their unit list unbracketed, on a line of their own (加强…。… / 责任单位：A、B) or as their last
 * sentence (…。责任单位：A、B。): the list closes the paragraph in brackets, its own brackets as 〔〕. */
function withListLines(body: string[]): string[] {
  const out: string[] = [];
  const bracketed = (list: string) => `（${list.replace(/（/g, '〔').replace(/）/g, '〕')}）`;
  for (const p of body)
    if (out.length && LINE_LABEL.test(p)) out[out.length - 1] += bracketed(p);
    else out.push(p.replace(LIST_SENTENCE, (list) => bracketed(list.replace(/。$/, ''))));
  return out;
}

/**
 * Measures numbered ①②③ under an item, none naming units but the last, whose list closes them all (1.推进… /
 * ①… ②… ③…。（责任单位：A、B）): the item's text, the item the task.
 */
function foldMeasures(node: OutlineNode): void {
  for (const child of node.children) foldMeasures(child);
  const measures = node.children;
  if (!node.numbered || measures.length < 2 || !measures.every((c) => c.rank === 5 && !c.children.length)) return;
  const named = (c: OutlineNode) => findUnits(`${c.title}。${c.body.join('\n')}`).units.length > 0;
  const last = measures.at(-1)!;
  if (measures.slice(0, -1).some(named) || !named(last) || !/）[。；]?$/.test(last.body.at(-1) ?? last.title)) return;
  foldInto(node, (c) => `${c.heading}${c.sentence ? '。' : ''}`);
}

/** A node's children as lines of its text, each child's heading as `head` prints it before its first line. */
function foldInto(node: OutlineNode, head: (c: OutlineNode) => string): void {
  for (const c of node.children) {
    const [first = '', ...rest] = c.inline ? c.body : ['', ...c.body];
    node.body.push(`${head(c)}${first}`, ...rest);
  }
  node.children = [];
}

/** An item's fields numbered as items (1.时间：… 2.地点：… 4.负责部门：…, a training's 1.培训对象：… 3.学时安排：…
 * 4.实施单位：…): the item's text, not tasks of their own. */
const FIELD_ITEM =
  /^(?:活动|比赛|参赛|参加|培训|学时)?(?:时间|地点|内容|对象|要求|规则|形式|方式|主题|安排|流程|奖项设置|(?:负责|牵头|责任|配合|承办|主办|实施|组织|参与|参加)(?:部门|单位|处室|科室))$/;

/** Items naming the groups an event's entrants compete in (1.小学组：… 2.初中组：…): the item's text too. */
const ENTRANT_GROUP = /^[^，。：；（）]{1,8}组[：:]/;

function foldFields(node: OutlineNode): void {
  for (const child of node.children) foldFields(child);
  const fields = node.children;
  if (node.numbered && fields.length >= 2 && fields.every((c) => !c.children.length && ENTRANT_GROUP.test(c.title)))
    return foldInto(node, (c) => `${c.title}。`);
  if (!node.numbered || fields.length < 2 || !fields.every((c) => !c.children.length && FIELD_ITEM.test(c.title)))
    return;
  foldInto(node, (c) => `${c.title}：`);
}

/** Tasks dropped, the others numbered again; the targets of those dropped are the plan's. */
function dropTasks(tasks: Task[], targets: Target[], drop: Set<Task>): void {
  const kept = tasks.filter((t) => !drop.has(t));
  const seqs = new Map(kept.map((t, i) => [t.seq, i + 1]));
  for (const t of targets) if (t.taskSeq !== null) t.taskSeq = seqs.get(t.taskSeq) ?? null;
  tasks.splice(0, tasks.length, ...kept.map((t, i) => ({ ...t, seq: i + 1 })));
}

/**
 * Tasks restated later with their units (附件：重点任务分工 / 5.激发青少年好奇心和想象力。牵头单位：…): a task of the
 * same title naming no units takes theirs, and the restatement goes; seq numbers close up.
 */
function foldRestated(tasks: Task[], targets: Target[]): void {
  const seqs = new Map<number, number>();
  const kept: Task[] = [];
  for (const task of tasks) {
    const first = kept.find((k) => !k.units.length && sameTitle(k.title, task.title));
    if (first && task.units.length) {
      first.leadUnits = task.leadUnits;
      first.units = task.units;
      seqs.set(task.seq, first.seq);
    } else {
      seqs.set(task.seq, kept.length + 1);
      kept.push({ ...task, seq: kept.length + 1 });
    }
  }
  if (kept.length === tasks.length) return;
  tasks.splice(0, tasks.length, ...kept);
  for (const t of targets) if (t.taskSeq !== null) t.taskSeq = seqs.get(t.taskSeq)!;
}

/** Whether two task titles name the same task: equal, or one holds the other and is at least 60 % of its length. */
function sameTitle(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && long.includes(short) && short.length >= 0.6 * long.length;
}

/** Whether a table's row may restate a task in more words: the same opening verb and numbers, the task's title in
 * order within the row's, at least three words more and at least 40 % of it (鼓励社会力量参与 /
 * 鼓励社会力量参与科普基础设施建设运营, 完善评估监测制度 / 完善科普基础设施评估监测制度). */
function spelledOut(title: string, row: string): boolean {
  const digits = (s: string) => s.replace(/\D/g, '');
  if (title.length < 4 || row.length < title.length + 3 || title.length < 0.4 * row.length) return false;
  if (title.slice(0, 2) !== row.slice(0, 2) || digits(title) !== digits(row)) return false;
  let at = 0;
  for (const c of title) if ((at = row.indexOf(c, at) + 1) === 0) return false;
  return true;
}

/** Whether a table's row names a task of this title: the same title, or the title spelled out in more words. */
const namesTask = (row: string, title: string) => sameTitle(title, row) || spelledOut(title, row);

/** The task a table's row restates: the one of the same title, else the only one of the text naming no units whose
 * title the row spells out. */
function restated<T extends { title: string; units: string[] }>(tasks: readonly T[], row: string): T | undefined {
  const spelled = tasks.filter((t) => !t.units.length && spelledOut(t.title, row));
  return tasks.find((t) => sameTitle(t.title, row)) ?? (spelled.length === 1 ? spelled[0] : undefined);
}

/**
 * A task's labelled due date (完成时限) as a milestone of the last year it names (a span ends then), if it names one;
 * a month alone (3月14日) is of `planYear`, where given.
 */
function dueMilestone(title: string, due: string | null | undefined, planYear: number | null = null) {
  const year = lastYearIn(due ?? '') ?? (planYear !== null && MONTH_OPENING.test(due ?? '') ? planYear : null);
  return year === null ? [] : [{ year, text: `${title}（${due}）` }];
}

/**
 * The tasks of task tables: a row restating a task of the text (the same title) adds its units to that task;
 * any other row is a task of its own, with its targets. A row's 完成时限 naming a year is a milestone (dueMilestone).
 * Where a note says the first unit leads, a row marking no lead has its first.
 */
function addTableTasks(
  tables: TaskTable[],
  captions: Map<string, string[]>,
  tasks: Task[],
  targets: Target[],
  milestones: Dated[],
  periodStart: number | null,
  planYear: number | null,
  aliases: readonly string[],
  leadByPosition: boolean,
  leadOfSeveral: number,
): void {
  const fromText = tasks.length;
  const textTasks = tasks.slice(0, fromText);
  // The headings grouping the text's tasks: a row restating one (附件 重点任务分工表 | 青少年科学素质提升行动 |, the
  // text's （一）青少年科学素质提升行动 holding its tasks) is not a task again.
  const groups = unique(tasks.flatMap((t) => t.path.map(unnumbered)));
  const rowGroups = new Set<string>();
  for (const table of tables) {
    // (a schedule of the text's tasks: its dated rows are milestones; not so the rows a heading of the text holds)
    // (and so is one captioned as a time schedule, 二、时间安排, even where the text sets no tasks)
    // (or headed so over the line leading to it: 六、赛程安排 / 大赛分五个阶段进行，具体安排如下：)
    const timed = [table.caption, table.heading].some((c) => TIME_SCHEDULE.test(unnumbered(c ?? '')));
    // (the text's tasks: its main ones, not the guarantees of its 工作要求)
    if ((table.named && textTasks.some((t) => t.part === 'main') && !captions.has(table.caption ?? '')) || timed) {
      // (months of the year its caption names: 2026年…重点活动安排表 in a plan over two years)
      const captioned = /(20\d\d)年/.exec(table.caption ?? '')?.[1];
      const year = planYear ?? (captioned ? Number(captioned) : null);
      for (const row of table.rows) milestones.push(...dueMilestone(row.title, row.due, year));
      continue;
    }
    const inOrder = restatedInOrder(table.rows, textTasks);
    const reworded = restatedInOtherWords(table.rows, textTasks);
    const sameOf = (row: TableTask) =>
      restated(textTasks, row.title) ??
      inOrder.get(row) ??
      tasks.find((t) => sameTitle(t.title, row.title)) ??
      reworded.get(row);
    const pieces = piecesOfTasks(
      table.rows.filter((row) => !sameOf(row)),
      textTasks,
      table.rows.length,
    );
    for (const row of table.rows) {
      const lead =
        leadByPosition && !row.lead.length && row.units.length >= leadOfSeveral ? row.units.slice(0, 1) : row.lead;
      milestones.push(...dueMilestone(row.title, row.due));
      const same = sameOf(row);
      if (same) {
        same.leadUnits = unique([...same.leadUnits, ...lead]);
        same.units = unique([...same.units, ...row.units]);
        continue;
      }
      if (pieces) {
        const of = pieces.get(row);
        if (of) of.units = unique([...of.units, ...row.units]);
        continue;
      }
      if (groups.some((g) => sameTitle(g, row.title))) continue;
      const seq = tasks.length + 1;
      for (const g of row.groups) rowGroups.add(unnumbered(g));
      tasks.push({
        seq,
        // (rows under 五、组织保障 are guarantee tasks)
        part: row.groups.some((g) => GUARANTEE_PART.test(g)) ? 'guarantee' : 'main',
        path: [...(captions.get(table.caption ?? '') ?? [table.caption]), ...row.groups].filter((x) => x !== null),
        number: row.number,
        title: row.title,
        text: row.text,
        leadUnits: lead,
        units: row.units,
        themeDays: findThemeDays(row.text, aliases),
      });
      // (due by the year its 完成时限 cell names, in a plan for one year too, unless a sentence names its own:
      // | 新建科普教育基地3个 | 2025年底前 |)
      const year = row.due ? lastYearIn(row.due) : null;
      for (const p of row.text.split('\n')) targets.push(...findTargets(p, { taskSeq: seq, periodStart, year }, false));
    }
  }
  // A text task naming no units whose title groups rows of a task table (（一）青少年科学素质提升行动。… / 附件 | 青少年
  // 科学素质提升行动 | 实施…计划 | 省教育厅 |): those rows are its tasks, and it is their group, no task of its own.
  const grouped = textTasks.filter((t) => !t.units.length && [...rowGroups].some((g) => sameTitle(g, t.title)));
  if (grouped.length) dropTasks(tasks, targets, new Set(grouped));
}

/** The character pairs of a text. */
function pairsOf(text: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) pairs.add(text.slice(i, i + 2));
  return pairs;
}

/** A task with its title and text as one string and that string's character pairs. */
const withPairs = (task: Task) => ({ task, text: task.title + task.text, pairs: pairsOf(task.title + task.text) });

/**
 * A table restating the text's tasks in other words, a row for a task (附件 重点任务清单 | 办好全国科普日…，全年开展科普
 * 活动1200场次以上 | for 1.统筹办好全国科普日、科技活动周…，全年组织开展各类科普活动1200场次以上。): each row's task is the
 * one whose title and text hold at least 60 % of the row's character pairs and all its numbers, by a clear margin over
 * any other; read so where most rows find one and no two the same (else the rows divide the work, tasks of their own).
 */
function restatedInOtherWords(rows: TableTask[], tasks: readonly Task[]): Map<TableTask, Task> {
  const texts = tasks.map(withPairs);
  const found = new Map<TableTask, Task>();
  for (const row of rows) {
    // (a short title with the text of its row: | 县级科技馆建设 | 新建成开放县级科技馆4座 |)
    const said = row.title.length < 9 && row.text !== row.title ? `${row.title}${row.text}` : row.title;
    const wanted = pairsOf(said);
    if (wanted.size < 8) continue;
    const numbers = said.match(/\d+(?:\.\d+)?/g) ?? [];
    let best: Task | undefined;
    let first = 0;
    let second = 0;
    for (const { task, text, pairs } of texts) {
      if (!numbers.every((n) => text.includes(n))) continue;
      let held = 0;
      for (const p of wanted) if (pairs.has(p)) held++;
      const share = held / wanted.size;
      if (share > first) [second, first, best] = [first, share, task];
      else if (share > second) second = share;
    }
    if (best && first >= 0.6 && first - second >= 0.15) found.set(row, best);
  }
  const distinct = new Set(found.values()).size === found.size;
  return distinct && found.size >= 0.6 * rows.length ? found : new Map();
}

/**
 * A table of the text's key works, each row a piece of one task's text (附件 重点工作任务分工表 | 召开全省全民科学素质工作
 * 推进会 | 科普部 | for （七）…召开全省全民科学素质工作推进会…): where at least three quarters of the table's `of` rows are
 * `rows` (restating no task by its title) found so, by at least 80 % of their character pairs and all their numbers in
 * one task's title and text, they name no tasks of their own, those found adding their units to the task; else null.
 */
function piecesOfTasks(rows: TableTask[], tasks: readonly Task[], of: number): Map<TableTask, Task> | null {
  if (rows.length < 3 || !tasks.length) return null;
  const texts = tasks.map(withPairs);
  const found = new Map<TableTask, Task>();
  for (const row of rows) {
    const wanted = pairsOf(row.title);
    const numbers = row.title.match(/\d+(?:\.\d+)?/g) ?? [];
    if (wanted.size < 5) continue;
    const shares = texts.map((t) =>
      numbers.every((n) => t.text.includes(n)) ? [...wanted].filter((p) => t.pairs.has(p)).length / wanted.size : 0,
    );
    const best = shares.indexOf(Math.max(...shares));
    if (shares[best]! >= 0.8) found.set(row, texts[best]!.task);
  }
  return found.size >= 0.75 * of ? found : null;
}

/** A time schedule's caption (时间安排, 进度安排, 实施步骤, 工作进度表, …评选工作日程安排), not a list of activities (活动安排表). */
const TIME_SCHEDULE =
  /^(?:(?:时间|进度|阶段|推进)安排|(?:实施|工作)步骤|(?:时间|进度)表|工作进度(?:安排|表)?|时间节点(?:安排|表)?|赛程(?:安排)?)[：:]?$|日程(?:安排)?表?[：:]?$/;

/** A heading without its number: 一、科普内容创作提升行动 → 科普内容创作提升行动. */
const unnumbered = (heading: string) => heading.replace(NUMBERED, '');

/**
 * Rows of a table's group restating, in their own words and in order, the tasks of the text's group of the same
 * name (一、科普内容创作提升行动 | 1 | 实施科普创作精品工程… / （一）实施科普内容创作提升行动 / 1.繁荣原创科普作品创作): the
 * rows naming no task of theirs, row by row, where as many tasks of the group name no units and no row names them.
 */
function restatedInOrder(rows: TableTask[], tasks: Task[]): Map<TableTask, Task> {
  const found = new Map<TableTask, Task>();
  const groups = new Map<string, TableTask[]>();
  for (const row of rows)
    if (row.groups.length) {
      const group = unnumbered(row.groups.at(-1)!);
      groups.set(group, [...(groups.get(group) ?? []), row]);
    }
  for (const [group, members] of groups) {
    const restating = members.map((r) => restated(tasks, r.title));
    const named = new Set(restating);
    const rest = members.filter((_, i) => !restating[i]);
    const open = tasks.filter(
      (t) => !t.units.length && !named.has(t) && t.path.length && sameTitle(unnumbered(t.path.at(-1)!), group),
    );
    if (open.length === rest.length) rest.forEach((r, i) => found.set(r, open[i]!));
  }
  return found;
}

/** A date in brackets: a schedule's phase, 启动部署阶段（2026年1月—6月）, 全面实施阶段（2026—2027学年）. */
const DATED_BRACKET = /（([^（）]*20\d\d学?年[^（）]*)）/;
/** Months in brackets: a phase of a plan for one year, 宣传发动阶段（3月上旬—3月中旬）. */
const MONTH_BRACKET = new RegExp(`（[^（）]*${MONTH}月[^（）]*）`);

/** A schedule's step due every year by a month: 每年4月底前，… / 每年5月至11月，… */
const YEARLY_STEP = /(?:^|[。：])(每年\d{1,2}月[^。；]*)/;

/** A schedule's phase dated in brackets in its first sentence (第一阶段：动员部署（2026年1月至3月）。制定…), or null. */
function phaseMilestone(p: string): Dated[] | null {
  const [head = '', next] = p.split(/[。；]/);
  const span = DATED_BRACKET.exec(head);
  return span && [spanned(span[1]!, [head, next].filter(Boolean).join('：'))];
}

/**
 * Targets outside tasks and schedule milestones anywhere under `part`. Goal sections (目标) take any
 * quantified statement; other sections only those with a due year or 每年, and background sections
 * (发展基础, 形势, 意义 …) none.
 */

function collectGoals(
  part: OutlineNode,
  periodStart: number | null,
  planYear: number | null,
  targets: Target[],
  milestones: Dated[],
  kind: Kind,
  monthYear: (item: string) => number | null,
): void {
  const inTaskPart = kind === 'main' || kind === 'guarantee';
  // year: the due year of a list's lead-in above (listYear), which its items below inherit
  const visit = (
    node: OutlineNode,
    inGoals: boolean,
    inBackground: boolean,
    inSchedule: boolean,
    year: number | null,
  ) => {
    // in a part without tasks, 目标任务 / 试点范围 state goals (not what a contest takes, 推介范围); in a task part only a
    // 目标 heading does
    // (a box of projects (专栏1 …工程) beside the tasks states goals too)
    const box = isBox(node);
    const goals =
      inGoals ||
      box ||
      (GOALS.test(node.title) && (!inTaskPart || !TASK_PART.test(node.title))) ||
      (kind === null && /范围|规模/.test(node.title) && !NOTICE_PART.test(node.title));
    // (a notice's rules, 申报条件 / 评估内容及分值, set conditions, not targets, as a background states none)
    const background = inBackground || BACKGROUND.test(node.title) || (node === part && NOTICE_PART.test(node.title));
    const schedule = inSchedule || SCHEDULE.test(node.title);
    // A dated phase of the schedule: 启动部署阶段（2026年1月—6月）, of the year it starts, due by the end of the last (spanned).
    const phase = schedule && node.numbered ? DATED_BRACKET.exec(node.title) : null;
    const monthPhase = !phase && planYear !== null && schedule && node.numbered && MONTH_BRACKET.test(node.title);
    if (phase || monthPhase) {
      const text = [node.title, node.body[0]?.split('。')[0]].filter(Boolean).join('：');
      milestones.push(phase ? spanned(phase[1]!, text) : { year: planYear!, text });
    }
    // a task's own body, whose dates are not the plan's schedule
    const taskNode = inTaskPart && node !== part && node.numbered && !box && !node.children.some((c) => c.numbered);
    // an item's or a part's text begins with its title (1.科学课程开齐开足率达到100%。, 二、工作目标到2025年，…超过15%。),
    // whose targets count too
    const [first = '', ...rest] = node.body;
    const texts = node.numbered ? [`${node.title}。${first}`, ...rest] : node.body;
    // (a box of the five-year plan, 专栏1 “十五五”科普基础设施重点项目, sets its goals for the plan's last year)
    const boxYear = box ? (fiveYearPeriod(node.title)?.end ?? null) : null;
    if ((goals && !BACKGROUND.test(node.title)) || (!background && !inTaskPart && !schedule))
      targets.push(...targetsOf(texts, { taskSeq: null, periodStart, year: boxYear !== null ? boxYear : year }, goals));
    // a schedule's step for a year states the goals due then (四、年度推进计划 / 2027年：…志愿者突破4万名，…)
    else if (schedule && !background && !inTaskPart)
      for (const p of node.body) {
        const stage = /^(20\d\d)年度?[：:]/.exec(p);
        if (stage) targets.push(...findTargets(p, { taskSeq: null, periodStart, year: Number(stage[1]) }, false));
      }
    // a task part's own labelled goals, above its items (二、2027年工作计划 / 工作目标：到2027年底，…), and the
    // targets of its lead-in, read as a task's text (四、活动安排 / 活动周期间，全市…不少于300项。 / （一）…)
    else if (inTaskPart && !taskNode && !background)
      for (const p of node.body) {
        // (or its year's, a paragraph to a year: 四、分年度建设任务 / 2026年：新建…46个)
        const label = GOAL_LABEL.exec(p) ?? /^(20\d\d)年度?[：:]/.exec(p);
        const leadIn = node === part && node.children.some((c) => c.numbered);
        if (label) {
          // (the goals only, in the year the sentences before them open with: 2027年，县科协将…。主要目标是：…)
          const ctx = { taskSeq: null, periodStart, year: label[1] ? Number(label[1]) : year };
          const labelled = p.slice(label.index);
          targets.push(...findTargets(label[1] ? labelled : p, ctx, true).filter((t) => labelled.includes(t.quote)));
        } else if (leadIn) targets.push(...findTargets(p, { taskSeq: null, periodStart, year }, false));
      }
    // a schedule's step is dated in its heading (1.2024年8月底前，制定…)
    const step = schedule && node.numbered && node !== part && !first.startsWith(node.title);
    // so is an item of a task or guarantee part whose title is its sentence (（一）各校于5月20日前报送作品。)
    const read = step || (inTaskPart && node.numbered && node !== part) ? texts : node.body;
    for (const [k, p] of read.entries()) {
      // a month's item (3月：开展…, 9—10月，…) outside tasks' bodies, dated by monthYear; schedule steps; in
      // guarantee parts (组织实施), dated deadlines but a start (从2027年起，每年…); in task parts, those set with
      // 于/在 (于2026年11月底前报送…), the others being a task's own dates
      // (and a day's line over its activities, 5月12日（星期三）)
      const itemYear = !background && !taskNode && (MONTH_ITEM.test(p) || DAY_LINE.test(p)) ? monthYear(p) : null;
      // (the day's line with its first activity after it)
      const day = DAY_LINE.test(p) && read[k + 1] && !DAY_LINE.test(read[k + 1]!) ? `：${read[k + 1]}` : '';
      if (itemYear !== null) milestones.push({ year: itemYear, text: `${p}${day}`.split(/[。；]/)[0]! });
      else if (schedule) {
        // a step's labelled due date (截止时间：2024年10月10日) dates the step
        const dated = findMilestones(p, 'schedule', planYear);
        // (a step dated after its title, （二）集中建设。4月至7月，…, by months alone: of the year a step before it named)
        const after = step && p.startsWith(`${node.title}。`) ? p.slice(node.title.length + 1) : '';
        const stepYear = MONTH_ITEM.test(after) ? monthYear(after) : null;
        // (a yearly step, 每年4月底前，各市完成…, recorded once: in the period's first year)
        const yearly = periodStart !== null ? YEARLY_STEP.exec(p) : null;
        milestones.push(
          ...(dated.length
            ? dated
            : stepYear !== null
              ? [{ year: stepYear, text: after.split(/[。；]/)[0]! }]
              : (phaseMilestone(p) ??
                (yearly
                  ? [{ year: periodStart!, text: yearly[1]! }]
                  : dueMilestone(node.title, DUE_FIELD.exec(p)?.[1])))),
        );
      } else if (inTaskPart && !background)
        // (in a guarantee part, a sentence opening with its date too: 2028年，组织开展中期评估)
        milestones.push(
          ...findMilestones(p, kind === 'guarantee' ? 'guarantee' : 'text', planYear).filter(
            (m) => /(?:于|在)20\d\d年/.test(m.text) || (kind === 'guarantee' && !/^(?:从|到|至)/.test(m.text)),
          ),
        );
    }
    for (const child of node.children) visit(child, goals, background, schedule, listsYear(texts, year));
  };
  visit(part, false, false, kind === 'schedule', null);
}
