/** Five State Council documents (test/corpus/): layouts that 科普 plans rarely show, read by the general rules. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanBytes } from '../src/plans/parse.js';
import { reportOf } from '../src/plans/report.js';
import type { Plan } from '../src/plans/types.js';

const doc = (name: string): Plan =>
  parsePlanBytes(readFileSync(join(__dirname, 'corpus', `${name}.txt`)), {
    themeDayAliases: ['职业教育活动周', '世界青年技能日'],
  });
const task = (plan: Plan, title: string) => plan.tasks.find((t) => t.title === title)!;

describe('若干意见 whose tasks are the （一）…（十五） paragraphs (国发〔2018〕39号)', () => {
  const plan = doc('gov-2018-39-employment');

  it('joins the wrapped title and signs with the closing signature', () => {
    expect(plan).toMatchObject({
      title: '国务院关于做好当前和今后一个时期促进就业工作的若干意见',
      issuer: '国务院',
      docNumber: '国发〔2018〕39号',
      issuedOn: '2018-11-16',
      region: '全国',
      period: null,
    });
  });

  it('has eleven main tasks and four guarantee tasks under 五、落实各方责任', () => {
    expect(plan.tasks.filter((t) => t.part === 'main')).toHaveLength(11);
    expect(plan.tasks.filter((t) => t.part === 'guarantee').map((t) => t.number)).toEqual([
      '十二',
      '十三',
      '十四',
      '十五',
    ]);
    expect(task(plan, '加大稳岗支持力度').path).toEqual(['一、支持企业稳定发展']);
  });

  it('reads unlabelled lists, splits on ， and leads by position once 列第一位者为牵头单位，下同 is printed', () => {
    expect(task(plan, '加大稳岗支持力度')).toMatchObject({
      units: ['人力资源社会保障部', '财政部'],
      leadUnits: ['人力资源社会保障部'],
    });
    expect(task(plan, '支持创业载体建设').units).toEqual([
      '人力资源社会保障部',
      '科技部',
      '财政部',
      '住房城乡建设部',
      '市场监管总局',
      '各省级人民政府',
    ]);
    expect(task(plan, '保障困难群众基本生活')).toMatchObject({
      units: ['财政部', '人力资源社会保障部', '民政部'],
      leadUnits: ['财政部'],
    });
    expect(task(plan, '扩大就业见习补贴范围').units).toEqual(['人力资源社会保障部']);
  });

  it('takes no subsidy rate or loan cap as a target; 从2019年1月1日起，实施三年百万青年见习计划 is one due 2021', () => {
    expect(plan.targets.map((t) => t.value)).not.toContain(50);
    expect(plan.targets.map((t) => t.unit)).not.toContain('万元');
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([[100, '万名', 2021]]);
  });
});

describe('通知 whose body is thirty measures 一、…三十、 (国办发〔2018〕117号)', () => {
  const plan = doc('gov-2018-117-incentives');

  it('is a plan: thirty main tasks without a path, each titled by its whole first sentence', () => {
    expect(plan.tasks).toHaveLength(30);
    expect(plan.tasks.every((t) => t.path.length === 0 && t.part === 'main')).toBe(true);
    expect(plan.tasks[1]!.title).toBe(
      '对促进外贸、外资稳定增长，积极优化营商环境成效明显的省（区、市），在外贸转型升级基地培育中给予优先支持',
    );
  });

  it('reads （…负责） lists, drops 会同有关部门, and takes place-name glosses for no units', () => {
    expect(plan.tasks[0]!.units).toEqual(['市场监管总局']);
    expect(plan.tasks[5]!.units).toEqual(['交通运输部', '财政部']);
    expect(plan.tasks[17]!.units).toEqual(['国家发展改革委', '财政部']);
    expect(plan.tasks.flatMap((t) => t.units)).not.toContain('区');
    expect(plan.tasks.every((t) => t.leadUnits.length === 0)).toBe(true);
  });

  it('dates the closing deadlines as milestones and keeps closing text out of the last task', () => {
    expect(plan.milestones.map((m) => m.year)).toEqual([2018, 2019]);
    expect(plan.tasks[29]!.text).not.toContain('2018年12月31日');
    expect(plan).toMatchObject({ issuer: '国务院办公厅', issuedOn: '2018-12-06', docNumber: '国办发〔2018〕117号' });
  });
});

describe('通知 that 印发 a 方案 with unit lists carrying roles (国办发〔2018〕128号)', () => {
  const plan = doc('gov-2018-128-zero-waste-city');

  it('carries the 方案 title and the notice signature', () => {
    expect(plan).toMatchObject({
      title: '“无废城市”建设试点工作方案',
      issuer: '国务院办公厅',
      issuedOn: '2018-12-29',
      region: '全国',
    });
    expect(plan.tasks.map((t) => t.number)).toEqual(['一', '二', '三', '四', '五', '六']);
  });

  it('unions every list of a task, drops role words, and carries 以下均需试点城市政府落实 to the following tasks', () => {
    const first = plan.tasks[0]!;
    expect(first.leadUnits).toEqual(['生态环境部']);
    expect(first.units.slice(0, 3)).toEqual(['生态环境部', '国家发展改革委', '工业和信息化部']);
    expect(first.units).toContain('试点城市政府');
    for (const t of plan.tasks) expect(t.units).toContain('试点城市政府');
    expect(plan.tasks[5]!.units).toContain('供销合作总社');
    expect(plan.tasks.flatMap((t) => t.units).some((u) => /指导|参与|牵头|负责/.test(u))).toBe(false);
  });

  it('finds the 2020 goals of a task and the schedule steps', () => {
    const values = plan.targets.filter((t) => t.year === 2020).map((t) => t.value);
    expect(values).toEqual(expect.arrayContaining([95, 75, 85, 80]));
    expect(plan.targets.find((t) => t.value === 10)).toMatchObject({ comparator: '~', year: null });
    expect(plan.milestones.map((m) => m.year)).toEqual([2019, 2021]);
  });
});

describe('方案 without unit lists (国办发〔2019〕2号, 国发〔2019〕4号)', () => {
  it('02: tasks in 三、具体措施 and 四、, none in scope, organisation or schedule parts', () => {
    const plan = doc('gov-2019-02-drug-procurement');
    expect(plan.title).toBe('国家组织药品集中采购和使用试点方案');
    expect(plan.tasks.map((t) => t.title)).toContain('带量采购，以量换价');
    expect(plan.tasks).toHaveLength(8);
    expect(plan.tasks.every((t) => t.units.length === 0)).toBe(true);
    expect(plan.milestones.map((m) => m.year)).toEqual([2019]);
    expect(plan.targets.map((t) => t.value)).not.toContain(30);
  });

  it('04: eighteen tasks on heading lines, the 具体指标 of 2022, theme days, no tasks in 组织实施', () => {
    const plan = doc('gov-2019-04-vocational-education');
    expect(plan).toMatchObject({ title: '国家职业教育改革实施方案', issuer: '国务院', issuedOn: '2019-01-24' });
    expect(plan.tasks).toHaveLength(18);
    expect(plan.tasks[17]!.title).toBe('支持组建国家职业教育指导咨询委员会');
    const goals = plan.targets.filter((t) => t.taskSeq === null);
    expect(goals.map((t) => [t.value, t.unit, t.year])).toEqual(
      expect.arrayContaining([
        [50, '所', 2022],
        [150, '个', 2022],
        [300, '个', 2022],
        [6, '个月', 2022],
      ]),
    );
    expect(plan.targets.find((t) => t.value === 300 && t.year === 2020)).toBeDefined();
    expect(plan.themeDays).toContain('职业教育活动周');
    expect(reportOf(plan).warnings).toEqual([]);
  });
});

describe('the same documents as text taken from a PDF: lines wrapped at a fixed width, page numbers between', () => {
  /** The document's lines cut every `width` characters, `- N -` after every 35 lines, CRLF endings. */
  const wrapped = (name: string, width: number): Plan => {
    const lines = readFileSync(join(__dirname, 'corpus', `${name}.txt`), 'utf8')
      .split('\n')
      .flatMap((line) => line.match(new RegExp(`.{1,${width}}`, 'gu')) ?? ['']);
    const pages = lines.flatMap((line, i) => (i % 35 === 34 ? [line, `- ${(i + 1) / 35} -`] : [line]));
    return parsePlanBytes(Buffer.from(pages.join('\r\n')), { themeDayAliases: [] });
  };

  for (const width of [26, 38, 52])
    it(`reads the same tasks, units and targets at ${width} characters a line`, () => {
      for (const name of ['gov-2018-117-incentives', 'gov-2018-39-employment', 'gov-2019-04-vocational-education']) {
        const plain = doc(name);
        const pdf = wrapped(name, width);
        expect(pdf.tasks.map((t) => [t.title, t.units, t.leadUnits])).toEqual(
          plain.tasks.map((t) => [t.title, t.units, t.leadUnits]),
        );
        expect(pdf.targets.map((t) => [t.value, t.year])).toEqual(plain.targets.map((t) => [t.value, t.year]));
      }
    });
});
