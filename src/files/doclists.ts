/**
 * DOC (Word 97–2003) automatic numbering: the list numbers Word draws before paragraphs (一、 （一） 1.)
 * are not in the text; they are rebuilt here from the binary format ([MS-DOC]): the piece table gives
 * each paragraph's text, the paragraph properties (FKP pages) its list (ilfo) and level (ilvl), and the
 * list tables (PlfLst, PlfLfo) the number formats, templates and start values.
 */
import * as CFB from 'cfb';
import { formatNumber } from './docx.js';

/** Number formats by their [MS-DOC] nfc code (the order of ST_NumberFormat). */
const NFC = [
  'decimal',
  'upperRoman',
  'lowerRoman',
  'upperLetter',
  'lowerLetter',
  'ordinal',
  'cardinalText',
  'ordinalText',
  'hex',
  'chicago',
  'ideographDigital',
  'japaneseCounting',
  'aiueo',
  'iroha',
  'decimalFullWidth',
  'decimalHalfWidth',
  'japaneseLegal',
  'japaneseDigitalTenThousand',
  'decimalEnclosedCircle',
  'decimalFullWidth2',
  'aiueoFullWidth',
  'irohaFullWidth',
  'decimalZero',
  'bullet',
  'ganada',
  'chosung',
  'decimalEnclosedFullstop',
  'decimalEnclosedParen',
  'decimalEnclosedCircleChinese',
  'ideographEnclosedCircle',
  'ideographTraditional',
  'ideographZodiac',
  'ideographZodiacTraditional',
  'taiwaneseCounting',
  'ideographLegalTraditional',
  'taiwaneseCountingThousand',
  'taiwaneseDigital',
  'chineseCounting',
  'chineseLegalSimplified',
  'chineseCountingThousand',
];

interface Level {
  start: number;
  format: string;
  /** The number template; characters \u0000–\u0008 stand for the numbers of levels 1–9. */
  template: string;
  legal: boolean;
  /** Deepest level whose use restarts this one, or null: any higher level. */
  restartAfter: number | null;
  follow: string;
}

interface Paragraph {
  text: string;
  /** 1-based index into the list overrides (LFO), 0 for none. */
  ilfo: number;
  ilvl: number;
}

class Reader {
  private readonly view: DataView;
  constructor(b: Uint8Array) {
    this.view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }
  u8 = (o: number) => this.view.getUint8(o);
  u16 = (o: number) => this.view.getUint16(o, true);
  i16 = (o: number) => this.view.getInt16(o, true);
  u32 = (o: number) => this.view.getUint32(o, true);
  i32 = (o: number) => this.view.getInt32(o, true);
}

/** Size of a sprm's operand, from its spra bits; variable operands start with their length. */
function operandSize(r: Reader, at: number, sprm: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      // sprmPChgTabs (0xC615) may carry its length in the following byte when the first is 255.
      return sprm === 0xc615 && r.u8(at) === 255 ? 1 + 1 + r.u8(at + 1) : 1 + r.u8(at);
  }
}

/** The list and level set directly on a paragraph (sprmPIlfo, sprmPIlvl). */
function listOf(r: Reader, from: number, to: number): { ilfo?: number; ilvl?: number } {
  const out: { ilfo?: number; ilvl?: number } = {};
  for (let at = from; at + 2 <= to;) {
    const sprm = r.u16(at);
    at += 2;
    if (sprm === 0x460b) out.ilfo = r.i16(at);
    if (sprm === 0x260a) out.ilvl = r.u8(at);
    at += operandSize(r, at, sprm);
  }
  return out;
}

/** Paragraphs of the main document with their list properties, in order. */
function paragraphs(word: Reader, table: Reader, fcLcb: (i: number) => [number, number], ccpText: number): Paragraph[] {
  // Piece table (in the CLX): character positions to file offsets, 8-bit or UTF-16 text.
  const [fcClx, lcbClx] = fcLcb(33);
  let at = fcClx;
  while (at < fcClx + lcbClx && table.u8(at) === 1) at += 3 + table.u16(at + 1);
  if (table.u8(at) !== 2) throw new Error('no piece table');
  const lcb = table.u32(at + 1);
  const plc = at + 5;
  const n = (lcb - 4) / 12;
  const chars: { ch: string; fc: number }[] = [];
  for (let i = 0; i < n && chars.length < ccpText; i++) {
    const cpStart = table.u32(plc + i * 4);
    const cpEnd = table.u32(plc + (i + 1) * 4);
    const fcRaw = table.u32(plc + (n + 1) * 4 + i * 8 + 2);
    const compressed = (fcRaw & 0x40000000) !== 0;
    const fc = compressed ? (fcRaw & 0x3fffffff) / 2 : fcRaw;
    for (let cp = cpStart; cp < cpEnd && chars.length < ccpText; cp++) {
      const off = compressed ? fc + (cp - cpStart) : fc + (cp - cpStart) * 2;
      const code = compressed ? word.u8(off) : word.u16(off);
      chars.push({ ch: String.fromCharCode(code), fc: off });
    }
  }
  // Paragraph properties: runs of file offsets, each with its PAPX in a 512-byte FKP page.
  const [fcBte, lcbBte] = fcLcb(13);
  const nBte = (lcbBte - 4) / 8;
  const runs: { from: number; to: number; ilfo: number; ilvl: number }[] = [];
  for (let i = 0; i < nBte; i++) {
    const page = (table.u32(fcBte + (nBte + 1) * 4 + i * 4) & 0x3fffff) * 512;
    const crun = word.u8(page + 511);
    for (let k = 0; k < crun; k++) {
      const bOffset = word.u8(page + (crun + 1) * 4 + k * 13) * 2;
      let props = { ilfo: 0, ilvl: 0 };
      if (bOffset !== 0) {
        // PapxInFkp: cb, then istd and the sprms (2·cb − 1 bytes, or 2·cb' when cb is 0).
        const cb = word.u8(page + bOffset);
        const [start, size] =
          cb !== 0 ? [page + bOffset + 1, cb * 2 - 1] : [page + bOffset + 2, word.u8(page + bOffset + 1) * 2];
        const found = listOf(word, start + 2, start + size);
        props = { ilfo: found.ilfo ?? 0, ilvl: found.ilvl ?? 0 };
      }
      runs.push({ from: word.u32(page + k * 4), to: word.u32(page + (k + 1) * 4), ...props });
    }
  }
  const out: Paragraph[] = [];
  let text = '';
  for (const { ch, fc } of chars) {
    if (ch !== '\r') {
      text += ch;
      continue;
    }
    const run = runs.find((r) => fc >= r.from && fc < r.to);
    out.push({ text, ilfo: run?.ilfo ?? 0, ilvl: run?.ilvl ?? 0 });
    text = '';
  }
  return out;
}

/** The list definitions (PlfLst) by lsid, and the list overrides (PlfLfo) by 1-based ilfo. */
function lists(table: Reader, fcLcb: (i: number) => [number, number]) {
  const defs = new Map<number, Level[]>();
  const [fcLst, lcbLst] = fcLcb(73);
  if (lcbLst > 0) {
    const count = table.i16(fcLst);
    let lvlAt = fcLst + 2 + count * 28;
    for (let i = 0; i < count; i++) {
      const lstf = fcLst + 2 + i * 28;
      const simple = (table.u8(lstf + 26) & 1) !== 0;
      const levels: Level[] = [];
      for (let l = 0; l < (simple ? 1 : 9); l++) {
        const info = table.u8(lvlAt + 5);
        const follow = table.u8(lvlAt + 15);
        const noRestart = (info & 0x08) !== 0;
        const cbChpx = table.u8(lvlAt + 24);
        const cbPapx = table.u8(lvlAt + 25);
        const restartLim = table.u8(lvlAt + 26);
        const xst = lvlAt + 28 + cbPapx + cbChpx;
        const cch = table.u16(xst);
        let template = '';
        for (let c = 0; c < cch; c++) template += String.fromCharCode(table.u16(xst + 2 + c * 2));
        levels.push({
          start: table.i32(lvlAt),
          format: NFC[table.u8(lvlAt + 4)] ?? (table.u8(lvlAt + 4) === 0xff ? 'none' : 'decimal'),
          template,
          legal: (info & 0x04) !== 0,
          restartAfter: noRestart ? restartLim - 1 : null,
          follow: follow === 1 ? ' ' : follow === 0 ? ' ' : '',
        });
        lvlAt = xst + 2 + cch * 2;
      }
      defs.set(table.i32(lstf), levels);
    }
  }
  const overrides: { lsid: number; starts: Map<number, number> }[] = [];
  const [fcLfo, lcbLfo] = fcLcb(74);
  if (lcbLfo > 0) {
    const count = table.u32(fcLfo);
    let dataAt = fcLfo + 4 + count * 16;
    for (let i = 0; i < count; i++) {
      const lfo = fcLfo + 4 + i * 16;
      const clfolvl = table.u8(lfo + 12);
      const starts = new Map<number, number>();
      dataAt += 4; // cp
      for (let k = 0; k < clfolvl; k++) {
        const startAt = table.i32(dataAt);
        const flags = table.u32(dataAt + 4);
        dataAt += 8;
        if (flags & 0x10) starts.set(flags & 0x0f, startAt);
        if (flags & 0x20) {
          // A whole level redefinition follows: skip it (LVLF, its sprms and its template).
          const cbChpx = table.u8(dataAt + 24);
          const cbPapx = table.u8(dataAt + 25);
          const xst = dataAt + 28 + cbPapx + cbChpx;
          dataAt = xst + 2 + table.u16(xst) * 2;
        }
      }
      overrides.push({ lsid: table.i32(lfo), starts });
    }
  }
  return { defs, overrides };
}

/** Characters of a paragraph that are not text: field codes (between \x13 and \x14), marks and objects. */
function plain(text: string): string {
  let out = '';
  let depth = 0;
  const code: boolean[] = [];
  for (const ch of text) {
    if (ch === '\x13') {
      code[++depth] = true;
    } else if (ch === '\x14') {
      code[depth] = false;
    } else if (ch === '\x15') {
      depth = Math.max(0, depth - 1);
    } else if (!(depth > 0 && code[depth]) && ch >= ' ') out += ch;
  }
  return out.replace(/\s+/g, '');
}

/**
 * The numbered paragraphs of a DOC: each one's text (without spaces, to find it again in the extracted
 * text) and its number, e.g. 一、. Empty when the document has no lists.
 */
export function docListNumbers(bytes: Uint8Array): { key: string; number: string }[] {
  const container = CFB.read(bytes, { type: 'buffer' });
  const stream = (name: string) => {
    const entry = CFB.find(container, name);
    return entry ? new Reader(Uint8Array.from(entry.content as ArrayLike<number>)) : null;
  };
  const word = stream('WordDocument');
  if (!word) return [];
  const table = stream(word.u16(0x0a) & 0x0200 ? '1Table' : '0Table');
  if (!table) return [];
  const csw = word.u16(32);
  const rgLw = 32 + 2 + csw * 2 + 2;
  const ccpText = word.i32(rgLw + 3 * 4);
  const cslw = word.u16(32 + 2 + csw * 2);
  const rgFcLcb = rgLw + cslw * 4 + 2;
  const cbRgFcLcb = word.u16(rgLw + cslw * 4);
  const fcLcb = (i: number): [number, number] =>
    i < cbRgFcLcb ? [word.u32(rgFcLcb + i * 8), word.u32(rgFcLcb + i * 8 + 4)] : [0, 0];
  const { defs, overrides } = lists(table, fcLcb);
  if (overrides.length === 0) return [];
  const counts = new Map<number, (number | undefined)[]>();
  const started = new Set<number>();
  const out: { key: string; number: string }[] = [];
  for (const p of paragraphs(word, table, fcLcb, ccpText)) {
    const lfo = overrides[p.ilfo - 1];
    const levels = lfo && defs.get(lfo.lsid);
    const level = levels?.[p.ilvl];
    const key = plain(p.text);
    if (!lfo || !levels || !level || key === '') continue;
    let c = counts.get(lfo.lsid);
    if (!c) counts.set(lfo.lsid, (c = []));
    if (!started.has(p.ilfo)) {
      started.add(p.ilfo);
      for (const [l, start] of lfo.starts) c[l] = start - 1;
    }
    c[p.ilvl] = (c[p.ilvl] ?? (lfo.starts.get(p.ilvl) ?? level.start) - 1) + 1;
    for (let d = p.ilvl + 1; d < levels.length; d++) {
      const r = levels[d]!.restartAfter;
      if (r === null || p.ilvl <= r) c[d] = undefined;
    }
    if (level.format === 'bullet') continue;
    const number = level.template.replace(/[\u0000-\u0008]/g, (ch) => {
      const l = ch.charCodeAt(0);
      const lv = levels[l];
      return formatNumber(c[l] ?? lv?.start ?? 1, level.legal || !lv ? 'decimal' : lv.format);
    });
    if (number !== '') out.push({ key, number: number + level.follow });
  }
  return out;
}
