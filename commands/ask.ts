import { command, text } from '../src/dispatch/options.js';
import { problem } from '../src/dispatch/errors.js';
import { question } from '../src/dispatch/questions.js';
import { localeOfText, translate } from '../src/i18n.js';
import { clip } from './replies/format.js';

/**
 * /ask <question> — a question in words, answered by the command it reads as (区科协负责什么？ → /unit 区科协),
 * which the answer names so people learn it, in the question's language. Where text is typed, a question
 * without a command comes here too.
 */
export const ask = command({
  name: 'ask',
  description: { 'zh-CN': '用一句话提问（如 区科协负责什么？）', en: 'Ask in words (e.g. what is due this year?)' },
  options: {
    question: text(
      { 'zh-CN': '问题，如 今年有哪些到期？', en: 'the question, e.g. what is 区科协 responsible for?' },
      { required: true },
    ),
  },
  main: 'question',
  permission: 'everyone',
  examples: ['/ask 区科协负责什么？', '/ask 今年有哪些到期？', '/ask 防灾减灾日是哪天？'],
  async run(ctx, { question: asked }) {
    // Answered in the question's language, whatever the caller's.
    const L = localeOfText(asked) ?? ctx.locale;
    const line = question(asked, Number(ctx.today().slice(0, 4)));
    if (!line) return problem(L, 'error.not-understood', { question: clip(asked, 40) }, translate(L, 'hint.ask'));
    const reply = await ctx.run(line, L);
    const note = translate(L, 'ask.answered-as', { command: line });
    return { ...reply, footer: reply.footer ? `${reply.footer}\n${note}` : note };
  },
});
