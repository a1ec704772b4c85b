/** Chinese command names (Discord shows them to zh-CN users; the console and Slack accept them typed). */
export const NAMES_ZH: Record<string, string> = {
  help: '帮助',
  ask: '提问',
  plans: '规划列表',
  plan: '规划',
  tasks: '任务',
  task: '任务详情',
  targets: '目标',
  deadlines: '截止',
  units: '单位列表',
  unit: '单位',
  themedays: '主题日',
  themeday: '主题日设置',
  digest: '周报',
  calendar: '日历',
};

const BY_ZH = new Map(Object.entries(NAMES_ZH).map(([en, zh]) => [zh, en]));

/** The English command word for a typed word: itself, or the command a Chinese name stands for. */
export function commandWord(word: string): string {
  return BY_ZH.get(word) ?? word;
}
