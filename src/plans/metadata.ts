/** Stage 4: title, issuer, document number, issue date, region and period, read from the document head. */
import type { Plan } from './types.js';
import { cnNumber, cnYear } from './numerals.js';
import { dateOf } from './dates.js';
import { FIELD_LINE, ISSUER_END } from './normalize.js';

type Meta = Pick<Plan, 'title' | 'issuer' | 'docNumber' | 'issuedOn' | 'region' | 'period'>;

/** The kinds of plan a notice issues, which end the plan's title: …规划, …方案, …要点. */
const PLAN_KIND = '(?:规划|方案|纲要|计划|要点)';
/** A plan's kind in its title (计划 not in 计划单列市, a kind of city in an addressee line). */
const PLAN_WORD = new RegExp(`${PLAN_KIND}(?!单列)`);
const NOTICE_WORD = /关于|通知|印发|发布/;
/** The letterhead's line: 某某文件, 某某  文件. */
const LETTERHEAD = /文件$/;
/** A letterhead line (某某文件), not a page's line ending so (当前位置：首页 > 政策 > 国务院文件, 规范性文件). */
const isLetterhead = (p: string) => LETTERHEAD.test(p) && !/[：:>＞]/.test(p) && !PAGE_CHROME.test(p);
/** A signature dated by its month only (2026年2月, 二〇二六年二月): it signs, but gives no day. */
const MONTH_DATE = /^[（(]?(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月[）)]?$/;
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}[〔［\[【]\s*\d{4}\s*[〕］\]】]\s*\d{1,4}\s*号/;
/** A line naming an issuer: it ends with one (a labelled line, 责任部门：展览部, names no issuer). */
const ISSUER_LINE = new RegExp(`^[^：:]*${ISSUER_END}(?:文件)?$`);
/** A place name's characters: none of the suffixes, so a city or district name holds no other division. */
const PLACE = '(?:(?![省市区县旗])[\\u4e00-\\u9fa5])';
/**
 * An administrative name at the start: province, city or prefecture (州, 盟), district or county, street or town
 * (上海市普陀区, 黔东南州, 唐家口街道). Words that end in 市 or 区 without naming a place (城市, 社区, 园区, 示范区)
 * are not one, nor is 全区 or 本市.
 */
const REGION = new RegExp(
  `^(?![全本我各该][省市区县镇乡]|关于)(?:${PLACE}{2,6}?(?:省|自治区))?(?:${PLACE}{1,8}?(?:市(?<!(?:超|集|夜)市)(?<![^省区]{2}城市|^城市)|自治州|州(?!市)|盟))?(?:${PLACE}{1,6}?(?:区|县|旗)(?<!(?:社|园|景|小|主城|中心城|辖|片|校|(?:采|煤|工)矿|灾|(?:贫困|偏远|边远|深|高|丘陵|革命老)山|牧|(?:国有|重点|森)林|展|街|(?:军|兵)营|库|功能|示范|试验|实验|试点|保护|易发|多发|高发|风险|开发|产业|商务|先行|核心|引领)区))?(?:${PLACE}{2,6}?(?:街道|镇|乡)(?![村镇]))?`,
);
const FIVE_YEAR = /十([一二三四五六七八九])五/g;
const PERIOD_LINE = /^（\d{4}[—―–\-－~至]\d{4}年?）$/;
/**
 * The plan a 通知 issues: 《X》 as the object of 印发/转发 (现将《X》印发…, 印发《X》, 《X》（以下简称《方案》）已经…
 * 同意), not a document it cites (为贯彻落实《X》，现将本区要点印发如下).
 */
const QUOTED_TITLE = new RegExp(
  `(?:印发|转发|现将|将)《([^》]+${PLAN_KIND}[^》]*)》|《([^》]+${PLAN_KIND}[^》]*)》(?:（以下简称[^（）]{1,12}）)?(?:已经|经|印发|现印发|现予印发)`,
);

/**
 * The five-year plan a text names most often, at least `least` times: 十四五 → 2021–2025 (from the 3rd, 1966–1970,
 * they follow every 5 years).
 */
export function fiveYearPeriod(text: string, least = 1): Plan['period'] {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(FIVE_YEAR)) {
    const n = 10 + cnNumber(m[1]!);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const [n, times = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (n === undefined || times < least) return null;
  const start = 1966 + 5 * (n - 3);
  return { start, end: start + 4 };
}

const HEADING = /^(?:第[一二三四五六七八九十]+[章部篇]|[一二三四五六七八九十]{1,3}、)/;
/** A title as compared: spaces, book marks and dash forms aside, a body's short name for its full one (科协 for
 * 科学技术协会: 《岳川市科协2026年工作要点》 over 岳川市科学技术协会 / 2026年工作要点). */
const squash = (s: string) =>
  s
    .replace(/[\s《》〈〉<>]/g, '')
    .replace(/[—―–－~]/g, '-')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/科学技术协会/g, '科协');

/**
 * Where the plan itself begins. A 通知 that 印发 a plan (《X》已经…同意，现印发…) is followed by X's own
 * title, on one line or wrapped over two or three: the plan starts after it. Otherwise 0.
 */
export function planStart(paras: string[]): { start: number; titleLines: number } {
  const limit = Math.min(paras.length, 40);
  for (let i = 0; i < limit; i++) {
    if (!/印发|已经|现将|现予/.test(paras[i]!)) continue;
    for (const m of paras[i]!.matchAll(/[《〈]([^《》〈〉]{4,80})[》〉]/g)) {
      const want = squash(m[1]!);
      for (let j = i + 1; j < limit; j++)
        // the title on a line, or wrapped over two or three (某某工程 / 实施方案 / （修订稿）)
        for (let k = 1; k <= 3 && j + k <= limit; k++)
          if (squash(paras.slice(j, j + k).join('')) === want) return { start: j + k, titleLines: k };
    }
  }
  return { start: 0, titleLines: 0 };
}

const TITLE_END = '(?:意见|通知|规划|方案|纲要|计划|要点|办法|决定)';
/** A title run on into its document number (and addressees) on one line, as pasted from a web page. */
const ENDS_AS_TITLE = new RegExp(`${TITLE_END}$`);
const TITLE_THEN_NUMBER = new RegExp(`^(.{4,80}?${TITLE_END})(?=${DOC_NUMBER.source})`);
/** The title's words a document number's match may begin with (…的通知国办发〔2014〕56号). */
const BEFORE_NUMBER = new RegExp(`^.*(?:${TITLE_END}|的)`);

/**
 * A paragraph's document number (also bracketed on a line of its own), unless it is a cited document's
 * (《…》（发改环资〔2025〕910号）, 京密科协发〔2021〕7号《…》); where the number runs on from the title
 * (…的通知国办发〔2014〕56号), without the title's words.
 */
function ownNumber(p: string): string | undefined {
  const m = DOC_NUMBER.exec(p);
  if (!m) return undefined;
  const before = p.slice(0, m.index);
  // a cited document's: in brackets, or before its title (…协会文件京密科协发〔2021〕7号《关于…的通知》精神)
  if (/.[（(]$/.test(before) || p.startsWith('《', m.index + m[0].length)) return undefined;
  // a page's head field, its colon lost (文    号 蔡政办〔2023〕1号): the number after its label
  const number = m[0].replace(/^.*(?:文\s*号|字号)[：:]?/, '');
  return m.index > 0 && before !== '（' ? number.replace(BEFORE_NUMBER, '') : number;
}

const COMPLETE_TITLE = new RegExp(`^.{2,30}关于.+${TITLE_END}$`);
/** A file's name as a line of its own: 某街道2024年科普工作计划.docx */
const FILE_EXTENSION = /\.(?:docx?|wps|pdf|txt)$/i;

/**
 * A web page's own lines above a document: links between bars or bullets (无障碍 | 长者版, • 网站首页 • …), a path
 * (首页>…), a site's greeting, its category of documents (规范性文件).
 */
const PAGE_CHROME =
  /[|│]|(?<!\d)•(?!\d)|[>＞]\S|^(?:(?:规范性|其他|政府|部门|政策|重要|相关)?文件$|欢迎|浏览记录|ID[:：]|推广|热搜|首页|登录|注册|(?:全文|正文)(?:预览|下载)?$)/;

/** A note under the title of how it was adopted: （2026年1月6日镇党政联席会议研究通过）. */
const ADOPTED = /^[（(][^（）()]*(?:通过|审议|讨论|印发)[）)]$/;

/**
 * The title lines at the top: a title wrapped over two or three lines is joined. The issuer's name on a line of
 * its own before 关于… is the title's first line; the names of joint issuers printed one to a line (a joint
 * letterhead) are not.
 */
function titleLines(top: string[]): string {
  const lines: string[] = [];
  const issuers: string[] = [];
  let letterhead = false;
  let numberSeen = false;
  let below = false;
  for (const p of top) {
    if ((isLetterhead(p) || FIELD_LINE.test(p.replace(/\s+/g, '')) || PAGE_CHROME.test(p)) && lines.length === 0) {
      letterhead ||= isLetterhead(p);
      continue;
    }
    // a page's menu items (政策 / 最新) above the title: no title opens with a line of a word or two
    if (lines.length === 0 && p.length < 4) continue;
    if (lines.length === 0 && ISSUER_LINE.test(p) && !p.includes('关于')) {
      issuers.push(p);
      below ||= numberSeen;
      continue;
    }
    // a lone issuer above the title opens it; beside a 文件 letterhead, or above the document number, it signs, as
    // it does above a title naming it again or a place of its own (a site's name above 澜州市科协2025年工作总结); below
    // the number (X文件 / 桐府办发〔2026〕15号 / X / 关于…的通知) it opens the title again
    if (
      lines.length === 0 &&
      issuers.length === 1 &&
      ((!letterhead && !numberSeen) || below) &&
      !DOC_NUMBER.test(p) &&
      !p.startsWith(issuers[0]!) &&
      !REGION.exec(p)?.[0]
    )
      lines.push(issuers[0]!);
    const numbered = TITLE_THEN_NUMBER.exec(p);
    if (numbered) return [...lines, numbered[1]].join('');
    if (DOC_NUMBER.test(p) && p.length < 30) {
      if (lines.length) break;
      numberSeen = true;
      continue;
    }
    if (/[。，：；]/.test(p) || p.length > 50 || dateOf(p) !== null || HEADING.test(p) || ADOPTED.test(p)) break;
    // a title complete in itself (某某关于…的通知) after a news headline or a page's caption
    if (lines.length && COMPLETE_TITLE.test(p)) return p;
    lines.push(p);
    if (lines.length === 3 || ENDS_AS_TITLE.test(p)) break;
  }
  return (lines.length ? lines : issuers).join('');
}

/**
 * The names on one line of a signature block: joint signers printed two to a line (黄浦区发展和改革委员会黄浦区
 * 建设和管理委员会, 中共某区委宣传部某区科学技术协会) part where a name's ending meets the place name the line
 * begins with, or at spaces.
 */
function signerNames(line: string): string[] {
  const at = samePlace(line);
  const parts = line.split(/\s+/).filter(Boolean);
  return at ? parts.flatMap((p) => p.split(at)) : parts;
}

/** Where one body's name ends and another's of the place the text begins with starts (…委员会黄浦区…, 中共某市委某市…). */
function samePlace(text: string): RegExp | null {
  // a place, or a level alone (省科技厅 省委宣传部 省科协)
  const place = REGION.exec(text.replace(/^中共/, ''))?.[0] || /^[省市区县](?=[\u4e00-\u9fa5])/.exec(text)?.[0];
  return place ? new RegExp(`(?<=${ISSUER_END}|委)(?=(?:中共)?${place})`) : null;
}

/** Schools, museums, gardens, hospitals, institutes, stations, centres and brigades, which sign their own plans: 某市科技馆,
 * 某某小学, 某市植物园, 某区消防救援支队. */
const INSTITUTION = '(?:馆|园|院|所|站|台|基地|学校|小学|中学|大学|学院|中心|学区|办事处|支队|大队|总队)';
/** A signature line naming an institution, in the closing signature only: short and without punctuation. */
const INSTITUTION_LINE = new RegExp(`^[^，。：；、！？]{2,30}${INSTITUTION}$`);
/** A note printed after a signature's date: （此件公开发布）, 抄送：…, the print record (某办公室 2024年6月25日印发). */
const AFTER_SIGNATURE = /^[（(]此件[^（）()]{2,12}[）)]$|^抄送[：:]|^公开属性[：:]|印发$/;

/**
 * The document without its signatures, so that they are no task's text: a date line (2024年3月1日) under one to
 * four lines naming the issuers, with the notes after it (（此件公开发布）, the print record).
 */
export function withoutSignatures(paras: string[]): string[] {
  const signer = (p: string) => p.length <= 40 && (ISSUER_LINE.test(p) || INSTITUTION_LINE.test(p));
  const dropped = new Set<number>();
  paras.forEach((p, date) => {
    if (dateOf(p) === null || /印发$/.test(p)) return;
    let from = date;
    while (from > 0 && date - from < 4 && signer(paras[from - 1]!)) from--;
    if (from === date) return;
    let to = date + 1;
    while (to < paras.length && AFTER_SIGNATURE.test(paras[to]!)) to++;
    for (let i = from; i < to; i++) dropped.add(i);
  });
  return dropped.size ? paras.filter((_, i) => !dropped.has(i)) : paras;
}

/** A body a title names: 某某关于…, 某某转发…, 某某2024年…要点, 2024年某省科协科普工作要点 (not 全市中小学…, 各…). */
const body = (max: number) => `(?![全各我本]).{2,${max}}?(?:${ISSUER_END}|部门|委|街道|镇|乡|${INSTITUTION})`;
const TITLE_ISSUER = new RegExp(
  `^(${body(30)})(?:关于|转发|批转|印发|下发)|^(${body(20)})(?=20\\d\\d年)|^20\\d\\d年度?(${body(20)})(?=科普|科学|工作|全民)`,
);

/** Bodies issuing a plan, as news of it says: 中共中央办公厅、国务院办公厅印发了《…》. */
const ISSUED_BY = new RegExp(
  `(?:^|[，。\\s])([^，。《》\\s]{2,40}?(?:${ISSUER_END}|中央))(?:联合)?印发了?《([^》]+)》`,
);

/**
 * A national body: the State Council, the central party and state organs, the ministries, 中国科协 and the
 * national societies (中国岩石力学与工程学会), the office of the national science-literacy outline
 * (全民科学素质纲要实施工作办公室).
 */
const NATIONAL =
  /^(?:国务院|中共中央|中央|国家|中华人民共和国|中国(?:科协|科学技术协会|气象局|地震局|科学院|工程院)|中国[\u4e00-\u9fa5]{2,14}(?:学会|协会|研究会)|全民科学素质纲要|(?:教育|科技|工业和信息化|公安|民政|司法|财政|人力资源社会保障|自然资源|生态环境|住房城乡建设|交通运输|水利|农业农村|商务|文化和旅游|应急管理)部)/;
/** A year or an edition a title may open with (2024年广东省科协科普工作要点, 第四届上海市…评选活动方案). */
const LEADING_YEAR = /^(?:20\d\d年度?|第[一二三四五六七八九十百\d]+届)/;

/**
 * Joint issuers printed side by side, the space between them lost: 中共中央国务院, 国务院办公厅中央军委办公厅, national
 * bodies (科技部中央宣传部中国科协), and local bodies of one place (中共南京市委南京市人民政府, 某区科协某区教育局), split
 * where the place or level is named again.
 */
function jointBodies(issuer: string): string {
  let central = issuer.replace(/(中共中央(?:办公厅)?|国务院(?:办公厅)?)(?=国务院|中央军委|中共中央)/g, '$1、');
  if (NATIONAL.test(issuer)) central = central.replace(/(?<=[部委局协署院厅])(?=中央(?!军委)|中国|国家)/g, '、');
  const at = samePlace(central);
  return at
    ? central
        .split('、')
        .flatMap((p) => p.split(at))
        .join('、')
    : central;
}

/** Region from an issuer or title: 全国 for the State Council and national bodies, else the full administrative name. */
function regionOf(issuer: string | null, title: string): string | null {
  if (NATIONAL.test(issuer ?? title.replace(LEADING_YEAR, ''))) return '全国';
  const fromTitle = REGION.exec(title.replace(LEADING_YEAR, '').replace(/^中共/, ''))?.[0] || null;
  // 某区人民政府某某街道办事处: the street's office within the district
  const signer = issuer
    ?.split('、')[0]!
    .replace(/^中共/, '')
    .replace(/人民政府(?=.{2,6}?(?:街道|镇|乡))/, '');
  const fromIssuer = signer ? REGION.exec(signer)?.[0] || null : null;
  // (a title opening with words before its place, 加强新时代广州市… or 新时代瓯海区…, names the issuer's place)
  if (!fromIssuer) return fromTitle;
  const last = fromIssuer.replace(/^.*[省市州盟](?=.)/, ''); // its last division: 温州市瓯海区 → 瓯海区
  return !fromTitle || fromIssuer.endsWith(fromTitle) || fromTitle.endsWith(last) ? fromIssuer : fromTitle;
}

/** The plan a notice's title names as what it issues, unquoted (某某关于印发某区科普工作方案的通知 → 某区科普工作方案). */
const ISSUED_IN = new RegExp(`关于印发(.{4,80}?${PLAN_KIND})的通知$`);
const issuedIn = (title: string) => ISSUED_IN.exec(title)?.[1];

/**
 * Metadata of a plan whose own text starts at paragraph `start`, after its title's `titleLines` lines (0 when no
 * 通知 wraps it): the notice and the plan's head give title, document number, issuer and date; a document signed
 * at its end gives the issuer and date from its closing signature.
 */
export function metadata(
  paras: string[],
  { start, titleLines: lines }: ReturnType<typeof planStart>,
  name?: string,
): Meta {
  const firstHeading = paras.findIndex((p, i) => i >= start && HEADING.test(p));
  const head = start > 0 ? start : firstHeading > 0 ? firstHeading : Math.min(paras.length, 30);
  // a policy page's 标题：… or 名称：… field is a title line
  const top = paras.slice(0, head).map((p) => p.replace(/^(?:标\s*题|(?:文件|公文)?名\s*称)\s*[：:]\s*/, ''));
  const quoted = top
    .filter((p) => /印发|已经|现将/.test(p))
    .map((p) => {
      const m = QUOTED_TITLE.exec(p);
      return m?.[1] ?? m?.[2];
    })
    // (a notice forwarded, 现将《…关于印发〈…〉的通知》转发给你们, is no plan's title: the forwarding notice's is)
    .find((t) => t !== undefined && !/通知$/.test(t))
    // the notice quotes the plan's own 《》 as 〈〉
    ?.replace(/〈/g, '《')
    .replace(/〉/g, '》');
  const planTitle = start > 0 ? paras.slice(start - lines, start).join('') : undefined;
  const at = top.findIndex(
    (p, i) =>
      PLAN_WORD.test(p) &&
      !NOTICE_WORD.test(p) &&
      // (nor the end of a report's title sending the plan: 关于报送…上半年工作总结 / 和下半年工作计划的报告)
      !(/的报告$/.test(p) && /报送/.test((top[i - 1] ?? '') + p)) &&
      !ISSUER_LINE.test(p) &&
      !FIELD_LINE.test(p) &&
      !PAGE_CHROME.test(p) &&
      p.length <= 60 &&
      !/[。，：:]$/.test(p) &&
      // (nor a line in brackets: （牵头单位：…纲要办）)
      !/^[（(【]/.test(p),
  );
  // A title line followed by its period on a line of its own: 某县行动计划 / （2026—2028年）
  const withPeriod = (line: string | undefined, next: string | undefined) =>
    line !== undefined && next !== undefined && PERIOD_LINE.test(next) ? line + next : line;
  const titleLine = at >= 0 ? withPeriod(top[at], top[at + 1]) : undefined;
  const wrapped = titleLines(top);
  // the line naming a plan may be the last of a title wrapped over two (某馆创城手拉手2021年 / 全国科普日系列活动方案)
  const above = at > 0 ? top[at - 1]! : '';
  const wrappedAbove =
    /^[^。，、；：:（）《》\s|]{4,30}$/.test(above) &&
    !ENDS_AS_TITLE.test(above) &&
    !ISSUER_LINE.test(above) &&
    !isLetterhead(above) &&
    !PAGE_CHROME.test(above) &&
    !DOC_NUMBER.test(above) &&
    dateOf(above) === null &&
    // a title opens with its place, its body or its year
    (Boolean(REGION.exec(above)?.[0]) || /^(?:20\d\d年|中共|中国|国家)/.test(above)) &&
    !/^附件|^关于/.test(above);
  const whole = titleLine && wrappedAbove ? above + titleLine : titleLine;
  const printed = withPeriod(planTitle, paras[start]) ?? quoted ?? whole ?? issuedIn(wrapped) ?? (wrapped || top[0]);
  // a text that opens with its first heading or a sentence prints no title: the file's name is the title
  const untitled =
    printed === undefined ||
    HEADING.test(printed) ||
    /。|[，；：]$|^(?:前言|序言|引言|目录)$/.test(printed) ||
    PAGE_CHROME.test(printed);
  const title = ((untitled && name?.trim()) || printed || '')
    .replace(/^《([^《》]*)》$/, '$1')
    .replace(FILE_EXTENSION, '')
    .trim();

  // the signature: a date line in the head, else among the last paragraphs of the document or of its text before
  // the attachments (附件1 / …, 附表, 附1) (one dated by its month only signs too; the print record below it, X办公室
  // 2024年6月25日印发, only where nothing else is dated)
  let dateIndex = top.findIndex((p) => dateOf(p) !== null);
  const annexed = paras.findIndex((p, i) => i > head && /^附(?:[件表]\s*\d{0,2}|\s*\d{1,2})$/.test(p));
  for (const end of annexed > 0 ? [annexed, paras.length] : [paras.length])
    for (const dated of [
      (p: string) => dateOf(p) !== null && !/印发$/.test(p),
      (p: string) => dateOf(p) !== null,
      (p: string) => MONTH_DATE.test(p),
    ])
      for (let i = end - 1; dateIndex < 0 && i >= Math.max(head, end - 8); i--) if (dated(paras[i]!)) dateIndex = i;
  const issuedOn = dateIndex >= 0 ? dateOf(paras[dateIndex]!) : null;

  // a letterhead: 某某文件, with a joint issuer's names stacked above or below it
  const letterheadAt = top.findIndex(isLetterhead);
  let issuer: string | null = null;
  if (letterheadAt >= 0) {
    let [from, to] = [letterheadAt, letterheadAt + 1];
    while (from > 0 && ISSUER_LINE.test(top[from - 1]!)) from--;
    while (to < top.length && ISSUER_LINE.test(top[to]!) && !top[to]!.includes('关于')) to++;
    issuer =
      top
        .slice(from, to)
        .map((p) => p.replace(LETTERHEAD, '').trim())
        .filter(Boolean)
        .join('、') || null;
  }
  if (!issuer && dateIndex > 0) {
    const signers: string[] = [];
    for (let i = dateIndex - 1, lines = 0; i >= 0 && lines < 10; i--, lines++) {
      // 某办公室（代）: signed on another body's behalf
      const p = paras[i]!.replace(/（代章?）$/, '');
      if (/^（.*）$/.test(p)) continue;
      // a long name wrapped over two lines (上海市第一次自然灾害综合 / 风险普查领导小组办公室): the place it opens with
      const wrapped = signers.length && /^[^，。；：、\s]{2,20}$/.test(p) && REGION.exec(p.replace(/^中共/, ''))?.[0];
      if (wrapped && !ISSUER_LINE.test(p)) {
        signers[0] = p + signers[0];
        continue;
      }
      if (!(ISSUER_LINE.test(p) || INSTITUTION_LINE.test(p)) || p.length > 40) break;
      signers.unshift(...signerNames(p));
    }
    issuer = signers.length ? signers.join('、') : null;
  }
  // the body a title names: the notice's own title line too (某某关于印发《…》的通知, too long to be read as the title)
  const titled = [wrapped || title, title, ...top.filter((p) => ENDS_AS_TITLE.test(p) && !/[。，；]/.test(p))];
  const byTitle = titled
    .map((t) => TITLE_ISSUER.exec(t))
    .find(Boolean)
    ?.slice(1)
    .find(Boolean);
  // (many bodies signing, the title names them together: 教育部等十八部门关于…)
  if (byTitle && /等[一二三四五六七八九十\d]*个?(?:部门|单位)$/.test(byTitle)) issuer = byTitle;
  issuer ??= byTitle ?? top.find((p) => ISSUER_LINE.test(p) && p.length <= 30 && !PAGE_CHROME.test(p)) ?? null;
  // news of the plan (新华社北京12月14日电 近日，中共中央、国务院印发了《扩大内需战略规划纲要…》): who issued it
  issuer ??=
    top
      .map((p) => ISSUED_BY.exec(p))
      .find((m) => m && squash(m[2]!).slice(0, 4) === squash(title).slice(0, 4))?.[1]
      ?.replace(/^(?:近日|\d{4}年\d{1,2}月\d{1,2}日)，?/, '') ?? null;
  issuer = issuer && jointBodies(issuer);

  const docNumber =
    top
      .map(ownNumber)
      .find(Boolean)
      ?.replace(/\s+/g, '')
      .replace(/[［\[【]/, '〔')
      .replace(/[］\]】]/, '〕') ?? null;

  // years from and to (2021—2025年), not a serial number (000014349/2019-00012)
  const span = /(?<!\d)((?:19|20)\d\d)年?[—―–\-－~至到]((?:19|20)\d\d)(?!\d)/.exec(title);
  // A plan for one year names that year alone: 2026年科普工作要点, 2025年度全民科学素质工作计划,
  // 某街道2026年全民科学素质工作实施方案, 某市科普工作要点（2026年）, 关于做好2026年高素质农民培育工作的通知, its rules
  // (2026年度目标考核细则, 2025年度科普工作目标责任书), calls (2026年度…科普专项申报指南) and calendars (…科普工作年历);
  // not a deadline (2030年前碳达峰行动方案).
  const year =
    /(?<![\d—―–\-－~至到])(20\d\d)年度?(?!远景|远期|前|以前|之前)(?:\D|\d{1,3}(?!\d))*(?:要点|计划|工作安排|任务安排|清单|分解|台账|方案|活动|意见|任务|工作的通知|办法|细则|责任书|指南|年历)/.exec(
      title,
    ) ?? /(?:要点|计划|工作安排|任务安排|清单|台账|方案)[（(](20\d\d)年度?[）)]$/.exec(title);
  // a school year (2025学年: September 2025 to the summer of 2026), or its second term (2025学年第二学期)
  const schoolYear = /(?<![\d—―–\-－~至到])(20\d\d)学年度?(第二学期)?/.exec(title);
  const period = span
    ? { start: Number(span[1]), end: Number(span[2]) }
    : schoolYear
      ? { start: Number(schoolYear[1]) + (schoolYear[2] ? 1 : 0), end: Number(schoolYear[1]) + 1 }
      : year
        ? { start: Number(year[1]), end: Number(year[1]) }
        : // a five-year plan by name: “十四五”, 第十四个五年规划
          fiveYearPeriod(title.replace(/第十([一二三四五六七八九])个五年/g, '十$1五'));
  const region = regionOf(issuer, title);
  return { title, issuer, docNumber, issuedOn, region, period };
}
