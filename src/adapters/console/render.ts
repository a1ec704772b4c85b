/** Reply → plain text for a terminal. */
import { toText } from '../../dispatch/text.js';
import { translate, type Locale } from '../../i18n.js';
import { fieldLine, typedHint, withHints, type Reply } from '../../reply.js';

export function renderText(neutral: Reply, locale: Locale = 'zh-CN'): string {
  const reply = withHints(neutral, typedHint);
  const out: string[] = [reply.error ? `✗ ${reply.title}` : `■ ${reply.title}`];
  if (reply.text) out.push(reply.text);
  for (const s of reply.sections ?? []) {
    out.push('');
    if (s.title) out.push(`▸ ${s.title}`);
    if (s.body) out.push(indent(s.body));
    for (const f of s.fields ?? []) out.push(indent(fieldLine(f)));
  }
  const nav: string[] = [];
  if (reply.paging?.prev) nav.push(`${translate(locale, 'nav.prev')} ${toText(reply.paging.prev)}`);
  if (reply.paging?.next) nav.push(`${translate(locale, 'nav.next')} ${toText(reply.paging.next)}`);
  for (const r of reply.related ?? []) nav.push(`→ ${toText(r.invocation)}`);
  if (reply.confirm) nav.push(`${reply.confirm.yes.label}？[y/n]`);
  if (reply.footer || nav.length) out.push('');
  if (reply.footer) out.push(reply.footer);
  out.push(...nav);
  return out.join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
