/**
 * The text of a web page saved as HTML (a plan as a government site publishes it): each block a line, a table's
 * rows as Markdown rows (| 序号 | 重点任务 | 牵头单位 |, as DOCX tables are read; a cell spanning columns followed
 * by empty ones, so a group row stays a row, one spanning rows repeated below), a row of labelled fields
 * (发文字号： | 国发〔2018〕39号) as a line per field, a table laying out the page (a cell holding a table or a
 * long text) as the lines of its cells; the head, scripts and styles left out. Pure.
 */
import { Parser } from 'htmlparser2';
import { cellLines, decode, tableRowLine } from '../plans/normalize.js';

/** Elements whose content is not the page's text. */
const SKIP = new Set(['head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'select']);
/** Elements that end a line. */
const BLOCK = new Set(
  'p div br hr h1 h2 h3 h4 h5 h6 li ul ol dl dt dd section article header footer nav aside main blockquote pre center address figure figcaption caption form table tr tbody thead tfoot'.split(
    ' ',
  ),
);
/** A part's heading (一、重点任务): a cell holding one among other lines holds the page's text. */
const PART_HEADING = /^[一二三四五六七八九十]{1,3}、/;
/** A cell holding more text or lines than this lays out a page; it is no cell of a table of tasks. */
const LAYOUT_CELL = { chars: 1500, lines: 12 };

interface Text {
  lines: string[];
  line: string;
}
interface Cell extends Text {
  colspan: number;
  rowspan: number;
  /** It holds a table of its own: the table around it lays out the page. */
  nested: boolean;
}
interface Table {
  rows: Cell[][];
  cell: Cell | null;
}

const span = (n: string | undefined) => Math.min(Math.max(Number.parseInt(n ?? '', 10) || 1, 1), 50);

function endLine(t: Text): void {
  const line = t.line.replace(/[\s\u00a0]+/g, ' ').trim();
  if (line) t.lines.push(line);
  t.line = '';
}

/** Cells of labels each beside its value: | 发文字号： | 国发〔2018〕39号 | 成文日期： | … | */
const fields = (texts: string[]) => texts.length % 2 === 0 && texts.every((x, i) => i % 2 === 1 || /[：:]$/.test(x));

/**
 * A table's lines: its rows as Markdown rows, or, laying out a page (a single row beside a menu, a cell holding a
 * table, a part heading among its lines, or a long text), its cells' lines one after another.
 */
function tableLines(t: Table): string[] {
  const cells = t.rows.flat();
  const layout = (c: Cell) =>
    c.nested ||
    c.lines.length > LAYOUT_CELL.lines ||
    c.lines.join('').length > LAYOUT_CELL.chars ||
    (c.lines.length > 1 && c.lines.some((l) => PART_HEADING.test(l)));
  const single = t.rows.length === 1 && !fields(cells.map((c) => cellLines(c.lines)).filter((x) => x !== ''));
  if (single || cells.some(layout)) return cells.flatMap((c) => c.lines);
  const out: string[] = [];
  const below: { text: string; rows: number }[] = [];
  for (const row of t.rows) {
    const texts: string[] = [];
    const carried = () => {
      for (let b = below[texts.length]; b && b.rows > 0; b = below[texts.length]) {
        b.rows--;
        texts.push(b.text);
      }
    };
    let spanned = false;
    for (const c of row) {
      carried();
      const text = cellLines(c.lines);
      if (c.rowspan > 1) below[texts.length] = { text, rows: c.rowspan - 1 };
      texts.push(text, ...Array<string>(c.colspan - 1).fill(''));
      spanned ||= c.colspan > 1 && text !== '';
    }
    carried();
    const filled = texts.filter((x) => x !== '');
    // a page's fields, a label beside each value: a line each
    if (fields(filled)) {
      for (let i = 0; i < filled.length; i += 2) out.push(filled[i]! + filled[i + 1]!);
      continue;
    }
    const line = tableRowLine(texts, spanned);
    if (line) out.push(line);
  }
  return out;
}

/** The text of an HTML page, in the encoding its bytes are in (UTF-8, GB18030). */
export function htmlText(bytes: Uint8Array): string {
  const page: Text = { lines: [], line: '' };
  const tables: Table[] = [];
  let skipped = 0;
  // text goes into the open cell of the innermost table that has one, else the page
  const into = (): Text => {
    for (let i = tables.length - 1; i >= 0; i--) if (tables[i]!.cell) return tables[i]!.cell!;
    return page;
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        // every tag inside a skipped one is counted, each close tag (implied ones too) counted off
        if (skipped || SKIP.has(name)) return void skipped++;
        if (BLOCK.has(name)) endLine(into());
        if (name === 'table') tables.push({ rows: [], cell: null });
        const table = tables.at(-1);
        if (!table) return;
        if (name === 'tr') table.rows.push([]);
        else if (name === 'td' || name === 'th') {
          if (table.rows.length === 0) table.rows.push([]);
          table.cell = {
            lines: [],
            line: '',
            colspan: span(attrs.colspan),
            rowspan: span(attrs.rowspan),
            nested: false,
          };
          table.rows.at(-1)!.push(table.cell);
        }
      },
      ontext(text) {
        if (!skipped) into().line += text;
      },
      onclosetag(name) {
        if (skipped) return void skipped--;
        const table = tables.at(-1);
        if (table && (name === 'td' || name === 'th') && table.cell) {
          endLine(table.cell);
          table.cell = null;
        } else if (name === 'table' && table) {
          tables.pop();
          const around = into();
          endLine(around);
          if ('nested' in around) (around as Cell).nested = true;
          around.lines.push(...tableLines(table));
        } else if (BLOCK.has(name)) endLine(into());
      },
    },
    { decodeEntities: true },
  );
  parser.end(decode(bytes));
  endLine(page);
  return page.lines.join('\n');
}
