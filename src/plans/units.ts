/**
 * Stage 5: responsible units (责任单位) and lead units (牵头部门) named in a text. Unit lists are the
 * parenthesised lists government documents close a task or sentence with, in every common form:
 * （责任单位：A、B）, （负责部门：A）, （牵头单位：A；责任单位：B、C）, （A牵头，B、C配合）, （A、B负责）, （A等有关部门负责）,
 * （A、B，各省级人民政府按职责分工负责）, （A会同有关部门负责）, （A会同B）, （A和B负责）, （A为主，B配合）,
 * （由A牵头，B、C参加）, 【责任单位：…】, A（牵头）、B,
 * labels of 部门 / 处室 / 科室 / 机构, 责任单位：… on a line of its own or after a sentence (…。牵头单位：A；配合单位：B),
 * a bare list of organization names closing a sentence (…。（市科协、市教育局）), and a paragraph's last sentence
 * that is a list alone, unbracketed (…。由A牵头，B、C配合。); clauses saying when (完成时限：…)
 * are left out. Notes inside a list are read too: 列第一位者为牵头单位（下同） and 以下均需X落实.
 */
import { matchesOf } from './matches.js';

const GROUP = /（([^（）]{2,600})）/g;
/** The roles a unit-list label names (责任单位, 负责部门, 牵头部门, 承办处室, a society's 牵头专委会 …), and the nouns
 * it ends with (none after 负责, 牵头, 配合, 协办, 分工). */
export const ROLES =
  '责任|负责|牵头|配合|参与|参加|协作|主责|协办|协同|协助|支撑|支持|主办|承办|实施|落实|组织(?=单位|部门)|成员(?=单位)|分工';
const NOUN = '(?:单位|部门|处室|科室|股室|部室|中队|站所|机构|主体|专委会|专业委员会)';
export const LABEL_NOUN = `(?:${NOUN}|(?<=负责|牵头|配合|协办|分工))`;
/** A label's other noun in brackets, 配合科室（单位）：, read as 配合科室：. */
const OTHER_NOUN = new RegExp(`((?:${ROLES})${NOUN})[（(]${NOUN}[）)](?=[：:])`, 'g');
/** A unit-list label with its colon (责任单位：), and the words that may come before it (主要, 其他, 相关). */
export const ROLE_LABEL = `(?:${ROLES})${LABEL_NOUN}[：:]`;
const QUALIFIER = '(?:主要|其他|相关)?';
/** A label starting a line: 责任单位： */
export const LINE_LABEL = new RegExp(`^${ROLE_LABEL}`);
/** A paragraph that is a unit list and nothing else: 责任单位：A、B or （A、B负责）. */
export const LIST_LINE = new RegExp(
  `^(?:${QUALIFIER}${ROLE_LABEL}|[（【][^（）【】]*(?:（[^（）]*）[^（）【】]*)*[）】][。；]?$)`,
);
/** The role words a parenthesised unit list closes with: （A、B负责）, （A牵头，B参加）. */
export const CLOSING_ROLE = '负责|牵头|配合|参与|参加|指导|起草';
/** A parenthesised unit list up to its closing role word or labelled names (the closing bracket not included); a
 * name may hold a bracket of its own (各县（市、区）政府). */
const IN_LIST = '(?:[^（）]|（[^（）]*）)*';
export const CLOSING_LIST = `（${IN_LIST}(?:${CLOSING_ROLE}|${LABEL_NOUN}[：:]${IN_LIST})`;
/** The label of a due date: 完成时限：, 时间： */
export const DUE_LABEL = '(?:完成)?(?:时限|时间|期限)[：:]';
/** Labelled clauses starting a line or following a sentence, up to the sentence's end: 责任单位：市科协、市教育局 */
const LABELLED_CLAUSES = new RegExp(
  `(?<=^|[。；])(${QUALIFIER}${ROLE_LABEL}(?:[^\\n。（）]|（[^（）\\n]{1,10}）)*)`,
  'gm',
);
/** A bracketed labelled list, read as a group: its clauses are not read again as labelled clauses. */
const LABELLED_GROUP = new RegExp(`（${QUALIFIER}${ROLE_LABEL}[^（）]*）`, 'g');
const LABEL = new RegExp(`^${QUALIFIER}(${ROLES})${LABEL_NOUN}[：:]`);
/** A label after the names of another, run on (牵头单位：A 责任单位：B, spaces lost in extraction) or after a
 * comma (责任单位：A，配合单位：B): where a clause starts. */
const RUN_ON_LABEL = new RegExp(
  `(?:(?<=[^\\s（【；。，、：])[ \\t\u3000]*|[，、])(?<!主要|其他|相关|完成)(?=${QUALIFIER}${ROLE_LABEL}|${DUE_LABEL})`,
  'g',
);
/** A labelled list up to the end of its clause, where names may be separated by spaces (责任单位：市科协 市教育局). */
export const SPACED_LIST = new RegExp(`${ROLE_LABEL}[^。；（）\\n]*`, 'g');
/** A label in lenticular brackets, 【牵头单位】A: read as 牵头单位：A. */
export const BRACKETED_LABEL = new RegExp(`【(${QUALIFIER}(?:${ROLES})${LABEL_NOUN})】`, 'g');
/** A labelled list in lenticular brackets, 【责任单位：A、B】: read as （责任单位：A、B）. */
export const LENTICULAR_LIST = new RegExp(`【(${QUALIFIER}${ROLE_LABEL}[^【】]*)】`, 'g');
/** Clauses of a unit list that say when, not who: 完成时限：2026年底, 2026年底前完成, 6月底前, 全年, 持续推进. */
const WHEN = new RegExp(
  `^(?:${DUE_LABEL}|(?:完成)?进度[：:]|\\d{4}年|\\d{1,2}月|每年|全年|(?:持续|长期)(?:推进|实施|开展|坚持)$)`,
);
/** A date closing a bare list's last name, the space before it lost (（市科协、市教育局　2026年6月）). */
const DATE_AFTER_NAME =
  /(?<=[\u4e00-\u9fa5])\s*(?:\d{4}年(?:\d{1,2}月)?|\d{1,2}月)(?:\d{1,2}日|[上中下]旬|底|末)?(?:前|以前|之前)?(?:完成)?$/;
/** Role words a clause ends with (按分工负责, 依职责负责, 具体实施, 协同); 牵头 and 主责 make a lead unit. */
const ROLE =
  /(?:等有关部门和单位|等有关部门|等相关部门|等部门|等单位)?(?:(?:按照?|依照?|根据)?(?:各自)?(?:职责|职能)?分工|(?:按照?|依照?|根据)(?:各自)?(?:职责|职能)|共同|分别|具体|各自|协同|联合)?(?:牵头负责|负责(?:落实|指导|协调|督促|监督|[\u4e00-\u9fa5]{2,8}?(?:指导|评估|审核|把关|保障|培训|宣传|组织|服务))?|牵头|主责|为主|参与|参加|配合|指导|协助|协同|协办|承办|落实|实施|支持|(?:组织)?起草)$|按职责分工$/;
/** Role words that also close asides (分步实施, 负责技术指导和质量评估): the names before them must be organizations'. */
const WEAK_ROLE = /(?:实施|协同|协办|承办)$|负责[\u4e00-\u9fa5]{4,}$/;
const LEADS = /牵头|主责|为主/;
/** What follows the named units of a list: 等有关部门和单位, 等国务院相关部门, 等, 会同有关部门, 共同组织实施. */
const TRAILING =
  /(?:等(?:国务院|中央|省级?|市级?|区级?|县级?)?(?:[区市县省]?安委会|[区市县省]?减灾委)?(?:有关|相关)?(?:成员)?(?:部门|单位|地区|机构)(?:和单位)?|(?<!高)等[\u4e00-\u9fa5]{0,4}?(?:高校|院校|科研院所|学校|企业|医院)(?:和[\u4e00-\u9fa5]{0,4}?(?:高校|院校|科研院所|院所|学校|企业|医院|单位|机构))?|等|会同(?:有关|相关)部门|共同(?:组织)?(?:实施|负责|开展)?)$/;
/** Printed once, usually in the first list: the first unit of each list leads. */
export const LEAD_BY_POSITION =
  /(?:列|排在?|居)(?:第一|首)位(?:者|的)?(?:单位|部门)?为牵头(?:单位|部门|处室|科室|部室|股室)|第一(?:个|家)?(?:单位|部门)为牵头(?:单位|部门|处室|科室|部室|股室)/;
/** A note that units apply to every task after it: 以下均需试点城市政府落实, 以下分工均含各区人民政府. */
const CARRY = /以下(?:分工|任务)?均(?:需|由|含|包括)(.{2,30}?)(?:负责)?(?:落实)?(?:[，。]|$)/;
/** A section's note that a unit does its part of every task below it, not listed with each: 各区（县、市）科协负责抓好本地落实，以下不再列出. */
export const SECTION_CARRY =
  /(?<=^|[。；])([^，；。：]{2,20}?)负责[^，；。]{0,15}[，；]以下(?:不再|均不|不)(?:一一)?列出/;
/** What no unit's name holds or opens with: a number, 的, 自愿 (学生自愿参加), a preposition, a gloss's word, a verb
 * (负责联系…, 安排…, 挖掘培育建站单位). */
const NOT_UNIT =
  /[\d%的由]|负责.|自愿|^(?:由|对(?!外)|在|从|将|按|经(?!济|开|信|委|贸)|向|含|包括|以下|其中|如|即|简称|统称|下称|负责|安排|开展|做好|挖掘|培育|推动|推进|加强|指导|督促|协调|制定|鼓励|引导|动员|落实|完善|健全|组织(?![\u4e00-\u9fa5]{0,3}(?:部|处|科|办)(?:〔[^〔〕]*〕)?$))/;
/** How organization names end (市科协, 区教育局, 团市委, 各街道办事处, 县人民政府, 科普部, 宣传部门, 基础教育科, not 学科): a bare
 * list holds only these. */
const ORGANIZATION =
  /(?:单位|部门|机构|街道|乡镇|局|委|办|厅|部|院|会|协|府|中心|馆|站|所|校|团|联|处|室|台|司|队|组|署|(?<![学本专理工文])科)$/;
/** A lead marked after its name in a list, 省教育厅（牵头）: replaced by this character before lists are read. */
const LEAD_MARK = '\u0001';

/** The names of a list with their lead marks removed; the marked ones are added to `lead`. */
function marked(found: string[], lead: string[]): string[] {
  return found.map((name) => {
    if (!name.endsWith(LEAD_MARK)) return name;
    const bare = name.slice(0, -1);
    lead.push(bare);
    return bare;
  });
}

export interface UnitMentions {
  lead: string[];
  units: string[];
  /** The list states that its first unit leads (列第一位者为牵头单位); `carries` when it adds 下同. */
  leadByPosition?: { carries: boolean };
  /** Units a note says apply to every following task (以下均需X落实，不再列出). */
  carry?: string[];
}

function clean(name: string): string {
  // (a note of how the units share the work after the last, 市林业局（按职责分工）, names none)
  // (and the dash setting a list off: ——德育处、大队部)
  let s = name
    .trim()
    .replace(/^—+/, '')
    .replace(/[。；：]$/, '')
    .replace(/[（(〔](?:按照?|依照?)?(?:各自)?职责分工(?:负责)?[）)〕]$/, '');
  if (s !== '各有关部门和单位' && /等|会同|共同/.test(s)) s = s.replace(TRAILING, '').replace(TRAILING, '');
  return s.trim();
}

/**
 * What separates names in a list: 、，；, 以及, 和 or 及 before 各 or 有关, and 和 or 及 between one organization's name
 * and the next (区科协和区教育局; not 住房和城乡建设局); never inside a gloss 〔市、区〕.
 */
const SEPARATOR =
  /(?:[、，；,/／]|以及|(?:等?和|及)(?=各|有关|相关)|(?<=局|委|办|厅|部|院|会|协|府|中心|馆|站|队|署)(?:和|及)(?=[区市县省镇乡街]))(?![^〔〕]*〕)/;

/** Splits a printed list on its separators, dropping a trailing 等 / 等有关部门 and empty names. */
export function splitUnits(list: string): string[] {
  return sharedSuffix(eachPlace(list.split(SEPARATOR).map(clean))).filter((s) => s.length >= 2 && s.length <= 40);
}

/** 各 with the kinds of place it spans (各辖市、, 各市、县、), before the last kind's organ: one name. */
const EACH_PLACE = /^各[\u4e00-\u9fa5、]{0,8}[省市区县]$/;

/** Names joined back where 各 spans kinds of place: 各辖市、区卫生健康局, 各市、县人民政府. */
function eachPlace(names: string[]): string[] {
  if (!names.some((n) => n.startsWith('各'))) return names;
  const out: string[] = [];
  for (const name of names) {
    const before = out.at(-1);
    if (before !== undefined && EACH_PLACE.test(before) && /^[省市区县]/.test(name))
      out[out.length - 1] = `${before}、${name}`;
    else out.push(name);
  }
  return out;
}

/** A level (市) or a place (嘉定区) printed before a name that ends in the organ they share. */
const BARE_LEVEL = /^(?![各全本该])[\u4e00-\u9fa5]{0,5}[省市区县镇乡]$/;
/** That name: its level or place, a 两级 / 三级 joining the levels, its organ (市、县两级科协, 奉贤区政府). */
const SHARED = /^(?![各全本该])([\u4e00-\u9fa5]{0,5}[省市区县镇乡])(?:两级|三级|各级)?([\u4e00-\u9fa5]{2,6})$/;

/**
 * Names sharing the organ of the last (市、区科协 → 市科协, 区科协; 省、市、县科协; 市、县两级科协; 嘉定区、青浦区、
 * 奉贤区政府 → 嘉定区政府 …): levels take any organ, places only a government (浦东新区 and 临港新片区管委会 stay apart).
 */
function sharedSuffix(names: string[]): string[] {
  const out = [...names];
  for (let i = 0; i < out.length; i++) {
    const m = BARE_LEVEL.test(out[i]!) ? null : SHARED.exec(out[i]!);
    if (!m || !ORGANIZATION.test(m[2]!)) continue;
    let j = i - 1;
    for (; j >= 0 && BARE_LEVEL.test(out[j]!); j--) {
      const level = out[j]!.length === 1;
      if (!level && !/^(?:人民)?政府$/.test(m[2]!)) break;
      out[j] = out[j]! + m[2]!;
    }
    if (j < i - 1) out[i] = m[1]! + m[2]!;
  }
  return out;
}

/** Names of a clause with 会同: X会同Y → X, Y (a generic 有关部门 is dropped). */
function names(list: string): string[] {
  return list
    .split(/会同/)
    .flatMap(splitUnits)
    .filter((u) => !/^(?:有关|相关)(?:部门|单位|方面)/.test(u));
}

/** An organization's name by its ending, or each of a kind of body (各街镇, 各中小学, 各镇〔街道〕). */
const isOrganization = (name: string) => ORGANIZATION.test(name) || /^各[\u4e00-\u9fa5]/.test(name);

/** A group of organization names only, no role word or label (（市科协、市教育局）); null for anything else. */
function bareList(inner: string): UnitMentions | null {
  // the lead rule may follow the names: （A、B，C。列第一位者为牵头单位，下同）
  const [list = '', ...notes] = inner.split('。');
  const note = notes.join('。');
  if (note && !LEAD_BY_POSITION.test(note)) return null;
  // （市科协、市教育局；2026年12月底前）, （…；完成时限：2027年底）: the clause saying when is left out
  const who = list
    .split('；')
    .filter((c) => !WHEN.test(c.trim()))
    .join('；');
  if (/[。：]/.test(who)) return null;
  const found = names(who.replace(DATE_AFTER_NAME, '')).filter((u) => !WHEN.test(u));
  // a name may close with a gloss of its own: 区委宣传部〔区文明办〕
  const organization = (u: string) => isOrganization(u.replace(/〔[^〔〕]*〕$/, ''));
  if (found.length === 0 || found.some((u) => !organization(u) || NOT_UNIT.test(u) || u.length > 20)) return null;
  // a kind of place glossing the word before (所有乡镇（街道）), no body of its own
  if (found.every((u) => /^(?:街道|乡镇|单位)$/.test(u))) return null;
  const lead: string[] = [];
  const units = marked(found, lead);
  return note ? { lead, units, leadByPosition: { carries: /下同/.test(note) } } : { lead, units };
}

/** Names set off by a dash closing a line after its text (…颁奖。——德育处、大队部): the units doing it. */
const DASHED_LIST = /(?<=[^\s—])——\s*([^—。；，：:（）〔〕\s]{2,20}(?:、[^—。；，：:（）〔〕\s]{2,20})*)\s*$/gm;

/** Where such a list closing a text begins (纸飞机留空赛——体育教研组、科学教研组), or -1. */
export function closingDashedListAt(text: string): number {
  const m = new RegExp(DASHED_LIST.source).exec(text);
  return m && bareList(m[1]!) ? m.index : -1;
}

/** Where a bare list closing a text begins (开展科普活动（区科协、区教育局）), or -1. */
export function closingBareListAt(text: string): number {
  const m = /（([^（）]{2,200})）$/.exec(text);
  return m && bareList(m[1]!) ? m.index : -1;
}

/** A lead's mark after the units before a colon: 市科协（牵头单位）： */
const COLON_LEAD_MARK = '[（(]牵头(?:单位|部门)?[）)]';
const UNITS_BEFORE_COLON = new RegExp(`^([^：:，。；]{2,60}?)(?:${COLON_LEAD_MARK})?[：:]`);
const LEAD_BEFORE_COLON = new RegExp(`^[^：:，。；]*${COLON_LEAD_MARK}[：:]`);
/** Whether the units a text opens with before a colon (unitsBeforeColon) are marked as leading. */
export const leadsBeforeColon = (text: string) => LEAD_BEFORE_COLON.test(text);

/**
 * The units a text opens with before a colon (and a lead's mark: 市科协（牵头单位）：), its duties after it
 * (县委宣传部、县融媒体中心：负责…): [] for other words or a label (牵头部门：…), null for a text opening with no such colon.
 */
export function unitsBeforeColon(text: string): string[] | null {
  const head = UNITS_BEFORE_COLON.exec(text);
  if (!head) return null;
  return LINE_LABEL.test(text) ? [] : headingUnits(head[1]!);
}

/** The names of a heading that is organization names only (（五）区生态环境局 in a 职责分工 part); else []. */
export function headingUnits(title: string): string[] {
  // (a name's own bracket, 各县（市、区）科协, held as one)
  return bareList(title.replace(/（([^（）]*)）/g, '〔$1〕'))?.units.map(unnest) ?? [];
}

/** Whether a list is names only, each piece between its 、 one name (县总工会、团县委、县妇联; not 地、科普创作和科普活动). */
export const namesOnly = (list: string) => headingUnits(list).length === list.split('、').length;

/** A list's last name, an organization's (…、各镇, 责任单位：区委宣传部, 责任单位：县精神卫生中心), before a bracket glossing it
 * or giving its other name (（县第二人民医院）). */
const GLOSSED_NAME =
  /[：:、][^，。；：、（）]{1,15}(?:镇|乡|街道|区|县|市|局|委|部|办|厅|府|协|会|中心|院|馆|站|所|校|处)$/;

/** A clause with a label of its own that is not a unit label: 责任领导：…, 联系人：… */
const OTHER_LABEL = /^[^：:，、]{1,8}[：:]/;

/** Reads one parenthesised group; null when it is not a unit list (a gloss, an aside, a number). */
function readGroup(inner: string): UnitMentions | null {
  const [main, ...notes] = inner.split('。');
  // the lead rule or a carried unit may close the list after a comma: （责任单位：A、B，列第一位的为牵头单位）, （…，以下分工均含各区人民政府）
  const parts = main!.split(/[，；]/);
  const rule = parts.findIndex((c) => LEAD_BY_POSITION.test(c) || CARRY.test(c));
  if (rule > 0) notes.unshift(...parts.splice(rule));
  const clauses = parts.filter((c) => c.trim() !== '' && !WHEN.test(c.trim()));
  if (clauses.length === 0) return null;
  const lead: string[] = [];
  const units: string[] = [];
  const labelled = clauses.some((c) => LABEL.test(c.trim()));
  let label: string | null = null;
  let roleSeen = false;
  const pending: string[] = [];
  // （由A牵头，B配合）: the list opens with 由, and then names organizations (（由企业负责） is an aside)
  const by = !labelled && clauses[0]!.trim().startsWith('由');
  for (const raw of clauses) {
    // （以A为主，B参与）: 以 opens the lead's names as 由 does
    const clause = raw.trim().replace(/^由|^以(?=.+为主$)/, '');
    const l = LABEL.exec(clause);
    if (l) label = l[1]!;
    // another label (责任领导：陈某, 联系人：…) names people, not units, up to the next unit label
    else if (OTHER_LABEL.test(clause)) label = null;
    if (labelled) {
      if (label === null) continue;
      const list = (l ? clause.slice(l[0].length) : clause).replace(/^由/, '');
      // 责任单位：A牵头，B配合: a role word after the names
      const role = ROLE.exec(list);
      const found = marked(names(role ? list.slice(0, role.index) : list), lead);
      if (LEADS.test(label) || (role && LEADS.test(role[0]))) lead.push(...found);
      units.push(...found);
      continue;
    }
    const role = ROLE.exec(clause);
    if (!role) {
      pending.push(clause);
      continue;
    }
    roleSeen = true;
    const found = marked([...pending.splice(0).flatMap(names), ...names(clause.slice(0, role.index))], lead);
    if (WEAK_ROLE.test(role[0]) && !found.every((u) => ORGANIZATION.test(u))) return null;
    if (LEADS.test(role[0])) lead.push(...found);
    units.push(...found);
  }
  if (!labelled && (!roleSeen || pending.length > 0)) return null;
  if (units.length === 0 || units.some((u) => NOT_UNIT.test(u) || u.length > 30)) return null;
  if (by && !units.some((u) => ORGANIZATION.test(u))) return null;
  const note = notes.join('。');
  const out: UnitMentions = { lead: unique(lead), units: unique(units) };
  if (LEAD_BY_POSITION.test(note)) out.leadByPosition = { carries: /下同/.test(note) };
  const carry = CARRY.exec(note);
  if (carry) out.carry = splitUnits(carry[1]!);
  return out;
}

/** Brackets inside brackets as 〔〕, so a list naming 各市（州）人民政府 is one group: （省科协、各市〔州〕人民政府负责）. */
function nestedAsLenticular(text: string): string {
  if (!/（[^）]*（/.test(text)) return text;
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (c === '（') out += ++depth > 1 ? '〔' : c;
    else if (c === '）') out += depth-- > 1 ? '〕' : c;
    else out += c;
    depth = Math.max(depth, 0);
  }
  return out;
}

const unnest = (name: string) => name.replace(/〔/g, '（').replace(/〕/g, '）');

export function findUnits(text: string): UnitMentions {
  const plain = /[）)][：:]/.test(text) ? text.replace(OTHER_NOUN, '$1') : text;
  // (a role after a name that does not lead, 区科协（指导）, goes)
  const labelled = (plain.includes('【') ? plain.replace(BRACKETED_LABEL, '$1：') : plain)
    .replace(/[（(](?:牵头|主责)[）)]/g, LEAD_MARK)
    .replace(/([\u4e00-\u9fa5])[（(](?:指导|配合|参与|协助|协办|支持)[）)]/g, '$1');
  // every label ends with a colon: a text without one has none run on
  const marks = /[：:]/.test(labelled) ? labelled.replace(RUN_ON_LABEL, '；') : labelled;
  // brackets folded and nested ones marked once; the groups are read across lines, the labelled clauses line by line
  const nested = nestedAsLenticular(marks.replace(/[(【[]/g, '（').replace(/[)】\]]/g, '）'));
  const flat = nested.replace(/\n/g, '');
  const lead: string[] = [];
  const units: string[] = [];
  const out: UnitMentions = { lead, units };
  for (const m of matchesOf(flat, GROUP)) {
    // A bare list counts only where it closes a sentence: after 。 or at the very end (a gloss sits mid-sentence).
    const end = m.index + m[0].length;
    const closes =
      /[。；]/.test(flat[m.index - 1] ?? '') ||
      end === flat.length ||
      (end + 1 === flat.length && /[。；]/.test(flat[end]!));
    // a name's gloss closing a list (责任单位：…、各镇（街道）), one name, is not a list of its own
    const gloss = !/[、，]/.test(m[1]!) && GLOSSED_NAME.test(flat.slice(0, m.index));
    const g = readGroup(m[1]!) ?? (closes && !gloss ? bareList(m[1]!) : null);
    if (!g) continue;
    lead.push(...g.lead);
    units.push(...g.units);
    if (g.leadByPosition && !out.leadByPosition) out.leadByPosition = g.leadByPosition;
    if (g.carry) out.carry = [...(out.carry ?? []), ...g.carry];
  }
  // a paragraph closing with a sentence that is a unit list alone, unbracketed (…。由县教育局牵头，县科协配合。), or a line
  // that is one (a table's cell on a line of its own: 市政府办公室、市司法局 / 市政府办公室牵头，市直其他单位按职能分工落实)
  for (const line of ROLE_AT_LINE_END.test(nested) || NAMES_LINE.test(nested) ? nested.split('\n') : []) {
    // (its due date run on after it, the table's next cell: …市司法局2022年底前)
    // (and its subject, the item itself: 此项工作由科普部负责。)
    const said = line.trim().replace(DATE_AFTER_NAME, '').replace(THIS_ITEM, '$1');
    const sentence =
      CLOSING_SENTENCE.exec(said)?.[1] ?? (/[、，]/.test(said) && said.length <= 60 ? said.replace(/。$/, '') : null);
    const g = (sentence ? readGroup(sentence) : null) ?? (NAMES_LINE.test(said) ? bareList(said) : null);
    if (!g || g.leadByPosition || !g.units.every((u) => ORGANIZATION.test(u) && u.length <= 20)) continue;
    lead.push(...g.lead);
    units.push(...g.units);
  }
  for (const m of nested.includes('——') ? matchesOf(nested, DASHED_LIST) : []) {
    const g = bareList(m[1]!);
    if (!g) continue;
    lead.push(...g.lead);
    units.push(...g.units);
  }
  const outside = nested.replace(LABELLED_GROUP, '');
  for (const m of /[：:]/.test(outside) ? matchesOf(outside, LABELLED_CLAUSES) : []) {
    const text = m[1]!.replace(/（([^（）]*)）/g, '〔$1〕');
    // read as a group where it is one (分工：A、B牵头，C参加: role words after the names), else clause by clause
    const g = readGroup(text);
    if (g) {
      lead.push(...g.lead);
      units.push(...g.units);
      continue;
    }
    for (const clause of text.split('；')) {
      const label = LABEL.exec(clause.trim());
      if (!label) continue;
      const names = splitUnits(clause.trim().slice(label[0].length)).filter((u) => !WHEN.test(u) && !NOT_UNIT.test(u));
      const found = marked(names, lead);
      if (LEADS.test(label[1]!)) lead.push(...found);
      units.push(...found);
    }
  }
  // the lead rule outside a list: 责任单位：A、B（列第一位者为牵头单位，下同）, 各项任务所列责任单位中，列第一位者为牵头单位,
  // its word glossed (…为牵头处室（单位），下同: nested, 〔单位〕)
  const rule = out.leadByPosition || !flat.includes('牵头') ? null : LEAD_BY_POSITION.exec(flat);
  if (rule)
    out.leadByPosition = { carries: /^(?:〔[^〔〕]{1,6}〕)?[，（]?下同/.test(flat.slice(rule.index + rule[0].length)) };
  out.lead = unique(lead.map(unnest));
  out.units = unique(units.map(unnest));
  return out;
}

/** A paragraph's last sentence, unbracketed and short, after another. */
const CLOSING_SENTENCE = /[。；]([^。；（）〔〕：:]{4,60})。?$/;
/** A closing sentence's subject naming the item itself: 此项工作由…, 该项任务由…. */
const THIS_ITEM = /([。；])(?:此项|该项|本项)(?:工作|任务)?(?=由)/;
/** A line of names only, set apart by 、 (区科协、区教育局). */
const NAMES_LINE = /^[^，。；：:（）〔〕\s—]{2,20}(?:、[^，。；：:（）〔〕\s—]{2,20})+$/m;
/** A line closing with a role word, as such a sentence does (…县科协配合。). */
const ROLE_AT_LINE_END =
  /(?:负责|牵头|主责|配合|参与|参加|指导|协助|协同|协办|承办|落实|实施|支持)(?:。|\d{4}年[^\s，。]{0,8})?\s*$/m;

/** Parenthesised groups that end like a unit list (…负责）, …牵头）, 单位：…) but could not be read as one. */
export function unreadUnitLists(text: string): number {
  let n = 0;
  for (const m of matchesOf(text.replace(/\n/g, ''), GROUP)) {
    const inner = m[1]!;
    if (readGroup(inner) || /由|的/.test(inner)) continue;
    if (/(?:负责|牵头|配合|参与)$|^(?:责任|牵头)(?:单位|部门|处室|科室|机构)/.test(inner.split('。')[0]!)) n++;
  }
  return n;
}

/** Search key of a unit: the name without its level prefix, so 科协 finds 市科协 and 区科协. */
export function unitKey(name: string): string {
  return name.replace(/\s/g, '').replace(/^(?:各|市|区|县|省|镇)/, '');
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
