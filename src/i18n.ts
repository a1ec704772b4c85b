/**
 * Languages, and the shared user-facing messages (errors, hints, navigation), zh-CN first, then en.
 * `{name}` placeholders are filled by `translate`. Wording that belongs to one command stays in its
 * file as ctx.say('中文', 'English').
 */
export type Locale = 'zh-CN' | 'en';

/** Text in both languages; zh-CN first. */
export interface Localized {
  'zh-CN': string;
  en: string;
}

const messages = {
  'error.title': { 'zh-CN': '没能执行', en: 'Could not run that' },
  'error.empty': {
    'zh-CN': '请输入一个命令，例如 /tasks 防灾减灾。',
    en: 'Type a command, for example /tasks 防灾减灾.',
  },
  'error.unknown-command': { 'zh-CN': '没有“{word}”这个命令。', en: 'There is no command “{word}”.' },
  'error.unknown-sub': {
    'zh-CN': '“{word}”不是有效的子命令。可用：{valid}。',
    en: '“{word}” is not a valid subcommand. Try: {valid}.',
  },
  'error.unknown-option': {
    'zh-CN': '/{command} 没有选项“{word}”。可用选项：{valid}',
    en: '/{command} has no option “{word}”. Valid options: {valid}',
  },
  'error.bad-value': {
    'zh-CN': '选项 {option} 的值“{value}”无效：应为{expected}。',
    en: 'Option {option}: “{value}” is not valid; expected {expected}.',
  },
  'error.missing': { 'zh-CN': '/{command} 需要选项 {option}。', en: '/{command} needs the option {option}.' },
  'error.admin-only': {
    'zh-CN':
      '/{command} 只有管理员可以使用（Discord：“管理服务器”权限；Slack：工作区管理员或 bot 管理员名单；飞书：群主、群管理员或 bot 管理员名单）。',
    en: '/{command} is for admins only (Discord: Manage Server permission; Slack: workspace admins or the bot admin list; Feishu: the group owner, group managers or the bot admin list).',
  },
  'error.admin-unknown': {
    'zh-CN': '/{command} 只有管理员可以使用；暂时无法向平台确认你的管理员身份，请稍后再试。',
    en: '/{command} is for admins only; the platform could not confirm your admin role just now, please try again later.',
  },
  'error.internal': {
    'zh-CN': '内部错误，已记录。请稍后再试。',
    en: 'Internal error; it has been logged. Please try again later.',
  },
  'expect.integer': { 'zh-CN': ' {min} 到 {max} 之间的整数', en: 'a whole number from {min} to {max}' },
  'expect.choices': { 'zh-CN': '以下之一：{choices}', en: 'one of: {choices}' },
  'expect.shorter': { 'zh-CN': '{what}，最多 {max} 个字', en: '{what}, at most {max} characters' },
  'error.unknown-plan': {
    'zh-CN': '找不到规划“{plan}”。已载入：{list}。',
    en: 'No plan matches “{plan}”. Loaded: {list}.',
  },
  'error.unknown-task': {
    'zh-CN': '找不到任务“{id}”。任务编号形如 3-12（规划编号-任务序号），可用 /tasks 搜索。',
    en: 'No task “{id}”. Task ids look like 3-12 (plan-task); use /tasks to search.',
  },
  'error.unknown-unit': {
    'zh-CN': '没有找到单位“{unit}”。试试更短的名称，如“科协”，或用 /units 查看全部。',
    en: 'No unit matches “{unit}”. Try a shorter name such as 科协, or /units to list them.',
  },
  'error.unknown-themeday': {
    'zh-CN': '没有找到主题日“{day}”。用 /themedays 查看近期主题日。',
    en: 'No theme day “{day}”. Use /themedays to see upcoming ones.',
  },
  'error.no-page': {
    'zh-CN': '没有可以翻页的回答。先发一个分页的命令，例如 /tasks 农民，再说“下一页”。',
    en: 'There is no paged answer to turn. Run a paged command first, e.g. /tasks 农民, then “next”.',
  },
  'error.last-page': { 'zh-CN': '已经是最后一页（共 {pages} 页）。', en: 'This is the last page (of {pages}).' },
  'error.first-page': { 'zh-CN': '已经是第一页（共 {pages} 页）。', en: 'This is the first page (of {pages}).' },
  'console.saved': { 'zh-CN': '文件已保存：{path}', en: 'File saved: {path}' },
  'console.not-saved': {
    'zh-CN': '无法保存文件 {path}：{reason}。可用 kepu ics --out <文件> 另存。',
    en: 'Could not save {path}: {reason}. Use kepu ics --out <file> instead.',
  },
  'error.upload': {
    'zh-CN':
      '没能把文件 {name} 发到这里（{code}）。可以把机器人邀请进这个频道后再试，或由管理员在服务器上运行 kepu ics 生成日历文件。',
    en: 'Could not send the file {name} here ({code}). Invite the bot to this channel and try again, or ask an admin to run kepu ics on the host.',
  },
  'nav.prev': { 'zh-CN': '上一页：', en: 'Previous:' },
  'nav.next': { 'zh-CN': '下一页：', en: 'Next:' },
  'console.welcome': {
    'zh-CN': 'kepu-bot 控制台。输入 /help 查看命令，例如 /tasks 防灾减灾、/unit 区科协；exit 退出。',
    en: 'kepu-bot console. Type /help for commands, e.g. /tasks 防灾减灾 or /unit 区科协; exit to quit.',
  },
  'error.bad-date': {
    'zh-CN': '“{value}”不是有效日期，请写作 YYYY-MM-DD，例如 2027-05-22。',
    en: '“{value}” is not a valid date; write YYYY-MM-DD, e.g. 2027-05-22.',
  },
  'error.date-order': {
    'zh-CN': '结束日期 {end} 早于开始日期 {start}。',
    en: 'The end date {end} is before the start date {start}.',
  },
  'import.unreadable': { 'zh-CN': '无法读取文件', en: 'cannot read the file' },
  'import.empty': { 'zh-CN': '文件是空的', en: 'the file is empty' },
  'import.binary': {
    'zh-CN': '这不是可识别的文本文件。可导入：{formats}',
    en: 'the file is not text (expected UTF-8, UTF-16 or GB18030 plan text). Accepted: {formats}',
  },
  'import.unsupported': {
    'zh-CN': '不支持这种文件。可导入：{formats}',
    en: 'this kind of file is not supported. Accepted: {formats}',
  },
  'import.scanned': {
    'zh-CN': '这是扫描件，没有文字层：请提供可复制文字的 PDF 或 Word 文件',
    en: 'this is a scan without a text layer: please send a PDF with selectable text, or a Word file',
  },
  'import.too-large': { 'zh-CN': '文件太大：最多 {mb} MB', en: 'the file is too large: at most {mb} MB' },
  'import.too-many-pages': { 'zh-CN': '页数太多：最多 {pages} 页', en: 'too many pages: at most {pages}' },
  'import.too-slow': {
    'zh-CN': '读取文件超时（超过 {seconds} 秒），已停止：请提供更简单的 PDF 或 Word 文件',
    en: 'reading the file took too long (over {seconds} s) and was stopped: please send a simpler PDF or a Word file',
  },
  'import.damaged': {
    'zh-CN': '文件已损坏或不完整，无法读取：请重新保存或重新发送',
    en: 'the file is damaged or incomplete and cannot be read: please save or send it again',
  },
  'import.not-a-plan': {
    'zh-CN': '没有找到规划的结构（应有“一、”“（一）”“1.”等编号标题，以及任务或目标）',
    en: 'no plan structure found (expected numbered headings such as 一、 （一） 1. and tasks or targets)',
  },
  'import.no-tasks': {
    'zh-CN':
      '有编号标题，但没有找到任务、目标或日程（任务是“主要任务”“重点工作”等部分下的编号条目；目标如“到2025年，……达到……”）',
    en: 'numbered headings, but no tasks, targets or dated steps found (tasks are the numbered items of parts such as 主要任务 or 重点工作; targets read like 到2025年，……达到……)',
  },
  'import.not-a-file': {
    'zh-CN': '这不是普通文件（目录、管道或设备无法导入）',
    en: 'not a regular file (a directory, pipe or device cannot be imported)',
  },
  'import.timeout': { 'zh-CN': '读取文件用时过长，已停止', en: 'reading the file took too long and was stopped' },
  'import.large-loss': {
    'zh-CN': '新版本会删去三成以上的任务或目标；确认替换请加 --force',
    en: 'the new version drops more than 30% of the tasks or targets; run again with --force to replace it',
  },
  'import.expired': {
    'zh-CN': '没有这个待确认的导入（已过期、取消或完成）',
    en: 'no such pending import (expired, cancelled or already done)',
  },
  'import.not-owner': { 'zh-CN': '这个规划不属于这里', en: 'the plan does not belong here' },
  'import.no-version': { 'zh-CN': '没有保存更早的版本', en: 'no earlier version is kept' },
  'import.formats': {
    'zh-CN':
      'PDF（可复制文字）、Word（.docx、.doc）、WPS 文字、文本（.txt，UTF-8、UTF-16 或 GB18030）、Markdown（.md）、网页（.html）',
    en: 'PDF (with selectable text), Word (.docx, .doc), WPS Writer, text (.txt, UTF-8, UTF-16 or GB18030), Markdown (.md), web page (.html)',
  },
  'error.file-unreachable': {
    'zh-CN': '没能从 {platform} 取得这个文件（{code}）：请确认机器人能看到它，再发一次。',
    en: 'Could not get this file from {platform} ({code}): check that the bot can see it and send it again.',
  },
  'error.bad-webhook': {
    'zh-CN':
      '“{url}”不是可用的群机器人地址。支持：飞书自定义机器人（open.feishu.cn/open-apis/bot/v2/hook/…）、钉钉自定义机器人（oapi.dingtalk.com/robot/send?access_token=…）、企业微信群机器人（qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…），须为 https。',
    en: '“{url}” is not a group-robot webhook the bot knows. Supported: Feishu custom bot (open.feishu.cn/open-apis/bot/v2/hook/…), DingTalk custom robot (oapi.dingtalk.com/robot/send?access_token=…), WeCom group robot (qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…), over https.',
  },
  'error.unknown-webhook': {
    'zh-CN': '本工作区没有订阅群机器人“{url}”。/digest settings 列出已订阅的群机器人。',
    en: 'This workspace has no group-robot subscription “{url}”. /digest settings lists them.',
  },
  'hint.help': { 'zh-CN': '输入 /help 查看全部命令。', en: 'Type /help to see all commands.' },
  'error.not-understood': {
    'zh-CN': '没能读懂“{question}”。',
    en: 'Could not read “{question}” as a question.',
  },
  'ask.answered-as': {
    'zh-CN': '按 {command} 作答；下次可直接输入这个命令。',
    en: 'Answered as {command}; you can type that command next time.',
  },
  'hint.ask': {
    'zh-CN':
      '可以这样问：区科协负责什么？ 今年有哪些到期？ 防灾减灾日是哪天？ 关于农民的任务。输入 /help 查看全部命令。',
    en: 'Ask like: what is 区科协 responsible for? what is due this year? when is 科技活动周? Type /help for all commands.',
  },
} satisfies Record<string, Localized>;

/** A key of the message table: a misspelt key fails the type check, not production. */
export type MessageKey = keyof typeof messages;
export type Vars = Record<string, string | number>;

export function localized(text: Localized, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}

export function translate(locale: Locale, key: MessageKey, vars: Vars = {}): string {
  return localized(messages[key], locale).replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

/**
 * The language a question is written in: English when it has two or more Latin words (what is 区科协
 * responsible for?), or Latin letters and no Chinese; Chinese when it has Chinese and at most one Latin word
 * (PDF 怎么导入); undefined when it has neither.
 */
export function localeOfText(text: string): Locale | undefined {
  const words = text.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  const chinese = /\p{Script=Han}/u.test(text);
  if (words >= 2 || (words && !chinese)) return 'en';
  return chinese ? 'zh-CN' : undefined;
}

/** Accepts 'zh', 'zh-CN', 'zh-TW', 'en-US', … and maps to a supported locale (zh-CN by default). */
export function toLocale(tag: string | undefined | null): Locale {
  return tag && /^en/i.test(tag) ? 'en' : 'zh-CN';
}
