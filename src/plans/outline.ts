/**
 * Stage 3: the heading tree. Each numbered paragraph opens a node; the numbering style
 * gives its rank (第一章 > 一、 > （一） > 1. > （1） or 1） > ① or 一是 closing with its own list; decimal numbers 2 > 2.1 >
 * 2.1.1 by their depth).
 * Section labels such as 具体目标 / 任务举措
 * and unnumbered parts (保障措施, above 一、) open unnumbered nodes. Other paragraphs are the body of the
 * innermost open node.
 */
import {
  closingBareListAt,
  closingDashedListAt,
  CLOSING_LIST,
  DUE_LABEL,
  headingUnits,
  namesOnly,
  ROLE_LABEL,
  unitsBeforeColon,
} from './units.js';
import { ATTACHMENT_START, BULLET_MARK, PART_LABEL, WORD_NUMBERED } from './normalize.js';

export interface OutlineNode {
  /** Rank of the numbering style; the root is -1. */
  rank: number;
  /** Number as printed, without the trailing mark: '三', '（一）', '1', '（2）'. */
  number: string;
  /** Number and title as printed, e.g. '三、重点任务'. */
  heading: string;
  title: string;
  /** Body paragraphs directly under this node (an inline body after the title comes first). */
  body: string[];
  /** Whether body[0] is the rest of the heading's own line. */
  inline: boolean;
  /** The title closed by a full stop on its line (（二）加强经费保障。…): what follows it starts a sentence. */
  sentence?: boolean;
  children: OutlineNode[];
  numbered: boolean;
}

const STYLES: { rank: number; re: RegExp }[] = [
  { rank: 0, re: /^(第[一二三四五六七八九十]+(?:部分|[章部篇]))[\s、：:]*/ },
  { rank: 0.5, re: /^(第[一二三四五六七八九十]+节)\s*/ },
  // (七、八月：… is two months, and 五、六年级 two grades, not a part)
  { rank: 1, re: /^([一二三四五六七八九十]{1,3})、(?![一二三四五六七八九十]{1,2}(?:月|年级))/ },
  // a mark after the bracket is layout: （一）、 （一）.
  { rank: 2, re: /^(（[一二三四五六七八九十]{1,3}）)[、.]?/ },
  // 专栏1 科普基础设施重点工程: a box of projects beside the tasks of its section.
  { rank: 2, re: /^(专栏\s*\d{1,2})[\s：:]*/ },
  { rank: 3, re: /^(\d{1,4})(?:[.、](?!\d)|\.(?=(?:19|20)\d\d年))/ },
  { rank: 4, re: /^(（\d{1,4}）|\d{1,2}）)[、.]?/ },
  { rank: 5, re: /^([①-⑳])/ },
  // 一是…。（责任单位：…）, an item to a paragraph closing with its own list: the lowest level, beside ① …
  { rank: 5, re: /^([一二三四五六七八九十]是)(?=[\u4e00-\u9fff“])(?=.*[）)][。；]?$)/ },
];
/** An article of rules (第十三条　常态化开展…：), in a document of five or more: above the items it holds (（一）…). */
const ARTICLE = { rank: 1.5, re: /^第([一二三四五六七八九十百]+)条[\s\u3000]*/ };

/**
 * Decimal numbering (1 总体目标 > 2.1 常设展览 > 2.1.1 …, spaces lost in extraction): the number, then a title
 * (a lower level may close with . or 、). Its rank is its depth; numbers are read as headings only in sequence.
 */
const DECIMAL =
  /^(\d{1,2}(?:\.\d{1,2}){0,3})[.、]?(?=[\u4e00-\u9fff“《])(?![月日年号个名次万亿千百项所场人件座家期届位份篇条种])/;

/**
 * The paragraphs numbered in decimal, by index, with their rank: each number is the next at its level or at a level
 * above, or the first under the one before (2 → 2.1 → 2.2 → 3; 1.2 → 2.1 where the parts are 第一部分 …), which
 * 3.5万人次 wrapped to a line's start is not; none in a document without a second level, where 1月 or 3个 opening
 * a paragraph would be all there is.
 */
function decimalHeadings(paras: string[]): Map<number, number> {
  const found = new Map<number, number>();
  let last: number[] = [];
  for (const [i, para] of paras.entries()) {
    const m = DECIMAL.exec(para);
    if (!m || (!m[1]!.includes('.') && /^\d+[.、]/.test(para))) continue;
    const n = m[1]!.split('.').map(Number);
    const prefix = (k: number) => n.slice(0, k).every((d, j) => d === last[j]);
    const firstFrom = (k: number) => n.slice(k).every((d) => d === 1);
    const next = n.some((d, j) => j < last.length && prefix(j) && d === last[j]! + 1 && firstFrom(j + 1));
    const child = n.length > last.length && prefix(last.length) && firstFrom(last.length);
    if (!next && !child) continue;
    found.set(i, n.length);
    last = n;
  }
  return [...found.values()].some((depth) => depth > 1) ? found : new Map();
}

/** A bullet and the spaces after it, as an item's number (●). */
const BULLET_ITEM = new RegExp(`^(${BULLET_MARK})\\s*`);
/** An item whose text opens with digits (7.5G网络覆盖工程, 3、2月26日召开…): a heading only when next in sequence. */
const DIGIT_LED = /^(\d{1,3})[.、](?=\d+[^\d.\s])/;
const LABEL = /^(具体目标|任务举措|主要举措|工作目标)$/;
const LABEL_RANK = 3.5;
/** An unnumbered part (保障措施 after the numbered tasks): above 一、, within a chapter. */
const PART_RANK = 0.75;
/** A group of items in an attachment of its own (附件 / …职责分工 / 县委组织部 / 1.…): under the attachment. */
export const ATTACHED_GROUP_RANK = 1.5;
/** A title ends at the first full stop when one comes early; otherwise a short paragraph is all title. */
const TITLE_MAX = 60;

/**
 * A unit list closing a title (…成本（市场监管总局负责）, 开展活动（区科协、区教育局）, 纸飞机留空赛——体育教研组) belongs to the
 * body, not the title.
 */
const TITLE_UNITS = new RegExp(`${CLOSING_LIST}）$`);
const unitsAt = (title: string) => {
  const at = TITLE_UNITS.exec(title)?.index ?? closingBareListAt(title);
  return at >= 0 ? at : closingDashedListAt(title);
};

/** The labels of a task written as a list of fields (1.任务名称：…；工作内容：…；牵头单位：…；完成时限：…). */
const FIELD_NAMES =
  '任务名称|任务内容|工作任务|具体任务|工作内容|主要内容|工作事项|事项名称|具体措施|工作措施|目标要求';
const TASK_FIELD = new RegExp(`^(?:${FIELD_NAMES})[：:]`);
/** The next field of such a list: 工作内容：, 牵头单位：, 完成时限： */
const NEXT_FIELD = new RegExp(`[；，。]\\s*(?=${ROLE_LABEL}|${DUE_LABEL}|(?:${FIELD_NAMES})[：:])`);

/** A short heading closed by a colon, with no comma, list, bracket or quotation in it (基层科普阵地工程：…). */
const HEADING_COLON = /^[^，、；：:（“《]{2,20}[：:](?=\S)/;

/** Where a text's first sentence ends, outside brackets (…改革（责任单位：A、B。列第一位的为牵头单位）。…), or -1. */
function sentenceEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '（') depth++;
    else if (c === '）') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '。' || c === '！' || c === '？')) return i;
  }
  return -1;
}

function splitTitle(text: string): { title: string; body: string | null; sentence?: boolean } {
  const fields = TASK_FIELD.exec(text);
  const rest = fields ? text.slice(fields[0].length) : text;
  const next = fields ? NEXT_FIELD.exec(rest) : null;
  const stop = sentenceEnd(rest);
  if (next) {
    const cut = stop > 0 && stop < next.index ? stop : next.index;
    return { title: rest.slice(0, cut), body: rest.slice(cut).replace(/^[；，。\s]+/, '') || null };
  }
  // a heading closed by a colon (科技馆建设工程：建成…), as by a full stop, but not a date (2026年3月：召开…)
  // (not a unit's name before its duties: 县科协：负责…; but a label, 牵头部门：, heads its list)
  const colon = HEADING_COLON.exec(rest);
  const duty = colon !== null && (unitsBeforeColon(rest)?.length ?? 0) > 0;
  if (colon && (stop < 0 || colon[0].length <= stop) && !/\d/.test(colon[0]) && !duty) {
    // (a title and its subtitle, a phrase naming no unit, are the title: 科普开放日：实验室和科研平台开放活动; not
    // a field's label and value: 地点：学校田径场、学术报告厅, 活动主题：…)
    const after = rest.slice(colon[0].length);
    const subtitle =
      /^[^，。；！？：:\d\s]{2,20}$/.test(after) &&
      !/^.{0,3}[：:]|(?:时间|地点|对象|内容|主题|形式|方式|范围|要求)[：:]$/.test(colon[0]) &&
      !headingUnits(after).length;
    if (subtitle) return { title: rest, body: null };
    return { title: colon[0].slice(0, -1), body: after };
  }
  if (stop > 0) {
    const title = rest.slice(0, stop);
    const units = unitsAt(title);
    if (units > 0) return { title: title.slice(0, units), body: rest.slice(units) };
    return { title, body: rest.slice(stop + 1) || null, sentence: true };
  }
  const units = unitsAt(rest);
  if (units > 0) return { title: rest.slice(0, units), body: rest.slice(units) };
  // (an item of a list closing with its semicolon: （一）制定全市工作站发展规划；)
  if (rest.length <= TITLE_MAX) return { title: rest.replace(/[；;]$/, ''), body: null };
  const comma = rest.search(/[，；]|(?<!\d)[：:]/);
  const cut = comma > 0 && comma <= TITLE_MAX ? comma : TITLE_MAX;
  return { title: rest.slice(0, cut), body: rest };
}

export function outline(paras: string[]): OutlineNode {
  const root: OutlineNode = {
    rank: -1,
    number: '',
    heading: '',
    title: '',
    body: [],
    inline: false,
    children: [],
    numbered: false,
  };
  const stack: OutlineNode[] = [root];
  let lastDigit = 0;
  const decimals = decimalHeadings(paras);
  const articles = paras.filter((p) => ARTICLE.re.test(p)).length >= 5;
  const wordRanks = new Map<string, number>();
  // An attachment numbering no parts of its own (a schedule's table, a form) is a part of its own, not the text of
  // the last item before it; its groups of items are read on their own (附件 / …职责分工 / 县委组织部 / 1.…).
  let lastPart = -1;
  for (const [i, p] of paras.entries()) if (STYLES.slice(0, 3).some((s) => s.re.test(p))) lastPart = i;
  const attached = paras.findIndex((p, i) => i > lastPart && i > 0 && ATTACHMENT_START.test(p)) + 1;
  const groups = new Set([
    ...groupNames(paras),
    ...(attached > 0 ? [...groupNames(paras.slice(attached), true)].map((i) => i + attached) : []),
  ]);
  for (const [i, para] of paras.entries()) {
    if (i > lastPart && i > 0 && ATTACHMENT_START.test(para)) {
      while (stack.length > 1) stack.pop();
      const node = {
        rank: 1,
        number: '',
        heading: para,
        title: para,
        body: [],
        inline: false,
        children: [],
        numbered: false,
      };
      root.children.push(node);
      stack.push(node);
      continue;
    }
    const depth = decimals.get(i);
    let style = depth
      ? { rank: depth, re: DECIMAL }
      : (STYLES.find((s) => s.re.test(para)) ?? (articles && ARTICLE.re.test(para) ? ARTICLE : undefined));
    if (!style) {
      // 7.5G网络覆盖工程 / 12.3个重点实验室建设 / 3、2月26日召开…: a numbered heading when its number is the next one
      // in sequence (under a new part, 1 or the one after the last part's, numbered on across parts) and words
      // follow the digits (4.42 alone is a table's cell)
      const d = DIGIT_LED.exec(para);
      const top = stack[stack.length - 1]!;
      const first = top.rank >= 0 && top.rank < 3 && top.children.length === 0;
      if (d && (Number(d[1]) === lastDigit + 1 || (first && d[1] === '1'))) style = { rank: 3, re: DIGIT_LED };
    }
    // 行动1 / ——任务2: each word's items rank just under the node open where the word first numbers one, so
    // 一、 > 行动1 > 任务1 nest as printed
    const word = style ? null : WORD_NUMBERED.exec(para);
    if (word) {
      const rank = wordRanks.get(word[2]!) ?? stack[stack.length - 1]!.rank + 0.1;
      wordRanks.set(word[2]!, rank);
      style = { rank, re: WORD_NUMBERED };
    }
    // ●提升…: bullets right under a part (三、夯实科普阵地建设 / ●… / ●…) are its items, ranked just under it; under an
    // item they are its text
    const top = stack[stack.length - 1]!;
    const mark = style ? undefined : BULLET_ITEM.exec(para)?.[1];
    if (mark && top.rank >= 0 && (top.rank <= 1 || top.number === mark))
      style = { rank: top.number === mark ? top.rank : top.rank + 0.1, re: BULLET_ITEM };
    const part = PART_LABEL.exec(para)?.[1] ?? LENTICULAR_HEADING.exec(para)?.[1] ?? (groups.has(i) ? para : undefined);
    const label = LABEL.exec(para)?.[1] ?? part;
    if (!style && !label) {
      stack[stack.length - 1]!.body.push(para);
      continue;
    }
    let node: OutlineNode;
    if (style) {
      const m = style.re.exec(para)!;
      const { title, body, sentence } = splitTitle(para.slice(m[0].length).trim());
      node = {
        rank: style.rank,
        number: m[1]!,
        heading: para.slice(0, m[0].length) + title,
        title,
        body: body ? [body] : [],
        inline: body !== null,
        ...(sentence && { sentence }),
        children: [],
        numbered: true,
      };
    } else {
      node = {
        // (in an attachment of its own, a group under the attachment)
        rank: part ? (attached > 0 && i > attached ? ATTACHED_GROUP_RANK : PART_RANK) : LABEL_RANK,
        number: '',
        heading: label!,
        title: label!,
        body: [],
        inline: false,
        children: [],
        numbered: false,
      };
    }
    if (node.rank === 3) lastDigit = Number(node.number);
    while (stack.length > 1 && stack[stack.length - 1]!.rank >= node.rank) stack.pop();
    // A box sits beside the items of its section: under 第一节 > 一、…, not inside the item 一、 before it.
    while (node.number.startsWith('专栏') && stack.length > 2 && isItem(stack[stack.length - 1]!)) stack.pop();
    // An item going on from the items before a box (…6. / 专栏2 … / 7.…) is theirs, not the box's.
    const box = stack[stack.length - 1]!;
    if (isBox(box) && node.rank === 3) {
      const before = stack[stack.length - 2]!.children.at(-2);
      if (before && Number(before.children.at(-1)?.number) === Number(node.number) - 1)
        stack[stack.length - 1] = before;
    }
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  }
  foldBoxes(root);
  return root;
}

/** A heading in lenticular brackets on a line of its own (【保障措施】, 【加强阵地建设】): an unnumbered part. */
const LENTICULAR_HEADING = /^【([\u4e00-\u9fa5“”、]{2,16})】$/;

/** A group's name on a line of its own: short, words only (加强科学精神引领). */
export const GROUP_NAME = /^[\u4e00-\u9fa5“”]{2,16}$/;

/** A box of projects beside the tasks of its section (专栏1 …工程). */
export const isBox = (node: OutlineNode) => node.number.startsWith('专栏');

/**
 * In a list of items with no parts (no 一、, no 第一章), the names of groups of items, each on a line of its own
 * above the group's first item (加强科学精神引领 / 1.深入弘扬…): unnumbered parts, where two or more are printed; in
 * an attachment of its own, units' names too (县总工会、团县委、县妇联 / 1.…).
 */
function groupNames(paras: string[], attachment = false): Set<number> {
  const found = new Set<number>();
  if (paras.some((p) => STYLES.some((s) => s.rank <= 1 && s.re.test(p)))) return found;
  paras.forEach((p, i) => {
    const next = paras[i + 1] ?? '';
    // (or a unit's name with its colon over the unit's items: 省教育厅： / 1.深入实施…)
    // (or, in an attachment, units' names alone: 县总工会、团县委、县妇联)
    const unit =
      (/[：:]$/.test(p) && headingUnits(p.slice(0, -1)).length > 0) || (attachment && p.includes('、') && namesOnly(p));
    if (((i > 0 && GROUP_NAME.test(p)) || unit) && STYLES.some((s) => s.rank >= 2 && s.re.test(next))) found.add(i);
  });
  return found.size >= 2 ? found : new Set();
}

/**
 * A box (专栏2 …工程 / 【…】… or 1.…) right after a 节 of text is that 节's text, counts included: its projects
 * stand beside the 节, not as tasks of their own.
 */
function foldBoxes(node: OutlineNode): void {
  const kept: OutlineNode[] = [];
  const lines = (n: OutlineNode): string[] => [n.heading, ...n.body, ...n.children.flatMap(lines)];
  for (const child of node.children) {
    const before = kept.at(-1);
    if (isBox(child) && before?.rank === 0.5 && !before.children.length) before.body.push(...lines(child));
    else kept.push(child);
  }
  node.children = kept;
  kept.forEach(foldBoxes);
}

/** A numbered item with text and nothing under it. */
const isItem = (node: OutlineNode) => node.numbered && node.children.length === 0 && node.body.length > 0;

/** Depth-first walk with the chain of ancestors (excluding the root). */
export function* walk(node: OutlineNode, path: OutlineNode[] = []): Generator<[OutlineNode, OutlineNode[]]> {
  for (const child of node.children) {
    yield [child, path];
    yield* walk(child, [...path, child]);
  }
}

/** All body text under a node, its descendants included. */
export function fullText(node: OutlineNode): string {
  const parts = [...node.body];
  for (const child of node.children) parts.push(child.heading, fullText(child));
  return parts.filter(Boolean).join('\n');
}
