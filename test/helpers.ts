/** Small builders and readers shared by the tests. */
import type { Reply } from '../src/reply.js';
import type { NewSubscription } from '../src/store/subscriptions.js';

/** A subscription to the weekly digest, Monday 09:00 in Shanghai, 21 days ahead, in Chinese; `over` names the rest. */
export function weekly(
  over: Pick<NewSubscription, 'platform' | 'workspace' | 'channel' | 'createdBy'> & Partial<NewSubscription>,
): NewSubscription {
  return {
    planIds: null,
    weekday: 1,
    time: '09:00',
    timezone: 'Asia/Shanghai',
    lookahead: 21,
    locale: 'zh-CN',
    ...over,
  };
}

/** Every text of a reply (title, text, sections and their fields, footer), one per line. */
export const allText = (r: Reply): string =>
  [
    r.title,
    r.text,
    ...(r.sections ?? []).flatMap((s) => [s.title, s.body, ...(s.fields ?? []).map((f) => `${f.name} ${f.value}`)]),
    r.footer,
  ].join('\n');
