/**
 * Stage 1 and 2 of parsing: bytes → text (UTF-8, UTF-16 with its BOM, or GB18030) → normalized paragraphs.
 * Normalizing folds full/half width, converts traditional to simplified characters,
 * strips Markdown and page footers, and joins lines that PDF extraction broke mid-sentence.
 */
import * as OpenCC from 'opencc-js/t2cn';
import {
  BRACKETED_LABEL,
  CLOSING_ROLE,
  DUE_LABEL,
  LENTICULAR_LIST,
  LINE_LABEL,
  ROLE_LABEL,
  SPACED_LIST,
} from './units.js';
import { cnNumber, MONTH } from './numerals.js';
import { dateOf } from './dates.js';
import { matchesOf } from './matches.js';

/**
 * The input is not a plan document: empty, binary, without numbered parts, or with numbered parts that state
 * no task, target or dated step.
 */
export class NotAPlanError extends Error {
  constructor(readonly reason: 'empty' | 'binary' | 'no-structure' | 'no-tasks') {
    super(reason);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/** Strict UTF-8, allowing a file cut short inside its last character; null when the bytes are not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | null {
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut++) {
    try {
      return utf8.decode(bytes.subarray(0, bytes.length - cut));
    } catch {
      // try without the last bytes: an incomplete final character
    }
  }
  return null;
}

/** UTF-16 by its byte-order mark (Windows Notepad's "Unicode"): the decoder's label, or null. */
const utf16 = (b: Uint8Array) =>
  b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : null;

/** Decodes UTF-8 (with or without BOM), UTF-16 with its BOM or, failing those, GB18030/GBK. Rejects binary data. */
export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new NotAPlanError('empty');
  const wide = utf16(bytes);
  let text = wide ? new TextDecoder(wide).decode(bytes) : (decodeUtf8(bytes) ?? gb18030.decode(bytes));
  text = text.replace(/^\uFEFF/, '');
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.001) throw new NotAPlanError('binary');
  return text;
}

/** Traditional → simplified (OpenCC's tw → cn dictionaries, which also read 著 as 着 where it is: 著力, 隨著; not 顯著,
 * 著作), built on first use: a process that never converts never builds it. */
let converter: ((text: string) => string) | undefined;
/** The characters OpenCC turns into others on their own (個, 們, 這 …), by code unit and, past the BMP, by code point. */
let traditional: { bmp: Uint8Array; astral: Set<number> } | undefined;
function traditionalChars(): { bmp: Uint8Array; astral: Set<number> } {
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  for (const dict of OpenCC.Locale.to.cn)
    for (const entry of String(dict).split('|')) {
      const [from, to] = entry.split(' ');
      if (!from || [...from].length !== 1 || to === from) continue;
      const c = from.codePointAt(0)!;
      if (c < 0x10000) bmp[c] = 1;
      else astral.add(c);
    }
  return { bmp, astral };
}
/** A line in simplified characters; a line without any traditional one is left as it is. */
function toSimplified(line: string): string {
  const { bmp, astral } = (traditional ??= traditionalChars());
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (bmp[c] || (c >= 0xd800 && c < 0xdc00 && astral.has(line.codePointAt(i)!)))
      return (converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }))(line);
  }
  return line;
}

const CJK = '\\u3000-\\u303F\\u3400-\\u9FFF\\uFF00-\\uFFEF\\u2014\\u2018-\\u201D\\u00B7';
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}])[ \\t]+|[ \\t]+(?=[${CJK}])`, 'g');

const WIDTH_VARIANT =
  /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0B\uFF1D\u3000．():;,～\u2474-\u249B\u3220-\u3229]/;
const FULL_WIDTH_ASCII = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0B\uFF1D]/g;

/** Full-width digits, letters and ％＋＝ as ASCII: on raw lines too, before the breaks lost in them are looked for. */
function asciiAlnum(line: string): string {
  return line.replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Numbers printed as one character (⑴ ⒈ ㈠, from Word's numbering), and what they stand for: （1） 1. （一）. */
const ENCLOSED_NUMBER = /[\u2474-\u249B\u3220-\u3229]/g;
const enclosed = (c: string) => {
  const n = c.charCodeAt(0);
  if (n >= 0x3220) return `（${'一二三四五六七八九十'[n - 0x3220]}）`;
  return n < 0x2488 ? `（${n - 0x2473}）` : `${n - 0x2487}.`;
};

/**
 * Folds one line's width variants to a canonical form: ASCII digits/letters, full-width Chinese punctuation,
 * numbers of one character spelt out.
 */
export function foldWidth(line: string): string {
  if (!WIDTH_VARIANT.test(line)) return line;
  return asciiAlnum(line)
    .replace(ENCLOSED_NUMBER, enclosed)
    .replace(/\u3000/g, ' ')
    .replace(/(?<=\d)\s*．/g, '.')
    .replace(/．/g, '.')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/(?<!\d):|:(?!\d)/g, '：')
    .replace(/;/g, '；')
    .replace(/(?<!\d),|,(?!\d{3})/g, '，')
    .replace(/～/g, '~');
}

const FOOTER = /^[—―–\-－\s]*\d{1,3}[—―–\-－\s]*$|^第\s*\d+\s*页\s*(共\s*\d+\s*页)?$/;
const MARKDOWN_RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;
/** A table of contents: its heading, and its entries, each led by dots to its page (第一章　总体要求…………3). */
const CONTENTS = /^目[\s\u3000]*[录次]$|(?:…{2,}|\.{4,}|·{3,}|．{3,})\s*\d{1,3}$/;
/** A web page's footer and print links, copied or saved with the page (主办单位：… 版权所有, 【打印本页】): no text of the plan. */
const WEB_FOOTER = /版权所有|copyright|©|ICP备|网站标识码|公网安备|【(?:我要)?打印(?:本页)?】|【关闭(?:窗口|本页)?】/i;
/** A site's lines around a page's text, each a whole line: share and font buttons, links, its sponsor. */
const WEB_CHROME =
  /^(?:扫一扫在手机上?(?:打开|查看)当前页面?|手机扫一扫|分享到[：:]?.{0,20}|【?字[号体][：:]\s*【?[大中小\s]*】?(?:\s*【?(?:打印本页|打印|关闭窗口|关闭)】?)*|相关(?:链接|文章|阅读|新闻|附件)|上一篇[：:].*|下一篇[：:].*|浏览次数[：:].*|技术支持[：:].*|主办(?:单位)?[：:].*(?:承办|技术支持|网站|联系).*|网站地图|联系我们|【?打印本页】?\s*【?关闭(?:窗口|本页)】?)$/;
/** Whether a line is a web page's chrome or footer, no text of the page's. */
export const isPageChrome = (line: string) => WEB_CHROME.test(line.trim()) || WEB_FOOTER.test(line);

/** A page's number between dashes (— 2 —, -2-) or in words (第2页), on a line of its own. */
export const FOLIO = /^(?:[—―–\-－]\s*\d{1,3}\s*[—―–\-－]|第\s*\d+\s*页\s*(?:共\s*\d+\s*页)?)$/;
/** Such a line in a text. */
const FOLIO_LINE = new RegExp(`^[ \\t\\u3000]*${FOLIO.source.slice(1, -1)}[ \\t\\u3000]*$`, 'm');
/** A list of names broken after a separator (…市发展改革委、 / 各县（市、区）人民政府): it goes on in the next line. */
export const LIST_GOES_ON = /[、，,]$/;

/**
 * A text without the running head a copied PDF prints after each page's number (— 2 — / 梧岭县…实施方案 / 盖率达到100%。):
 * a line of six characters or more following two or more page numbers (not a table's header repeated: 序号 / …).
 */
export function withoutRunningHeads(text: string): string {
  if (!FOLIO_LINE.test(text)) return text;
  const lines = text.split(/\r\n|\r|\n/);
  const heads = new Map<string, number>();
  const isHead = (i: number) => i > 0 && FOLIO.test(lines[i - 1]!.trim()) && lines[i]!.trim().length >= 6;
  lines.forEach((l, i) => isHead(i) && heads.set(l.trim(), (heads.get(l.trim()) ?? 0) + 1));
  if (![...heads.values()].some((n) => n >= 2)) return text;
  return lines.filter((l, i) => !isHead(i) || heads.get(l.trim())! < 2).join('\n');
}

/** An attachment's first line: 附件2, 附件2：白玉兰栽植和养护技术要求, 附1. */
export const ATTACHMENT_START = /^附件(?:\s*\d{1,2}(?:$|[\s：:])|$)|^附\s*\d{1,2}$/;

/** A table row, from DOCX, Markdown or tab-separated text: | 序号 | 重点任务 | 牵头单位 |; a paragraph of its own. */
export const TABLE_ROW = /^\|.*\|$/;
/** Three or more cells set apart by bars, without the outer ones, spaced or not (序号 | 指标 | 2025年, 1|指标|60). */
const INNER_BARS = /^[^|]+\|[^|]+\|[^|]+/;
const ROW_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

/**
 * A table row as the parser reads it, from a DOCX, PDF or web-page table: a Markdown row (| 1 | 任务 | 区科协 |),
 * or, holding one cell, that cell's text as a line, unless the cell spans columns (a group row: | 一、青少年… | | |).
 * Empty for a row of empty cells.
 */
export function tableRowLine(cells: string[], spanned: boolean): string {
  const filled = cells.filter((c) => c !== '');
  return filled.length >= 2 || (spanned && filled.length === 1) ? `| ${cells.join(' | ')} |` : filled.join('');
}

/** The cells of a table row. */
export function rowCells(row: string): string[] {
  return row.slice(1, -1).split('|');
}

/** A measure alone under a number, the rest of a value wrapped in its cell: 120.14 / 平方公里, 50 / 万人次. */
export const measureUnder = (above: string, line: string) =>
  /\d$/.test(above) && /^[^\d\s（）()、，。；：|]{1,4}$/.test(line);

/** A cell's line that finishes the one above: a bracket (目标值 / （2025年）) or a measure under a number (120.14 / 平方公里). */
const runsOn = (text: string, line: string) => /^[（(]/.test(line) || measureUnder(text, line);

/** A table cell's text from its lines, fit for a Markdown row (spaces folded, | as ｜): a line ending without
 * punctuation (a name on a line of its own, as units are listed in a cell) is followed by ；, so 区教育局 /
 * 区科技局 stay two names, unless the line finishes it (runsOn). */
export function cellLines(lines: string[]): string {
  return lines
    .map((l) => l.replace(/\s+/g, ' ').replace(/\|/g, '｜').trim())
    .filter(Boolean)
    .reduce(
      (text, line) =>
        text === ''
          ? line
          : /[。；，、：;,.:!?！？]$/.test(text) || runsOn(text, line)
            ? text + line
            : `${text}；${line}`,
      '',
    );
}

/** A line after markup removal, with what the markup said about it. */
interface Line {
  text: string;
  /** Markdown heading or bold lead: always starts a paragraph. */
  block: boolean;
  /** A paragraph of its own, never continued: a table row or a Markdown heading (# …). */
  alone?: boolean;
  /** After a blank line. */
  afterBlank?: boolean;
  /** The length of the printed line this one ends, where spaces inside it parted it (牵头单位：A　　责任单位：B、C…). */
  printed?: number;
}

function cleanText(text: string): string {
  let folded = foldWidth(text);
  // (each pattern looked for only where its bracket or colon is)
  if (folded.includes('【')) folded = folded.replace(LENTICULAR_LIST, '（$1）').replace(BRACKETED_LABEL, '$1：');
  if (/[：:]/.test(folded))
    folded = folded.replace(SPACED_LIST, (list) =>
      list.replace(/(?<=[\u4e00-\u9fa5）])[ \t]+(?=[\u4e00-\u9fa5])/g, '、'),
    );
  return (/[ \t]/.test(folded) ? folded.replace(/[ \t]+/g, ' ').replace(SPACE_NEAR_CJK, '') : folded).trim();
}

const MONTH_COLUMN = new RegExp(
  `^((?:${MONTH}月?[至到—―–~、-])?${MONTH}月份?)(?:[ \\u3000]{2,}|\\t)(?=\\S)` +
    // or a day's, with its weekday and hour, set apart by a space (4月27日（星期一）下午　纸桥承重挑战赛, 5月13日—15日　…)
    `|^(\\d{1,2}月\\d{1,2}日(?:[—―–~-](?:\\d{1,2}月)?\\d{1,2}日)?(?:（(?:星期|周)[一二三四五六日天]）)?)((?:上午|下午|晚上|全天)?(?:\\d{1,2}[:：]\\d{2})?)(?:\\u3000|[ \\t]+)(?=\\S)`,
);

function cleanLine(raw: string): Line | null {
  // runs of ? are spaces lost in a conversion of encodings (a signature pushed right by ??????)
  const trimmed = (raw.includes('?') ? raw.replace(/\?{2,}|^\?$/g, ' ') : raw).trim();
  // a month set apart from its line by spaces or a tab (a schedule's table in columns: 3月    开展…) labels the line,
  // which starts a paragraph
  const month = MONTH_COLUMN.test(trimmed);
  let text = month
    ? trimmed.replace(MONTH_COLUMN, (_, m: string | undefined, day: string, hour: string) =>
        m ? `${m}：` : `${day}：${hour ? `${hour} ` : ''}`,
      )
    : trimmed;
  if (
    text === '' ||
    MARKDOWN_RULE.test(text) ||
    ROW_RULE.test(text) ||
    FOOTER.test(text) ||
    CONTENTS.test(text) ||
    isPageChrome(text)
  )
    return null;
  // Cells pasted from a spreadsheet or Word table: three or more, tab-separated.
  if (!text.startsWith('|') && raw.includes('\t') && raw.split('\t').filter((c) => c.trim()).length >= 3)
    text = `|${raw.split('\t').join('|')}|`;
  // or a Markdown row printed without its outer bars: 序号 | 指标 | 2025年 | 2030年, 序号|指标|2025年
  else if (!text.startsWith('|') && INNER_BARS.test(text)) text = `|${text}|`;
  if (TABLE_ROW.test(text) && text.length > 2) {
    // a line break inside a Markdown cell (区教育局<br>区科协) separates names
    const cells = rowCells(text).map((c) => cleanText(c.replace(/\*\*|__/g, '').replace(/<br\s*\/?>/gi, '；')));
    const filled = cells.filter(Boolean);
    // a row of one filled cell across three or more columns groups the rows below it (| **一、…** | | |)
    if (filled.length >= 2 || (filled.length === 1 && cells.length >= 3))
      return { text: `|${cells.join('|')}|`, block: true, alone: true };
    text = filled.join('');
  }
  let block = month;
  const heading = /^#{1,6}\s*/.exec(text);
  if (heading) {
    block = true;
    text = text.slice(heading[0].length);
  }
  if (text.startsWith('**') || text.startsWith('__')) block = true;
  text = text
    .replace(/\*\*|__/g, '')
    .replace(/^>\s?/, '')
    .replace(/^[-*+]\s+/, '');
  // 一. and 一． (a part numbered as an item is) read as 一、
  text = cleanText(text).replace(/^([一二三四五六七八九十]{1,3})\.(?!\d)\s*/, '$1、');
  // a page's head fields as a bulleted list (• 索 引 号：…, • [ 发文字号 ])
  if (text.startsWith('•') && FIELD_LINE.test(text.slice(1))) text = text.slice(1);
  return text === '' ? null : { text, block, alone: heading !== null };
}

/** An item numbered by a word: 行动1：…, ——任务2：…, 举措三 …, 专项行动一：…, 重点工程2 …, 活动一：…. */
export const WORD_NUMBERED =
  /^(?:——)?((?:专项|重点|主要)?(行动|任务|举措|措施|工程|活动|项目)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}))(?:[：:]|\s+)\s*(?=\S)/;
/** Outline numbering at the start of a line: 一、 （一） 1. （1） 1） ① 第一章 第一节 专栏1., 行动1：. */
export const NUMBERED = new RegExp(
  `${WORD_NUMBERED.source}|${/^(?:第[一二三四五六七八九十]+[章部篇节]|专栏\s*\d{1,2}|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]{1,2}月)|（[一二三四五六七八九十]{1,3}）|\d{1,4}(?:[.、](?!\d)|\.(?=(?:19|20)\d\d年))|（\d{1,4}）|\d{1,2}）|[①-⑳])/.source}`,
);
const SECTION_LABEL = /^(?:具体目标|任务举措|主要举措|工作目标)$/;
/**
 * A stage of the work opening a line (第二阶段：组织实施, 第一阶段（2026年3月—5月）), or a date labelling a step
 * (2027年5月下旬：…, 7月—8月：…, 2028年：…): a paragraph of its own.
 */
const STAGE =
  /^第[一二三四五六七八九十]{1,2}阶段|^(?:20\d\d年)?\d{1,2}月(?:\d{1,2}日)?(?:[—―–~至-]\d{1,2}月(?:\d{1,2}日)?)?(?:上旬|中旬|下旬|初|底|末)?(?:前|以前|之前)?[：:]|^20\d\d年度?[：:]/;
/** A part's name on a line of its own, unnumbered (重点任务, 保障措施): a heading above the numbered items. */
export const PART_LABEL =
  /^(重点任务|主要任务|工作任务|重点工作|主要工作|总体要求|(?:重点|主要)?(?:工作|整治|治理|建设)内容|保障措施|组织保障|工作要求|组织实施|实施步骤|进度安排|时间安排|工作安排)[：:]?$/;
/** A task's due date on a line of its own: 完成时间：2026年12月. */
const DUE_LINE = new RegExp(`^${DUE_LABEL}`);
const ENDS_SENTENCE = /[。！？；：”」』）…]$/;
/**
 * A notice's closing fields and a web page's captions, each a line of its own: 联系人：…, 附件2：…, 来源：…, and a
 * policy page's head (索引号：… 发文机关：… 标题：… 发文字号：… 成文日期：…, or labels in brackets: [ 发布机构 ] …).
 */
const FIELD_LABEL =
  '联系人|联系电话|联系方式|电话|[\\u4e00-\\u9fa5]{0,6}热线|[\\u4e00-\\u9fa5]{0,4}编号|手机|传真|邮箱|电子邮箱|地址|邮编|附件\\s*\\d{0,2}|(?:信息|文章)?来源|发布时间|发布日期|发文日期|索引号|您?(?:当前|现在|所在)?的?位置是?|点击(?:数|量|率|次数)|更新(?:时间|日期)|浏览(?:次数|量)|阅读(?:次数|量)|访问量|标\\s*题|(?:文件|公文)?名\\s*称|文\\s*号|发文字号|发文机关|发布单位|发布机构|成文日期|(?:公文)?生成日期|备注(?:/文号)?|[\\u4e00-\\u9fa5]{0,4}分类|公开(?:方式|范围|时限|形式|属性|类别)|(?:所属|信息)主题|主题词|关键词|文种|(?:生效|实施|废止|失效)日期|效力(?:状态|级别)|时效性?|有效性|签发人';
export const FIELD_LINE = new RegExp(`^(?:(?:${FIELD_LABEL})\\s*[：:]|\\[\\s*(?:${FIELD_LABEL})\\s*\\])`);

/** Such a label alone (but 附件：, above an attachment's title). */
const BARE_FIELD = new RegExp(`^(?!附件)${FIELD_LINE.source.slice(1)}$`);
/** A field whose value is a title (标题：, 名称：); any other field left empty (文号：) is not followed by the plan's title. */
const TITLE_FIELD = /^[[\s]*(?:标\s*题|(?:文件|公文)?名\s*称)/;
const PLAN_TITLE = /(?:规划|方案|纲要|计划|要点|通知|意见)(?:[（(][^（）()]{4,20}[）)])?$/;

/**
 * Paragraph breaks lost in a copy of a web page leave each paragraph's indent (　　) inside the line; a label
 * spaced out to the width of others (文　　号：, 标　　题：) holds none.
 */
const INDENT = /(?<=\S)(?<!^[\u4e00-\u9fff]{1,3})\u3000{2,}(?=\S)/;
/** A line longer than any paragraph holds a whole document whose breaks were lost. */
const RUN_ON = 2000;
/** Where such a line's paragraphs begin: headings after a sentence, a colon, a closing bracket or spaces, （一）
 * after any word (spaces between them kept with the text before), text after a closing unit list, and after a
 * signature's date. */
const INLINE_HEADING = new RegExp(
  [
    '(?<=(?:[。；;！？）)：:]|[ \\u3000])[ \\u3000]*)(?=[一二三四五六七八九十]{1,3}、)',
    '(?<=(?:[。；;！？）)：]|(?<!\\d):|[ \\u3000])[ \\u3000]*)(?=\\d{1,2}(?:．|\\.(?!\\d)|、(?!\\d)))',
    '(?<=[\\u4e00-\\u9fa5。；;）)][ \\u3000]*)(?=[（(][一二三四五六七八九十]{1,3}[）)])',
    // and after a unit list closing a paragraph (…（市场监管总局负责）各有关部门…)
    `(?<=(?:${CLOSING_ROLE}|下同)[）)])(?=[^\\s，。；、：）)])`,
    // and after a signature's date run on into the plan's title (…德阳市人民政府2023年3月23日德阳市…方案)
    '(?<=[院府厅室会委协组局部议]\\d{4}年\\d{1,2}月\\d{1,2}日)(?=[^\\s\\d（(，。；、：])',
  ].join('|'),
);

/** Parts or items numbered in sequence after sentences, a colon or a list (…如下:一、…。二、…, …。（二）…（…负责）（三）…): a
 * shorter document, or a part, on one line. */
const PART_AFTER_SENTENCE = /[。！？：:]([一二三四五六七八九十]{1,3})、/g;
const ITEM_AFTER_SENTENCE = /[。！？：:）]（([一二三四五六七八九十]{1,3})）/g;
/** And items numbered 1. 2. … after a unit's colon (省气象局：1.结合…。2.推进…). */
const DIGIT_ITEM_AFTER_SENTENCE = /[。！？：:]([1-9])[.．、](?![\d.．])/g;
function partsInSequence(line: string): boolean {
  const inSequence = (numbers: number[]) =>
    numbers.length >= 2 && numbers.every((n, i) => (i === 0 ? n === 1 : n === numbers[i - 1]! + 1));
  if (
    /^[^，。；：:]{2,20}[：:]1[.．、]/.test(line) &&
    inSequence(matchesOf(line, DIGIT_ITEM_AFTER_SENTENCE).map((m) => Number(m[1])))
  )
    return true;
  if (line.length < 200) return false;
  return [PART_AFTER_SENTENCE, ITEM_AFTER_SENTENCE].some((re) => {
    const numbers = matchesOf(line, re).map((m) => cnNumber(m[1]!));
    return numbers.length >= 2 && numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  });
}

/** Headings after spaces inside a line (…方案。 一、主题 … 二、时间 …): breaks lost to spaces, split where two or more. */
const SPACED_HEADING = /[ \u3000]+(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/g;
const hasSpacedHeadings = (line: string) =>
  /[ \u3000]/.test(line) && !line.startsWith('|') && (line.match(SPACED_HEADING)?.length ?? 0) >= 2;

/** How the name of an issuing body ends (国务院办公厅, 某区科协, 某局, 某市总工会). */
export const ISSUER_END =
  '(?:国务院|政府|办公厅|办公室|委员会|管委会|党工委|协会|学会|研究会|科委|科协|党组|党委|局|厅|部|联席会议|领导小组|工会|联合会|妇联|文联|社科联|工商联)';
/**
 * A signature run on after the last sentence (…贯彻落实。国务院办公厅2020年11月1日（此件公开发布）), or its issuer and
 * date on one line (某市科学技术协会　2026年3月10日).
 */
const SIGNATURE_TAIL = new RegExp(
  `(?<=。|^)((?=[^。，；：\\d]{3})[^。，；：]{0,40}?${ISSUER_END})[ \u3000]*(\\d{4}年\\d{1,2}月\\d{1,2}日)([（(][^（）()]*[）)])?$`,
);
/** The publication note closing a notice (（此件公开发布）, （此件主动公开）): what follows it on a line is the next part. */
const PUBLICATION_NOTE = /(?<=[（(]此件[^（）()]{2,8}[）)])(?=\S)/;

/**
 * A raw line as the lines it was before its breaks were lost: indents inside it, a whole document on one
 * line, headings after spaces (and the items among them), a signature after the last sentence.
 */
function unbroken(raw: string): string[] {
  const out: string[] = [];
  for (const piece of raw.includes('\u3000\u3000') ? raw.split(INDENT) : [raw])
    for (const run of piece.length > RUN_ON || partsInSequence(piece) || hasSpacedHeadings(piece)
      ? piece.split(INLINE_HEADING)
      : [piece])
      for (const split of hasSpacedHeadings(run) ? run.split(SPACED_HEADING) : [run])
        for (const line of split.includes('此件') ? split.split(PUBLICATION_NOTE) : [split]) {
          const sig = /[日）)]$/.test(line) ? SIGNATURE_TAIL.exec(line) : null;
          if (sig)
            out.push(...(sig.index ? [line.slice(0, sig.index)] : []), sig[1]!, sig[2]!, ...(sig[3] ? [sig[3]] : []));
          else out.push(line);
        }
  return out;
}

/**
 * Typical length of a full line in PDF-wrapped text, or 0 when lines are not wrapped at a fixed width. Wrapped
 * lines seldom run longer than the width; where more than a quarter as many run longer, the common length is that
 * of headings alike in length (（一）聚焦减损提质，推动…发展 above each paragraph), not a width.
 */
function wrapWidth(lines: Line[]): number {
  const counts = new Map<number, number>();
  let long = 0;
  for (const { text } of lines) {
    if (text.length < 15) continue;
    long++;
    counts.set(text.length, (counts.get(text.length) ?? 0) + 1);
  }
  let mode = 0;
  let best = 0;
  for (const [len, n] of counts) if (n > best) [mode, best] = [len, n];
  let near = 0;
  let over = 0;
  for (const [len, n] of counts)
    if (Math.abs(len - mode) <= 2) near += n;
    else if (len > mode) over += n;
  // a short text: most of its long lines alike
  const alike = (long > 20 && near / long > 0.3) || (near >= 6 && near / long >= 0.6);
  return alike && over * 4 <= near ? mode : 0;
}

/** A standalone heading: numbered, without a full stop and short — up to a line of wrapped text, or, where
 * lines are not wrapped at a fixed width, up to a long heading's length (一、深入学习…，加强…的领导). */
function isStandaloneHeading(text: string, width: number): boolean {
  return (
    (NUMBERED.test(text) && text.length <= (width > 0 ? 40 : 100) && !text.includes('。')) ||
    SECTION_LABEL.test(text) ||
    PART_LABEL.test(text)
  );
}

/** A label closing a line (…责任部门：, 完成时限：): its value is on the next line. */
const LABEL_AT_END = new RegExp(`(?:${ROLE_LABEL}|${DUE_LABEL})$`);

/** A line cut before its end: a bracket left open (a unit list or a title wrapped onto the next line) or a label
 * before its value. */
function cutShort(text: string): boolean {
  if (LABEL_AT_END.test(text)) return true;
  for (const [open, close] of [
    ['（', '）'],
    ['《', '》'],
  ] as const) {
    if (!text.includes(open)) continue;
    let depth = 0;
    for (let i = 0; i < text.length; i++)
      if (text[i] === open) depth++;
      else if (text[i] === close && depth > 0) depth--;
    if (depth > 0) return true;
  }
  return false;
}

/**
 * A line of running text broken off mid-sentence (…经营管理培训，每年 / 培训高素质农民…): after a comma, with no
 * sentence closed since. When the line itself ran on from the one before, the paragraph goes on however short
 * the line (a line break put in by hand); a heading's line holds no comma.
 */
const MID_SENTENCE = /[，、][^。；：！？）”]*[\u4e00-\u9fa5\d，、]$/;

/** Punctuation no sentence opens with: a line starting with it continues the line before. */
const CONTINUATION = /^[，。；、：）》”！？%]/;

/** A column's line that is only an organ (办公室, 委员会): the rest of the name above it (…联席会议 / 办公室). */
const ORGAN_ONLY = new RegExp(`^${ISSUER_END}$`);
const wrappedNames = (column: string[]) =>
  column.reduce<string[]>(
    (names, cell) =>
      ORGAN_ONLY.test(cell) && names.length && dateOf(names.at(-1)!) === null
        ? [...names.slice(0, -1), names.at(-1)! + cell]
        : [...names, cell],
    [],
  );

/** A line of two names (or a name and a date) far apart: signers side by side. */
const SIDE_BY_SIDE = /^[ \u3000]*([^\s，。；：、]{2,30})(?: {3,}|\u3000{2,}|\t+)([^\s，。；：、]{2,30})[ \u3000]*$/;
/** The gap between them, looked for first: most lines have none. */
const WIDE_GAP = / {3}|\u3000{2}|\t/;

/**
 * Two signers side by side over two to four lines, each name wrapped in its column and the date under them
 * (上海市第一次自然灾害综合      中共上海市委宣传部 / 风险普查领导小组办公室        2021年7月26日): read column by
 * column, the names first and the date once, after them.
 */
function signatureColumns(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const rows: string[][] = [];
    if (WIDE_GAP.test(lines[i]!))
      for (let m; rows.length < 4 && (m = SIDE_BY_SIDE.exec(lines[i + rows.length] ?? ''));) rows.push([m[1]!, m[2]!]);
    const cells = rows.length < 2 ? [] : [0, 1].flatMap((c) => wrappedNames(rows.map((r) => r[c]!)));
    const dates = cells.filter((c) => dateOf(c) !== null);
    if (!dates.length) {
      out.push(lines[i]!);
      continue;
    }
    out.push(...cells.filter((c) => dateOf(c) === null), dates[0]!);
    i += rows.length - 1;
  }
  return out;
}

/**
 * Normalized paragraphs of a document, in order. A line continues the previous one unless it starts
 * a heading or the previous line ended a sentence or was short: shorter than the wrap width in
 * PDF-extracted text, or, where lines are not wrapped at a fixed width, free of punctuation (titles,
 * signatures) rather than cut inside running text. In wrapped text, a blank line between them ends the
 * paragraph too (but where every other line is blank). A line cut short (a bracket left open, a label before
 * its value) always continues, and so does a line opening with punctuation such as ， or ）.
 */
export function paragraphs(text: string): string[] {
  const lines: Line[] = [];
  // a rule (---) between lines ends the paragraph above it
  let ruled = false;
  // blank lines since the last line kept, unless a page's number or header was dropped among them
  let blank = false;
  let dropped = false;
  let blanks = 0;
  for (const raw of signatureColumns(joinWrappedRows(joinBrokenRows(text.split(/\r\n|\r|\n/))))) {
    const first = lines.length;
    for (const piece of unbroken(asciiAlnum(toSimplified(raw))).flatMap(fieldCells)) {
      const line = cleanLine(piece);
      if (line) {
        if (ruled) line.block = true;
        if (blank && !dropped) line.afterBlank = true;
        lines.push(line);
        blank = dropped = ruled = false;
        continue;
      }
      const empty = piece.trim() === '';
      if (empty) blanks++;
      blank ||= empty;
      dropped ||= !empty;
      ruled ||= MARKDOWN_RULE.test(piece.trim());
    }
    if (lines.length - first > 1) lines.at(-1)!.printed = raw.trim().length;
  }
  const width = wrapWidth(lines);
  // in wrapped text, a blank line ends a paragraph, unless blank lines are everywhere (double-spaced text)
  const blankBreaks = width > 0 && blanks * 2 < lines.length;
  const out: string[] = [];
  let prev: Line | null = null;
  // whether prev ran on from the line before it
  let joined = false;
  for (const line of lines) {
    // a policy page's head as a table, a cell per line: a label (索引号：) with its value on the next line
    const value =
      prev !== null &&
      /[：:]$/.test(prev.text) &&
      BARE_FIELD.test(prev.text) &&
      (TITLE_FIELD.test(prev.text) || !PLAN_TITLE.test(line.text)) &&
      !line.block &&
      !FIELD_LINE.test(line.text);
    if (value) {
      out[out.length - 1] += line.text;
      prev = { ...line, text: out.at(-1)! };
      continue;
    }
    const startsNew: boolean =
      prev === null ||
      line.block ||
      prev.alone === true ||
      (blankBreaks && line.afterBlank === true && !cutShort(prev.text)) ||
      NUMBERED.test(line.text) ||
      BULLET_START.test(line.text) ||
      SECTION_LABEL.test(line.text) ||
      PART_LABEL.test(line.text) ||
      STAGE.test(line.text) ||
      (!cutShort(prev.text) &&
        !(width > 0 && joined && MID_SENTENCE.test(prev.text)) &&
        !CONTINUATION.test(line.text) &&
        startsParagraph(prev, line, width));
    if (startsNew) out.push(line.text);
    else out[out.length - 1] += line.text;
    joined = !startsNew;
    prev = line;
  }
  return out;
}

/** A policy page's head as a table of labels and their values (| 名称： | …方案 | 文号： | 无 |): a line per field. */
function fieldCells(line: string): string[] {
  if (!TABLE_ROW.test(line.trim())) return [line];
  const cells = rowCells(line.trim()).map((c) => c.trim());
  return cells.length >= 2 && cells.length % 2 === 0 && cells.every((c, i) => i % 2 === 1 || BARE_FIELD.test(c))
    ? cells.flatMap((c, i) => (i % 2 === 0 ? [c + cells[i + 1]!] : []))
    : [line];
}

/** ASCII quotes in a line: a cell copied from a spreadsheet is quoted where it holds a line break (or a quote, doubled). */
const quotes = (line: string) => line.split('"').length - 1;

/**
 * Tab-separated rows as a spreadsheet copies them: a cell holding line breaks is quoted ("…。\n…。"⇥区科协), read as
 * one line without its quotes.
 */
function unquotedRows(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let row = lines[i]!;
    // (a quote left open runs on to the line closing it, a few lines at most)
    if (quotes(row) % 2 === 1 && (row.includes('\t') || row.startsWith('"')))
      for (let j = i + 1; j < lines.length && j <= i + 8; j++)
        if (quotes(row + lines[j]!) % 2 === 0) {
          row = lines.slice(i, j + 1).join('');
          i = j;
          break;
        }
    out.push(
      row.includes('\t')
        ? row
            .split('\t')
            .map((c) => c.replace(/^"([\s\S]*)"$/, (_, inner: string) => inner.replace(/""/g, '"')))
            .join('\t')
        : row,
    );
  }
  return out;
}

/**
 * Markdown rows broken inside a cell (| 11 | | 开展…，提供 / 订单式科普服务…。 | 区科协 | 2027年12月 |): a line opening
 * with a bar and not closing with one goes on into the lines up to one closing with a bar that opens with none.
 */
function joinBrokenRows(all: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < all.length; i++) {
    let row = all[i]!;
    if (row.trim().startsWith('|') && !row.trim().endsWith('|'))
      for (let j = i + 1; j < all.length && j <= i + 3 && !all[j]!.trim().startsWith('|'); j++)
        if (all[j]!.trim().endsWith('|')) {
          row = all
            .slice(i, j + 1)
            .map((l, k) => (k ? l.trim() : l.trimEnd()))
            .join('');
          i = j;
          break;
        }
    out.push(row);
  }
  return out;
}

/** Tab-separated rows whose cell wrapped after its 、 (…区卫生健康局、 / 各街道办事处⇥每年) joined into one line. */
function joinWrappedRows(all: string[]): string[] {
  if (!all.some((l) => l.includes('\t'))) return all;
  const lines = unquotedRows(all);
  const out: string[] = [];
  const cellsOf = (line: string) => line.split('\t').length;
  // the cells of the table's rows: its header's, its first line of three or more
  let width = 0;
  for (const line of lines) {
    const prev = out.at(-1);
    // (or wrapped anywhere in a cell, its row short of cells the next line completes: …每月开展主题 / 科普活动⇥区科协⇥…)
    const short = prev?.includes('\t') && line.includes('\t') && cellsOf(prev) + cellsOf(line) - 1 === width;
    if (prev?.includes('\t') && (LIST_GOES_ON.test(prev.trimEnd()) || short) && line.trim() !== '')
      out[out.length - 1] = prev.trimEnd() + line.replace(/^[ \u3000]+/, '');
    else {
      if (cellsOf(line) >= 3 && !prev?.includes('\t')) width = cellsOf(line);
      out.push(line);
    }
  }
  return out;
}

/** A line as long as a title and ending as one does (关于做好科普日、科技周工作的通知, …实施方案): complete, whatever its commas. */
const TITLE_LINE = /^[^。；]{4,60}(?:通知|意见|决定|通报|函|方案|规划|纲要|要点|计划|办法)$/;

/** A list of names broken at the end of a line (…、省 / 妇联、…, …、 / 各市科协, …区妇联， / 各街道（镇）). */
const namesRunOn = (prev: Line, line: Line) =>
  /[、，]$/.test(prev.text)
    ? /^[^：:，。；\s]{1,20}(?:、|$)/.test(line.text)
    : (/、[^、，。；：]{1,6}$/.test(prev.text) && /^[^：:，。；\s]{1,20}、/.test(line.text)) ||
      // (or the last name's organ alone: …、各区（县）人民 / 政府)
      (/、[^、，。；：]{1,12}$/.test(prev.text) && NAME_END.test(line.text));
/** The end of a unit's name, its organ, on a line of its own. */
const NAME_END = /^(?:(?:人民)?政府|局|委|办|厅|中心|委员会|办公室|管理局|大队|中队|支队)[。；]?$/;

/** A line of names only, set apart by 、 (省委、各市科协). */
const NAMES_ONLY = /^[^，。；：:\s]{1,20}(?:、[^，。；：:\s]{1,20})*[。；]?$/;

/** The marks of a bulleted item: ●, ■ … */
export const BULLET_MARK = '[●■◆▲★☆□◇►]';
/** A bullet opening an item (●提升…, ■…): never a wrapped line's continuation. */
const BULLET_START = new RegExp(`^${BULLET_MARK}`);

/** Whether a line (not a heading) starts a paragraph of its own after a complete line. */
function startsParagraph(prev: Line, line: Line, width: number): boolean {
  // a line as long as a full line of wrapped text runs on: a numbered one however heading-like it starts, a
  // unit list or due date on a line of its own, and a sentence closing with a bracket, a quote or ；
  const full = width > 0 && (prev.printed ?? prev.text.length) >= width - 3;
  // a unit list's names run on, its line short of a wrapped line's width for the spaces it lost (责任单位：省农业农村厅、省
  // / 妇联、省供销社)
  // (where lines are paragraphs, a list broken after its 、 or one going on with names only runs on: 学会部 / 各科室、
  // 各镇…要对照…，细化… is a sentence)
  const namesGoOn = width > 0 || /、$/.test(prev.text) || NAMES_ONLY.test(line.text);
  if (LINE_LABEL.test(prev.text) && namesGoOn && namesRunOn(prev, line)) return false;
  return (
    (ENDS_SENTENCE.test(prev.text) && !(full && /[”」』）；]$/.test(prev.text))) ||
    (isStandaloneHeading(prev.text, width) && !full) ||
    // a unit list on a line of its own (责任单位：A、B), a closing field (联系人：…) and a due date (完成时间：…) are
    // paragraphs of their own
    ((LINE_LABEL.test(prev.text) || DUE_LINE.test(prev.text)) && !full) ||
    LINE_LABEL.test(line.text) ||
    (FIELD_LINE.test(prev.text) && !titleRunsOn(prev.text, line.text)) ||
    FIELD_LINE.test(line.text) ||
    (width > 0 ? !full : !/[，、。；：]/.test(prev.text) || TITLE_LINE.test(prev.text))
  );
}

/** An attachment's title in a list of them, wrapped before its last words (附件：1.…第十二届校园科技节 / 活动方案). */
const titleRunsOn = (prev: string, line: string) =>
  /^附件\s*[：:]\s*(?:\d{1,2}[.．、])?\S{4,}/.test(prev) &&
  !PLAN_TITLE.test(prev) &&
  /^[^，。；：、\s]{0,10}(?:方案|规划|计划|要点|办法|细则|纲要)$/.test(line);

/** Folds a user's query like document text: width, traditional characters, spaces. */
export function normalizeQuery(query: string): string {
  return foldWidth(toSimplified(query)).replace(/\s+/g, ' ').trim();
}
