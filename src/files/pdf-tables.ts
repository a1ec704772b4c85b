/**
 * Tables of a PDF page, read from the rules drawn around their cells: the page's horizontal and vertical
 * rules (stroked lines, thin filled rectangles, stroked rectangles) joined into grids, each text item placed
 * in the cell that holds its centre, and each row written as a Markdown row (| 1 | 任务 | 牵头单位 |), as
 * DOCX tables are. A merged cell (no rule between two columns or two rows) is read once and repeated in
 * each column or row it spans, as Word repeats a vertically merged cell. Text outside grids is left alone.
 */

import { cellLines, tableRowLine } from '../plans/normalize.js';

/** The pdfjs operator codes this reader follows (pdfjs's OPS). */
export interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  endPath: number;
  fill: number;
  eoFill: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A horizontal (at y, from a to b in x) or vertical (at x, from a to b in y) rule. */
interface Rule {
  at: number;
  a: number;
  b: number;
}

export interface Rules {
  h: Rule[];
  v: Rule[];
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** How thin a filled rectangle is to count as a rule, and how close two positions are to be one. */
const THIN = 2.5;
const NEAR = 2;
/** A cell's inner margin, about what Word leaves between a cell's text and its rules. */
const PAD = 4;
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;

function addSegment(rules: Rules, [x0, y0]: [number, number], [x1, y1]: [number, number]): void {
  if (Math.abs(y0 - y1) < 0.5 && Math.abs(x0 - x1) >= NEAR)
    rules.h.push({ at: (y0 + y1) / 2, a: Math.min(x0, x1), b: Math.max(x0, x1) });
  else if (Math.abs(x0 - x1) < 0.5 && Math.abs(y0 - y1) >= NEAR)
    rules.v.push({ at: (x0 + x1) / 2, a: Math.min(y0, y1), b: Math.max(y0, y1) });
}

/** The rules a page draws, in page coordinates, from its operator list. */
export function rulesOf(fnArray: number[], argsArray: unknown[], OPS: Ops): Rules {
  const rules: Rules = { h: [], v: [] };
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args?.[0])) ctm = multiply(ctm, args[0] as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (paint === OPS.endPath || !data) continue; // a clipping path draws nothing
      const filled = paint === OPS.fill || paint === OPS.eoFill;
      const points: [number, number][] = [];
      let start: [number, number] | null = null;
      const flush = () => {
        if (points.length < 2) return;
        const xs = points.map((p) => p[0]);
        const ys = points.map((p) => p[1]);
        const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        if (filled) {
          // a filled shape is a rule only when thin (a cell's shading is not)
          if (y1 - y0 <= THIN && x1 - x0 > THIN) addSegment(rules, [x0, (y0 + y1) / 2], [x1, (y0 + y1) / 2]);
          else if (x1 - x0 <= THIN && y1 - y0 > THIN) addSegment(rules, [(x0 + x1) / 2, y0], [(x0 + x1) / 2, y1]);
        } else for (let k = 1; k < points.length; k++) addSegment(rules, points[k - 1]!, points[k]!);
      };
      for (let k = 0; k < data.length;) {
        const op = data[k++];
        if (op === MOVE_TO) {
          flush();
          points.length = 0;
          start = apply(ctm, data[k++]!, data[k++]!);
          points.push(start);
        } else if (op === LINE_TO) points.push(apply(ctm, data[k++]!, data[k++]!));
        else if (op === CURVE_TO) {
          k += 4;
          points.push(apply(ctm, data[k++]!, data[k++]!));
        } else if (op === QUAD_TO) {
          k += 2;
          points.push(apply(ctm, data[k++]!, data[k++]!));
        } else if (start) points.push(start); // closePath
      }
      flush();
    }
  }
  return rules;
}

/** Positions within NEAR of each other, as one (their mean), sorted. */
function distinct(values: number[]): number[] {
  const out: number[][] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last && v - last.at(-1)! <= NEAR) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/**
 * Whether rules at `at` run from `from` to `to`: one rule, or several end to end (a row's top drawn cell by cell).
 * The rules come sorted by where they start (grids).
 */
function covers(rules: Rule[], at: number, from: number, to: number): boolean {
  let reach = from + NEAR;
  for (const r of rules.filter((r) => Math.abs(r.at - at) <= NEAR)) {
    if (r.a > reach) break;
    reach = Math.max(reach, r.b + NEAR);
    if (reach >= to) return true;
  }
  return false;
}

interface Grid {
  xs: number[];
  /** Row boundaries, top to bottom (PDF y grows upwards). */
  ys: number[];
  /** The rules, each kind sorted by where it starts. */
  h: Rule[];
  v: Rule[];
}

/** Rules joined into grids: each vertical rule with the horizontal ones it meets, transitively. */
function grids(rules: Rules): Grid[] {
  const all = [...rules.h.map((r) => ({ r, horizontal: true })), ...rules.v.map((r) => ({ r, horizontal: false }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < rules.h.length; i++)
    for (let j = rules.h.length; j < all.length; j++) {
      const h = all[i]!.r;
      const v = all[j]!.r;
      if (v.at >= h.a - NEAR && v.at <= h.b + NEAR && h.at >= v.a - NEAR && h.at <= v.b + NEAR)
        parent[find(i)] = find(j);
    }
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  all.forEach(({ r, horizontal }, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (horizontal ? g.h : g.v).push(r);
    groups.set(find(i), g);
  });
  return [...groups.values()].flatMap(({ h, v }) => {
    const xs = distinct(v.map((r) => r.at));
    const ys = distinct(h.map((r) => r.at)).reverse();
    const byStart = (p: Rule, q: Rule) => p.a - q.a;
    return xs.length >= 3 && ys.length >= 2 ? [{ xs, ys, h: h.sort(byStart), v: v.sort(byStart) }] : [];
  });
}

/** Text continued on the next line or item: a space only between two ASCII letters or digits (Chinese wraps anywhere). */
export function joinWrapped(before: string, after: string): string {
  return before + (/[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after) ? ' ' : '') + after;
}

/** A cell's text items in reading order, lines top to bottom, each left to right. A line that ends well short
 * of the cell's right edge ended there (a name on a line of its own), so it is kept apart as a paragraph is
 * in a DOCX cell (cellLines); a line that runs to the edge wrapped, and the next one continues it. */
function cellText(items: TextItem[], right: number): string {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { text: string; right: number; size: number }[] = [];
  let last: TextItem | null = null;
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && last && Math.abs(last.y - item.y) <= item.size * 0.5) {
      const gap = item.x - (last.x + last.width) > item.size * 0.25;
      line.text = gap ? joinWrapped(line.text, item.str.trim()) : line.text + item.str.trim();
      line.right = Math.max(line.right, item.x + item.width);
    } else lines.push({ text: item.str.trim(), right: item.x + item.width, size: item.size });
    last = item;
  }
  const paragraphs: string[] = [];
  lines.forEach((line, k) => {
    const wrapped = k > 0 && lines[k - 1]!.right >= right - lines[k - 1]!.size * 1.5;
    if (wrapped) paragraphs[paragraphs.length - 1] = joinWrapped(paragraphs.at(-1)!, line.text);
    else paragraphs.push(line.text);
  });
  return cellLines(paragraphs);
}

export interface TableLine {
  /** The row's top, for ordering it among the page's lines. */
  y: number;
  /** | a | b | c |, or the text of a row with one filled cell (a title row spanning the table). */
  text: string;
  size: number;
}

/**
 * The page's grids as rows, and the text items outside them. Each cell spans the columns and rows up to the
 * next rule that bounds it; its text is repeated in each of them.
 */
export function pageTables(items: TextItem[], rules: Rules): { rows: TableLine[]; rest: TextItem[] } {
  const found = grids(rules);
  if (found.length === 0) return { rows: [], rest: items };
  const rows: TableLine[] = [];
  const taken = new Set<TextItem>();
  for (const { xs, ys, h, v } of found) {
    const cols = xs.length - 1;
    const bands = ys.length - 1;
    const cells: TextItem[][][] = Array.from({ length: bands }, () => Array.from({ length: cols }, () => []));
    for (const item of items) {
      const cx = item.x + item.width / 2;
      const cy = item.y + item.size * 0.35;
      const c = xs.findIndex((x, k) => k < cols && cx >= x && cx < xs[k + 1]!);
      const b = ys.findIndex((y, k) => k < bands && cy <= y && cy > ys[k + 1]!);
      if (c < 0 || b < 0) continue;
      cells[b]![c]!.push(item);
      taken.add(item);
    }
    // Where no rule separates two cells, they are one: its text fills each place it spans.
    const text: string[][] = cells.map((row) => row.map(() => ''));
    // bands holding a filled cell that spans columns: a group row (一、青少年…) stays a row
    const spanned = new Set<number>();
    const done = new Set<string>();
    for (let b = 0; b < bands; b++)
      for (let c = 0; c < cols; c++) {
        if (done.has(`${b},${c}`)) continue;
        let right = c;
        while (right + 1 < cols && !covers(v, xs[right + 1]!, ys[b + 1]!, ys[b]!)) right++;
        let bottom = b;
        while (bottom + 1 < bands && !covers(h, ys[bottom + 1]!, xs[c]!, xs[right + 1]!)) bottom++;
        const merged: TextItem[] = [];
        for (let bb = b; bb <= bottom; bb++) for (let cc = c; cc <= right; cc++) merged.push(...cells[bb]![cc]!);
        const value = cellText(merged, xs[right + 1]! - PAD);
        if (right > c && value) spanned.add(b);
        for (let bb = b; bb <= bottom; bb++)
          for (let cc = c; cc <= right; cc++) {
            done.add(`${bb},${cc}`);
            // a cell spanning columns is written once, in its first column
            text[bb]![cc] = cc === c ? value : '';
          }
      }
    for (let b = 0; b < bands; b++) {
      const line = tableRowLine(text[b]!, spanned.has(b));
      if (line === '') continue;
      const size = Math.max(...cells[b]!.flat().map((i) => i.size), 1);
      rows.push({ y: ys[b]!, text: line, size });
    }
  }
  return { rows, rest: items.filter((i) => !taken.has(i)) };
}
