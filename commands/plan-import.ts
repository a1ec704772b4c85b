import { command, file, text } from '../src/dispatch/options.js';
import { FileTooLarge, type Ctx, type IncomingFile } from '../src/dispatch/types.js';
import { IMPORT_LIMITS } from '../src/services/imports.js';
import { ImportError, readPlanFile } from '../src/services/importer.js';
import type { Reply } from '../src/reply.js';
import { importedReply, importProblem, limits, previewReply } from './replies/imports.js';

/**
 * /plan import <file> — admin: a plan file into this workspace, previewed first; nothing is stored until
 * 导入 (confirm:<token>) is pressed, 取消 (cancel:<token>) drops it. On chat platforms the file is the one
 * sent with the command; in the console, a path on this machine.
 */
export const planImport = command({
  name: 'plan import',
  description: {
    'zh-CN': '导入规划文件到本工作区（先预览，确认后保存）',
    en: 'Import a plan file into this workspace (preview, then confirm)',
  },
  options: {
    file: file({ 'zh-CN': '规划文件（PDF、Word、文本）', en: 'plan file (PDF, Word, text)' }),
    confirm: text({ 'zh-CN': '确认导入（预览给出的编号）', en: 'confirm a preview (its token)' }, { max: 40 }),
    cancel: text({ 'zh-CN': '放弃导入（预览给出的编号）', en: 'cancel a preview (its token)' }, { max: 40 }),
  },
  main: 'file',
  permission: 'admin',
  examples: ['/plan import 规划.pdf'],
  async run(ctx, values) {
    const owner = ctx.caller.workspace;
    const imports = ctx.services.imports;
    try {
      if (values.confirm) return importedReply(ctx, await imports.confirm(values.confirm, owner));
      if (values.cancel) {
        const dropped = imports.cancel(values.cancel, owner);
        return {
          title: dropped ? ctx.say('已取消导入', 'Import cancelled') : ctx.say('没有待确认的导入', 'No pending import'),
          text: ctx.say('什么也没有保存。', 'Nothing was stored.'),
          ephemeral: true,
        };
      }
      const incoming = ctx.caller.file ?? (ctx.caller.platform === 'console' ? hostFile(values.file) : undefined);
      if (!incoming) return noFile(ctx);
      const bytes = await read(incoming);
      return previewReply(ctx, await imports.preview(owner, bytes, incoming.name));
    } catch (err) {
      if (err instanceof ImportError) return importProblem(ctx, err);
      throw err;
    }
  },
});

/** A path typed in the console: a file on this machine (never on a chat platform). */
function hostFile(path: string | undefined): IncomingFile | undefined {
  if (!path) return undefined;
  const name = path.split(/[\\/]/).pop() ?? path;
  return { name, size: null, read: async (max) => readPlanFile(path, max) };
}

async function read(f: IncomingFile): Promise<Uint8Array> {
  if (f.size !== null && f.size > IMPORT_LIMITS.bytes) throw new ImportError(f.name, 'too-large');
  try {
    return await f.read(IMPORT_LIMITS.bytes);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    if (err instanceof FileTooLarge) throw new ImportError(f.name, 'too-large');
    throw new ImportError(f.name, 'unreadable', (err as Error).message);
  }
}

function noFile(ctx: Ctx): Reply {
  return {
    title: ctx.say('请附上规划文件', 'Attach a plan file'),
    text: ctx.say(
      'Discord：在 /plan import 的 file 选项里附上文件。Slack：把文件发给机器人（私信，或在频道里 @机器人），或发完文件后输入 /kepu plan import。飞书：在与机器人的单聊里发送文件。控制台：/plan import 文件路径。',
      'Discord: attach the file to the file option of /plan import. Slack: share the file with the bot (a direct message, or mention the bot in a channel), or type /kepu plan import right after sharing it. Feishu: send the file to the bot in a direct chat. Console: /plan import <path>.',
    ),
    footer: limits(ctx.say),
    ephemeral: true,
    error: true,
  };
}
