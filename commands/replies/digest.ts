/** The wording of a digest and of a failed-delivery report, in the subscription's language. */
import type { Locale } from '../../src/i18n.js';
import type { Reply, Section } from '../../src/reply.js';
import type { Digest } from '../../src/services/digest.js';
import { taskId } from '../../src/services/tasks.js';
import { cmd, dayName, formatRange, planShort, quantity, sayIn, when } from './format.js';

/** Units shown per related task before "等 N 个单位". */
const UNITS_SHOWN = 4;

/** Units whose name shares a word with the day's name or topic (应急管理局 for 防灾减灾日) first, then as printed. */
function concerned(day: { nameZh: string; keywords: string[] }, units: string[]): string[] {
  const topic = [day.nameZh, ...day.keywords].join(' ');
  const near = (u: string) => {
    const key = u.replace(/^(?:各|市|区|县|省|镇)/, '').replace(/(?:局|委|办|会|厅|部|中心)$/, '');
    for (let i = 0; i + 2 <= key.length; i++) if (topic.includes(key.slice(i, i + 2))) return true;
    return false;
  };
  const close: string[] = [];
  const rest: string[] = [];
  for (const u of units) (near(u) ? close : rest).push(u);
  return [...close, ...rest];
}

export function renderDigest(d: Digest): Reply {
  const say = sayIn(d.scope.locale);
  const sections: Section[] = d.days.map(({ occurrence: o, tasks }) => {
    if (!o.start) {
      const pending = say(
        `公布后管理员可用 ${cmd('themeday set')} 录入。`,
        `Admins can enter it with ${cmd('themeday set')} once announced.`,
      );
      return { title: dayName(say, o.day), body: `${when(say, o, d.today)}${say('。', '. ')}${pending}` };
    }
    const lines = tasks.map((task) => {
      const units = concerned(o.day, [...new Set([...task.units, ...task.leadUnits])]);
      const shown = units.slice(0, UNITS_SHOWN).join('、') || say('未列单位', 'no unit listed');
      const more =
        units.length > UNITS_SHOWN ? say(` 等 ${units.length} 个单位`, ` and ${units.length - UNITS_SHOWN} more`) : '';
      return `• ${taskId(task)} ${task.title} · ${planShort(task.planTitle)}（${shown}${more}）`;
    });
    const related = lines.length ? [say('相关任务：', 'Related tasks:'), ...lines] : [];
    return { title: dayName(say, o.day), body: [when(say, o, d.today), ...related].join('\n') };
  });
  if (d.due.length) {
    sections.push({
      title: say('期内到期', 'Falling due'),
      body: [
        ...d.due.map(
          (x) => `• ${x.due} ${x.target ? `${x.target.metric} ${quantity(say, x.target)}` : x.text}（${x.planTitle}）`,
        ),
        ...(d.dueTotal > d.due.length
          ? [
              say(
                `另有 ${d.dueTotal - d.due.length} 项，用 ${cmd('deadlines')} 查看全部。`,
                `${d.dueTotal - d.due.length} more: ${cmd('deadlines')} lists them all.`,
              ),
            ]
          : []),
      ].join('\n'),
    });
  }
  const { lookahead } = d.scope;
  let text = say(
    `本周 ${d.week.start} 至 ${d.week.end}，以下是未来 ${lookahead} 天的主题日。`,
    `Week ${d.week.start} – ${d.week.end}: theme days in the next ${lookahead} days.`,
  );
  if (d.days.length === 0) {
    text = say(`未来 ${lookahead} 天没有主题日。`, `No theme days in the next ${lookahead} days.`);
    const next = d.next;
    if (next?.start) {
      const range = formatRange(next.start, next.end, say);
      text += say(`下一个是 ${next.day.nameZh}（${range}）。`, ` The next is ${next.day.nameEn} (${range}).`);
    }
  }
  return {
    title: say(`科普主题日周报 · ${d.week.start}`, `Theme-day digest · week of ${d.week.start}`),
    text,
    sections,
    footer: say(
      `设置：${cmd('digest settings')} 查看，${cmd('digest subscribe')} 修改，${cmd('digest unsubscribe')} 退订。`,
      `Settings: ${cmd('digest settings')} to view, ${cmd('digest subscribe')} to change, ${cmd('digest unsubscribe')} to stop.`,
    ),
    locale: d.scope.locale,
  };
}

/** Tells the subscribing admin that a digest could not be posted, and why. */
export function digestFailure(locale: Locale, channel: string, error: string, robot = false): Reply {
  const say = sayIn(locale);
  if (error === 'interrupted')
    return {
      title: say('每周周报可能未送达', 'The weekly digest may not have arrived'),
      text: say(
        `频道 ${channel}：机器人在发送周报时重启，无法确认周报是否已发出，也无法安全地重发。请查看该频道；如未收到，可用 /digest preview 查看本周内容。`,
        `Channel ${channel}: the bot restarted while posting the digest, and whether it arrived cannot be confirmed, so it was not sent again. Please check the channel; /digest preview shows this week's digest.`,
      ),
      error: true,
      locale,
    };
  if (error === 'unconfirmed')
    return {
      title: say('每周周报可能未送达', 'The weekly digest may not have arrived'),
      text: say(
        `群机器人 ${channel}：请求已发出但没有收到答复，无法确认周报是否已发出；群机器人不能去重，为免重复没有重发。请查看该群；如未收到，可用 /digest preview 查看本周内容。`,
        `Group robot ${channel}: the request went out but no answer came back, so whether the digest arrived cannot be confirmed; group robots cannot de-duplicate, so it was not sent again. Please check the group; /digest preview shows this week's digest.`,
      ),
      error: true,
      locale,
    };
  return {
    title: say('每周周报发送失败', 'The weekly digest could not be posted'),
    text: robot
      ? say(
          `群机器人 ${channel}：${error}。请检查机器人地址和签名密钥，再用 /digest subscribe webhook:… 重新订阅；订阅仍然保留（${cmd('digest settings')}）。`,
          `Group robot ${channel}: ${error}. Check the robot's URL and signing secret and subscribe again with /digest subscribe webhook:…; the subscription is kept (${cmd('digest settings')}).`,
        )
      : say(
          `频道 ${channel}：${error}。请检查机器人能否查看并在该频道发言；订阅仍然保留（${cmd('digest settings')}）。`,
          `Channel ${channel}: ${error}. Check that the bot can see and post in the channel; the subscription is kept (${cmd('digest settings')}).`,
        ),
    error: true,
    locale,
  };
}
