/**
 * `npm run bench`: figures and ratios on a synthetic corpus built from the seeds.
 * - import throughput (MB/s) against the floor (the same bytes only decoded and normalized);
 * - task search latency p50/p99 (FTS5 bigram index) against a plain LIKE scan;
 * - command latency p50/p99 through dispatch and text rendering;
 * - digest composition for many subscriptions;
 * - PDF and DOCX files made from the seeds: text extraction and whole import (MB/s, pages/s).
 * - command latency while a large file is imported (parse and store in worker threads).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp, SEEDS } from './app.js';
import { manualClock } from './clock.js';
import { decode, paragraphs } from './plans/normalize.js';
import { importBytes } from './services/importer.js';
import { extractText } from './files/extract.js';
import { renderText } from './adapters/console/render.js';
import { consoleCaller } from './adapters/console/console.js';
import { likeEscape } from './store/tasks.js';
import { DigestCache } from './services/digest.js';
import { renderDigest } from '../commands/replies/digest.js';

const PLANS = Number(process.env.KEPU_BENCH_PLANS ?? 500);
const TAGS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥东南西北中金木水火土';

/** Seed variants with distinct titles and regions, so each imports as its own plan. */
function corpus(n: number): { name: string; bytes: Buffer }[] {
  const seeds = readdirSync(SEEDS)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const regions = ['长宁区', '上海市', '南京市', '海安市', '青云谱区'];
  return Array.from({ length: n }, (_, i) => {
    const tag = TAGS[i % TAGS.length]! + TAGS[Math.floor(i / TAGS.length) % TAGS.length]!;
    const text = seeds[i % seeds.length]!;
    const region = regions.find((r) => text.includes(r))!;
    return {
      name: `synthetic-${i}.txt`,
      bytes: Buffer.from(text.replaceAll(region, region.slice(0, -1) + tag + region.slice(-1))),
    };
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function timeEach(n: number, fn: (i: number) => void): { p50: number; p99: number } {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

const ms = (x: number) => `${x.toFixed(3)} ms`;

export async function bench(): Promise<void> {
  const files = corpus(PLANS);
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  const mb = bytes / 1e6;
  console.log(`corpus: ${files.length} plans, ${mb.toFixed(1)} MB (from ${readdirSync(SEEDS).length - 0} seed files)`);

  let t0 = performance.now();
  for (const f of files) paragraphs(decode(f.bytes));
  const floorS = (performance.now() - t0) / 1000;

  const dir = mkdtempSync(join(tmpdir(), 'kepu-bench-'));
  const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
  const app = createApp({ dbPath: join(dir, 'bench.db'), clock, seeds: null });
  const days = app.services.themes.builtIn;
  t0 = performance.now();
  for (const f of files) await importBytes(app.db, f.bytes, f.name, days, clock.now());
  const importS = (performance.now() - t0) / 1000;
  const tasks = (app.db.prepare('SELECT count(*) AS n FROM task').get() as { n: number }).n;
  console.log(`\nimport`);
  console.log(`  read+normalize (floor): ${(mb / floorS).toFixed(1)} MB/s (${floorS.toFixed(2)} s)`);
  console.log(
    `  import (parse+store+index): ${(mb / importS).toFixed(1)} MB/s (${importS.toFixed(2)} s, ${tasks} tasks) — ${(importS / floorS).toFixed(2)}× the floor`,
  );

  const queries = [
    '农民',
    '防灾减灾',
    '科学素质',
    '应急',
    '青少年科技',
    '志愿服务',
    '科普',
    '农',
    '场馆',
    '老年人健康',
  ];
  const runs = 1000;
  const fts = timeEach(runs, (i) => app.services.tasks.search({ query: queries[i % queries.length]!, page: 1 }));
  const likeCount = app.db.prepare(
    `SELECT count(*) AS n FROM task WHERE title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\'`,
  );
  const likePage = app.db.prepare(
    `SELECT id, title FROM task WHERE title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\' ORDER BY id LIMIT 5`,
  );
  const like = timeEach(runs / 10, (i) => {
    const p = `%${likeEscape(queries[i % queries.length]!)}%`;
    likeCount.get(p, p);
    likePage.all(p, p);
  });
  console.log(`\nsearch over ${tasks} tasks (${queries.length} queries, count + first page)`);
  console.log(`  FTS5 bigram index: p50 ${ms(fts.p50)}, p99 ${ms(fts.p99)}`);
  console.log(`  LIKE scan:         p50 ${ms(like.p50)}, p99 ${ms(like.p99)}`);
  console.log(`  ratio LIKE/FTS:    p50 ${(like.p50 / fts.p50).toFixed(1)}×, p99 ${(like.p99 / fts.p99).toFixed(1)}×`);
  for (const q of queries) {
    const one = timeEach(100, () => app.services.tasks.search({ query: q, page: 1 }));
    const p = `%${likeEscape(q)}%`;
    const scan = timeEach(10, () => (likeCount.get(p, p), likePage.all(p, p)));
    const hits = app.services.tasks.search({ query: q, page: 1 }).total;
    console.log(
      `  ${q.padEnd(6, '　')} ${String(hits).padStart(6)} hits  FTS p50 ${ms(one.p50)} p99 ${ms(one.p99)}  LIKE p50 ${ms(scan.p50)}  (${(scan.p50 / one.p50).toFixed(0)}×)`,
    );
  }

  const commands = [
    '/tasks 农民',
    '/tasks 防灾减灾 unit:科协',
    '/task 3-5',
    '/targets year:2025',
    '/units 科协',
    '/unit 区科协',
    '/deadlines',
    '/themedays',
    '/plans',
    '/tasks theme:全国科普日',
  ];
  const caller = consoleCaller('zh-CN');
  const samples: number[][] = commands.map(() => []);
  for (let i = 0; i < 300; i++) {
    for (const [k, line] of commands.entries()) {
      const t = performance.now();
      renderText(await app.dispatcher.runText(line, caller));
      samples[k]!.push(performance.now() - t);
    }
  }
  const all = samples.flat().sort((a, b) => a - b);
  console.log(
    `\ncommands (dispatch + render, ${PLANS} plans): p50 ${ms(percentile(all, 50))}, p99 ${ms(percentile(all, 99))}`,
  );
  for (const [k, line] of commands.entries()) {
    const s = samples[k]!.sort((a, b) => a - b);
    console.log(`  ${line.padEnd(28)} p50 ${ms(percentile(s, 50))}  p99 ${ms(percentile(s, 99))}`);
  }

  const subs = Number(process.env.KEPU_BENCH_SUBSCRIPTIONS ?? 10_000);
  // As the scheduler does on a Monday morning: all due digests composed in one pass, sharing a cache.
  const cache = new DigestCache();
  t0 = performance.now();
  for (let i = 0; i < subs; i++) {
    const scope = {
      workspace: `w${i % 50}`,
      planIds: i % 3 === 0 ? null : [1 + (i % PLANS)],
      lookahead: 21,
      locale: i % 4 ? ('zh-CN' as const) : ('en' as const),
      timezone: 'Asia/Shanghai',
    };
    renderDigest(app.services.digests.compose(scope, clock.now(), cache));
  }
  const digestS = (performance.now() - t0) / 1000;
  console.log(
    `\ndigests: ${subs} subscriptions (50 workspaces, one plan or all) composed in ${digestS.toFixed(2)} s (${((digestS * 1000) / subs).toFixed(3)} ms each)`,
  );

  // Commands answered while a large file is imported (parsed, then stored, each in a worker thread): a
  // reply every 25 ms, timed from when it was due, so a blocked event loop counts.
  const big = Buffer.concat(files.slice(0, 40).map((f) => f.bytes));
  const owner = 'bench-workspace';
  const during: number[] = [];
  let busy = true;
  const marks: number[] = [performance.now()];
  const work = app.services.imports
    .preview(owner, big, 'big.txt')
    .then((p) => (marks.push(performance.now()), app.services.imports.confirm(p.token, owner)))
    .finally(() => ((busy = false), marks.push(performance.now())));
  while (busy) {
    const due = performance.now();
    await new Promise((r) => setTimeout(r, 25));
    const late = performance.now() - due - 25;
    const c0 = performance.now();
    renderText(await app.dispatcher.runText('/tasks 农民', consoleCaller('zh-CN')));
    during.push(Math.max(0, late) + performance.now() - c0);
  }
  const stored = await work;
  during.sort((x, y) => x - y);
  const [m0, m1, m2] = marks as [number, number, number];
  console.log(
    `\nimport in worker threads: ${(big.length / 1e6).toFixed(1)} MB (${stored.tasks} tasks), parse ${((m1 - m0) / 1000).toFixed(2)} s + store ${((m2 - m1) / 1000).toFixed(2)} s; ` +
      `/tasks 农民 meanwhile (${during.length} replies, event-loop delay included): p50 ${ms(percentile(during, 50))}, p99 ${ms(percentile(during, 99))}`,
  );

  app.close();
  rmSync(dir, { recursive: true, force: true });
  await benchFileFormats();
}

/**
 * PDF and DOCX throughput: the seeds made into files as the tests make them (PDF with an embedded CJK
 * font, DOCX with Word numbering; needs the dev dependencies and fonts-wqy-zenhei), each extracted and
 * imported a few times. DOCX pages are those of the same text as PDF.
 */
export async function benchFileFormats(rounds = Number(process.env.KEPU_BENCH_FILE_ROUNDS ?? 5)): Promise<void> {
  const { docxOf, pdfOf } = await import('../test/fixtures/make.js');
  const texts = readdirSync(SEEDS)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const pdfs = await Promise.all(texts.map((t) => pdfOf(t, '科普规划')));
  const pages = (await Promise.all(pdfs.map((p) => extractText(p)))).reduce((n, e) => n + (e.pages ?? 0), 0);
  const dir = mkdtempSync(join(tmpdir(), 'kepu-bench-files-'));
  const clock = manualClock(new Date('2026-05-04T01:00:00Z'));
  const app = createApp({ dbPath: join(dir, 'bench.db'), clock, seeds: null });
  const days = app.services.themes.builtIn;
  console.log(`\nfile formats: the ${texts.length} seeds as PDF and DOCX, ${pages} A4 pages, ${rounds} rounds`);
  for (const [format, files] of [
    ['PDF ', pdfs],
    ['DOCX', texts.map(docxOf)],
  ] as const) {
    const mb = files.reduce((n, f) => n + f.length, 0) / 1e6;
    const time = async (fn: (f: Uint8Array, i: number) => Promise<unknown>) => {
      const t0 = performance.now();
      for (let r = 0; r < rounds; r++) for (const [i, f] of files.entries()) await fn(f, i);
      return (performance.now() - t0) / 1000 / rounds;
    };
    const extractS = await time((f) => extractText(f));
    const importS = await time((f, i) =>
      importBytes(app.db, f, `seed-${i}.${format.trim().toLowerCase()}`, days, clock.now()),
    );
    const rate = (s: number) => `${(mb / s).toFixed(2)} MB/s, ${(pages / s).toFixed(0)} pages/s`;
    console.log(
      `  ${format} ${mb.toFixed(2)} MB  extract: ${rate(extractS)}  import (extract+parse+store): ${rate(importS)}`,
    );
  }
  app.close();
  rmSync(dir, { recursive: true, force: true });
}
