import type { CommandDef, Ctx } from '../src/dispatch/types.js';
import { say } from '../src/dispatch/reply.js';
import type { Services } from '../src/services/index.js';
import { DateTime } from 'luxon';

const WEEKDAY_ZH = ['一', '二', '三', '四', '五', '六', '日'];

/** One paragraph describing a subscription: schedule, plans, next run, last delivery. */
export function describeSubscription(ctx: Ctx, sub: NonNullable<ReturnType<Services['subscription']>>): string {
  const plans = sub.planIds ? sub.planIds.map((id) => ctx.services.plans().find((p) => p.id === id)?.title ?? `#${id}`).join('、') : say(ctx, '全部规划', 'all plans');
  const next = sub.next ? DateTime.fromJSDate(sub.next, { zone: sub.timezone }).toFormat('yyyy-MM-dd HH:mm') : '—';
  const lines = [
    say(ctx, `每周${WEEKDAY_ZH[sub.weekday - 1]} ${sub.time}（${sub.timezone}），提前 ${sub.lookahead} 天，语言 ${sub.locale}`, `Every ${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][sub.weekday - 1]} at ${sub.time} (${sub.timezone}), ${sub.lookahead} days ahead, ${sub.locale}`),
    say(ctx, `规划：${plans}`, `Plans: ${plans}`),
    say(ctx, `下次发送：${next}`, `Next: ${next}`),
  ];
  if (sub.last) {
    const status = sub.last.status === 'failed' ? say(ctx, `失败（${sub.last.lastError}），请检查机器人在本频道的权限`, `failed (${sub.last.lastError}); check the bot's access to this channel`) : sub.last.status;
    lines.push(say(ctx, `上次（${sub.last.week}）：${status}`, `Last (${sub.last.week}): ${status}`));
  }
  return lines.join('\n');
}

/** /digest settings — this channel's digest settings (admin). */
export const digestSettings: CommandDef = {
  name: 'digest settings',
  description: { 'zh-CN': '查看本频道的周报设置', en: "This channel's digest settings" },
  options: {},
  permission: 'admin',
  examples: ['/digest settings'],
  run(ctx) {
    const sub = ctx.services.subscription(ctx.caller);
    if (!sub) return { title: say(ctx, '本频道未订阅周报', 'This channel has no digest'), text: say(ctx, '用 /digest subscribe 订阅。', 'Use /digest subscribe.'), ephemeral: true };
    return { title: say(ctx, '周报设置', 'Digest settings'), text: describeSubscription(ctx, sub), ephemeral: true };
  },
};
