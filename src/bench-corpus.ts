/**
 * A realistic synthetic corpus for the bench: N plans that differ. Each plan starts from a seed, gets its
 * own region name, swaps numbered task items with items of other seeds (same numbering style, renumbered),
 * names its units and common words in its own way, and varies its quantities. A word such as 农民 then
 * occurs in a few percent of the tasks, as in a real collection of district plans.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small deterministic PRNG (mulberry32), so every run builds the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = '安宁和平昌盛兴华永新长乐清河东阳西山南湖北海金城玉泉龙江凤台云溪松林明德崇文宝丰临川启泰嘉禾广源';
const SUFFIXES = ['区', '县', '市'];
const REGIONS = ['长宁区', '上海市', '南京市', '海安市', '青云谱区'];

/** Words with the ways other plans say them; the word itself is kept with the given probability per plan. */
const VOCABULARY: [word: string, keep: number, variants: string[]][] = [
  ['农民', 0.1, ['农村居民', '农户', '乡村群众', '村民', '新型职业农人', '种养大户', '农业从业人员']],
  ['科普', 0.6, ['科学普及', '科技普及', '科普宣传']],
  ['科学素质', 0.5, ['科学素养', '科技素养', '科学文化素质']],
  ['应急', 0.3, ['突发事件应对', '安全避险', '防灾避险']],
  ['防灾减灾', 0.3, ['灾害防治', '防灾避灾', '安全防范']],
  ['志愿服务', 0.4, ['志愿活动', '公益服务', '义务服务']],
  ['青少年', 0.5, ['中小学生', '未成年人', '少年儿童', '青年学生']],
  ['老年人', 0.4, ['老年群体', '银龄人群', '长者']],
  ['场馆', 0.4, ['展馆', '科普基地', '阵地']],
  ['社区', 0.5, ['街镇', '村居', '小区', '楼宇']],
  ['科技馆', 0.4, ['科学中心', '科普馆', '科学馆']],
  ['健康', 0.5, ['卫生', '保健', '医疗']],
  ['数字化', 0.4, ['信息化', '智慧化', '网络化']],
  ['产业工人', 0.3, ['职工', '技术工人', '一线工人']],
  ['领导干部', 0.4, ['公务员', '党员干部', '机关干部']],
];

/** Unit names and the ways other places name the same office. */
const UNITS: [string, string[]][] = [
  ['科协', ['科协', '科学技术协会', '科协办公室']],
  ['教育局', ['教育局', '教育体育局', '教体局', '教育委员会']],
  ['科技局', ['科技局', '科学技术局', '科技委', '科技和工业信息化局']],
  ['农业农村局', ['农业农村局', '农业农村委', '农业局', '农林局']],
  ['卫健委', ['卫健委', '卫生健康委', '卫生健康局', '卫健局']],
  ['应急局', ['应急局', '应急管理局', '应急管理委']],
  ['文旅局', ['文旅局', '文化和旅游局', '文广旅局', '文体旅局']],
  ['民政局', ['民政局', '民政和社会保障局']],
  ['人社局', ['人社局', '人力资源和社会保障局', '人力社保局']],
  ['气象局', ['气象局', '气象台', '气象服务中心']],
];

/** Numbered items: 1．, 1.、（一）, 1、 at the start of a line, up to the next such line. */
const ITEM = /^(\s*)(\d{1,2}[．.、]|（[一二三四五六七八九十]{1,3}）)/;

interface Seed {
  text: string;
  region: string;
  /** The items of the seed by numbering style (digit or parenthesized). */
  items: Map<string, string[]>;
}

const style = (marker: string) => (marker.startsWith('（') ? 'paren' : marker.replace(/\d+/, 'n'));

function loadSeed(text: string): Seed {
  return { text, region: REGIONS.find((r) => text.includes(r)) ?? '', items: collectItems(text) };
}

/** Item bodies (without their marker) by numbering style. */
function collectItems(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let body: string[] | null = null;
  let kind = '';
  const flush = () => {
    if (body) (out.get(kind) ?? out.set(kind, []).get(kind)!).push(body.join('\n'));
    body = null;
  };
  for (const line of text.split('\n')) {
    const m = ITEM.exec(line);
    if (m) {
      flush();
      kind = style(m[2]!);
      body = [line.slice(m[0].length)];
    } else if (body && line.trim() && !/^\s*[一二三四五六七八九十]+、/.test(line)) body.push(line);
    else flush();
  }
  flush();
  return out;
}

export function loadSeeds(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** N different plans built from the seed texts (deterministic for a given n). */
export function realisticCorpus(seedTexts: string[], n: number): { name: string; bytes: Buffer }[] {
  const seeds = seedTexts.map(loadSeed);
  const rnd = prng(20260504);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const usedRegions = new Set<string>();
  return Array.from({ length: n }, (_, i) => {
    const seed = seeds[i % seeds.length]!;
    let region: string;
    do {
      region = pick([...SYLLABLES]) + pick([...SYLLABLES]) + (rnd() < 0.3 ? pick([...SYLLABLES]) : '') + pick(SUFFIXES);
    } while (usedRegions.has(region));
    usedRegions.add(region);
    // Splice: about half the numbered items come from other seeds, renumbered in place.
    const lines = seed.text.split('\n');
    const out: string[] = [];
    let skipping = false;
    for (const line of lines) {
      const m = ITEM.exec(line);
      if (m) {
        skipping = false;
        const donors = seeds.flatMap((s) => s.items.get(style(m[2]!)) ?? []);
        if (donors.length && rnd() < 0.5) {
          out.push(m[1]! + m[2]! + pick(donors));
          skipping = true;
          continue;
        }
      } else if (skipping) {
        if (line.trim() && !/^\s*[一二三四五六七八九十]+、/.test(line)) continue;
        skipping = false;
      }
      out.push(line);
    }
    let text = out.join('\n');
    for (const r of REGIONS) text = text.replaceAll(r, region);
    text = text.replaceAll(seed.region.slice(0, -1), region.slice(0, -1));
    for (const [word, keep, variants] of VOCABULARY) {
      if (rnd() >= keep) {
        const v = pick(variants);
        text = text.replaceAll(word, v);
      }
    }
    for (const [unit, names] of UNITS) text = text.replaceAll(unit, pick(names));
    // Quantities vary; years stay as they are.
    text = text.replace(/(\d+(?:\.\d+)?)(\s*)(%|个|家|场|所|名|万人次|人次|项|期)/g, (_, num: string, sp, u) => {
      const v = Number(num) * (0.5 + rnd());
      return (num.includes('.') ? v.toFixed(1) : String(Math.max(1, Math.round(v)))) + sp + u;
    });
    return { name: `plan-${i}-${region}.txt`, bytes: Buffer.from(text) };
  });
}
