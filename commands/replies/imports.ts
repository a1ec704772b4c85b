/** The wording of imports: the preview with its report, what was stored, and why a file was refused. */
import type { Ctx } from '../../src/dispatch/types.js';
import type { Reply } from '../../src/reply.js';
import { issuerShort, period as planPeriod } from './plans.js';
import { IMPORT_LIMITS, type Preview } from '../../src/services/imports.js';
import type { ImportError, ImportResult } from '../../src/services/importer.js';
import type { ReportWarning } from '../../src/plans/report.js';
import { clip, type Say } from './format.js';

const MB = IMPORT_LIMITS.bytes / 1024 / 1024;

/** The limits, as stated with the command and its refusals. */
export function limits(say: Say): string {
  return say(
    `文件不超过 ${MB} MB、${IMPORT_LIMITS.pages} 页，解析限时 ${IMPORT_LIMITS.parseMs / 1000} 秒；支持文本、Markdown、PDF、Word（DOCX/DOC）。`,
    `Files up to ${MB} MB and ${IMPORT_LIMITS.pages} pages, parsed within ${IMPORT_LIMITS.parseMs / 1000} s; text, Markdown, PDF and Word (DOCX/DOC).`,
  );
}

function warning(say: Say, w: ReportWarning): string {
  const n = w.count ?? 0;
  switch (w.code) {
    case 'no-tasks':
      return say(
        '没有找到任务：这个文件可能不是规划，或者编号格式没有识别出来。',
        'No tasks found: the file may not be a plan, or its numbering was not recognised.',
      );
    case 'tasks-without-units':
      return say(`${n} 项任务没有责任单位。`, `${n} tasks name no responsible unit.`);
    case 'unread-unit-lists':
      return say(`${n} 处责任单位列表没能读出。`, `${n} unit lists could not be read.`);
    case 'tasks-without-text':
      return say(`${n} 项任务只有标题，没有正文。`, `${n} tasks have a title but no text.`);
    case 'title-cut':
      return say('标题可能被截断了。', 'The title may be cut short.');
    case 'no-metadata':
      return say('没有找到发文单位和日期。', 'No issuer or date found.');
    case 'targets-without-year':
      return say(`${n} 个目标没有年份。`, `${n} targets have no year.`);
  }
}

/** The preview: the import report, what it replaces and loses, and the 导入 / 取消 buttons. */
export function previewReply(ctx: Ctx, p: Preview): Reply {
  const say = ctx.say;
  const r = p.report;
  const period =
    (r.period && planPeriod({ periodStart: r.period.start, periodEnd: r.period.end })) ??
    say('期限未注明', 'no period given');
  const file = [p.source, p.format.toUpperCase(), p.pages ? say(`${p.pages} 页`, `${p.pages} pages`) : null]
    .filter(Boolean)
    .join(' · ');
  const sections: NonNullable<Reply['sections']> = [
    {
      fields: [
        { name: say('任务', 'Tasks'), value: String(r.tasks) },
        { name: say('责任单位', 'Units'), value: String(r.units) },
        { name: say('量化目标', 'Targets'), value: String(r.targets) },
        { name: say('进度安排', 'Milestones'), value: String(r.milestones) },
        { name: say('主题日', 'Theme days'), value: String(r.themeDays) },
      ],
    },
  ];
  if (p.replaces) {
    sections.push({
      title: say('将替换', 'Replaces'),
      body: say(
        `本工作区已有的规划 ${p.replaces.id}“${clip(p.replaces.title, 80)}”将被这个文件替换（编号 ${p.replaces.id} 保留，旧版本可用 /plan restore 恢复）。`,
        `This workspace's plan ${p.replaces.id} “${clip(p.replaces.title, 80)}” will be replaced by this file (id ${p.replaces.id} kept; /plan restore brings the old version back).`,
      ),
    });
  }
  if (p.loss) {
    const { tasks, targets } = p.loss;
    sections.push({
      title: say('⚠ 将丢失大量内容', '⚠ Large loss'),
      body: say(
        `任务从 ${tasks.before} 项减少到 ${tasks.after} 项，目标从 ${targets.before} 项减少到 ${targets.after} 项。确认这是完整的新版本再导入。`,
        `Tasks go from ${tasks.before} to ${tasks.after} and targets from ${targets.before} to ${targets.after}. Import only if this is the complete new version.`,
      ),
    });
  }
  if (r.warnings.length) {
    sections.push({ title: say('提醒', 'Warnings'), body: r.warnings.map((w) => `• ${warning(say, w)}`).join('\n') });
  }
  const minutes = Math.round((p.expiresAt.getTime() - ctx.now().getTime()) / 60_000);
  return {
    title: say(`导入预览：${clip(r.title, 200)}`, `Import preview: ${clip(r.title, 200)}`),
    text: [r.issuer ? issuerShort(r.issuer, say) : say('发文单位未注明', 'issuer not given'), period, file].join(' · '),
    sections,
    footer: say(
      `尚未保存。${minutes} 分钟内点“导入”保存到本工作区，点“取消”放弃。`,
      `Nothing is stored yet. Press Import within ${minutes} minutes to store it in this workspace, or Cancel.`,
    ),
    confirm: {
      yes: { label: say('导入', 'Import'), invocation: { name: 'plan import', args: { confirm: p.token } } },
      no: { label: say('取消', 'Cancel'), invocation: { name: 'plan import', args: { cancel: p.token } } },
    },
    ephemeral: true,
  };
}

export function importedReply(ctx: Ctx, r: ImportResult): Reply {
  return {
    title: r.replaced
      ? ctx.say(`已更新规划 ${r.id}`, `Plan ${r.id} updated`)
      : ctx.say(`已导入规划 ${r.id}`, `Plan ${r.id} imported`),
    text: ctx.say(
      `${clip(r.title, 200)}：任务 ${r.tasks} 项，目标 ${r.targets} 项。只有本工作区能看到。`,
      `${clip(r.title, 200)}: ${r.tasks} tasks, ${r.targets} targets. Seen only in this workspace.`,
    ),
    related: [{ label: `/plan ${r.id}`, invocation: { name: 'plan', args: { plan: String(r.id) } } }],
  };
}

/** Why a file or an import step was refused, with what to do instead. */
export function importProblem(ctx: Ctx, e: ImportError): Reply {
  const say = ctx.say;
  const what = ((): string => {
    switch (e.reason) {
      case 'unreadable': {
        // the system's error code in words where people meet it: a mistyped path, a file of another user
        const file = clip(e.source, 60);
        if (e.detail === 'ENOENT')
          return say(
            `没有文件“${file}”。请检查路径和文件名。`,
            `There is no file “${file}”. Check the path and the name.`,
          );
        if (e.detail === 'EACCES' || e.detail === 'EPERM')
          return say(`没有读取文件“${file}”的权限（${e.detail}）。`, `No permission to read “${file}” (${e.detail}).`);
        return say(`读不了文件“${file}”（${e.detail ?? ''}）。`, `Cannot read “${file}” (${e.detail ?? ''}).`);
      }
      case 'not-a-file':
        return say(
          `“${clip(e.source, 60)}”不是普通文件（${e.detail ?? ''}），不能导入。`,
          `“${clip(e.source, 60)}” is not a regular file (${e.detail ?? ''}).`,
        );
      case 'empty':
        return say('文件是空的。', 'The file is empty.');
      case 'binary':
      case 'unsupported':
        return say(
          '不认识这个文件格式。请提供文本、Markdown、PDF 或 Word（DOCX/DOC）文件。',
          'Unknown file format. Send a text, Markdown, PDF or Word (DOCX/DOC) file.',
        );
      case 'scanned':
        return say(
          '这是扫描件，没有文字层：请提供可复制文字的 PDF 或 Word 文件。',
          'This is a scan without a text layer: send a PDF with selectable text or a Word file.',
        );
      case 'too-large':
        return say(`文件超过 ${MB} MB。`, `The file is larger than ${MB} MB.`);
      case 'too-many-pages':
        return say(`文件超过 ${IMPORT_LIMITS.pages} 页。`, `The file has more than ${IMPORT_LIMITS.pages} pages.`);
      case 'too-slow':
        return say(
          '读取文件用时过长，已停止：请提供更简单的 PDF 或 Word 文件。',
          'Reading the file took too long and was stopped: send a simpler PDF or a Word file.',
        );
      case 'damaged':
        return say('文件已损坏或不完整，读不出来。', 'The file is damaged or incomplete.');
      case 'timeout':
        return say(
          '解析这个文件用时过长，已经停止，什么也没有保存。',
          'Reading this file took too long and was stopped; nothing was stored.',
        );
      case 'not-a-plan':
        return say(
          '没有找到规划的结构（一、（一）1. 这样的编号标题和任务）。',
          'No plan structure found (numbered headings such as 一、 （一） 1. and tasks).',
        );
      case 'no-tasks':
        return say(
          '有编号标题，但没有找到任务、目标或日程：任务是“主要任务”“重点工作”等部分下的编号条目，目标如“到2025年，……达到……”。',
          'Numbered headings, but no tasks, targets or dated steps: tasks are the numbered items of parts such as 主要任务 or 重点工作, targets read like 到2025年，……达到…….',
        );
      case 'large-loss':
        return say(
          '新版本会丢失三成以上的任务或目标。',
          'The new version drops more than 30% of the tasks or targets.',
        );
      case 'expired':
        return say(
          '这个导入已经过期、取消或完成了，什么也没有保存。请重新发送文件。',
          'This import has expired, was cancelled or is already done; nothing was stored. Send the file again.',
        );
      case 'not-owner':
        return say(
          '这个规划属于共享规划库或别的工作区，不能在这里更改；规划库只能在服务器上用 kepu 命令管理。',
          'This plan belongs to the shared library or another workspace and cannot be changed here; the library is managed on the host with the kepu command.',
        );
      case 'no-version':
        return say('这个规划没有保存的旧版本。', 'No earlier version of this plan is kept.');
    }
  })();
  const step = e.reason === 'not-owner' || e.reason === 'no-version' || e.reason === 'expired';
  return {
    title: step ? say('没能执行', 'Could not run that') : say('没能导入', 'Import refused'),
    text: what,
    footer: step ? undefined : limits(say),
    ephemeral: true,
    error: true,
  };
}
