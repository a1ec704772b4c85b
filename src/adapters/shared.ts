/** What every adapter needs: work in flight that stop() waits for (within a deadline), and bounded platform calls. */
import { translate, type Locale } from '../i18n.js';
import { log } from '../log.js';
import { FileTooLarge } from '../dispatch/types.js';

/** Tracks work started by platform events, so stop() can let it finish — or give up on it after a deadline. */
export class InFlight {
  private readonly work = new Set<Promise<unknown>>();

  /** Runs `task`, tracked until it settles; its failure is logged, never thrown at the event loop. */
  track(label: string, task: () => Promise<unknown>): void {
    const p = task().catch((err: unknown) => log.error({ err, work: label }, 'event handling failed'));
    this.work.add(p);
    void p.finally(() => this.work.delete(p));
  }

  /** Waits for tracked work up to `ms`; returns how many were abandoned (logged) when the deadline passed. */
  async drain(ms: number): Promise<number> {
    if (this.work.size === 0) return 0;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
    const result = await Promise.race([Promise.allSettled([...this.work]), deadline]);
    clearTimeout(timer);
    if (result !== 'late') return 0;
    log.warn({ abandoned: this.work.size }, 'stopping with work still in flight');
    return this.work.size;
  }
}

/** A platform call that took longer than its bound. */
export class TimeoutError extends Error {
  constructor(
    readonly label: string,
    readonly ms: number,
  ) {
    super(`${label} did not answer within ${ms} ms`);
  }
}

/** `promise`, or a TimeoutError after `ms`. The call itself is not cancelled; its late result is ignored. */
export async function within<T>(ms: number, label: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new TimeoutError(label, ms)), ms)),
  );
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
    promise.catch(() => undefined);
  }
}

/** How long a file download may take. */
const DOWNLOAD_MS = 60_000;

/**
 * Downloads a file a user sent (Discord attachment, Slack url_private), stopping past `max` bytes: a
 * larger Content-Length is refused before reading, and the body is counted as it arrives.
 */
export async function download(url: string, max: number, headers: Record<string, string> = {}): Promise<Uint8Array> {
  const res = await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(DOWNLOAD_MS) });
  if (!res.ok || !res.body) throw new Error(`download failed: HTTP ${res.status}`);
  if (Number(res.headers.get('content-length') ?? 0) > max) {
    await res.body.cancel();
    throw new FileTooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > max) throw new FileTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Text cut to `max` characters for a platform limit, ending in … when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The labels of the previous/next page buttons in a language. */
export function pageLabels(locale: Locale): { prev: string; next: string } {
  const bare = (key: 'nav.prev' | 'nav.next') => translate(locale, key).replace(/[：:]$/, '');
  return { prev: `◀ ${bare('nav.prev')}`, next: `${bare('nav.next')} ▶` };
}

/** Chinese command names (Discord's localized names, typed words on Feishu); the English names stay valid everywhere. */
export const NAMES_ZH: Record<string, string> = {
  help: '帮助',
  plans: '规划列表',
  plan: '规划',
  tasks: '任务',
  task: '任务详情',
  targets: '目标',
  deadlines: '截止',
  units: '单位列表',
  unit: '单位',
  themedays: '主题日',
  themeday: '主题日设置',
  digest: '周报',
};

/** Chinese command name → command name. */
export const COMMAND_NAMES_ZH = new Map(Object.entries(NAMES_ZH).map(([en, zh]) => [zh, en]));
