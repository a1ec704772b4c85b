/** Questions typed without a command, read as the command that answers them. */
import { describe, expect, it } from 'vitest';
import { question } from '../src/dispatch/questions.js';

describe('question', () => {
  it('reads what people ask in Chinese and English as a command', () => {
    const cases: [string, string][] = [
      ['区科协负责什么？', '/unit 区科协'],
      ['请问市教育局负责哪些工作', '/unit 市教育局'],
      ['科协牵头的任务有哪些', '/unit 科协'],
      ['what is 区科协 responsible for?', '/unit 区科协'],
      ['教育局今年要完成哪些任务', '/unit 教育局'],
      ['今年科协有什么任务', '/unit 科协'],
      ['科普基础设施由谁负责？', '/tasks 科普基础设施'],
      ['谁负责科普基础设施', '/tasks 科普基础设施'],
      ['who is responsible for 科普基础设施?', '/tasks 科普基础设施'],
      ['今年有哪些到期的？', '/deadlines year:2026'],
      ['what is due this year?', '/deadlines year:2026'],
      ['明年的期限', '/deadlines year:2027'],
      ['30天内到期的', '/deadlines within:30'],
      ['2025年科学素质目标', '/targets 科学素质 year:2025'],
      ['targets for 2025', '/targets year:2025'],
      ['what are the targets for farmers?', '/targets 农民'],
      ['2025年的目标完成了吗', '/targets year:2025'],
      ['防灾减灾日是哪天？', '/themeday 防灾减灾日'],
      ['when is 科技活动周?', '/themeday 科技活动周'],
      ['什么时候是全国科普日', '/themeday 全国科普日'],
      ['下周有什么主题日', '/themedays 14'],
      ['防灾减灾日下周有什么安排？', '/themeday 防灾减灾日'],
      ['全国科普月有哪些活动', '/themeday 全国科普月'],
      ['what is planned for 科技活动周?', '/themeday 科技活动周'],
      ['what is planned for earth day?', '/themeday earth day'],
      ['下周有什么活动', '/themedays 14'],
      ["what's on next week?", '/themedays 14'],
      ['农民有哪些任务', '/tasks 农民'],
      ['科技馆有哪些活动', '/tasks 科技馆'],
      ['下一个主题日是哪天', '/themedays'],
      ['有哪些规划', '/plans'],
      ['show me the plans', '/plans'],
      ['please list all plans', '/plans'],
      ['怎么用', '/help'],
      ['关于农民的任务', '/tasks 农民'],
      ['科技活动周的相关任务', '/tasks theme:科技活动周'],
      ['哪些任务和防灾减灾日有关', '/tasks theme:防灾减灾日'],
      ['与防灾减灾日相关的任务', '/tasks theme:防灾减灾日'],
      ['青少年科技教育', '/tasks 青少年科技教育'],
      ['单位有哪些', '/units'],
      ['青少年相关的目标', '/targets 青少年'],
      ['2025年要达到哪些目标', '/targets year:2025'],
      ['南京规划的目标', '/targets plan:南京'],
      ['南京的规划', '/plan 南京'],
      ['青云谱区规划有哪些任务', '/tasks plan:青云谱区'],
      ['有几个规划', '/plans'],
      ['which units are involved?', '/units'],
      ['list units', '/units'],
      // English topics as the plans word them
      ['which tasks involve farmers?', '/tasks 农民'],
      ['tasks about the elderly', '/tasks 老年人'],
      ['tasks for 区科协', '/unit 区科协'],
      ['tasks on science popularization', '/tasks 科普'],
      ['who leads 科普基础设施?', '/tasks 科普基础设施'],
      ['who is responsible for volunteers', '/tasks 志愿'],
      ['farmers', '/tasks 农民'],
      ['what is the education bureau responsible for?', '/unit 教育局'],
      ['tasks of the district science association', '/unit 区科协'],
      ['what does CAST do?', '/unit 科协'],
    ];
    for (const [asked, command] of cases) expect([asked, question(asked, 2026)]).toEqual([asked, command]);
  });

  it('leaves commands, English it cannot place and long text alone', () => {
    expect(question('/taks 农民', 2026)).toBeNull();
    expect(question('hello there', 2026)).toBeNull();
    expect(question('tasks about quarks', 2026)).toBeNull();
    expect(question('？', 2026)).toBeNull();
    expect(
      question('我们区今年准备围绕科技活动周和全国科普日组织一系列面向青少年的活动请问应该怎么安排', 2026),
    ).toBeNull();
  });
});
