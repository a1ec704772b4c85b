/** One paragraph describing a digest subscription: schedule, plans, next run, last delivery. */
import { DateTime } from 'luxon';
import type { Ctx } from '../../src/dispatch/types.js';
import type { SubscriptionStatus } from '../../src/services/subscriptions.js';
import type { WebhookView } from '../../src/services/webhooks.js';

const WEEKDAY_ZH = ['一', '二', '三', '四', '五', '六', '日'];
const WEEKDAY_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function describeSubscription(ctx: Ctx, sub: SubscriptionStatus): string {
  const titles = new Map(ctx.services.plans.names().map((p) => [p.id, p.title]));
  const plans = sub.planIds
    ? sub.planIds.map((id) => titles.get(id) ?? `#${id}`).join('、')
    : ctx.say('全部规划', 'all plans');
  const next = sub.next ? DateTime.fromJSDate(sub.next, { zone: sub.timezone }).toFormat('yyyy-MM-dd HH:mm') : '—';
  const day = sub.weekday - 1;
  const lines = [
    ctx.say(
      `每周${WEEKDAY_ZH[day]} ${sub.time}（${sub.timezone}），提前 ${sub.lookahead} 天，语言 ${sub.locale}`,
      `Every ${WEEKDAY_EN[day]} at ${sub.time} (${sub.timezone}), ${sub.lookahead} days ahead, ${sub.locale}`,
    ),
    ctx.say(`规划：${plans}`, `Plans: ${plans}`),
    ctx.say(`下次发送：${next}`, `Next: ${next}`),
  ];
  if (sub.last) {
    const status =
      sub.last.status === 'failed'
        ? ctx.say(
            `失败（${sub.last.lastError}），请检查机器人在本频道的权限`,
            `failed (${sub.last.lastError}); check the bot's access to this channel`,
          )
        : sub.last.status;
    lines.push(ctx.say(`上次（${sub.last.week}）：${status}`, `Last (${sub.last.week}): ${status}`));
  }
  return lines.join('\n');
}

const ROBOT = {
  feishu: ['飞书群机器人', 'Feishu group bot'],
  dingtalk: ['钉钉群机器人', 'DingTalk robot'],
  wecom: ['企业微信群机器人', 'WeCom group robot'],
};

/** A group robot, its URL masked: 钉钉群机器人 https://oapi.dingtalk.com/robot/send?access_token=…9f3a（已签名） */
export function describeWebhook(ctx: Ctx, hook: WebhookView): string {
  const [zh, en] = ROBOT[hook.kind];
  const signed = hook.signed ? ctx.say('（签名）', ' (signed)') : '';
  return ctx.say(`${zh} ${hook.masked}${signed} · ${hook.id}`, `${en} ${hook.masked}${signed} · ${hook.id}`);
}
