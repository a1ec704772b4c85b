/**
 * DOCX: the paragraphs of word/document.xml in order, table rows as Markdown rows (| 序号 | 任务 | 牵头单位 |,
 * merged cells repeated; a row with one filled cell, such as a boxed 专栏, as plain text), and Word's automatic
 * numbering (一、 （一） 1.) rebuilt from word/numbering.xml, since the numbers are not in the text.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { cellLines, tableRowLine } from '../plans/normalize.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

class XmlError extends Error {}

function parseXml(xml: string): Element {
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level === 'fatalError') throw new XmlError(msg);
    },
  }).parseFromString(xml, 'text/xml');
  if (!doc.documentElement) throw new XmlError('no root element');
  return doc.documentElement;
}

const children = (el: Element, name?: string): Element[] =>
  Array.from(el.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (name === undefined || (n as Element).localName === name),
  );
const child = (el: Element | undefined, name: string) => (el ? children(el, name)[0] : undefined);
const attr = (el: Element | undefined, name: string) => el?.getAttributeNS(W, name) || undefined;
const val = (el: Element | undefined) => attr(el, 'val');
const intVal = (el: Element | undefined, fallback: number) => {
  const n = Number.parseInt(val(el) ?? '', 10);
  return Number.isFinite(n) ? n : fallback;
};

interface Level {
  start: number;
  format: string;
  text: string;
  /** Legal numbering: every level shown as a decimal. */
  legal: boolean;
  /** The deepest level whose use restarts this one (0-based; -1: never); null: any higher level. */
  restartAfter: number | null;
  suffix: string;
}

interface Numbering {
  /** numId → abstract numbering id and level start overrides. */
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
  abstracts: Map<string, Map<number, Level>>;
}

/** A level's number format; Word 2010+ may wrap it in mc:AlternateContent (its fallback is read). */
function numFmt(lvl: Element): string {
  const alt = child(lvl, 'AlternateContent');
  return val(child(lvl, 'numFmt') ?? child(child(alt, 'Fallback'), 'numFmt')) ?? 'decimal';
}

function readNumbering(root: Element | null): Numbering {
  const numbering: Numbering = { nums: new Map(), abstracts: new Map() };
  if (!root) return numbering;
  for (const a of children(root, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of children(a, 'lvl')) {
      const restart = child(lvl, 'lvlRestart');
      const suff = val(child(lvl, 'suff'));
      levels.set(Number(attr(lvl, 'ilvl') ?? 0), {
        start: intVal(child(lvl, 'start'), 1),
        format: numFmt(lvl),
        text: val(child(lvl, 'lvlText')) ?? '',
        legal: child(lvl, 'isLgl') !== undefined && val(child(lvl, 'isLgl')) !== '0',
        restartAfter: restart ? intVal(restart, 0) - 1 : null,
        suffix: suff === 'nothing' ? '' : ' ',
      });
    }
    numbering.abstracts.set(attr(a, 'abstractNumId') ?? '', levels);
  }
  for (const n of children(root, 'num')) {
    const starts = new Map<number, number>();
    for (const o of children(n, 'lvlOverride')) {
      const start = child(o, 'startOverride');
      if (start) starts.set(Number(attr(o, 'ilvl') ?? 0), intVal(start, 1));
    }
    numbering.nums.set(attr(n, 'numId') ?? '', { abstract: val(child(n, 'abstractNumId')) ?? '', starts });
  }
  return numbering;
}

const CN_DIGITS = '零一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** 1–9999 in Chinese counting: 十一, 二十, 一百零五. */
function chinese(n: number, digits = CN_DIGITS, units = ['', '十', '百', '千']): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    out += d === 1 && unit === units[1] && out === '' && digits === CN_DIGITS ? '' : digits[d];
    out += unit;
  });
  return out;
}

function letters(n: number, base: string): string {
  const letter = base[(n - 1) % 26]!;
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of table) for (; n >= v; n -= v) out += s;
  return out;
}

/** One counter value in a Word number format (ST_NumberFormat). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chinese(n);
    case 'chineseLegalSimplified':
      return chinese(n, CN_LEGAL, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return STEMS[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return BRANCHES[(n - 1) % 12] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Counters of the lists in a document, advanced paragraph by paragraph. */
class Counters {
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  /** The number text of a paragraph at `ilvl` of list `numId`, advancing the counters. */
  next(numId: string, ilvl: number): string {
    const num = this.numbering.nums.get(numId);
    const levels = num && this.numbering.abstracts.get(num.abstract);
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) return '';
    // Lists sharing an abstract numbering continue each other; a start override restarts it.
    let counts = this.counts.get(num.abstract);
    if (!counts) this.counts.set(num.abstract, (counts = []));
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, start] of num.starts) counts[l] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? (num.starts.get(ilvl) ?? level.start) - 1) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const d = levels.get(deeper);
      if (d && (d.restartAfter === null || ilvl <= d.restartAfter)) counts[deeper] = undefined;
    }
    if (level.format === 'bullet') return '';
    const text = level.text.replace(/%(\d)/g, (_, k: string) => {
      const l = Number(k) - 1;
      const lv = levels.get(l);
      const n = counts[l] ?? lv?.start ?? 1;
      return formatNumber(n, level.legal || !lv ? 'decimal' : lv.format);
    });
    return text === '' ? '' : text + level.suffix;
  }
}

/** Paragraph styles that carry numbering (numId, ilvl), following basedOn. */
function readStyles(root: Element | null): Map<string, { numId?: string; ilvl?: number; basedOn?: string }> {
  const styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  if (!root) return styles;
  for (const s of children(root, 'style')) {
    const numPr = child(child(s, 'pPr'), 'numPr');
    styles.set(attr(s, 'styleId') ?? '', {
      numId: val(child(numPr, 'numId')),
      ilvl: child(numPr, 'ilvl') ? intVal(child(numPr, 'ilvl'), 0) : undefined,
      basedOn: val(child(s, 'basedOn')),
    });
  }
  return styles;
}

/** The text of runs inside an element: w:t, tabs, breaks; deleted text and field codes left out. */
function runText(el: Element): string {
  let out = '';
  for (const n of children(el)) {
    switch (n.localName) {
      case 't':
        out += n.textContent ?? '';
        break;
      case 'tab':
        // a tab only aligns text here (table cells come as rows of their own): a space, never a cell break
        out += ' ';
        break;
      case 'br':
      case 'cr':
        out += '\n';
        break;
      case 'noBreakHyphen':
        out += '-';
        break;
      case 'del':
      case 'instrText':
      case 'delText':
      case 'pPr':
      case 'rPr':
        break;
      default:
        out += runText(n);
    }
  }
  return out;
}

/** The largest XML part decompressed (a guard against zip bombs). */
const MAX_PART_BYTES = 200 * 1024 * 1024;

/** A part of the document would decompress to more than MAX_PART_BYTES. */
export class DocxTooLarge extends Error {}

export function docxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes, {
    filter: (f) => {
      const wanted = /^word\/(?:document\d*|numbering|styles)\.xml$/.test(f.name);
      if (wanted && f.originalSize > MAX_PART_BYTES) throw new DocxTooLarge(f.name);
      return wanted;
    },
  });
  const xml = (name: string) => (files[name] ? parseXml(strFromU8(files[name])) : null);
  const main = Object.keys(files)
    .filter((name) => /^word\/document\d*\.xml$/.test(name))
    .sort()[0];
  const document = main ? xml(main) : null;
  const counters = new Counters(readNumbering(xml('word/numbering.xml')));
  const styles = readStyles(xml('word/styles.xml'));

  /** A style's numbering, numId and ilvl each from the nearest style in the basedOn chain that sets it. */
  function styleNumbering(styleId: string | undefined): { numId?: string; ilvl?: number } {
    const found: { numId?: string; ilvl?: number } = {};
    for (let id = styleId, depth = 0; id && depth < 10; depth++) {
      const s = styles.get(id);
      if (!s) break;
      found.numId ??= s.numId;
      found.ilvl ??= s.ilvl;
      id = s.basedOn;
    }
    return found;
  }

  function paragraph(p: Element): string {
    const pPr = child(p, 'pPr');
    const numPr = child(pPr, 'numPr');
    const fromStyle = styleNumbering(val(child(pPr, 'pStyle')));
    const numId = val(child(numPr, 'numId')) ?? fromStyle.numId;
    const ilvl = child(numPr, 'ilvl') ? intVal(child(numPr, 'ilvl'), 0) : (fromStyle.ilvl ?? 0);
    const text = runText(p);
    // numId 0 removes numbering; an empty paragraph keeps its number but shows nothing worth reading.
    const number = numId && numId !== '0' && text.trim() !== '' ? counters.next(numId, ilvl) : '';
    return number + text;
  }

  const lines: string[] = [];
  function block(el: Element): void {
    for (const n of children(el)) {
      if (n.localName === 'p') lines.push(paragraph(n));
      else if (n.localName === 'tbl') {
        // A cell spanning columns (gridSpan) is followed by empty ones, so cells stay under their headers (and a
        // group row stays a row); a cell merged with the one above (vMerge) repeats its text.
        const above: string[] = [];
        for (const tr of children(n, 'tr')) {
          const cells: string[] = [];
          let spanned = false;
          for (const tc of children(tr, 'tc')) {
            const props = child(tc, 'tcPr');
            const merge = child(props, 'vMerge');
            const text =
              merge && val(merge) !== 'restart'
                ? (above[cells.length] ?? '')
                : cellLines(
                    children(tc)
                      .filter((c) => c.localName === 'p')
                      .map(paragraph),
                  );
            above[cells.length] = text;
            cells.push(text);
            const span = Math.min(intVal(child(props, 'gridSpan'), 1), 50);
            for (let k = 1; k < span; k++) cells.push('');
            spanned ||= span > 1 && text !== '';
          }
          lines.push(tableRowLine(cells, spanned));
        }
      } else if (n.localName !== 'sectPr') block(n);
    }
  }
  const body = document && child(document, 'body');
  if (!body) throw new XmlError('no document body');
  block(body);
  return lines.join('\n');
}

export { XmlError };
