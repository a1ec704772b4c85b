import { z } from 'zod';
import { choice, command, custom, integer, text } from '../src/dispatch/options.js';
import { UserError } from '../src/dispatch/errors.js';
import { DEFAULT_ZONE } from '../src/clock.js';
import { maskWebhook } from '../src/services/webhooks.js';
import { planNames } from './complete.js';
import { requirePlan } from './replies/plans.js';
import { describeSubscription, describeWebhook } from './replies/subscription.js';

const WEEKDAYS = [
  ['1', '周一', 'Monday'],
  ['2', '周二', 'Tuesday'],
  ['3', '周三', 'Wednesday'],
  ['4', '周四', 'Thursday'],
  ['5', '周五', 'Friday'],
  ['6', '周六', 'Saturday'],
  ['7', '周日', 'Sunday'],
] as const;

const time = z
  .string()
  .trim()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/)
  .transform((s) => s.padStart(5, '0'));

const timezone = z
  .string()
  .trim()
  .refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC');

/** /digest subscribe — this channel receives the weekly theme-day digest (admin). */
export const digestSubscribe = command({
  name: 'digest subscribe',
  description: { 'zh-CN': '本频道订阅每周主题日周报', en: 'Subscribe this channel to the weekly digest' },
  options: {
    plans: text(
      {
        'zh-CN': '只看这些规划（编号或名称，逗号分隔；默认全部）',
        en: 'only these plans (ids or names, comma-separated; default all)',
      },
      { complete: planNames },
    ),
    weekday: choice(
      { 'zh-CN': '星期几发送（默认周一）', en: 'weekday (default Monday)' },
      WEEKDAYS.map(([value, zh, en]) => ({ value, label: { 'zh-CN': zh, en } })),
    ),
    time: custom({ 'zh-CN': '发送时间 HH:MM（默认 09:00）', en: 'time HH:MM (default 09:00)' }, time),
    timezone: custom({ 'zh-CN': '时区（默认 Asia/Shanghai）', en: 'time zone (default Asia/Shanghai)' }, timezone),
    lookahead: integer({ 'zh-CN': '提前多少天（默认 21）', en: 'look-ahead days (default 21)' }, 1, 90),
    locale: choice({ 'zh-CN': '语言', en: 'language' }, [
      { value: 'zh-CN', label: { 'zh-CN': '中文', en: 'Chinese' } },
      { value: 'en', label: { 'zh-CN': '英文', en: 'English' } },
    ]),
    webhook: text(
      {
        'zh-CN': '改为发到群机器人：飞书、钉钉或企业微信群机器人的 webhook 地址',
        en: 'post to a group robot instead: a Feishu, DingTalk or WeCom group-robot webhook URL',
      },
      { max: 500 },
    ),
    secret: text({
      'zh-CN': '群机器人的签名密钥（飞书、钉钉）',
      en: "the group robot's signing secret (Feishu, DingTalk)",
    }),
  },
  main: 'plans',
  permission: 'admin',
  examples: [
    '/digest subscribe',
    '/digest subscribe plans:南京 weekday:5 time:16:30',
    '/digest subscribe webhook:https://oapi.dingtalk.com/robot/send?access_token=… secret:SEC…',
  ],
  run(ctx, values) {
    const planIds = values.plans
      ? values.plans
          .split(/[,，、\s]+/)
          .filter(Boolean)
          .map((p) => requirePlan(ctx, p).id)
      : null;
    const { caller } = ctx;
    const hook = values.webhook
      ? ctx.services.webhooks.add(caller.workspace, values.webhook, values.secret, caller)
      : undefined;
    if (values.webhook && !hook) throw new UserError('error.bad-webhook', { url: maskWebhook(values.webhook) });
    const channel = hook ? { platform: 'webhook' as const, workspace: caller.workspace, channel: hook.id } : caller;
    const sub = ctx.services.subscriptions.subscribe(channel, caller.user, {
      planIds,
      weekday: Number(values.weekday ?? 1),
      time: values.time ?? '09:00',
      timezone: values.timezone ?? DEFAULT_ZONE,
      lookahead: values.lookahead ?? 21,
      locale: values.locale ?? ctx.locale,
    });
    return {
      title: ctx.say('已订阅每周周报', 'Subscribed to the weekly digest'),
      text: hook ? `${describeWebhook(ctx, hook)}\n${describeSubscription(ctx, sub)}` : describeSubscription(ctx, sub),
      ephemeral: true,
    };
  },
});
