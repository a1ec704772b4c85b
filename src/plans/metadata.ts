/** Stage 4: title, issuer, document number, issue date, region and period, read from the document head. */
import type { Plan } from './types.js';

type Meta = Pick<Plan, 'title' | 'issuer' | 'docNumber' | 'issuedOn' | 'region' | 'period'>;

const PLAN_WORD = /规划|方案|纲要|计划/;
const NOTICE_WORD = /关于|通知|印发|发布/;
const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}[〔［\[【]\s*\d{4}\s*[〕］\]】]\s*\d{1,4}\s*号/;
const ISSUER_LINE = /(?:政府|办公厅|办公室|委员会|协会|科委|科协|局|厅|部|联席会议)(?:文件)?$/;
const REGION =
  /^(?:[\u4e00-\u9fa5]{2,6}?(?:省|自治区))?(?:[\u4e00-\u9fa5]{1,6}?市)?(?:[\u4e00-\u9fa5]{1,6}?(?:区|县|旗))?/;
const FIVE_YEAR = /十([一二三四五六七八九])五/g;
const QUOTED_TITLE = /《([^》]+(?:规划|方案|纲要|计划)[^》]*)》/;
const CN_DIGIT = '一二三四五六七八九';

function pad(n: string): string {
  return n.padStart(2, '0');
}

/** The five-year plan a text names most often: 十四五 → 2021–2025 (from the 3rd, 1966–1970, they follow every 5 years). */
export function fiveYearPeriod(text: string): Plan['period'] {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(FIVE_YEAR)) {
    const n = 11 + CN_DIGIT.indexOf(m[1]!);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const n = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (n === undefined) return null;
  const start = 1966 + 5 * (n - 3);
  return { start, end: start + 4 };
}

export function metadata(paras: string[], head: number): Meta {
  const top = paras.slice(0, head);
  const quoted = top
    .filter((p) => /印发|已经|现将/.test(p))
    .map((p) => QUOTED_TITLE.exec(p)?.[1])
    .find(Boolean);
  const titleLine = top.find(
    (p) => PLAN_WORD.test(p) && !NOTICE_WORD.test(p) && !ISSUER_LINE.test(p) && p.length <= 60 && !/[。，]$/.test(p),
  );
  const title = (quoted ?? titleLine ?? top[0] ?? '').replace(/^《|》$/g, '').trim();

  const dateIndex = top.findIndex((p) => DATE.test(p));
  const dm = dateIndex >= 0 ? DATE.exec(top[dateIndex]!) : null;
  const issuedOn = dm ? `${dm[1]}-${pad(dm[2]!)}-${pad(dm[3]!)}` : null;

  const header = top.find((p) => /文件$/.test(p));
  let issuer = header?.replace(/文件$/, '') ?? null;
  if (!issuer && dateIndex > 0) {
    const signers: string[] = [];
    for (let i = dateIndex - 1; i >= 0 && signers.length < 4; i--) {
      const p = top[i]!;
      if (/^（.*）$/.test(p)) continue;
      if (!ISSUER_LINE.test(p) || p.length > 40) break;
      signers.unshift(p);
    }
    issuer = signers.length ? signers.join('、') : null;
  }
  issuer ??= top.find((p) => ISSUER_LINE.test(p) && p.length <= 30) ?? null;

  const docNumber =
    top
      .map((p) => DOC_NUMBER.exec(p)?.[0])
      .find(Boolean)
      ?.replace(/\s+/g, '')
      .replace(/[［\[【]/, '〔')
      .replace(/[］\]】]/, '〕') ?? null;

  const span = /（(\d{4})[—–\-－~至](\d{4})年?）/.exec(title);
  const period = span ? { start: Number(span[1]), end: Number(span[2]) } : fiveYearPeriod(title);
  const region = REGION.exec(title)?.[0] || null;
  return { title, issuer, docNumber, issuedOn, region, period };
}
