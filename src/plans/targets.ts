/**
 * Stage 6 and 7: quantified targets (目标) and dated milestones (进度安排).
 * A target is a quantity with a unit in a sentence that also says when (到2025年, 2025年目标)
 * or how often (每年), or uses a target word (超过, 不少于, 以上, 达到, 力争). Past baselines
 * ("2020年…达到17.6%") are skipped.
 */
import type { Comparator, Milestone, Target } from './types.js';
import { cnNumber, cnYear, CN_MONTH, monthNumber } from './numerals.js';
import { fiveYearPeriod } from './metadata.js';
import { CLOSING_LIST } from './units.js';
import { matchesOf } from './matches.js';

/** A unit list closing a sentence, （由市科协牵头，市教育局参加）: who, not what; left out of the clauses read. */
const UNIT_LIST = new RegExp(`${CLOSING_LIST}[^（）]*）`, 'g');

/** Units of a counted or measured target, after an optional 万 / 亿 / 万亿 (3万平方米, 1.5亿人次, 5万亿元, 12站, 20TB), or 万 / 亿 alone
 * closing what it counts (粉丝量突破50万). */
const UNIT =
  '(?:(?:万亿|万|亿)?(?:个百分点|个月|个工作日|分钟|人次|家次|批次|站次|车次|站(?![式长点])|千瓦|平方公里|平方米|立方米|公顷|公里|TB|GB|PB|小时|课时|学时|场次|%|倍|名|个|家|部|所|次|项|场|人|支|座|篇|期|批|处|种|门|节|套|条|户|册|件|级|起|元|台|辆|份|本|间|天|亩|吨|块|位|张|幅|集)|(?:万|亿)(?=左右|以上|以下|[^\\u4e00-\\u9fff]|$))';
const QUANTITY = new RegExp(
  `(?<!第|\\d|\\.)(\\d+(?:\\.\\d+)?)\\s*(?:(?:——|[-—―–~至到])\\s*(\\d+(?:\\.\\d+)?))?\\s*(${UNIT})(左右|以上|以下|以内)?`,
  'g',
);
const HAS_QUANTITY = new RegExp(QUANTITY.source);
/**
 * A quantity and the 和 / 及 / 以及 / 与 joining it to words with a quantity of their own: 20个和…5个, or a counted
 * noun joined to the next count: 1000套专家公寓和10000套人才公寓.
 */
const JOINED_QUANTITY = new RegExp(
  `(\\d${UNIT}(?:左右|以上)?|\\d${UNIT}[^，。；、\\d和及与]{1,12})(以及|和|及|与)(?=[^，。；、\\d]{1,20}\\d|\\d+(?:\\.\\d+)?${UNIT})`,
  'g',
);
/** The 和 opening a part so joined (和科普示范村5个), or the 、 of a list's next count (clauses). */
const JOINED_PART = /^(?:、(?:以及|和|及|与)?|以及|和|及|与)/;
const DUE =
  /(?:到|至|力争到|争取到|展望)\s*(20\d\d)\s*年(?:年?底|末)?|(20\d\d)\s*年(?:目标|远景目标)|(?:^|[，。；])(?:为|在|于)?(20\d\d)年(?:年?底|末)?(?:前)?，?(?:力争|争取|确保)?(?:应|要|将|须|需|必须)?(?:初步|基本|全面)?(?:首批|第[一二三四五]批)?新?(?:建成|建立|达到|实现|完成|培育|培养|创建|启动|开工|实施|推进|开展)|(?:力争|争取|确保)(?:在|于)?\s*(20\d\d)\s*年|(?:到|至|^|[，。；])“?(十[一二三四五六七八九]五)”?(?:末|期末|时期末|期间|时期)|(20\d\d)\s*年(?:年?底|末|\d{1,2}月(?:份|底|末|\d{1,2}日)?)?(?:前|以前|之前)(?![一二三四五六七八九十两\d个])|(?:^|[，。；])(20\d\d)年[^，。；\d]{2,12}期间，|^(20\d\d)\s*年度?[：:]/;
/** A year a sentence names as past, not a start (2026年起), a year of reports (评选2025年度…) or an event's edition
 * (2026年全国科普月). */
const PAST_YEAR =
  /(?<![到至自从])(?:19|20)\d\d\s*年(?!起|度|开始|初步|(?:全国|世界|国际|中国)[^，。；\d]{0,12}?(?:日|周|月|节|大赛|竞赛|活动))/;
/** Whether a sentence names a past year (PAST_YEAR): not one of the plan's period (举办2026年全市…宣传周 in a plan for 2026). */
const pastYear = (text: string, periodStart: number | null) => {
  const m = PAST_YEAR.exec(text);
  return m !== null && (periodStart === null || Number(m[0].slice(0, 4)) < periodStart);
};
/** A baseline year: 较2025年(底), 比上年, 较去年同期. */
const BASE_YEAR = '(?:较|比)(?:(?:19|20)\\d\\d\\s*年(?:底|末)?|上一?年度?|去年|前一年)(?:同期)?';
/** Growth against a baseline year (年接待量较2025年增长20%, 科普经费比上年增长10%): the growth is a target. */
const GROWN = new RegExp(`${BASE_YEAR}[^，。；]*?(?:增长|提高|提升|增加)(?=\\s*\\d)`);
/** That baseline: its year makes no sentence a past one, and is no part of a metric. */
const BASELINE = new RegExp(BASE_YEAR, 'g');
/** A level raised or cut to: 提高到, 提升至, 增加到, 压缩至 … */
const RAISE = '(?:提高|提升|增加|增长|扩大|精简|压缩|减少|降低|缩短)(?:到|至)';
/** 由2020年的10%提升至15%: a baseline year with the level raised from it, the sentence is a target. */
const RAISED = new RegExp(`由[^，。；]*?(?:19|20)\\d\\d\\s*年[^，。；]*?${RAISE}`);
/** The baseline of a level raised: the quantity right after 由…的 or after 由 / 从 (从438座增加到1000座). */
const RAISED_FROM = /(?:由|从)(?:[^，。；]*的)?\s*$/;
/** A change against an earlier level (比2020年提高5个百分点, 较上年增长10%): of what the clause before it names. */
const COMPARED =
  /^(?:比|较)(?:20\d\d\s*年(?:末|底)?|上年|去年|上一年|基期|“?十[一二三四五六七八九]五”?(?:时?期)?末)[^，；。]*?(?:提高|提升|增加|增长|降低|下降|减少)/;
/**
 * Yearly: 每年, 年均, or 年 before its verb opening a clause (…视频号，年发布原创科普作品不少于200件) or after the place or
 * thing that does it (县科技馆年接待观众不少于8万人次, “科普大篷车”年巡展不少于40场次).
 */
const ANNUAL = /每一?年|年均|每学年/;
const YEAR_VERB =
  /年(?:发布|接待|培训|举办|开展|服务|组织|新增|开放|参与|惠及|覆盖|推出|推送|播出|刊发|放映|巡展|巡演)/g;
const DOER_END = /(?:[，；：、”》）馆站园室台号车队]|基地|中心|平台)$/;
const isAnnual = (clause: string) =>
  ANNUAL.test(clause) ||
  matchesOf(clause, YEAR_VERB).some(
    (m) => m.index === 0 || DOER_END.test(clause.slice(Math.max(0, m.index - 2), m.index)),
  );
/** A share to reach or a growth or cut to make, set by its verb (实现…覆盖率100%, 粉丝数增长20%, 平均电价再降低10%). */
const SHARE_SET = '实现(?=[^，。；]*?\\d%)|(?:增长|提高|提升|增加|下降|降低|减少|压减)(?=\\s*\\d+(?:\\.\\d+)?%)';
/** A level to stay within (吸烟率低于20%, 控制在10亿吨以内): a target where a due year or a goals section sets it, else,
 * as for money always, a cap of an instrument (不超过15万元). */
const WITHIN = '(?<!不)低于|不高于|不超过|降至|降到|控制在|以内';
const WITHIN_ANY = new RegExp(WITHIN);
const WITHIN_BEFORE = new RegExp(`(?:${WITHIN})\\s*$`);
/** Words that set a level to reach, so that a count in a task's text is a target without a due year. */
const LEVEL_WORD = new RegExp(
  `不少于|不低于|超过|突破|以上|达到|达(?=\\d)|保持在?|力争|确保|至少|左右|全年(?=\\d)|${RAISE}|${SHARE_SET}|${WITHIN}`,
);
/** What follows a quantity that qualifies a noun: (以上)的…, or more such qualities first (、井深超过800米的). */
const ATTRIBUTIVE = /^(?:以上|以下|及以上)?(?:、[^，。；、的]{1,16}?\d[^，。；、的]{0,4})*的(?!基础|目标|水平)/;
/** A time up to now (近5年来, “十三五”以来, 过去三年): the sentence tells what was done, unless it aims (力争, 确保). */
const SO_FAR =
  /近(?:\d+|[一二三四五六七八九十两几])年(?:来|以来)|(?:多|几|近)年来|以来|过去(?:的)?(?:\d+|[一二三四五六七八九十两几]+)年/;
/**
 * The level now or last year (目前全区共有科普志愿者2000名，力争达到3000名; 上年度…投入增长12%): a baseline, the
 * clauses after it may aim higher.
 */
const NOW = /^(?:目前|当前|现阶段|上一?年度?|去年)/;
/** That opening kept out of a metric, with the place and the count word after it (目前全区共有). */
const NOW_LEAD = new RegExp(`${NOW.source}，?(?:[我全][省市区县镇乡])?(?:共有|拥有)?`);
/** What is done already (共计已完成…25.2平方公里): an achievement, not a target (已建成的 describes, not states). */
const ACHIEVED = /已(?:经)?(?:完成|建成|达到|累计|实现|拥有|创建|培育|开展|举办|建立|形成|增长|提高)(?!的)/;
/** A standard kept everywhere, not a yearly amount: 每所中小学均有…, 每个社区都有…, 每个社区配备…. */
const STANDING = /均(?:有|配备|建有|设有)|都(?:有|配备)|每(?:个|所|家)[^，。；\d]{1,10}?(?:配备|建有|设有|配齐)/;
/** A sentence opening with its year: 2028年，… */
const OPENING_YEAR = /^\s*(?:——)?20\d\d年[，：]/;
/** A rate to reach (参与率达到60%, 满意度90%以上): a level, not a yearly amount, unless its own clause says so. */
const RATE = /(?:率|比例|比重|占比|满意度)[^，；。\d]{0,6}\d+(?:\.\d+)?\s*%/;
/** A count over a whole period (三年累计培育1800人, 共计): never a yearly one. */
const CUMULATIVE = /累计|合计|总计|共计/;
/** The last year of a span opening a sentence (2026—2028年，…): a count over it is due by then. */
const spanEnd = (text: string) => {
  const m = /^(20\d\d)\s*[—–\-~至到]\s*(20\d\d)\s*年/.exec(text.trim());
  return m ? Number(m[2]) : null;
};
const TARGET_WORD = new RegExp(
  `超过|高于|多于|突破|不少于|不低于|至少|达到|达|保持在?|以上|左右|力争|确保|建成|建设|创建|培育|培训|全年(?=\\d)|${RAISE}|${SHARE_SET}|${WITHIN}`,
);
/**
 * A list item's mark or bracketed heading (——公民具备科学素质的比例超过25%, ●建成…, ②每所…, 【阵地建设】新建…): layout, not
 * wording (nor is a label: 主要目标：).
 */
const BULLET = /^(?:[—―–－•●·▪■◆◇○▲△★☆►-]+|[①-⑳]|【[^【】]{1,16}】)/;
const STRIP = new RegExp(
  `(?:${BULLET.source}|^[^，：；、]{1,12}：|力争|争取|确保|(?:由[^，。；]*?)?${RAISE}|到\\s*20\\d\\d\\s*年(?:底|末)?|到?“?十[一二三四五六七八九]五”?(?:时?期末|末|期间)|(?:在|于)?20\\d\\d\\s*年(?:目标|远景目标|(?:年?底|末)(?:前|以前)?|前|以前)?|每年|年均|全年|(?<!占)[我全][省市区县镇乡]|超过|不?高于|不?大于|多于|不少于|不?低于|不小于|至少|达到|保持在?|控制在|降至|降到|不超过|以内|左右|(?<!及|[级层])以上|[，：；、]$|^[，：；、]|^其中的?|^的)`,
  'g',
);

/**
 * What a target measures: its clause without the quantity's words of time (5年内 too), place and comparison, and
 * within a quotation that holds several targets (实现“…人才达到2000名，…人才贡献率达到40%”的目标), its part of it.
 */
const metricOf = (text: string) =>
  text
    .replace(/^[^“”]*”.*$/, (t) => t.slice(0, t.indexOf('”'))) // closes a quotation opened before the clause
    .replace(/^.*“(?=[^“”]*$)/, '') // opens one closed after it
    .replace(/^\d{1,2}年内/, '')
    .replace(/分别/g, '')
    .replace(NOW_LEAD, '')
    .replace(STRIP, '')
    .replace(STRIP, '')
    .trim();

/** Policy instruments, not targets: subsidies, loans, refunds, prepayments. */
const INSTRUMENT = /可申请|可享受|申领|给予[^，。]{0,12}(?:补贴|补助|贴息)|预付|返还/;
/** Caps and rates of an instrument (最高不超过15万元, 按…的30%) and quotas of entries (限报6件, 可推荐作品30件, 推荐…不超过2个). */
const CAP =
  /最高|最多|上限|按[^，。]*的\s*\d|限报|可(?:遴选|推荐|申报|报送|选送)|(?:推荐|申报|报送|选送)[^，。；]{0,12}不超过/;

/** Revision and meeting routines: 每5年修订1次, 每年召开两次会议. */
const ROUTINE = /(?:修订|调整|召开|会议)[^，。]{0,12}\d*次|\d次[^，。]{0,6}(?:修订|调整)|学习[^，。\d]{0,4}\d+次/;
/** How often within a day, week, month, quarter or term (每天放映4场, 每月举办1期, 每学期…不少于2次): a frequency, not a result. */
const FREQUENCY = /每(?:天|日|周|星期|月|季度|学期|[两二三四五]年)/;
const OCCURRENCE = /^(?:次|期|场|场次|批|轮|节|课时)$/;
/** Words naming a level, then its quantity: what comes before them names what is measured (…覆盖率达到85%). */
const LEVEL_AFTER = /^[^，；、\d]{1,12}(?:达到|超过|不低于|不少于|提高到|提升至|保持在?)\s*\d/;
/** An aim right before a quantity: 达到30个, 不少于5场. */
const AIM_BEFORE = /(?:达到|超过|不少于|不低于|至少|突破|力争)\s*$/;
/** A delivery verb right before the quantity makes it a target even inside a task: 建立100个, 培训1000名. */
const DELIVER =
  /(?:建成|建设|建立|新建|完成|培养|引进|培训|扩招|招收|创建|评选|推选|选树|选拔|表彰|推荐|认定|命名|组建|筹建|设立|招募|支持|资助|扶持|新增|打造|培育|选择|遴选|推介|征集|举办|开展|覆盖|开发|研发|编写|制作|出版|推出|发布|上线|发放|放映|推送|刊发|播出|展出|创作|接待|设置|配备)\s*$/;
/** Funds allocated, before their amount: 安排科普惠农专项资金, 投入经费. */
const FUNDS = /(?:安排|投入|筹措|落实)[^，。；]{0,12}(?:资金|经费)\s*$/;
const DELIVER_ANY = new RegExp(DELIVER.source.replace('\\s*$', ''));
/**
 * The people an activity reaches, counted right after (受益群众10万人次, 覆盖学生5000人次, 受益人数达2万人); how
 * many take part (参与群众3000人) describes the activity.
 */
const REACHED =
  /(?:受益|惠及|覆盖|服务|吸引|带动|辐射)(?:[\u4e00-\u9fff]{0,4}?(?:群众|人群|公众|居民|市民|学生|青少年|师生|观众|农民))?(?:人数)?(?:达到?|超过)?\s*$/;
const PEOPLE = /^(?:万|亿)?(?:人次|人|名)$/;
/** What a length of time before it measures (每站展期不少于2个月, 期限3个月, 集中培训时间不少于7天, 每名学员线上学习不少于24学时):
 * a duration, not a target. */
const DURATION =
  /(?:展期|期限|周期|工期|时长|时限|期间|时间|学习)(?:原则上)?(?:不少于|不超过|不低于|不短于|为|达到)?\s*$/;
/**
 * A clause that opens with a delivery verb (after 一是, 全区, 年内, 年底前, 组织 or where: 依托…, 在…, 从…中) and closes with the count,
 * or with the count and what it counts (新增A、B、C5个社团), or counts what it lists (组建“A”“B”等5支服务队), over
 * the years too (五年累计培训…1.5万人次):
 * 新建和改扩建市级科技馆10座, 认定省级科普教育基地100个, 一是新建乡村科普e站10个, 依托学校建设科普基地1个,
 * 改造提升科普e站300个, 邀请院士专家作报告5场.
 */
const DELIVER_CLAUSE =
  /^(?:[一二三四五六七八九十]是)?(?:原则上)?(?:年内|全年|今年|[上下]半年|(?:\d{1,2}|[二三四五六七八九十])年(?=累计|共计))?(?:(?:依托|利用|结合|围绕|通过|邀请|联合|经|在)[^，；。]{1,20}?|从[^，；。]{1,30}?中)?(?:全[省市区县镇乡旗州])?(?:年内|全年|今年|年底前?|年末前?)?(?:组织)?(?:新|再|累计|共|全年)?(?:组织|开展|完成|建成|建设|建立|新建|新增|改扩建|改造|改建|升级|更新|提升|发展|认定|命名|培养|引进|培训|创建|评选|推选|选树|选拔|选派|表彰|推荐|(?:宣传)?推介|(?:示范)?推广|打造|培育|遴选|征集|举办|组建|筹建|设立|招募|招收|巡展|聘请|选聘|资助|扶持|推出|制作|出版|发布|上线|开发|研发|编写|编印|印制|发放|放映|推送|刊发|播出|展出|创作|接待|设置|配备|作(?=报告|讲座|宣讲|辅导))/;

/** The characters the rewrites below start from; a clause without them is left as it is. */
const NUMERAL_CHAR = /[一二两三四五六七八九十百千零余多]/;
const MORE_THAN = new RegExp(`(\\d+(?:\\.\\d+)?)(?:余|多)(${UNIT})`, 'g');
/**
 * A number in Chinese numerals, up to thousands (万 and 亿 stay, as before digits: 二十万人次 → 20万人次); not a
 * bare 百 or 千, a round figure of a slogan (突破百项…，打造百家…).
 */
const CN = '[一两二三四五六七八九十][一两二三四五六七八九十百千零]{0,6}';
/** What a number in Chinese numerals counts, when it states a target: 十场, 两所, 三千人, 五十万元 (not 一批, 一支). */
const CN_COUNTED = '(?:万|亿)?(?:所|个|座|家|名|项|场|期|处|篇|门|节|种|册|件|套|部|人次|人|元)';
const cnDigits = (n: string, tenThousands = '') => {
  const v = cnNumber(n);
  return Number.isNaN(v) ? null : `${v}${tenThousands}`;
};
/** A number in Chinese numerals before what it counts, the mark of both rewrites below (most clauses have none). */
const CN_COUNT = new RegExp(`${CN}${CN_COUNTED}`);
const PERCENT_CN = new RegExp(`百分之(${CN})(?:点([〇零一二三四五六七八九]+))?`, 'g');
const CN_AFTER_VERB = new RegExp(
  `(?<=至少[\\u4e00-\\u9fff]{0,2}|不少于|不低于|达到|超过|突破|建设|建成|新建|新增|创建|培育|培训|举办|评选|打造|每个)(${CN})(万|亿)?(?=${CN_COUNTED})`,
  'g',
);
/** Teams and times after 至少 and a verb: 至少培育一支, 至少开展两次. */
const CN_AT_LEAST = new RegExp(`(?<=至少[\\u4e00-\\u9fff]{0,2})(${CN})(?=[支次])`, 'g');
/**
 * A count after what it counts, closing its clause: 新建科普馆两所， 发展科技志愿者三千人。 Not one (完成一项、销号一项;
 * 成熟一个，推进一个), nor the end of a range (应有一至两名).
 */
const CN_AFTER_NOUN = new RegExp(
  `(?<=[\\u4e00-\\u9fff])(?<![第每这那几唯其同单逐至到或])(?!一(?![十百千万亿]))(?<![一两二三四五六七八九十百千零万亿])(${CN})(万|亿)?(?=${CN_COUNTED}(?:以上|左右)?(?:[，。；、]|$))`,
  'g',
);

/** A range printing 万 at both ends (1.2万—1.5万名): read as 1.2—1.5万名. */
const TENS_OF_THOUSANDS_RANGE = /(\d)(万|亿)(?=(?:——|[-—―–~至到])\d+(?:\.\d+)?\2)/g;

/**
 * Chinese numerals that state a target (一半 → 50%, 百分之十八 → 18%, 至少建设一所 → 1所, 不少于十场 → 10场,
 * 新建科普馆两所 → 2所, 突破二十万人次 → 20万人次), and 300余场 → 300场以上.
 */
function numerals(printed: string): string {
  const clause = /[万亿]/.test(printed) ? printed.replace(TENS_OF_THOUSANDS_RANGE, '$1') : printed;
  if (!NUMERAL_CHAR.test(clause)) return clause;
  let out = clause
    .replace(/一半/g, '50%')
    .replace(PERCENT_CN, (m, n: string, fraction?: string) => {
      const v = cnNumber(n);
      return Number.isNaN(v) ? m : `${v}${fraction ? `.${cnYear(fraction)}` : ''}%`;
    })
    // 百万青年, 十万农民: a round number of people (千万 is left alone: it is also the adverb "by all means").
    .replace(
      /(?<![\d一二两三四五六七八九十百千万])([十百])万(?=[\u4e00-\u9fff])(?!元|亩|吨|人|名|户)/g,
      (_, d: string) => (d === '百' ? '100万名' : '10万名'),
    )
    .replace(/零(?=发生|事故)/g, '0起')
    // 翻一番, 翻两番: to twice, four times the baseline
    .replace(/翻([一两])番/g, (_, n: string) => (n === '一' ? '增长到2倍' : '增长到4倍'));
  if (CN_COUNT.test(out))
    out = out
      .replace(CN_AFTER_VERB, (m, n: string, w = '') => cnDigits(n, w) ?? m)
      .replace(CN_AFTER_NOUN, (m, n: string, w = '') => cnDigits(n, w) ?? m);
  // 至少培育一支…, 每年至少开展两次…: teams and times counted where at least so many are asked for
  if (out.includes('至少')) out = out.replace(CN_AT_LEAST, (m, n: string) => cnDigits(n) ?? m);
  // 300余场, 1000多人次: more than the number
  return out.replace(MORE_THAN, '$1$2以上');
}

/** What people counted are sent to do: 200名深入乡村, 50名开展义诊, 30支赴基层, 50名优秀科技工作者赴…. */
const SENT_TO = /^[\u4e00-\u9fa5]{0,8}?(?:深入|开展|参与|参加|赴|到|进|下沉|走进|奔赴)/;
/** Nothing but a gloss (blanked in `unglossed`) after the quantity: 新增互动展项15件（套）. */
const closes = (unglossed: string, m: RegExpExecArray) => unglossed.slice(m.index + m[0].length).trim() === '';
/** Only what it counts after it (新增A、B、C5个社团). */
const nounCloses = (unglossed: string, m: RegExpExecArray) =>
  /^[\u4e00-\u9fa5]{1,6}$/.test(unglossed.slice(m.index + m[0].length).trim());

export interface SentenceContext {
  taskSeq: number | null;
  /** The period the plan covers: years before it are baselines, not targets. */
  periodStart: number | null;
  /** The due year a list's lead-in before the paragraph sets (listYear). */
  year?: number | null;
}

export function comparatorOf(before: string, max: string | undefined, suffix: string | undefined): Comparator {
  if (max) return 'range';
  if (suffix === '以上' || /不少于|不低于|不小于|至少/.test(before)) return '>=';
  if (suffix === '以下' || suffix === '以内' || WITHIN_BEFORE.test(before)) return '<=';
  if (suffix === '左右' || /约$/.test(before)) return '~';
  if (/(?<!不)(?:超过|高于|大于|多于)|突破/.test(before)) return '>';
  return '=';
}

/** A start year with a span: 从2019年1月1日起，实施三年… (due 2021), 自2023年起用三年时间, 2012年起5年内. */
const SPAN =
  /(?:从|自|(?<![\d到至—―–~-]))(20\d\d)年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:起|开始)，?(?:用|实施|开展|再用)?([一二两三四五六七八九十]|\d{1,2})年(?!\d)/;
/** Two due years of one sentence: 到2022年和2030年. */
const YEAR_PAIR = /(20\d\d)\s*年(?:底|末)?(?:和|及|、)(20\d\d)\s*年/;
/**
 * A clause opening with a year (…，2026年安排…, 2026年新建…), not as a start (2027年起), a month (2026年9月，…), what the
 * year is (2026年是…开局之年) or an event's edition (2026年全国科普月).
 */
const CLAUSE_YEAR = /(?:^\s*|[，；：])(20\d\d)年(?:年?底|末)?(?:前)?(?![起度是\d]|开始|以来|全国|世界|国际|中国)/;

/** A span from the plan's start, its start year not printed: 三年内, 用两年时间, 通过五年努力, 五年累计. */
const PLAN_SPAN = /(?<![近每第前后这头\d])([一二两三四五六七八九十]|\d{1,2})年(?:内|时间|努力|累计|共计)/;

/** A paragraph's sentences, each up to its 。；！ or ？ (the last maybe without one). */
const SENTENCE = /[^。；！？]*[。；！？]|[^。；！？]+$/g;

/** The year a DUE phrase names; 到“十五五”末: the last year of that five-year plan. */
const dueYear = (due: RegExpExecArray) =>
  due[5] ? fiveYearPeriod(due[5])!.end : Number(due[1] ?? due[2] ?? due[3] ?? due[4] ?? due[6] ?? due[7] ?? due[8]);

/**
 * Sentences of a paragraph, each with the due year in force (a year stated earlier in the paragraph carries
 * on; a year reached from a start year, the plan's when none is printed, and a span holds for its own sentence
 * only). A sentence opening with a year of the plan's period (2026年，全镇…达到12%) is due that year; one before
 * the period is a baseline.
 */
function sentences(
  paragraph: string,
  periodStart: number | null,
  inherited: number | null,
): { text: string; year: number | null; past: boolean; governed: boolean }[] {
  const out: { text: string; year: number | null; past: boolean; governed: boolean }[] = [];
  // a due year printed in this sentence or in a clause before it up to the last full stop (到2030年，…；…年服务…)
  let governed = false;
  // a list's lead-in before the plan's period (到2020年，…。主要任务如下：) sets no year of its items
  let year = inherited !== null && periodStart !== null && inherited < periodStart ? null : inherited;
  const inPeriod = (m: RegExpExecArray | null) => (m && periodStart !== null && Number(m[1]) >= periodStart ? m : null);
  for (const text of paragraph.match(SENTENCE) ?? ['']) {
    // every pattern of a year below needs 年 (or the 五 of 十四五)
    const dated = /[年五]/.test(text);
    // a sentence opening with a year of the period (2026年，… / 2027年底… / ——2027年：…) is due that year, or with
    // years of it (2026—2030年，…) by the last; so is one with a clause opening with such a year (…，2026年安排…)
    const opening = dated
      ? /^\s*(?:——|[•●▪■◆◇○▲△★☆►])?(?:20\d\d年?[—―–\-~至到])?(20\d\d)年(?:(?:底|末)[，,：:]?|[，,：:])/.exec(text)
      : null;
    const due = dated ? (DUE.exec(text) ?? inPeriod(opening) ?? inPeriod(CLAUSE_YEAR.exec(text))) : null;
    if (due) year = dueYear(due);
    governed ||= dated && DUE.test(text);
    const span = due || !dated ? null : SPAN.exec(text);
    const planSpan = due || span || !dated || periodStart === null ? null : PLAN_SPAN.exec(text);
    const years = (n: string) => (/^\d/.test(n) ? Number(n) : cnNumber(n));
    const spanYear = span
      ? Number(span[1]) + years(span[2]!) - 1
      : planSpan
        ? periodStart! + years(planSpan[1]!) - 1
        : null;
    out.push({
      text,
      year: spanYear ?? year,
      past: dated && !due && !span && pastYear(text.replace(BASELINE, ''), periodStart) && !RAISED.test(text),
      governed,
    });
    if (!text.endsWith('；')) governed = false;
  }
  return out;
}

/**
 * Clauses of a sentence, split at ，。； and also at 、 outside quotes and brackets between pieces that each hold
 * a quantity (创建1所…、建立2个… are two targets; 市、区两级建设… stays whole). A list's next piece keeps its 、
 * (JOINED_PART).
 */
function clauses(sentence: string): string[] {
  const out: string[] = [];
  // a dash between words (科普阵地建设——新建科普e站10个) sets a heading apart from its text, as a comma would
  // and so does a colon before a count to deliver (科普阵地工程：新建社区科普e站100个), but not one before a level
  // (科学素质比例：达到25%), which the words before it name
  const headed = sentence.split(/[，。；]|(?<=\D)——(?=\D)/);
  if (sentence.includes('：'))
    for (let i = headed.length - 1; i >= 0; i--) {
      const c = headed[i]!;
      const colon = c.indexOf('：');
      if (colon > 0 && !/\d/.test(c[colon - 1]!) && DELIVER_CLAUSE.test(c.slice(colon + 1)))
        headed.splice(i, 1, c.slice(0, colon), c.slice(colon + 1));
    }
  for (const clause of headed) {
    // a quantity joined by 和 / 及 / 与 to the next (科普e站20个和科普示范村5个) is listed as with 、, the 和 kept
    const listed = /[和及与]/.test(clause) && /\d/.test(clause) ? clause.replace(JOINED_QUANTITY, '$1、$2') : clause;
    if (!listed.includes('、') || !HAS_QUANTITY.test(clause)) {
      out.push(clause);
      continue;
    }
    const parts: string[] = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < listed.length; i++) {
      const c = listed[i]!;
      if ('“（《'.includes(c)) depth++;
      else if ('”）》'.includes(c)) depth = Math.max(0, depth - 1);
      else if (c === '、' && depth === 0) {
        parts.push(listed.slice(start, i));
        start = i + 1;
      }
    }
    parts.push(listed.slice(start));
    // a piece without a quantity belongs to the next (市、区两级建设1000套…): pieces are split where both hold one
    const pieces: string[] = [];
    let pending = '';
    for (const part of parts) {
      if (!HAS_QUANTITY.test(part)) pending += `${part}、`;
      else (pieces.push(pending + part), (pending = ''));
    }
    if (pending && pieces.length) pieces.push(`${pieces.pop()!}、${pending.slice(0, -1)}`);
    if (pieces.length > 1) out.push(pieces[0]!, ...pieces.slice(1).map((p) => `、${p}`));
    else out.push(clause);
  }
  return out;
}

/** Quantified targets in one paragraph. */
export function findTargets(paragraph: string, ctx: SentenceContext, goalsSection: boolean): Target[] {
  const targets: Target[] = [];
  // a note under a table or figure (注：…按照100.9平方公里计) states its basis
  if (/^注[：:]/.test(paragraph)) return targets;
  // a heading standing as a sentence of its own (科普讲座。每月1场，…) names what the next one counts
  let heading = '';
  // 到2022年和2030年，…分别不低于24%和32%: two due years, each clause's two levels one each (on to the next sentences)
  let pair: number[] | null = null;
  for (const s of sentences(paragraph, ctx.periodStart, ctx.year ?? null)) {
    const both = YEAR_PAIR.exec(s.text);
    if (both) pair = [Number(both[1]), Number(both[2])];
    else if (s.year !== pair?.[0]) pair = null;
    const label = heading;
    const from = targets.length;
    heading = /^([^，。：；、\d]{2,12})。$/.exec(s.text.trim())?.[1] ?? '';
    const pastYear = /(?:19|20)\d\d/.exec(s.text);
    // (a year of the period naming an event, 举办2027年…年会，…不少于60场, makes no sentence past where it aims)
    const aims = /不少于|不低于|力争|确保/.test(s.text);
    if (s.past && (ctx.periodStart === null || Number(pastYear?.[0]) < ctx.periodStart || (!s.year && !aims))) continue;
    if (SO_FAR.test(s.text) && !DUE.test(s.text) && !/力争|争取|确保/.test(s.text)) continue;
    let carried = false;
    // 每年评选10个，给予每个10万元补助: the clauses from a policy instrument on set its parameters
    let instrument = false;
    // 新建科普e站10个、科普示范村5个: a count of the same unit closing the next clause is delivered too
    let deliveredUnit: string | null = null;
    // 完成不少于100万条…和10万条…: a count joined by 和 to a target of the part before is one too
    let keptUnit: string | null = null;
    let previous = '';
    // …，2020年底前实现58项…，2021年底前实现74项…: a clause naming its own due year holds it from there on
    let year = s.year;
    for (const item of clauses(s.text.includes('（') ? s.text.replace(UNIT_LIST, '') : s.text)) {
      // ● 组织科普大篷车进乡村活动20场: a list item's mark is layout
      const part = item.replace(BULLET, '').trimStart();
      // 和科普示范村5个: joined by 和 to a delivered count, it is delivered too, whatever its unit
      const joined = JOINED_PART.test(part);
      const printed = part.replace(JOINED_PART, '');
      // 开展科普进校园活动，每年不少于20场: a bare count measures what the clause before it names
      const lead = previous;
      previous = printed;
      const own = /20\d\d|十[一二三四五六七八九]五/.test(printed) ? DUE.exec(printed) : null;
      if (own) year = dueYear(own);
      // (or opening with its year: 在2026年建成38个…的基础上，2027年新建科普e站12个, …60个以上，其中2026年新建25个)
      else {
        const opening = CLAUSE_YEAR.exec(printed.replace(/^\s*其中/, ''));
        if (opening && /^\s*(?:其中)?20\d\d年/.test(printed)) year = Number(opening[1]);
      }
      // a year before the plan's period: a baseline
      if (year !== null && ctx.periodStart !== null && year < ctx.periodStart) continue;
      const after: string | null = deliveredUnit;
      const keptBefore = keptUnit;
      deliveredUnit = keptUnit = null;
      const clause = numerals(printed);
      instrument ||= INSTRUMENT.test(clause);
      if (instrument) continue;
      // 每年 carries on to the next clauses, but not to a standard every school or village keeps (均有, 都有), nor to a
      // rate (…活动不少于24次，居民参与率达到60%以上).
      const yearly = isAnnual(clause);
      // (nor to a count over the whole period: 2026—2028年，每年培育600人，三年累计培育1800人 is due by 2028)
      const total = CUMULATIVE.test(clause);
      const annual = !total && (yearly || (carried && !own && !STANDING.test(clause) && !RATE.test(clause)));
      carried ||= yearly;
      // no digit, no quantity (numerals are digits by now)
      if (!/\d/.test(clause)) continue;
      // 在…达到12000元的基础上: a baseline to build on, not a target
      if (/的$/.test(clause.trim()) || /的基础上/.test(clause) || CAP.test(clause) || ROUTINE.test(clause)) continue;
      if (WITHIN_ANY.test(clause) && ((year === null && !goalsSection) || /\d\s*(?:万|亿)?元/.test(clause))) continue;
      if (ACHIEVED.test(clause) || NOW.test(clause.trim())) continue;
      const unglossed = clause.replace(/（[^（）]*）/g, (g) => '　'.repeat(g.length));
      let last = -1;
      let kept = false;
      for (const m of matchesOf(unglossed, QUANTITY)) {
        const before = clause.slice(0, m.index);
        const between = last >= 0 ? clause.slice(last, m.index) : '';
        // 引进30名管理人才和50名专业人才: a count joined by 和 to a delivered one is delivered too.
        const delivered: boolean =
          DELIVER.test(before) ||
          (REACHED.test(before) && PEOPLE.test(m[3]!)) ||
          (DELIVER_CLAUSE.test(clause.trim()) &&
            (closes(unglossed, m) ||
              /等$/.test(before) ||
              nounCloses(unglossed, m) ||
              // (or the people it sends to act: 组织科技特派员200名深入乡村开展…)
              (/^(?:名|人|支|批)$/.test(m[3]!) && SENT_TO.test(unglossed.slice(m.index! + m[0].length))))) ||
          (kept && /(?:和|及|以及)$/.test(between) && !/^(?:个月|天|小时)$/.test(m[3]!)) ||
          ((after === m[3] || ((after ?? keptBefore) !== null && joined)) &&
            last < 0 &&
            (joined || closes(unglossed, m)));
        // 1-2名科学教师或3名辅导员: the quantity after 或 is another way to meet the same target.
        const alternative = last >= 0 && /或|或者/.test(between);
        // 入井人数超过30人、井深超过800米的金属矿山, 涉粉作业人数30人以上的企业: a class of what is named, not a
        // result (but 组建不少于20人的分队 delivers, 接受不少于60学时的培训 is received, and 30%的小区 is a share to reach)
        const verb = before.replace(/(?:不少于|不低于|至少|超过)\s*$/, '');
        const classOf =
          m[3] !== '%' &&
          !DELIVER.test(verb) &&
          !/(?:接受|参加)(?:不少于|不低于|至少)\s*$/.test(before) &&
          ATTRIBUTIVE.test(clause.slice(m.index! + m[0].length)) &&
          // (but a level of funds a standard sets is one: 按常住人口人均不低于1.5元的标准安排…)
          !(/元$/.test(m[3]!) && /^的标准/.test(clause.slice(m.index! + m[0].length)) && /不低于\s*$/.test(before));
        // 1小时响应覆盖率达到85%: a quantity inside the name of what a later level measures
        const inMetric =
          LEVEL_AFTER.test(unglossed.slice(m.index! + m[0].length)) && !DELIVER.test(verb) && !AIM_BEFORE.test(before);
        last = m.index! + m[0].length;
        kept = false;
        if (
          alternative ||
          classOf ||
          inMetric ||
          RAISED_FROM.test(before) ||
          // (those named before, bound to do something: 评估为“基本合格”的4家基地要…整改)
          (/的$/.test(before) &&
            /^[\u4e00-\u9fa5]{1,6}?(?<![主重需纲])(?:要|应当?|必须)/.test(unglossed.slice(last))) ||
          // (a time allowed: 灾后24小时内提交…, not one to reach: 实现2小时内到达)
          // (minutes only as a level reached: 提前量达到45分钟以上, not 15分钟科普圈 or a 5分钟 film)
          (m[3] === '分钟' && !AIM_BEFORE.test(before)) ||
          (/^(?:个月|天|小时|分钟|学时|课时)$/.test(m[3]!) &&
            (DURATION.test(before) || (unglossed[last] === '内' && !/实现|达到/.test(before)))) ||
          (FREQUENCY.test(before) && OCCURRENCE.test(m[3]!))
        )
          continue;
        const explicit =
          year !== null ||
          GROWN.test(clause) ||
          annual ||
          TARGET_WORD.test(clause) ||
          STANDING.test(clause) ||
          m[4] !== undefined ||
          delivered ||
          (goalsSection && DELIVER_ANY.test(before));
        // An amount of money outside the goals is a target only when a target word says so (每人每年补助120元 is a rate;
        // 完成铁路投资8000亿元 is done), or as the funds allocated (每年安排专项资金3000万元).
        const money =
          /元$/.test(m[3]!) &&
          !goalsSection &&
          !/不少于|不低于|超过|达到|力争|完成|提高到|增加到|增长到/.test(clause) &&
          !FUNDS.test(before);
        if (
          !explicit ||
          money ||
          (!goalsSection &&
            year === null &&
            !annual &&
            !LEVEL_WORD.test(clause + (m[4] ?? '')) &&
            !GROWN.test(clause) &&
            !STANDING.test(clause) &&
            !delivered)
        )
          continue;
        // 总数达150家, 人数突破50万: right before the quantity (not in 达标率, 突破关键技术) these are target words
        let metric = metricOf(
          before.replace(/(?:达|突破)$/, '').replace(BASELINE, '') + clause.slice(m.index! + m[0].length),
        );
        // 应用比例分别达到80%、50%以上: the levels listed after 分别 are of the same measure
        if (/分别/.test(clause)) metric = metricOf(metric.replace(QUANTITY, '').replace(/^、+|、+$/g, ''));
        // (…比例比2025年提高5个百分点，达到20%以上: the level is of what the change was of)
        if (metric.length < 2 || COMPARED.test(clause.trim()))
          metric = metricOf(
            lead
              .replace(QUANTITY, '')
              .replace(FREQUENCY, '')
              .replace(BASELINE, '')
              .replace(/(?:提高|提升|增长|增加|扩大)$/, ''),
          );
        // 科普讲座：每月1场，全年12场: the sentence's label names what is counted, or the heading before it
        if (metric.length < 2) metric = /^([^，。：；、\d]{2,12})：/.exec(s.text.trim())?.[1] ?? label;
        if (metric.length < 2) continue;
        kept = true;
        if (delivered) deliveredUnit = m[3]!;
        keptUnit = m[3]!;
        targets.push({
          taskSeq: ctx.taskSeq,
          quote: s.text
            .replace(/[。；]$/, '')
            .trim()
            .replace(BULLET, ''),
          metric: metric.slice(0, 60),
          comparator: comparatorOf(before, m[2], m[4]),
          value: Number(m[1]),
          valueMax: m[2] ? Number(m[2]) : null,
          unit: m[3]!,
          // (a yearly amount is due a year where its sentence says so: 到2028年…, 2028年，…年接待…达到3000万人次, or
          // its clause before a semicolon: 到2030年，…；科普场馆年服务公众超过3000万人次)
          year: annual && !s.governed && !OPENING_YEAR.test(s.text) ? null : (year ?? (total ? spanEnd(s.text) : null)),
          recurrence: annual ? 'annual' : null,
        });
      }
    }
    // (a measure given two levels, 分别…24%和32%: the first due the first year, the other the second)
    const byMetric = new Map<string, Target[]>();
    for (const t of pair ? targets.slice(from) : []) byMetric.set(t.metric, [...(byMetric.get(t.metric) ?? []), t]);
    for (const both of byMetric.values()) if (both.length === 2) both.forEach((t, i) => (t.year = pair![i]!));
  }
  return targets;
}

/**
 * The due year in force at the end of a paragraph that closes by opening a list (到2030年，全区科普工作的主要目标是：,
 * 到2025年，实现以下目标。, 到2025年，…格局。具体目标是：), or that bulleted items follow (到2023年末，…集聚区。 /
 * ——产业规模进一步壮大。…): it governs the items that follow, which state no year of their own.
 */
export function listYear(paragraph: string, next?: string): number | null {
  // the ending read first, on the paragraph's last characters: most paragraphs open no list; a heading joined to its
  // first item (专栏1…项目。——…2028年建成开放。) leads in with the heading alone
  let text = paragraph.trimEnd();
  const item = text.search(ITEM_AFTER);
  if (item >= 0) text = text.slice(0, item + 1);
  if (!LEAD_IN_END.test(text.slice(-12)) && !(next !== undefined && BULLET.test(next) && !BULLET.test(text)))
    return null;
  for (const sentence of text.split(/(?<=[。；！？])/).reverse()) {
    const due = DUE.exec(sentence);
    if (due) return dueYear(due);
  }
  return null;
}
/** A list's item after a sentence in the same paragraph: 。——…, 。●… */
const ITEM_AFTER = /。(?=——|[•●▪■◆◇○▲△★☆►])/;
const LEAD_IN_END = /[：:]$|(?:以下|如下)[^，。；：]{0,6}。$/;

/** The due year in force after these paragraphs: that of the last list lead-in (listYear) among them, else `year`. */
export const listsYear = (paras: string[], year: number | null) =>
  paras.reduce((y, p, i) => listYear(p, paras[i + 1]) ?? y, year);

/** Targets of consecutive paragraphs, each list's lead-in (listYear) lending its year to the paragraphs after it. */
export function targetsOf(paragraphs: string[], ctx: SentenceContext, goalsSection: boolean): Target[] {
  let year = ctx.year ?? null;
  return paragraphs.flatMap((p, i) => {
    const found = findTargets(p, { ...ctx, year }, goalsSection);
    // (in a goals section, the goals after one opening with its year are due then too: 到2026年底，… / 全年…400场)
    const opening = goalsSection ? GOALS_OPENING.exec(p)?.[1] : undefined;
    year = listYear(p, paragraphs[i + 1]) ?? (opening ? Number(opening) : year);
    return found;
  });
}

/** A goal opening with its due year: 到2026年底，… */
const GOALS_OPENING = /^(?:[^，。：]{0,12}：)?到\s*(20\d\d)\s*年(?:底|末)?，/;

/** Where in a month a date falls (6月底, 3月中下旬), a quarter (第二季度), and the words closing a deadline (…前). */
const IN_MONTH = '底|末|上中旬|中下旬|上旬|中旬|下旬';
const QUARTER = '第?[一二三四1-4]季度';
const BEFORE = '(?:前|以前|之前)';

/** A dated step, after the label naming it too (申报阶段：2026年3月1日至3月31日，…, 2028年7—9月，…, 2025年第三季度至第四季度：…). */
const MILESTONE = new RegExp(
  `^(?:[^：:，。；（]{1,12}[：:])?(?:到|至|于)?\\s*(20\\d\\d)\\s*年(?:\\d{1,2}月?)?(?:\\d{1,2}日)?(?:${QUARTER})?(?:[至到—―–~-]\\s*(?:20\\d\\d年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:${QUARTER})?)?(?:${IN_MONTH}|初|上半年|下半年|年底|年初|${QUARTER})?(?:前|以前|之前|末)?(?:[，：]|$)`,
);
/** A start of yearly deadlines (从2019年起，…于每年2月底前…; …，自2027年起于每年1月底前…), due first that year. */
const START = /(?:^|，)(?:从|自)(20\d\d)年(?:起|开始)(?=[^。；]*每年)/;
/** A dated deadline in a sentence: 于2018年12月31日前, 从2019年起…于每年2月底前, …，2025年底前完成…,
 * 2026年第二季度完成… */
const DEADLINE = new RegExp(
  [
    `(?:于|在)(20\\d\\d)年(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:${IN_MONTH}|初|上半年|下半年|${QUARTER}末?)?(?:前|开始|以前|之前|完成)`,
    START.source,
    `(?:^|[，；])(20\\d\\d)年(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:${IN_MONTH}|[上下]半年|${QUARTER}末?)?(?:前|以前|之前|完成)`,
  ].join('|'),
);

/** A 、 before a deadline naming its year: 请于2026年7月10日前、2027年1月15日前，分别报送… */
const NEXT_YEAR_DEADLINE = `、(?=20\\d\\d年(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:${IN_MONTH})?${BEFORE})`;
/** A comma before a dated deadline: …，2028年6月底前组织中期评估，2030年11月底前全面总结评估 (…，11月30日前报送…) */
const NEXT_DEADLINE = new RegExp(
  `，(?=(?:于|在)?(?:20\\d\\d年(?:\\d{1,2}月)?|\\d{1,2}月)(?:\\d{1,2}日)?(?:${IN_MONTH})?${BEFORE})|${NEXT_YEAR_DEADLINE}`,
  'g',
);
/** In a schedule or guarantee part, a comma before any date or a month's deadline: …全面推进各项任务落实，2023年下半年开展中期评估 */
const NEXT_DATE = new RegExp(
  `，(?=(?:于|在)?(?:20\\d\\d年|\\d{1,2}月(?:\\d{1,2}日)?(?:${IN_MONTH})?${BEFORE}))|${NEXT_YEAR_DEADLINE}`,
  'g',
);
/** A step opening with its date and an action, no comma: 2023年下半年开展中期评估 (…跟踪分析，2028年组织开展中期评估,
 * 甲方于2026年1月组织年终考核) */
const DATED_STEP = new RegExp(
  `(?:^|，|于|在)(20\\d\\d)年(?:\\d{1,2}月)?(?:${IN_MONTH}|初|[上下]半年|${QUARTER})?(?=开展|组织|完成|召开|启动|进行|制定|举办|印发|出台|全面|对|为[\\u4e00-\\u9fa5]{2,8}(?:年|阶段)[：:，])`,
);

/** A sentence's dated pieces (in a schedule or guarantee part at each date, elsewhere at each deadline), or the
 * sentence where it is one; outside a schedule, the words before the first are kept with it. */
function eachDated(sentence: string, where: 'schedule' | 'guarantee' | 'text'): string[] | string {
  if (!sentence.includes('，')) return sentence;
  const cuts = matchesOf(sentence, where === 'text' ? NEXT_DEADLINE : NEXT_DATE).map((m) => m.index);
  if (cuts.length === 0) return sentence;
  const out = [sentence.slice(0, cuts[0])];
  cuts.forEach((at, k) => {
    const p = sentence.slice(at + 1, cuts[k + 1]);
    if (where === 'schedule' || /20\d\d年/.test(out.at(-1)!)) out.push(p);
    else out[out.length - 1] += sentence[at]! + p;
  });
  return out;
}

/** The last year a text names (2026年9月—2027年6月 → 2027, 2026—2027学年 → 2027): what a span or a labelled due date is
 * due by. */
export function lastYearIn(text: string): number | null {
  const year = matchesOf(text, /(20\d\d)学?年/g).at(-1)?.[1];
  return year === undefined ? null : Number(year);
}

/** A dated item before its due date is worked out: `until`, the last year of a span it is dated by. */
export type Dated = Omit<Milestone, 'due'> & { until?: number };

/** A dated item of a span (2026年6月—2027年10月, 2027—2029年): of the year it starts, due by the last it names. */
export function spanned(span: string, text: string): Dated {
  const year = Number(/20\d\d/.exec(span)![0]);
  const until = lastYearIn(span)!;
  return until > year ? { year, text, until } : { year: until, text };
}

/** A deadline printing no year (请于10月10日前报送…, …，12月10日前报送…): due in the year of the plan (see findMilestones). */
const MONTH_DEADLINE = new RegExp(`(?:于|在|^|[，；])\\d{1,2}月(?:\\d{1,2}日)?(?:${IN_MONTH})?${BEFORE}`);

/**
 * Dated items: in any text, dated deadlines (…，2025年底前完成…); in a guarantee part, also sentences that open
 * with their date (2028年，组织中期评估; 2023年开展中期评估); in a schedule, also clauses that do (…，2023年下半年开展…).
 * `planYear`: the year in which a deadline printing no year falls (a plan for one year's; a notice's, issued then).
 */
export function findMilestones(
  paragraph: string,
  where: 'schedule' | 'guarantee' | 'text' = 'schedule',
  planYear: number | null = null,
): Dated[] {
  const out: Dated[] = [];
  // (every date names a year or a month)
  if (!paragraph.includes('年') && !paragraph.includes('月')) return out;
  for (const raw of paragraph.split(/(?<=[。；])/).flatMap((s) => eachDated(s, where))) {
    const text = raw.trim().replace(/[。；]$/, '');
    const m = MILESTONE.exec(text) ?? DEADLINE.exec(text) ?? (where !== 'text' ? DATED_STEP.exec(text) : null);
    if (m && (where !== 'text' || DEADLINE.test(text))) out.push(spanned(m[0], text));
    else if (!m && planYear !== null && MONTH_DEADLINE.test(text)) out.push({ year: planYear, text });
  }
  return out;
}

/** A date the text names, in the year last named before it: 5月底 / 5月 / 五月 → month end, 5月10日, 上旬 → 10,
 * 中旬 → 20, 上半年 / 年中 / 二季度 → 30 June, 一季度 → 31 March, 三季度 → 30 September. A month in Chinese
 * numerals only where a date stands, not inside a word (统一月报); 上半年 only after a year or opening a clause, not as
 * what is reported (报送上半年工作总结). */
const DATE = new RegExp(
  `(20\\d\\d)年|(\\d{1,2}|(?<=^|[年于在至到、和及—―–~-])${CN_MONTH})月(?:(\\d{1,2})日|(上旬)|(中旬))?|((?<=^|[年于在至到，；：（])(?:上半年|年中)|第?[一二三123]季度)`,
  'g',
);
const QUARTER_END: Record<string, string> = {
  一: '03-31',
  1: '03-31',
  二: '06-30',
  2: '06-30',
  三: '09-30',
  3: '09-30',
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The latest date before the end of `year` that a milestone's text names within that year (a text naming no
 * year at all, 3月：…, names dates of `year`), or null (the year only).
 */
export function milestoneDue(text: string, year: number): string | null {
  let current: number | null = /20\d\d年/.test(text) ? null : year;
  let latest: string | null = null;
  for (const m of matchesOf(text, DATE)) {
    if (m[1]) {
      current = Number(m[1]);
      continue;
    }
    if (current !== year) continue;
    let date: string | null = null;
    if (m[2]) {
      const month = monthNumber(m[2]);
      if (month < 1 || month > 12) continue;
      const end = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const day = m[3] ? Math.min(Number(m[3]), end) : m[4] ? 10 : m[5] ? 20 : end;
      date = `${year}-${pad(month)}-${pad(day)}`;
    } else if (m[6]) {
      const q = /([一二三123])季度/.exec(m[6]);
      date = `${year}-${q ? QUARTER_END[q[1]!] : '06-30'}`;
    }
    if (date && (latest === null || date > latest)) latest = date;
  }
  return latest === `${year}-12-31` ? null : latest;
}
