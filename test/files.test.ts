/** File formats: the same seed as text, DOCX (Word automatic numbering), DOC and PDF imports to the same plan; other files are refused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync, strToU8 } from 'fflate';
import PDFDocument from 'pdfkit';
import { openDb, type Db } from '../src/store/db.js';
import { describeImportError, ImportError, importFile } from '../src/services/importer.js';
import { exportPlans } from '../src/store/export.js';
import { loadCatalog } from '../src/calendar/catalog.js';
import { extractText, FileError } from '../src/files/extract.js';
import { formatNumber } from '../src/files/docx.js';
import { parsePlan } from '../src/plans/parse.js';
import { CJK_FONT, cmapPdf, docxOf, pdfOf, pdfWithTable, scannedPdf } from './fixtures/make.js';

const DAYS = loadCatalog();
const NOW = new Date('2026-11-24T00:00:00Z');
const SEED = join(__dirname, '..', 'seeds', 'haian-2022-science-literacy.txt');
const FIXTURES = join(__dirname, 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'kepu-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seedText = readFileSync(SEED, 'utf8');
let docx: Uint8Array;
let pdf: Buffer;
beforeAll(async () => {
  docx = docxOf(seedText);
  pdf = await pdfOf(seedText, '海安市全民科学素质行动规划纲要实施方案');
}, 60_000);

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** A fresh database holding the plan imported from `path`, exported without its source file name. */
async function importedPlan(path: string) {
  const db = openDb(join(mkdtempSync(join(dir, 'db-')), 'kepu.db'));
  try {
    await importFile(db, path, DAYS, NOW);
    const [plan] = exportPlans(db).plans;
    return { ...plan!, source: undefined };
  } finally {
    db.close();
  }
}

describe('plan files in every accepted format', () => {
  let expected: Awaited<ReturnType<typeof importedPlan>>;
  beforeAll(async () => {
    expected = await importedPlan(SEED);
    expect(expected.tasks.length).toBeGreaterThan(20);
    expect(expected.targets.length).toBeGreaterThan(0);
  });

  it('DOCX with Word automatic numbering: the numbers 一、 （一） 1. come back from numbering.xml', async () => {
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    expect(xml).toContain('前言');
    expect(xml).not.toContain('一、前言');
    expect(xml).toContain('<w:numId w:val="1"/>');
    const { format, text } = await extractText(docx);
    expect(format).toBe('docx');
    expect(text).toContain('一、前言');
    expect(text).toContain('（二）基本原则');
    expect(text).toContain('1. 培育高素质农民。');
    expect(text).toContain('四、组织实施\n（一）加强组织领导');
    expect(await importedPlan(write('haian.docx', docx))).toEqual(expected);
  });

  it('DOCX numbering its parts past 十 (二十、 … 三十、): every number comes back', async () => {
    const notice = readFileSync(join(__dirname, 'corpus', 'gov-2018-117-incentives.txt'), 'utf8');
    const { text } = await extractText(docxOf(notice));
    const parts = text.split('\n').flatMap((l) => /^([一二三四五六七八九十]+)、/.exec(l)?.[1] ?? []);
    expect(parts).toEqual(notice.split('\n').flatMap((l) => /^([一二三四五六七八九十]+)、/.exec(l)?.[1] ?? []));
    expect(parts.at(-1)).toBe('三十');
  });

  it('DOCX written by LibreOffice (taiwaneseCountingThousand, suffixes) and a WPS file that is really one', async () => {
    const bytes = readFileSync(join(FIXTURES, 'haian-2022-science-literacy.libreoffice.docx'));
    expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).not.toContain('一、前言');
    expect(await importedPlan(write('haian.wps', bytes))).toEqual(expected);
  });

  it('DOC (Word 97, made by LibreOffice from the seed), also named .wps', async () => {
    const bytes = readFileSync(join(FIXTURES, 'haian-2022-science-literacy.doc'));
    expect((await extractText(bytes)).format).toBe('doc');
    expect(await importedPlan(write('haian-doc.wps', bytes))).toEqual(expected);
  });

  it('DOC whose headings are Word lists (made by LibreOffice from the numbered DOCX): the numbers come back', async () => {
    const bytes = readFileSync(join(FIXTURES, 'haian-2022-science-literacy.numbered.doc'));
    const utf16 = (s: string) => Buffer.from(s, 'utf16le');
    expect(bytes.includes(utf16('前言'))).toBe(true);
    expect(bytes.includes(utf16('一、前言'))).toBe(false);
    const { text } = await extractText(bytes);
    expect(text).toContain('一、前言');
    expect(text).toContain('四、组织实施\n（一）加强组织领导');
    expect(await importedPlan(write('haian-numbered.doc', bytes))).toEqual(expected);
  });

  it('PDF with an embedded CJK font subset, running header, page numbers and wrapped lines', async () => {
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/FontFile2|\/FontFile3/);
    const { format, text, pages } = await extractText(pdf);
    expect(format).toBe('pdf');
    expect(pages).toBeGreaterThan(5);
    expect(text).not.toMatch(/— \d+ —|第\d+页|印发单位/);
    expect(text.split('\n').filter((l) => l === '海安市全民科学素质行动规划纲要实施方案')).toHaveLength(0);
    // Paragraphs come back whole, as in the seed (whose lines are paragraphs).
    const seedLines = seedText
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(text.split('\n')).toEqual(seedLines);
    expect(await importedPlan(write('haian.pdf', pdf))).toEqual(expected);
  });

  it('PDF items opening with a date (2.5月12日…): the next number in sequence begins a line, not a decimal', async () => {
    const items = [
      '1.3月23日世界气象日：联合市气象局开展气象科普进馆活动。',
      '2.5月12日全国防灾减灾日：举办应急安全体验活动。',
      '3.9月全国科普月：举办科普嘉年华。',
    ];
    const { text } = await extractText(
      await pdfOf(['某市科技馆2026年科普活动计划', '一、主题日活动', ...items].join('\n'), '文件'),
    );
    expect(text.split('\n')).toEqual(expect.arrayContaining(items));
  });

  it('PDF of a text wrapped before (the 南京 seed): an item numbered 3． after a full line is a line of its own', async () => {
    const seed = join(__dirname, '..', 'seeds', 'nanjing-2022-science-literacy.txt');
    const text = readFileSync(seed, 'utf8');
    expect(text).toMatch(/^3．/m);
    const fromPdf = await importedPlan(
      write('nanjing.pdf', await pdfOf(text, '南京市全民科学素质行动规划纲要实施方案')),
    );
    const fromText = await importedPlan(seed);
    const tasks = (p: typeof fromText) => p.tasks.map((t) => [t.title, t.units]);
    expect(tasks(fromPdf)).toEqual(tasks(fromText));
  }, 30_000);
});

describe('web pages (HTML)', () => {
  it('a plan saved from a web site in GB18030, around page chrome, fields, layout tables, a script and a footer, imports as its text does', async () => {
    const bytes = readFileSync(join(FIXTURES, 'haian-2022-science-literacy.web-page.gb18030'));
    const { format, text } = await extractText(bytes);
    expect(format).toBe('html');
    expect(text).not.toContain('不是正文');
    // a row of labelled fields is a line per field; the footer is read too, and left out by the parser
    expect(text.split('\n').slice(0, 11)).toEqual([
      '首页 | 无障碍 | 长者版',
      '登录',
      '当前位置：首页 > 政府信息公开 > 政府文件',
      '索 引 号：014088591/2022-00317',
      '发布机构：海安市人民政府',
      '发文字号：海政发〔2022〕45号',
      '发布日期：2022-10-31',
      '政策',
      '最新',
      '海安市人民政府文件',
      '海政发〔2022〕45号',
    ]);
    expect(text.split('\n').at(-1)).toBe('主办单位：海安市人民政府办公室 © 版权所有 苏ICP备05000000号');
    expect(await importedPlan(write('haian.html', bytes))).toEqual(await importedPlan(SEED));
  });

  it('reads a task table: a group row spanning the columns kept a row, a cell spanning rows repeated, lines in a cell kept apart', async () => {
    const html = [
      '<html><body><p>某区全民科学素质行动实施方案</p><p>附件</p><p>重点任务分工表</p>',
      '<table border="1"><tr><th>序号</th><th>重点任务</th><th>具体措施</th><th>牵头单位</th><th>配合单位</th></tr>',
      '<tr><td colspan="5">一、青少年科学素质提升行动</td></tr>',
      '<tr><td>1</td><td rowspan="2">提升科学教育水平</td><td>开展科学家进校园活动，每年不少于20场</td><td>区教育局</td><td>区科协<br>团区委</td></tr>',
      '<tr><td>2</td><td>建设校园科技馆5个</td><td>区教育局</td><td>区财政局</td></tr>',
      '</table></body></html>',
    ].join('\n');
    const { text } = await extractText(Buffer.from(html));
    expect(text.split('\n').slice(3)).toEqual([
      '| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 |',
      '| 一、青少年科学素质提升行动 |  |  |  |  |',
      '| 1 | 提升科学教育水平 | 开展科学家进校园活动，每年不少于20场 | 区教育局 | 区科协；团区委 |',
      '| 2 | 提升科学教育水平 | 建设校园科技馆5个 | 区教育局 | 区财政局 |',
    ]);
    const plan = parsePlan(text);
    expect(plan.tasks.map((t) => [t.path.at(-1), t.title, t.leadUnits, t.units])).toEqual([
      ['提升科学教育水平', '开展科学家进校园活动，每年不少于20场', ['区教育局'], ['区教育局', '区科协', '团区委']],
      ['提升科学教育水平', '建设校园科技馆5个', ['区教育局'], ['区教育局', '区财政局']],
    ]);
  });

  it('reads an indicator table whose header cells and values break a line inside their cell (目标值<br>（2025年）)', async () => {
    const html = [
      '<html><body><p>某区水务“十四五”规划</p><p>一、发展目标</p>',
      '<table><tr><td>序号</td><td>指标名称</td><td>属性</td><td>基准值<br>（2020年）</td><td>目标值<br>（2025年）</td></tr>',
      '<tr><td>1</td><td>主海塘达标率</td><td>预期性</td><td>46%</td><td>≥73%</td></tr>',
      '<tr><td>2</td><td>河湖水面积</td><td>约束性</td><td>120.14<br>平方公里</td><td>128.92<br>平方公里</td></tr></table>',
      '<p>二、主要任务</p><p>（一）推进海塘达标建设。（区水务局负责）</p><p>（二）推进河湖整治。（区水务局负责）</p>',
      '</body></html>',
    ].join('\n');
    const { text } = await extractText(Buffer.from(html));
    expect(text).toContain('| 序号 | 指标名称 | 属性 | 基准值（2020年） | 目标值（2025年） |');
    const plan = parsePlan(text);
    expect(plan.targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.year])).toEqual([
      ['主海塘达标率', '>=', 73, '%', 2025],
      ['河湖水面积', '=', 128.92, '平方公里', 2025],
    ]);
  });

  it('is told from Markdown holding a tag, and a table around the page gives its cells as lines', async () => {
    expect((await extractText(Buffer.from('# 某区科普工作要点<br>\n一、重点任务'))).format).toBe('text');
    const page = `<!-- saved --><html><body><table><tr><td>导航</td><td><p>某区科普工作要点</p><p>${'正文。'.repeat(600)}</p><table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr></table></td></tr></table></body></html>`;
    const { format, text } = await extractText(Buffer.from(page));
    expect(format).toBe('html');
    // a short notice laid out beside a menu: its paragraphs stay lines
    const notice = `<table><tr><td>导航</td><td>${['某区科普工作要点', '一、重点任务', ...Array.from({ length: 3 }, (_, i) => `（${i + 1}）任务。`)].map((l) => `<p>${l}</p>`).join('')}</td></tr></table>`;
    expect((await extractText(Buffer.from(`<html>${notice}</html>`))).text.split('\n').slice(0, 3)).toEqual([
      '导航',
      '某区科普工作要点',
      '一、重点任务',
    ]);
    expect(text.split('\n').map((l) => l.slice(0, 9))).toEqual([
      '导航',
      '某区科普工作要点',
      '正文。正文。正文。',
      '| 甲 | 乙 |',
      '| 丙 | 丁 |',
    ]);
  });
});

describe('PDF text through predefined CMaps', () => {
  it('reads a non-embedded STSong-Light font with the UniGB-UCS2-H CMap (pdfjs-dist bundled CMaps)', async () => {
    const lines = ['一、总体要求', '到2025年，全市公民具备科学素质的比例达到15%。（责任单位：市科协）'];
    const { text } = await extractText(cmapPdf(lines));
    expect(text).toBe(lines.join('\n'));
  });
});

describe('PDF tables', () => {
  it('reads a ruled task table as rows: wrapped and merged cells, a header repeated on the next page, a row the page break cut', async () => {
    const rows: (string | null)[][] = [];
    for (let n = 1; n <= 24; n++) rows.push([String(n), `举办第${n}项科普活动`, '区科协', '区教育局', '2026年底']);
    rows[2]![1] = '开展科普进社区活动，组织全区各街道社区举办科普讲座和展览，覆盖群众不少于3万人次';
    rows[5]![2] = null; // 牵头单位 merged with the row above
    rows[7]![3] = '区教育局\n区科技局'; // a name on each line
    rows.splice(20, 0, ['', '，邀请专家开展讲座', '', '、区科技局', '']);
    const intro = Array.from({ length: 4 }, (_, k) =>
      `第${k + 1}段正文较长，占满整行的宽度，使段落在页边处换行，换行之后接着写，直到这一段结束为止。`.repeat(2),
    );
    const header = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];
    const pdf = await pdfWithTable(
      ['某区2026年科普工作要点', ...intro, '附件', '重点任务分工表'].join('\n'),
      header,
      rows,
      [36, 200, 70, 110, 60],
      20,
    );
    const { text, pages } = await extractText(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    const lines = text.split('\n');
    expect(lines.slice(0, 5)).toEqual(['某区2026年科普工作要点', ...intro]);
    const table = lines.filter((l) => l.startsWith('|'));
    expect(table).toHaveLength(25);
    expect(table[0]).toBe(`| ${header.join(' | ')} |`);
    expect(table[3]).toBe(`| 3 | ${rows[2]![1]} | 区科协 | 区教育局 | 2026年底 |`);
    expect(table[6]).toBe('| 6 | 举办第6项科普活动 | 区科协 | 区教育局 | 2026年底 |');
    expect(table[8]).toBe('| 8 | 举办第8项科普活动 | 区科协 | 区教育局；区科技局 | 2026年底 |');
    expect(table[20]).toBe('| 20 | 举办第20项科普活动，邀请专家开展讲座 | 区科协 | 区教育局、区科技局 | 2026年底 |');
    expect(table[21]).toMatch(/^\| 21 \|/);
    const plan = parsePlan(text);
    expect(plan.tasks).toHaveLength(24);
    expect(plan.tasks[7]!.units).toEqual(['区科协', '区教育局', '区科技局']);
    expect(plan.tasks[19]).toMatchObject({
      number: '20',
      leadUnits: ['区科协'],
      units: ['区科协', '区教育局', '区科技局'],
    });
    expect(plan.targets.map((t) => [t.taskSeq, t.value, t.unit])).toEqual([[3, 3, '万人次']]);
  });

  it('a PDF table without rules: rows whose cells fit on a line stay lines of their own and are read as rows', async () => {
    const intro = `正文较长，占满整行的宽度，使段落在页边处换行，换行之后接着写，直到这一段结束为止。`.repeat(3);
    const header = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];
    const rows = [
      ['1', '举办全国科普日主题活动', '区科协', '区教育局', '2026年9月'],
      ['2', '建设社区科普e站10个', '区科协', '各街道', '2026年12月'],
    ];
    const pdf = await pdfWithTable(
      ['某区2026年科普工作要点', intro, '重点任务分工表'].join('\n'),
      header,
      rows,
      [36, 200, 70, 90, 80],
      undefined,
      false,
    );
    const { text } = await extractText(pdf);
    expect(text.split('\n').slice(-3)).toEqual([header, ...rows].map((r) => r.join(' ')));
    expect(parsePlan(text).tasks.map((t) => [t.number, t.title, t.leadUnits, t.units])).toEqual([
      ['1', '举办全国科普日主题活动', ['区科协'], ['区科协', '区教育局']],
      ['2', '建设社区科普e站10个', ['区科协'], ['区科协', '各街道']],
    ]);
  });
});

describe('PDF tables with group rows', () => {
  it('keeps a row of one cell spanning the table a row, so the rows under it keep their header', async () => {
    const header = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];
    const rows = [
      ['一、青少年科学素质提升行动'],
      ['1', '开展科学教育活动', '区教育局', '区科协', '2026年底'],
      ['二、农民科学素质提升行动'],
      ['2', '培训高素质农民', '区农业农村局', '区科协', '2026年底'],
    ];
    const pdf = await pdfWithTable(
      '某区2026年科普工作要点\n附件\n重点任务分工表',
      header,
      rows,
      [36, 200, 70, 110, 60],
    );
    const table = (await extractText(pdf)).text.split('\n').filter((l) => l.startsWith('|'));
    expect(table).toEqual([
      `| ${header.join(' | ')} |`,
      '| 一、青少年科学素质提升行动 |  |  |  |  |',
      '| 1 | 开展科学教育活动 | 区教育局 | 区科协 | 2026年底 |',
      '| 二、农民科学素质提升行动 |  |  |  |  |',
      '| 2 | 培训高素质农民 | 区农业农村局 | 区科协 | 2026年底 |',
    ]);
    const plan = parsePlan((await extractText(pdf)).text);
    expect(plan.tasks.map((t) => [t.path.at(-1), t.title, t.leadUnits])).toEqual([
      ['青少年科学素质提升行动', '开展科学教育活动', ['区教育局']],
      ['农民科学素质提升行动', '培训高素质农民', ['区农业农村局']],
    ]);
  });
});

describe('PDF tables drawn in other ways', () => {
  it('reads a table whose cells are stroked rectangles and one drawn with stroked lines', async () => {
    const rows = [
      ['序号', '重点任务', '牵头单位', '配合单位'],
      ['1', '举办全国科普日活动', '区科协', '区教育局'],
      ['2', '建设社区科普e站', '区科协', '各街道'],
    ];
    const xs = [72, 110, 310, 390, 500];
    const pdf = await new Promise<Buffer>((resolve) => {
      const doc = new PDFDocument({ size: 'A4', margin: 72 });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.registerFont('cjk', CJK_FONT, 'WenQuanYiZenHei').font('cjk').fontSize(10.5);
      const cell = (text: string, k: number, y: number) =>
        doc.text(text, xs[k]! + 4, y + 4, { width: xs[k + 1]! - xs[k]! - 8 });
      rows.forEach((r, i) =>
        r.forEach((text, k) => {
          doc
            .rect(xs[k]!, 100 + i * 30, xs[k + 1]! - xs[k]!, 30)
            .lineWidth(0.5)
            .stroke();
          cell(text, k, 100 + i * 30);
        }),
      );
      for (let i = 0; i <= rows.length; i++)
        doc
          .moveTo(72, 300 + i * 30)
          .lineTo(500, 300 + i * 30)
          .stroke();
      for (const x of xs)
        doc
          .moveTo(x, 300)
          .lineTo(x, 300 + rows.length * 30)
          .stroke();
      rows.forEach((r, i) => r.forEach((text, k) => cell(text, k, 300 + i * 30)));
      doc.end();
    });
    const markdown = rows.map((r) => `| ${r.join(' | ')} |`);
    expect((await extractText(pdf)).text.split('\n')).toEqual([...markdown, ...markdown]);
  });
});

describe('files that are not accepted', () => {
  const counts = (db: Db) =>
    ['plan', 'task', 'target', 'task_fts'].map(
      (t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
    );

  async function blankPages(n: number): Promise<Buffer> {
    const doc = new PDFDocument({ autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((r) => doc.on('end', r));
    for (let i = 0; i < n; i++) doc.addPage();
    doc.end();
    await done;
    return Buffer.concat(chunks);
  }

  it('each gets a clear message and leaves the database unchanged', async () => {
    const db = openDb(join(dir, 'refusals.db'));
    await importFile(db, SEED, DAYS, NOW);
    const before = counts(db);
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(4000, 7)]);
    const zip = zipSync({ 'plan.txt': strToU8(seedText), 'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) });
    const big = Buffer.alloc(21 * 1024 * 1024, '科普'.repeat(10));
    const cases: [string, Uint8Array, ImportError['reason'], RegExp][] = [
      ['scan.pdf', await scannedPdf(), 'scanned', /^这是扫描件，没有文字层：请提供可复制文字的 PDF 或 Word 文件$/],
      ['setup.pdf', exe, 'unsupported', /^不支持这种文件。可导入：PDF（可复制文字）、Word（\.docx、\.doc）/],
      ['plans.zip', zip, 'unsupported', /可导入：PDF/],
      ['big.txt', big, 'too-large', /^文件太大：最多 20 MB$/],
      ['cut.docx', docx.subarray(0, Math.floor(docx.length / 2)), 'damaged', /^文件已损坏或不完整/],
      ['cut.pdf', pdf.subarray(0, 2000), 'damaged', /^文件已损坏或不完整/],
      ['1001.pdf', await blankPages(1001), 'too-many-pages', /^页数太多：最多 1000 页$/],
      [
        'photo.pdf',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        'unsupported',
        /可导入/,
      ],
    ];
    for (const [name, bytes, reason, zh] of cases) {
      const err = await importFile(db, write(name, bytes), DAYS, NOW).catch((e: unknown) => e);
      expect(err, name).toBeInstanceOf(ImportError);
      expect((err as ImportError).reason, name).toBe(reason);
      expect(describeImportError((err as ImportError).reason, 'zh-CN'), name).toMatch(zh);
      expect(describeImportError((err as ImportError).reason, 'en'), name).toMatch(/^[A-Za-z]/);
    }
    expect(counts(db)).toEqual(before);
    db.close();
  }, 60_000);

  it('names what an unsupported file is', async () => {
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    await expect(extractText(xlsx)).rejects.toEqual(new FileError('unsupported', 'Excel workbook (xlsx)'));
    await expect(extractText(Buffer.from('GIF89a\x01\x00', 'latin1'))).rejects.toMatchObject({ detail: 'GIF image' });
  });
});

describe('DOCX structure', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const docxParts = (body: string, numbering: string, styles = '', main = 'word/document.xml') =>
    zipSync({
      [main]: strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
      'word/numbering.xml': strToU8(`<w:numbering ${W}>${numbering}</w:numbering>`),
      ...(styles ? { 'word/styles.xml': strToU8(`<w:styles ${W}>${styles}</w:styles>`) } : {}),
    });
  const p = (text: string, numPr = '', style = '') =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const num = (numId: number, ilvl: number) =>
    `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
  const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}<w:suff w:val="nothing"/></w:lvl>`;

  it('numbers through paragraph styles, restarts lower levels, keeps lvlRestart="0" running, reads table rows as lines', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}` +
      `${lvl(2, 'decimal', '%3.', '<w:lvlRestart w:val="0"/>')}</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>`;
    const styles =
      `<w:style w:type="paragraph" w:styleId="H1"><w:pPr>${num(3, 0)}</w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="H2"><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>`;
    const body = [
      p('总体要求', '', 'H1'),
      p('指导思想', '', 'H2'),
      p('第一项', num(3, 2)),
      p('主要目标', num(3, 1)),
      p('第二项', num(3, 2)),
      p('重点任务', '', 'H1'),
      p('青少年', num(3, 1)),
      p('不编号', '<w:numPr><w:numId w:val="0"/></w:numPr>'),
      '<w:tbl><w:tr><w:tc>' +
        p('指标') +
        '</w:tc><w:tc>' +
        p('2025年') +
        '</w:tc></w:tr>' +
        '<w:tr><w:tc>' +
        p('科学素质比例') +
        '</w:tc><w:tc>' +
        p('15%') +
        '</w:tc></w:tr></w:tbl>',
    ].join('');
    const { text } = await extractText(docxParts(body, numbering, styles));
    expect(text.split('\n')).toEqual([
      '一、总体要求',
      '（一）指导思想',
      '1.第一项',
      '（二）主要目标',
      '2.第二项',
      '二、重点任务',
      '（一）青少年',
      '不编号',
      '| 指标 | 2025年 |',
      '| 科学素质比例 | 15% |',
    ]);
    // Some tools name the main part word/document2.xml.
    expect((await extractText(docxParts(body, numbering, styles, 'word/document2.xml'))).text).toBe(text);
  });

  it('reads a task table: merged cells repeated in each row they span, spanned columns kept apart, a group row kept a row', async () => {
    const tc = (text: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${p(text)}</w:tc>`;
    const restart = '<w:vMerge w:val="restart"/>';
    const body = [
      p('某区2026年科普工作任务分工'),
      '<w:tbl>' +
        `<w:tr>${tc('序号')}${tc('重点任务')}${tc('牵头单位')}${tc('配合单位')}</w:tr>` +
        `<w:tr>${tc('1')}${tc('举办全国科普日活动')}${tc('区科协', restart)}${tc('区教育局')}</w:tr>` +
        `<w:tr>${tc('2')}${tc('建设社区科普e站')}${tc('', '<w:vMerge/>')}<w:tc>${p('区民政局')}${p('各街道')}</w:tc></w:tr>` +
        `<w:tr>${tc('以下各项持续推进', '<w:gridSpan w:val="2"/>')}${tc('区科技局')}${tc('')}</w:tr>` +
        `<w:tr>${tc('二、农民科学素质提升行动', '<w:gridSpan w:val="4"/>')}</w:tr>` +
        `<w:tr>${tc('3')}${tc('培训高素质农民')}${tc('区农业农村局')}${tc('')}</w:tr>` +
        '</w:tbl>',
    ].join('');
    const { text } = await extractText(docxParts(body, ''));
    expect(text.split('\n')).toEqual([
      '某区2026年科普工作任务分工',
      '| 序号 | 重点任务 | 牵头单位 | 配合单位 |',
      '| 1 | 举办全国科普日活动 | 区科协 | 区教育局 |',
      '| 2 | 建设社区科普e站 | 区科协 | 区民政局；各街道 |',
      '| 以下各项持续推进 |  | 区科技局 |  |',
      '| 二、农民科学素质提升行动 |  |  |  |',
      '| 3 | 培训高素质农民 | 区农业农村局 |  |',
    ]);
    const plan = parsePlan(text);
    expect(plan.tasks.map((t) => [t.number, t.title, t.leadUnits, t.units])).toEqual([
      ['1', '举办全国科普日活动', ['区科协'], ['区科协', '区教育局']],
      ['2', '建设社区科普e站', ['区科协'], ['区科协', '区民政局', '各街道']],
      ['3', '培训高素质农民', ['区农业农村局'], ['区农业农村局']],
    ]);
    expect(plan.tasks[2]!.path.at(-1)).toBe('农民科学素质提升行动');
  });
});

describe('Word number formats', () => {
  it('formats counters as Word does', () => {
    const cn = [1, 2, 10, 11, 20, 21, 99, 100, 105, 110].map((n) => formatNumber(n, 'chineseCounting'));
    expect(cn).toEqual(['一', '二', '十', '十一', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十']);
    expect([1, 3, 10].map((n) => formatNumber(n, 'ideographTraditional'))).toEqual(['甲', '丙', '癸']);
    expect([1, 20].map((n) => formatNumber(n, 'decimalEnclosedCircle'))).toEqual(['①', '⑳']);
    expect([3, 12].map((n) => formatNumber(n, 'chineseLegalSimplified'))).toEqual(['叁', '壹拾贰']);
    expect([4, 28].map((n) => formatNumber(n, 'upperLetter'))).toEqual(['D', 'BB']);
    expect(formatNumber(14, 'lowerRoman')).toBe('xiv');
    expect(formatNumber(7, 'decimalFullWidth')).toBe('７');
  });
});

describe('bounds', () => {
  it('a PDF that takes longer than the time allowed is stopped', async () => {
    await expect(extractText(pdf, { timeoutMs: -1 })).rejects.toMatchObject({ problem: 'too-slow' });
    expect(describeImportError('too-slow', 'zh-CN')).toBe(
      '读取文件超时（超过 60 秒），已停止：请提供更简单的 PDF 或 Word 文件',
    );
  });

  it('a DOCX whose document.xml would inflate beyond 200 MB is refused as too large', async () => {
    const body = new Uint8Array(210 * 1024 * 1024).fill(0x20);
    const bomb = zipSync({ 'word/document.xml': body }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(extractText(bomb)).rejects.toMatchObject({ problem: 'too-large' });
  }, 60_000);
});
