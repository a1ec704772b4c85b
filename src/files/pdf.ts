/**
 * PDF through pdfjs-dist (legacy build for Node, bundled CMaps and standard fonts): text items placed by
 * position into lines, page headers, footers and page numbers dropped, wrapped lines rejoined into
 * paragraphs (a line continues the previous one when that one ran to the right margin and this one
 * starts at the left margin, unindented), ruled tables as Markdown rows (pdf-tables.ts), each a paragraph,
 * read once across the pages they run onto.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldWidth, NUMBERED, rowCells, TABLE_ROW } from '../plans/normalize.js';
import { joinWrapped, pageTables, rulesOf, type Rules, type TableLine } from './pdf-tables.js';

const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export interface PdfText {
  text: string;
  pages: number;
}

export class PdfError extends Error {
  constructor(readonly problem: 'damaged' | 'too-many-pages' | 'too-slow') {
    super(problem);
  }
}

interface Line {
  x: number;
  right: number;
  y: number;
  size: number;
  text: string;
  page: number;
  /** A table row (pdf-tables.ts): a paragraph of its own. */
  row?: boolean;
  /** Two gaps of a character's width or more between its items: the cells of a table row without rules. */
  cells?: boolean;
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

const PAGE_NUMBER = [
  /^[—–\-－_~·\s]*\d{1,4}[—–\-－_~·\s]*$/,
  /^第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d+(?:\s*of\s*\d+)?$/i,
];
const isPageNumber = (text: string) => PAGE_NUMBER.some((re) => re.test(text.trim()));

/** Items of one page grouped into lines by baseline, top to bottom, each read left to right; table rows among them. */
function pageLines(all: Item[], rules: Rules, page: number): Line[] {
  const { rows, rest } = pageTables(all, rules);
  const lines = textLines(rest, page);
  const asLine = (r: TableLine): Line => ({ x: 0, right: 0, y: r.y, size: r.size, text: r.text, page, row: true });
  return [...lines, ...rows.map(asLine)].sort((a, b) => b.y - a.y);
}

function textLines(items: Item[], page: number): Line[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Item[][] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(last[0]!.y - item.y) <= Math.max(last[0]!.size, item.size) * 0.5) last.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let right = -Infinity;
    let wide = 0;
    for (const item of group) {
      if (text !== '' && item.x - right > item.size * 0.25 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      if (text !== '' && item.x - right >= item.size) wide++;
      text += item.str;
      right = Math.max(right, item.x + item.width);
    }
    const size = Math.max(...group.map((i) => i.size));
    return { x: group[0]!.x, right, y: group[0]!.y, size, text: text.trim(), page, cells: wide >= 2 };
  });
}

/** A line's text with its digits masked, to recognise running headers and footers across pages. */
const shape = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');

/** Drops page numbers and headers/footers that repeat at the top or bottom of most pages. */
function dropMargins(pages: Line[][]): Line[][] {
  const edgeCount = new Map<string, number>();
  for (const lines of pages) {
    // The two lines at each edge: a header may sit above or below the page number.
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map((l) => shape(l.text)));
    for (const s of edges) edgeCount.set(s, (edgeCount.get(s) ?? 0) + 1);
  }
  const running = (line: Line) => pages.length >= 3 && (edgeCount.get(shape(line.text)) ?? 0) >= pages.length / 2;
  return pages.map((lines) => {
    const out = [...lines];
    // a table's header row repeated on each page is not a running header
    for (let pass = 0; pass < 2; pass++) {
      const first = out[0];
      if (first && !first.row && (isPageNumber(first.text) || running(first))) out.shift();
      const last = out[out.length - 1];
      if (last && !last.row && (isPageNumber(last.text) || running(last))) out.pop();
    }
    return out;
  });
}

/** The most common value, rounded to whole points. */
function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = 0;
  let at = 0;
  for (const [v, n] of counts) if (n > best || (n === best && v < at)) [at, best] = [v, n];
  return at;
}

/** An item's number (1., 2、), or what may be one before a digit (2.5月12日…). */
const ITEM_NUMBER = /^(\d{1,3})[.、]/;

/**
 * Joins lines a paragraph was wrapped into. A line at the left margin continues the body line before it
 * (not a centred title) when that one ran to the right margin — or, in a document whose paragraphs
 * start indented, ran most of the way (line breaking keeps punctuation and numbers off a line's start).
 */
function joinLines(lines: Line[]): string {
  const text = lines.filter((l) => !l.row);
  if (text.length === 0) return lines.map((l) => l.text).join('\n');
  const left = mode(text.map((l) => l.x));
  const rights = text.map((l) => l.right).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)]!;
  const indented = text.filter((l) => l.x - left > l.size * 1.2 && l.x - left < l.size * 2.8).length;
  const indentedDoc = indented >= text.length * 0.1;
  const out: string[] = [];
  let prev: Line | null = null;
  let header: string | null = null;
  // the number of the last item begun (1.), so that one opening with a date (2.5月12日…) begins the next
  let item = 0;
  for (const line of lines) {
    if (line.row) {
      // the header row a table repeats on each page it runs onto is read once
      if (prev?.row && prev.page !== line.page && line.text === header) continue;
      if (!prev?.row) header = line.text;
      const last = out.at(-1);
      // a row the page break cut in two: the serial number is in one part only
      if (prev?.row && prev.page !== line.page && last && continuesRow(last, line.text))
        out[out.length - 1] = joinRows(last, line.text);
      else out.push(line.text);
      prev = line;
      continue;
    }
    const folded = foldWidth(line.text);
    const number = ITEM_NUMBER.exec(folded)?.[1];
    const full = (l: Line) => (indentedDoc ? l.right >= left + (right - left) * 0.6 : l.right >= right - l.size * 1.5);
    // the rows of a table without rules (cells a character apart or more) are lines of their own
    const continues =
      prev !== null &&
      !prev.row &&
      !prev.cells &&
      !line.cells &&
      full(prev) &&
      prev.x - left < prev.size * 3 &&
      Math.abs(line.x - left) < line.size * 0.5 &&
      Math.abs(line.size - prev.size) < 1 &&
      (line.page !== prev.page || prev.y - line.y < line.size * 2.5) &&
      // numbered in full-width digits or stops too (３．, 3．)
      !NUMBERED.test(folded) &&
      Number(number) !== item + 1;
    if (continues) {
      out[out.length - 1] = joinWrapped(out[out.length - 1]!, line.text);
    } else {
      out.push(line.text);
      if (number !== undefined) item = Number(number);
    }
    prev = line;
  }
  return out.join('\n');
}

/** Whether two lines or more of a page have text items a character's width apart or more, as cells of a row do. */
function mayHoldTable(items: Item[]): boolean {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  let lines = 0;
  let counted = NaN;
  for (let k = 1; k < sorted.length; k++) {
    const [a, b] = [sorted[k - 1]!, sorted[k]!];
    if (Math.abs(a.y - b.y) < b.size * 0.5 && b.x - (a.x + a.width) > b.size && counted !== a.y) {
      counted = a.y;
      if (++lines >= 2) return true;
    }
  }
  return false;
}

/** Whether a row at the top of a page and the one the page before ended with are one row broken by the page
 * break: as many cells, the serial number in one of them only (the other's first cell empty). */
function continuesRow(last: string, next: string): boolean {
  if (!TABLE_ROW.test(last) || !TABLE_ROW.test(next)) return false;
  const [a, b] = [rowCells(last)[0]!.trim(), rowCells(next)[0]!.trim()];
  const serial = /^\d{1,3}$/;
  return rowCells(last).length === rowCells(next).length && (a === '' ? serial.test(b) : b === '' && serial.test(a));
}

const joinRows = (last: string, next: string) => {
  const rest = rowCells(next);
  return `| ${rowCells(last)
    .map((cell, k) => cell.trim() + rest[k]!.trim())
    .join(' | ')} |`;
};

/** The text of a PDF; stops with 'too-slow' when reading passes `deadline` (epoch ms, checked page by page). */
export async function pdfText(bytes: Uint8Array, maxPages: number, deadline: number): Promise<PdfText> {
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: join(PDFJS, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS, 'standard_fonts/'),
    wasmUrl: join(PDFJS, 'wasm/'),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch {
      throw new PdfError('damaged');
    }
    if (doc.numPages > maxPages) throw new PdfError('too-many-pages');
    const pages: Line[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() > deadline) throw new PdfError('too-slow');
      let items: Item[];
      let rules: Rules;
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        items = content.items.flatMap((i) =>
          'str' in i
            ? [
                {
                  str: i.str,
                  x: i.transform[4] as number,
                  y: i.transform[5] as number,
                  width: i.width,
                  size: Math.hypot(i.transform[2] as number, i.transform[3] as number) || i.height,
                },
              ]
            : [],
        );
        // the drawing is read only for a page that may hold a table (reading it doubles a page's time); one that
        // cannot be read leaves the page's text as it is
        const ops = mayHoldTable(items) ? await page.getOperatorList().catch(() => null) : null;
        rules = ops ? rulesOf(ops.fnArray, ops.argsArray, OPS) : { h: [], v: [] };
        page.cleanup();
      } catch {
        throw new PdfError('damaged');
      }
      pages.push(pageLines(items, rules, n));
    }
    return { text: joinLines(dropMargins(pages).flat()), pages: doc.numPages };
  } finally {
    await task.destroy();
  }
}
