/** The general rules of Chinese government documents, each on a small inline fixture. */
import { describe, expect, it } from 'vitest';
import { findUnits } from '../src/plans/units.js';
import { parsePlan } from '../src/plans/parse.js';
import { findMilestones, findTargets, milestoneDue } from '../src/plans/targets.js';
import { reportOf, titleCut } from '../src/plans/report.js';
import type { Target } from '../src/plans/types.js';
import { cnNumber } from '../src/plans/numerals.js';

const units = (text: string) => findUnits(text);
const ctx = { taskSeq: null, periodStart: null };
/** A plan of a title, a goals part (一、发展目标) holding `goals`, and the lines after it. */
const goalsPlan = (title: string, goals: string[], after: string[]) =>
  parsePlan([title, '一、发展目标', ...goals, ...after].join('\n'));
/** A plan's goals as metric, comparator, value, unit and due year. */
const goals = (p: { targets: Target[] }) => p.targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.year]);

describe('target units', () => {
  it('counts and measures after 万 / 亿 (3万平方米, 1.5亿人次, 50万册), money, vehicles, lengths; a baseline or a rate is not a target', () => {
    const found = findTargets(
      '到2030年，科普场馆建筑面积达到3万平方米，科普活动参与达到1.5亿人次，科普图书年出版量达到50万册，人均科普经费达到2元。',
      ctx,
      true,
    );
    expect(found.map((t) => [t.value, t.unit, t.year])).toEqual([
      [3, '万平方米', 2030],
      [1.5, '亿人次', 2030],
      [50, '万册', 2030],
      [2, '元', 2030],
    ]);
    expect(findTargets('每年新增科普大篷车5台，建设科普长廊20公里。', ctx, false).map((t) => t.unit)).toEqual([
      '台',
      '公里',
    ]);
    expect(findTargets('在继续巩固落实好生均拨款水平达到12000元的基础上，逐步提高拨款水平。', ctx, false)).toEqual([]);
    // money outside the goals only with a target word: a yearly subsidy is a rate
    expect(findTargets('每人每年补助120元。', ctx, false)).toEqual([]);
    expect(findTargets('每年安排专项资金不少于500万元。', ctx, false).map((t) => t.value)).toEqual([500]);
  });

  it('counts in 批次, 块, 位, 张, 幅, 集', () => {
    expect(
      findTargets(
        '开展研学活动不少于4批次，设置宣传栏不少于36块，邀请专家不少于20位，制作挂图不少于100幅、动画不少于10集。',
        ctx,
        false,
      ).map((t) => t.value + t.unit),
    ).toEqual(['4批次', '36块', '20位', '100幅', '10集']);
  });
});

describe('target numbers', () => {
  it('Chinese numerals up to thousands; not two digits in a row, nor the spoken 一百二', () => {
    const read = ['三', '十', '二十一', '一百', '一百零五', '一百一十', '两千五百', '三千'].map(cnNumber);
    expect(read).toEqual([3, 10, 21, 100, 105, 110, 2500, 3000]);
    expect(['二三', '十十', '一百二', ''].map(cnNumber)).toEqual([NaN, NaN, NaN, NaN]);
  });

  it('a range with a horizontal bar (6000―8000名) as with a dash', () => {
    expect(
      findTargets('每年培训高素质农民6000―8000名。', ctx, true).map((t) => [t.comparator, t.value, t.valueMax]),
    ).toEqual([['range', 6000, 8000]]);
  });

  it('300余场 and 1000多人次 are at least that many; 二十个 and 十场 in Chinese numerals count; 一批 and 一支 are vague', () => {
    const found = findTargets('全年开展科普活动300余场，培训农民1000多人次，举办讲座不少于十场。', ctx, false);
    expect(found.map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [300, '场', '>='],
      [1000, '人次', '>='],
      [10, '场', '>='],
    ]);
    expect(findTargets('到2025年，科普场馆达到二十个。', ctx, true).map((t) => t.value)).toEqual([20]);
    expect(findTargets('建设一批示范基地，培养一支科普队伍。', ctx, true)).toEqual([]);
  });

  it('Chinese numerals after a count verb or closing a clause after what they count, and 百分之 as a share', () => {
    const found = findTargets(
      '到2028年，全县公民具备科学素质的比例达到百分之十八点五，科普场馆年接待量突破二十万人次，新建科普馆两所，培育科普带头人一百名，发展科技志愿者三千人。',
      ctx,
      true,
    );
    expect(found.map((t) => [t.metric, t.value, t.unit, t.comparator])).toEqual([
      ['公民具备科学素质的比例', 18.5, '%', '='],
      ['科普场馆年接待量', 20, '万人次', '>'],
      ['新建科普馆', 2, '所', '='],
      ['培育科普带头人', 100, '名', '='],
      ['发展科技志愿者', 3000, '人', '='],
    ]);
    // slogans and ranges: 完成一项、销号一项; 成熟一个，推进一个; 突破百项…; 应有一至两名
    for (const text of [
      '实行销项管理，完成一项、销号一项。',
      '成熟一个，推进一个。',
      '突破百项前沿关键核心技术。',
      '其中40岁左右的成员应有一至两名。',
    ])
      expect(findTargets(text, ctx, true)).toEqual([]);
  });
});

describe('target metrics', () => {
  it('leave out a span of years (5年内) and the rest of a quotation holding several targets', () => {
    expect(
      findTargets(
        '实现“重点引进和培养高层次人才达到2000名左右，人才贡献率达到40%”的三大人才发展目标。5年内培训新型农民40000名，设立“羊城学者”特聘岗位50个。',
        ctx,
        true,
      ).map((t) => t.metric),
    ).toEqual(['重点引进和培养高层次人才', '人才贡献率', '培训新型农民', '设立“羊城学者”特聘岗位']);
  });

  it('leave out the 的 after a share that opens them (90%以上的省级政务服务事项…)', () => {
    expect(findTargets('2019年底前，90%以上的省级政务服务事项实现网上可办。', ctx, true).map((t) => t.metric)).toEqual([
      '省级政务服务事项实现网上可办',
    ]);
  });

  it('keep 以上 after a level (市级以上竞赛, 县级以上部门), a class as 及以上 is', () => {
    const metrics = (text: string) => findTargets(text, ctx, true).map((t) => t.metric);
    expect(metrics('到2025年，争创南通市级以上科普教育基地10家，建成科普示范社区20个以上。')).toEqual([
      '争创南通市级以上科普教育基地',
      '建成科普示范社区',
    ]);
  });

  it('leave out the time of a five-year plan (“十五五”期间, 到“十五五”期末), and keep 及以上 naming a class', () => {
    expect(
      findTargets(
        '“十五五”期间，粮食生产面积稳定在170万亩以上。到“十五五”期末接入容量达到30万千瓦。到2030年，新建民用建筑100%执行绿色建筑一星级及以上标准。',
        ctx,
        true,
      ).map((t) => t.metric),
    ).toEqual(['粮食生产面积稳定在', '接入容量', '新建民用建筑执行绿色建筑一星级及以上标准']);
  });

  it('a quantity qualifying what is named (人数30人以上的企业) is no target; a delivered one (组建不少于20人的分队) and a share (30%的小区) are', () => {
    const values = (text: string) => findTargets(text, ctx, false).map((t) => t.value);
    expect(values('整治入井人数超过30人、井深超过800米的地下矿山，涉粉作业人数30人以上的企业。')).toEqual([]);
    expect(values('到2025年，培育10家年产值超过1亿元的龙头企业。')).toEqual([10]);
    expect(values('到2025年，组建不少于20人的战勤保障分队，30%的小区要创建示范小区。')).toEqual([20, 30]);
  });

  it('levels listed after 分别 measure the same thing', () => {
    expect(
      findTargets('到2028年底，乡土树种和地产草种的应用比例分别达到80%、50%以上。', ctx, true).map((t) => [
        t.metric,
        t.value,
      ]),
    ).toEqual([
      ['乡土树种和地产草种的应用比例', 80],
      ['乡土树种和地产草种的应用比例', 50],
    ]);
  });

  it('a change against an earlier level (比2025年提高5个百分点) measures what the clause before it names', () => {
    const got = (text: string) => findTargets(text, ctx, true).map((t) => [t.metric, t.value, t.unit]);
    expect(got('到2030年，全市公民具备科学素质的比例达到25%，比2025年提高5个百分点。')).toEqual([
      ['公民具备科学素质的比例', 25, '%'],
      ['公民具备科学素质的比例', 5, '个百分点'],
    ]);
    // a clause naming what it measures keeps it
    expect(got('到2030年，单位建筑面积碳排放较2025年下降3%。')).toEqual([['单位建筑面积碳排放下降', 3, '%']]);
    // the level after a change is of what changed, without the baseline
    expect(got('到2030年，全市公民具备科学素质的比例比2025年提高5个百分点，达到20%以上。')).toEqual([
      ['公民具备科学素质的比例提高', 5, '个百分点'],
      ['公民具备科学素质的比例', 20, '%'],
    ]);
  });

  it('two counts joined by 和 after their nouns are two targets, each its own metric, the second delivered too', () => {
    const task = { taskSeq: 1, periodStart: 2026 };
    const got = (text: string) => findTargets(text, task, false).map((t) => [t.metric, t.value, t.unit]);
    expect(got('建设科普e站20个和科普示范村5个。')).toEqual([
      ['建设科普e站', 20, '个'],
      ['科普示范村', 5, '个'],
    ]);
    expect(got('建成科普场馆面积1万平方米和科普画廊100块。')).toEqual([
      ['建成科普场馆面积', 1, '万平方米'],
      ['科普画廊', 100, '块'],
    ]);
    expect(got('培训科普志愿者500人及科技辅导员200人。')).toEqual([
      ['培训科普志愿者', 500, '人'],
      ['科技辅导员', 200, '人'],
    ]);
    // a year's count after a frequency (全年12场), measuring what the item's label names
    expect(got('科普讲座：每月1场，全年12场。')).toEqual([['科普讲座', 12, '场']]);
    // a part of a total (其中科技馆5个) measures the part
    expect(got('到2028年，科普场馆数量达到50个，其中科技馆5个。')).toEqual([
      ['科普场馆数量', 50, '个'],
      ['科技馆', 5, '个'],
    ]);
    // 和 inside a name, and a count after 和 that no delivered count precedes, stay as they were
    expect(got('和谐社区建设投入资金和2025年相比增长。')).toEqual([]);
  });

  it('leave out the region that opens a clause, not a share of it (占全市的比重)', () => {
    expect(
      findTargets('到2027年，全市数字经济核心产业占全市的比重达20%以上。', ctx, true).map((t) => t.metric),
    ).toEqual(['数字经济核心产业占全市的比重']);
  });

  it('leave out the unit list closing the sentence, which is read for its units', () => {
    expect(
      findTargets('培训科普志愿者500名（由区科协、区人社局牵头，各街道配合）。', ctx, false).map((t) => [
        t.metric,
        t.value,
      ]),
    ).toEqual([['培训科普志愿者', 500]]);
  });

  it('a bare count measures what the clause before it names', () => {
    expect(
      findTargets('组织科技节、科普进校园活动，每年不少于20场（由区教育局牵头，区科协参加）。', ctx, false).map((t) => [
        t.metric,
        t.value,
        t.recurrence,
      ]),
    ).toEqual([['组织科技节、科普进校园活动', 20, 'annual']]);
    expect(
      findTargets('到2025年，公民具备科学素质的比例超过12%，力争达到13%。', ctx, true).map((t) => t.metric),
    ).toEqual(['公民具备科学素质的比例', '公民具备科学素质的比例']);
  });

  it('read 达 and 突破 right before the quantity as target words, not where a word holds them', () => {
    const read = (text: string) => findTargets(text, ctx, false).map((t) => [t.metric, t.comparator, t.value]);
    expect(read('全区科普场馆年参观人数突破50万人次。')).toEqual([['科普场馆年参观人数', '>', 50]]);
    expect(read('全市科普教育基地总数达150家，科普场馆达标率达95%。')).toEqual([
      ['科普教育基地总数', '=', 150],
      ['科普场馆达标率', '=', 95],
    ]);
    expect(read('引进200名左右能够突破关键技术的领军人才。')[0]![0]).toBe('引进能够突破关键技术的领军人才');
    // 大于 and 不小于 compare as 超过 and 不少于 do; 不大于 does not exceed
    expect(read('至2030年，全区人均避难面积大于1.7平方米，绿化覆盖率不小于40%。')).toEqual([
      ['人均避难面积', '>', 1.7],
      ['绿化覆盖率', '>=', 40],
    ]);
    expect(read('到2030年，道路积水点比例不大于5%。')).toEqual([['道路积水点比例', '=', 5]]);
  });

  it('leave out the place of the plan (全省, 全县, 我镇): one metric at every level', () => {
    const places = ['全省', '全市', '全县', '我镇', '全乡'];
    expect(
      places.flatMap((p) =>
        findTargets(`到2025年，${p}公民具备科学素质的比例超过12%。`, ctx, true).map((t) => t.metric),
      ),
    ).toEqual(places.map(() => '公民具备科学素质的比例'));
  });
});

describe('target years', () => {
  it('a sentence opening with a year of the period is due that year; one before the period is a baseline', () => {
    const text = '2025年，全镇公民具备科学素质的比例达到10%。2026年，全镇公民具备科学素质的比例达到12%以上。';
    expect(findTargets(text, { taskSeq: null, periodStart: 2026 }, true).map((t) => [t.value, t.year])).toEqual([
      [12, 2026],
    ]);
    expect(findTargets(text, ctx, true)).toEqual([]);
    // 20XX年底 opening a sentence without a comma: due that year in the period, a baseline before it
    const yearEnd = '2025年底全区完整社区覆盖率达40%。2027年底完整社区覆盖率达60%以上。';
    expect(
      findTargets(yearEnd, { taskSeq: null, periodStart: 2026 }, false).map((t) => [t.metric, t.value, t.year]),
    ).toEqual([['完整社区覆盖率', 60, 2027]]);
    // a modal before the verb (2026年应完成…) does not hide the due year; what is done already is no target
    const owed = '2024年及2025年已累计完成约4180亩整治任务量，2026年应完成剩余1620亩整治任务量。';
    expect(findTargets(owed, { taskSeq: null, periodStart: 2026 }, true).map((t) => [t.value, t.year])).toEqual([
      [1620, 2026],
    ]);
    // a clause opening with a year and a start (启动, 开工, 实施) is due that year, the next dated clause its own
    const started = '2026年全面启动8个整体改造项目，完成三幅地块出让工作，2027年全面完成项目前期改造10个。';
    expect(findTargets(started, { taskSeq: null, periodStart: 2026 }, true).map((t) => [t.value, t.year])).toEqual([
      [8, 2026],
      [10, 2027],
    ]);
  });

  it('raised to a level (提高到, 提升至) is a target; the level it is raised from is a baseline', () => {
    expect(findTargets('全市公民具备科学素质的比例提高到15%。', ctx, true).map((t) => [t.metric, t.value])).toEqual([
      ['公民具备科学素质的比例', 15],
    ]);
    expect(
      findTargets('公民科学素质比例由2020年的10%提升至15%。', { taskSeq: null, periodStart: 2021 }, true).map((t) => [
        t.metric,
        t.value,
      ]),
    ).toEqual([['公民科学素质比例', 15]]);
  });

  it('a clause naming its own due year holds it; one before the period is a baseline', () => {
    const two = '2020年底前实现58项事项异地办理，2021年底前实现74项事项异地办理。';
    expect(findTargets(two, ctx, false).map((t) => [t.value, t.year])).toEqual([
      [58, 2020],
      [74, 2021],
    ]);
    const since = '到2020年，全市公民具备科学素质的比例达到10%，到2025年达到15%。';
    expect(
      findTargets(since, { taskSeq: null, periodStart: 2021 }, true).map((t) => [t.metric, t.value, t.year]),
    ).toEqual([['公民具备科学素质的比例', 15, 2025]]);
  });

  it('a year followed by 前 is a due year (2030年前，…, 在2028年前…), not 2025年前三季度', () => {
    const read = (text: string) =>
      findTargets(text, { taskSeq: 1, periodStart: 2026 }, false).map((t) => [t.value, t.year]);
    expect(read('2030年前，全市建成科普教育基地50个。')).toEqual([[50, 2030]]);
    expect(read('在2028年前建成科技馆1座。')).toEqual([[1, 2028]]);
    expect(findTargets('在2028年前建成科技馆1座。', ctx, false)[0]!.metric).toBe('建成科技馆');
    expect(read('2025年前三季度完成科普活动100场。')).toEqual([]);
  });

  it('a list opened by a due year (到2030年，主要目标是：) is due that year, item by item, within its section', () => {
    const plan = goalsPlan(
      '某区科普事业发展“十五五”规划',
      [
        '到2030年，全区科普工作主要目标是：',
        '——公民具备科学素质的比例超过25%。',
        '——到2028年，建成科普教育基地30个以上。',
        '每年举办科普活动不少于500场次。',
        '（一）场馆建设',
        '●每万人拥有科普场馆展教面积达到200平方米。',
      ],
      [
        '二、重点任务',
        '（一）建设科普阵地。新建科普e站10个。（区科协负责）',
        '（二）开展应急科普。力争到2027年实现以下目标：',
        '1.培训应急志愿者300名。',
        '（区应急局负责）',
      ],
    );
    expect(plan.targets.map((t) => [t.quote, t.metric, t.value, t.year, t.taskSeq])).toEqual([
      ['公民具备科学素质的比例超过25%', '公民具备科学素质的比例', 25, 2030, null],
      ['到2028年，建成科普教育基地30个以上', '建成科普教育基地', 30, 2028, null],
      ['每年举办科普活动不少于500场次', '举办科普活动', 500, null, null],
      ['每万人拥有科普场馆展教面积达到200平方米', '每万人拥有科普场馆展教面积', 200, 2030, null],
      ['新建科普e站10个', '新建科普e站', 10, null, 1],
      ['培训应急志愿者300名', '培训应急志愿者', 300, 2027, 2],
    ]);
    const stated = parsePlan(
      '某区科普工作方案\n一、工作目标\n到2027年，实现以下目标。\n1.建成科普教育基地10个。\n二、重点任务\n（一）建设阵地。（区科协负责）',
    );
    expect(stated.targets.map((t) => [t.value, t.year])).toEqual([[10, 2027]]);
    // the year in force where the lead-in ends; one before the plan's period sets none (its items are no baselines)
    const ended = parsePlan(
      '某市科普规划（2021—2025年）\n一、发展目标\n到2025年，基本形成新格局。具体目标是：\n——建成科普教育基地30个以上。\n二、重点任务\n“十三五”期间到2020年已建成基地20个。主要任务如下：\n（一）建设阵地。新建科普e站10个。（市科协负责）',
    );
    expect(ended.targets.map((t) => [t.value, t.year, t.taskSeq])).toEqual([
      [30, 2025, null],
      [10, null, 1],
    ]);
    // a dated paragraph that bulleted items follow leads them in, though it closes with 。
    const bulleted = parsePlan(
      '某市北斗产业三年行动计划（2021-2023年）\n一、发展目标\n着力突破关键技术。到2023年末，将本市打造成为产业集聚区。\n——产业规模进一步壮大。推动产业规模达1000亿元。\n——创新能力显著提升。制定国家标准不少于10项。\n二、重点任务\n（一）建设平台。内容。（市科委负责）',
    );
    expect(bulleted.targets.map((t) => [t.value, t.year])).toEqual([
      [1000, 2023],
      [10, 2023],
    ]);
  });
});

describe('unit lists', () => {
  it('a bracket glossing the last name of a list (…、各镇（街道）) is no list of its own; naming several, it is', () => {
    expect(units('开展校外科普。牵头单位：区科协；责任单位：区委宣传部（区文明办）、各镇（街道）').units).toEqual([
      '区科协',
      '区委宣传部（区文明办）',
      '各镇（街道）',
    ]);
    expect(units('做好宣传工作。\n区绿化市容局、区委宣传部（区政府新闻办、区委网信办）').units).toEqual(
      expect.arrayContaining(['区政府新闻办', '区委网信办']),
    );
  });

  it('a closing sentence that is a unit list alone, unbracketed, is read; a sentence about units is not', () => {
    expect(units('组织科学家进校园活动。由县教育局牵头，县科协、团县委配合。')).toEqual({
      lead: ['县教育局'],
      units: ['县教育局', '县科协', '团县委'],
    });
    expect(units('开展科普活动。县科协、县教育局负责。').units).toEqual(['县科协', '县教育局']);
    expect(units('开展科普活动。各乡镇要积极配合。').units).toEqual([]);
  });

  it('leaves out when a list says when (完成时限, 2026年底前完成, 持续推进); reads 【】 and 主要/其他责任单位', () => {
    expect(units('内容。（责任单位：市科协，各区人民政府；完成时限：2026年底）')).toMatchObject({
      lead: [],
      units: ['市科协', '各区人民政府'],
    });
    expect(units('内容。（市科协牵头，市教育局等部门配合，2026年底前完成）')).toMatchObject({
      lead: ['市科协'],
      units: ['市科协', '市教育局'],
    });
    expect(units('内容。【责任单位：市科协、市教育局，持续推进】').units).toEqual(['市科协', '市教育局']);
    expect(units('内容。（主要责任单位：市科协；其他责任单位：市教育局）').units).toEqual(['市科协', '市教育局']);
    expect(units('内容。\n牵头单位：市科协；配合单位：市教育局；完成时间：2026年12月')).toMatchObject({
      lead: ['市科协'],
      units: ['市科协', '市教育局'],
    });
    // a bare list with a labelled due date
    expect(units('内容。（区科协、团区委；完成时限：2027年底）').units).toEqual(['区科协', '团区委']);
  });

  it('a 分工： line names the units, role words after the names too (A、B牵头，C等单位参加)', () => {
    expect(
      units('——完善基础教育阶段的科技教育。\n分工：教育部、中国科协牵头，共青团中央、全国妇联等单位参加。'),
    ).toMatchObject({
      lead: ['教育部', '中国科协'],
      units: ['教育部', '中国科协', '共青团中央', '全国妇联'],
    });
    expect(units('内容。\n分工：由农业部、中国科协牵头，全国妇联参加。')).toMatchObject({
      lead: ['农业部', '中国科协'],
      units: ['农业部', '中国科协', '全国妇联'],
    });
    expect(units('内容。\n分工：农业农村部、中国科协等按职责分工负责。').units).toEqual(['农业农村部', '中国科协']);
    // a labelled line with role words after the names
    expect(units('内容。\n责任单位：市科协牵头，市教育局配合').lead).toEqual(['市科协']);
  });

  it('reads 按分工 / 依职责 / 按照职责分工 before 负责, 具体实施, 承办, and 主责 as a lead; not an aside (分步实施)', () => {
    expect(units('开展活动。（市科协、市教育局按分工负责）').units).toEqual(['市科协', '市教育局']);
    expect(units('开展活动。（市科协、市教育局依职责负责）').units).toEqual(['市科协', '市教育局']);
    expect(units('开展活动。（市科协、市教育局按照职责分工负责）').units).toEqual(['市科协', '市教育局']);
    expect(units('开展活动。（市科协牵头，各区政府具体实施）')).toMatchObject({
      lead: ['市科协'],
      units: ['市科协', '各区政府'],
    });
    expect(units('开展活动。（市科协主责，市教育局协同）')).toMatchObject({
      lead: ['市科协'],
      units: ['市科协', '市教育局'],
    });
    expect(units('开展活动。（市科协承办）').units).toEqual(['市科协']);
    expect(units('开展活动。（分步实施）').units).toEqual([]);
    expect(units('开展活动。（试点先行、分批实施）').units).toEqual([]);
  });

  it('a bare list may name each of a kind of body (各街镇, 各中小学, 各镇（街道）)', () => {
    expect(units('开展活动。（区科协，各街镇）').units).toEqual(['区科协', '各街镇']);
    expect(units('开展活动。（区教育局、各中小学、各镇（街道））').units).toEqual([
      '区教育局',
      '各中小学',
      '各镇（街道）',
    ]);
    // a gloss of places is no list
    expect(units('市（地、州、盟）、县（市、区、旗）人民政府要落实。').units).toEqual([]);
  });

  it('reads 负责部门 / 负责单位 / 负责 as a label, as a school or a museum prints it', () => {
    expect(units('内容。（负责部门：教务处、团委）').units).toEqual(['教务处', '团委']);
    expect(units('内容。（负责：科技教研组）').units).toEqual(['科技教研组']);
    expect(units('内容。\n负责单位：区科协、区教育局').units).toEqual(['区科协', '区教育局']);
  });

  it('a lead rule closing a list after a comma, 协同单位, and a list in ASCII square brackets', () => {
    expect(units('内容。（责任单位：市教育局、市科协等，列第一位的为牵头单位）')).toMatchObject({
      units: ['市教育局', '市科协'],
      leadByPosition: { carries: false },
    });
    expect(units('内容。（主责单位：市科协；协同单位：市教育局、市网信办）')).toMatchObject({
      lead: ['市科协'],
      units: ['市科协', '市教育局', '市网信办'],
    });
    expect(units('内容。[责任单位：市科协、市教育局]').units).toEqual(['市科协', '市教育局']);
    const leads = parsePlan(
      '某市科普工作方案\n一、重点任务\n（一）加强科普人才建设。内容。（责任单位：市教育局、市科协，排在第一位的为牵头单位）\n（二）推进科普进社区。内容。（责任单位：市民政局、市科协）',
    ).tasks.map((t) => t.leadUnits);
    expect(leads).toEqual([['市教育局'], []]);
  });

  it('reads a role of two words (负责指导, 负责协调) as one role', () => {
    expect(units('内容。（责任单位：各镇街，区科协负责指导）').units).toEqual(['各镇街', '区科协']);
    expect(units('内容。（区科协负责协调，区教育局、区科技局配合）').units).toEqual(['区科协', '区教育局', '区科技局']);
  });

  it('a labelled clause after a sentence; a bare list of organizations only where it closes a sentence', () => {
    expect(units('培训农民500人次以上。牵头单位：县农业农村局；配合单位：县科协，2026年底前完成。')).toMatchObject({
      lead: ['县农业农村局'],
      units: ['县农业农村局', '县科协'],
    });
    expect(units('内容。责任单位：市科协、市科技局')).toMatchObject({ units: ['市科协', '市科技局'] });
    expect(units('新认定科普基地10家。（市科协、团市委）').units).toEqual(['市科协', '团市委']);
    expect(units('全年接待观众30万人次（市科技馆）').units).toEqual(['市科技馆']);
    // glosses, mid-sentence names and non-organizations are not lists
    expect(units('中国科学技术协会（中国科协）主办活动。').units).toEqual([]);
    expect(units('成立区科学技术协会（简称区科协）。').units).toEqual([]);
    expect(units('各市（地、州、盟）、县（市、区、旗）开展活动。').units).toEqual([]);
    expect(units('采用政府和社会资本合作（PPP）模式。（试行）').units).toEqual([]);
  });

  it('names with a bracketed gloss inside a list: 各市（州）人民政府, 各县（市、区）政府', () => {
    expect(units('内容。（省科协、各市（州）人民政府负责）').units).toEqual(['省科协', '各市（州）人民政府']);
    expect(units('内容。（牵头单位：市科协；责任单位：各县（市、区）科协）')).toMatchObject({
      lead: ['市科协'],
      units: ['市科协', '各县（市、区）科协'],
    });
    expect(units('内容。\n责任单位：市科协、各区（县）人民政府').units).toEqual(['市科协', '各区（县）人民政府']);
  });

  it('bare role labels (牵头：, 配合：), 责任股室, 牵头 after a 责任单位 label; a person’s label names no unit', () => {
    expect(units('（牵头：基础教育股；配合：区教研室、各中小学）')).toEqual({
      lead: ['基础教育股'],
      units: ['基础教育股', '区教研室', '各中小学'],
    });
    expect(units('（责任股室：计划财务股）').units).toEqual(['计划财务股']);
    expect(units('（责任单位：市科协牵头，市气象局、市城管局配合）')).toEqual({
      lead: ['市科协'],
      units: ['市科协', '市气象局', '市城管局'],
    });
    expect(units('（责任领导：陈某某；责任部门：办公室）').units).toEqual(['办公室']);
    expect(units('（责任部门：办公室；联系人：王某、李某）').units).toEqual(['办公室']);
  });

  it('labelled lead and responsible units, split on ； and ，, or only by the next label (spaces lost in extraction)', () => {
    for (const text of [
      '（牵头单位：市科协 责任单位：市教育局、市科技局）',
      '内容。牵头单位：市科协责任单位：市教育局、市科技局',
    ])
      expect(units(text)).toMatchObject({ lead: ['市科协'], units: ['市科协', '市教育局', '市科技局'] });
    expect(units('内容。（牵头单位：市科协；责任单位：市教育局、市科技局）')).toMatchObject({
      lead: ['市科协'],
      units: ['市科协', '市教育局', '市科技局'],
    });
    expect(units('内容。（牵头单位：市科协，配合单位：市教育局、市文旅局）')).toMatchObject({
      lead: ['市科协'],
      units: ['市科协', '市教育局', '市文旅局'],
    });
  });

  it('labels in 【】 (【牵头单位】A【配合单位】B), a label after a comma, names split by a slash', () => {
    expect(units('内容。【牵头单位】市科协【配合单位】市教育局、市科技局')).toMatchObject({
      lead: ['市科协'],
      units: ['市科协', '市教育局', '市科技局'],
    });
    expect(units('内容。责任单位：市科协，配合单位：市教育局。').units).toEqual(['市科协', '市教育局']);
    expect(units('内容。（责任单位：市科协/市教育局）').units).toEqual(['市科协', '市教育局']);
    const p = parsePlan(
      '某区要点\n一、重点任务\n（一）举办科普日活动。组织主场活动。\n【责任单位】区科协、区教育局\n（二）建设科普e站。内容。',
    );
    expect(p.tasks.map((t) => t.units)).toEqual([['区科协', '区教育局'], []]);
  });

  it('names separated by spaces in a labelled list, also where a second label follows after a space', () => {
    const p = parsePlan(
      [
        '某区要点',
        '一、重点任务',
        '（一）举办科普日活动。组织主场活动。（责任单位：区科协\u3000区教育局\u3000区科技局）',
        '（二）建设科普e站。内容。',
        '牵头单位：区科协 配合单位：区民政局 各街道',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.leadUnits, t.units])).toEqual([
      [[], ['区科协', '区教育局', '区科技局']],
      [['区科协'], ['区科协', '区民政局', '各街道']],
    ]);
  });

  it('role words after the names: 牵头 / 配合 / 参与 / 指导 / 负责, never inside a name', () => {
    expect(units('（区科协牵头，区教育局、区文旅局配合）')).toEqual({
      lead: ['区科协'],
      units: ['区科协', '区教育局', '区文旅局'],
    });
    expect(units('（生态环境部牵头，国家统计局参与）。(商务部指导)').units).toEqual([
      '生态环境部',
      '国家统计局',
      '商务部',
    ]);
    expect(units('（市科协、市科技局负责）').units).toEqual(['市科协', '市科技局']);
  });

  it('levels and places before a name share its organ: 市、区科协, 市、县两级科协, 嘉定区、奉贤区政府', () => {
    expect(units('开展活动（市、区科协负责）').units).toEqual(['市科协', '区科协']);
    expect(units('开展活动（省、市、县科协负责）').units).toEqual(['省科协', '市科协', '县科协']);
    expect(units('（责任单位：市、县两级科协）').units).toEqual(['市科协', '县科协']);
    expect(units('（嘉定区、青浦区、奉贤区政府，临港新片区管委会负责）').units).toEqual([
      '嘉定区政府',
      '青浦区政府',
      '奉贤区政府',
      '临港新片区管委会',
    ]);
    // a place shares only a government; 各区 is a name of its own
    expect(units('（浦东新区、临港新片区管委会负责）').units).toEqual(['浦东新区', '临港新片区管委会']);
    expect(units('（各区、临港新片区管委会负责）').units).toEqual(['各区', '临港新片区管委会']);
  });

  it('drops 等 / 等有关部门 / 等国务院相关部门 / 会同有关部门, keeps generic names, splits 等和各… and 及各…', () => {
    expect(units('（人社部等有关部门和单位负责）').units).toEqual(['人社部']);
    expect(units('（各有关部门和单位按职责分工负责）').units).toEqual(['各有关部门和单位']);
    expect(units('（发展改革委会同有关部门负责）').units).toEqual(['发展改革委']);
    expect(units('（民政部、财政部等和各有关地方人民政府负责）').units).toEqual([
      '民政部',
      '财政部',
      '各有关地方人民政府',
    ]);
    expect(units('（区科协、区教育局按职责分工负责）').units).toEqual(['区科协', '区教育局']);
    expect(units('（财政部牵头，银保监会等国务院相关部门及各地区按职责分工负责）').units).toEqual([
      '财政部',
      '银保监会',
      '各地区',
    ]);
    expect(units('（市场监管总局及相关地区负责）').units).toEqual(['市场监管总局', '相关地区']);
  });

  it('splits 和 / 及 / 会同 between two organizations (not inside 住房和城乡建设局); a name’s own gloss; 为主 leads', () => {
    expect(units('开展活动。（区科协和区教育局负责）').units).toEqual(['区科协', '区教育局']);
    expect(units('开展活动。（区科协会同区教育局）').units).toEqual(['区科协', '区教育局']);
    expect(units('开展活动。（市人力资源和社会保障局及各区人社局负责）').units).toEqual([
      '市人力资源和社会保障局',
      '各区人社局',
    ]);
    expect(units('开展活动。（区住房和城乡建设局、区工业和信息化局负责）').units).toEqual([
      '区住房和城乡建设局',
      '区工业和信息化局',
    ]);
    expect(units('开展活动。（区委宣传部（区文明办）、区科协）').units).toEqual(['区委宣传部（区文明办）', '区科协']);
    expect(units('开展活动。（区科协为主，区教育局配合）')).toEqual({
      lead: ['区科协'],
      units: ['区科协', '区教育局'],
    });
  });

  it('a table copied cell by cell: a line of names, or of names and roles, with its due date run on, is a unit list', () => {
    const p = parsePlan(
      [
        '某市2022年政务公开重点工作任务分工方案',
        '工作任务',
        '具体措施',
        '责任单位',
        '完成时限',
        '（一）推进规范性文件集中公开',
        '1.完善全市各级行政规章库建设，高质量发布现行有效规章正式版本。',
        '市政府办公室、市司法局',
        '2022年底前',
        '2.市直各单位要依托政府信息公开平台建成本部门行政规范性文件库。',
        '市政府办公室、市司法局牵头，市直其他单位按职能分工落实',
        '2022年底前',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.number, t.leadUnits, t.units])).toEqual([
      ['1', [], ['市政府办公室', '市司法局']],
      ['2', ['市政府办公室', '市司法局'], ['市政府办公室', '市司法局', '市直其他单位']],
    ]);
    // a line listing things that are no organizations names none
    expect(units('开展活动。\n科技馆展品、科普读物、科普视频').units).toEqual([]);
  });

  it('a 分工： line telling who does what names no duties as units (负责联系学校…, 办公室负责活动具体安排)', () => {
    const found = units(
      '牵头单位：市气象学会\n参与单位：市气象台、各县局\n责任分工：市气象学会负责开放活动的组织协调，负责联系学校和学生参观，安排讲解员讲解；办公室负责活动具体安排。',
    );
    expect(found).toEqual({ lead: ['市气象学会'], units: ['市气象学会', '市气象台', '各县局'] });
  });

  it('ignores glosses and asides: 市（地、州、盟）, （含技工院校）, （PPP）, （由企业负责）', () => {
    expect(units('市（地、州、盟）、县（市、区、旗）（含技工院校）（PPP）（由企业负责）').units).toEqual([]);
  });

  it('lists opening with 由: （由A牵头，B、C参加）, （由A负责）', () => {
    expect(units('开展活动（由市科协牵头，市教育局、市科技局参加）。')).toEqual({
      lead: ['市科协'],
      units: ['市科协', '市教育局', '市科技局'],
    });
    expect(units('开展活动。（由区科协、区教育局牵头，各街道配合）')).toEqual({
      lead: ['区科协', '区教育局'],
      units: ['区科协', '区教育局', '各街道'],
    });
    expect(units('完善制度（由市财政局负责）。').units).toEqual(['市财政局']);
  });

  it('adverbs before the role word (分别牵头, 共同牵头, 具体落实), 责任主体, a due date after the names', () => {
    expect(units('（市科协、市教育局共同牵头，市财政局配合）')).toEqual({
      lead: ['市科协', '市教育局'],
      units: ['市科协', '市教育局', '市财政局'],
    });
    expect(units('（市科协牵头，各县市区人民政府具体落实）').units).toEqual(['市科协', '各县市区人民政府']);
    expect(units('（市科协、市教育局分别负责）').units).toEqual(['市科协', '市教育局']);
    expect(units('开展活动。（责任主体：市科协）').units).toEqual(['市科协']);
    expect(units('开展活动（责任单位：市科协 完成时限：2026年底）').units).toEqual(['市科协']);
    expect(units('开展活动。（市科协、市教育局；2026年12月底前）').units).toEqual(['市科协', '市教育局']);
    // a yearless date, and a date after the last name, its space lost in normalizing
    expect(units('开展活动（市科协、市教育局；6月底前）').units).toEqual(['市科协', '市教育局']);
    expect(units('开展活动（市科协、市教育局；全年）').units).toEqual(['市科协', '市教育局']);
    const spaced = parsePlan('某市科普工作要点\n一、重点任务\n（一）培训科普人才。（市科协、市教育局　2026年6月）');
    expect(spaced.tasks[0]!.units).toEqual(['市科协', '市教育局']);
  });

  it('a bare list closing a heading is its units, not part of its title', () => {
    const p = parsePlan('一、重点任务\n1.开展科普活动（区科协、区教育局）\n2.建设科普阵地（区文旅局）');
    expect(p.tasks.map((t) => [t.title, t.units])).toEqual([
      ['开展科普活动', ['区科协', '区教育局']],
      ['建设科普阵地', ['区文旅局']],
    ]);
  });

  it('headings closing with their unit list, in lenticular brackets too, are followed by their tasks’ text', () => {
    const p = parsePlan(`某市2026年科普工作要点
一、重点任务
（一）推进科普基础设施建设【责任单位：市科协】
新建科普基地10个。
（二）加强科普人才队伍建设（责任单位：市人社局、市科协）
培训科普人才500名。
（三）深化科普信息化（市科协牵头，市网信办配合）
推送科普文章1000篇。`);
    expect(p.tasks.map((t) => [t.title, t.units])).toEqual([
      ['推进科普基础设施建设', ['市科协']],
      ['加强科普人才队伍建设', ['市人社局', '市科协']],
      ['深化科普信息化', ['市科协', '市网信办']],
    ]);
    expect(p.targets.map((t) => [t.taskSeq, t.value])).toEqual([
      [1, 10],
      [2, 500],
      [3, 1000],
    ]);
  });

  it('a part whose heading closes with a 由 list is a task of those units', () => {
    const p = parsePlan(
      [
        '成员单位职责',
        '一、实施未成年人科学素质行动（由教育部、共青团中央牵头，科技部、全国妇联参加）',
        '二、实施农民科学素质行动（由农业部、中国科协牵头，国家民委参加）',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['实施未成年人科学素质行动', ['教育部', '共青团中央'], ['教育部', '共青团中央', '科技部', '全国妇联']],
      ['实施农民科学素质行动', ['农业部', '中国科协'], ['农业部', '中国科协', '国家民委']],
    ]);
  });

  it('责任单位 on a line of its own', () => {
    expect(units('开展活动。\n责任单位：市科协、市教育局').units).toEqual(['市科协', '市教育局']);
  });

  it('lead by position: 列第一位者为牵头单位 and 下同', () => {
    expect(units('（甲部、乙部负责。列第一位者为牵头单位，下同）').leadByPosition).toEqual({ carries: true });
    expect(units('（以下均需试点城市政府落实，不再列出。甲部指导）').carry).toBeUndefined();
    expect(units('（甲部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）').carry).toEqual([
      '试点城市政府',
    ]);
  });
});

const DOC = [
  '某市人民政府关于加强某项工作的',
  '若干意见',
  '某政发〔2024〕3号',
  '各区人民政府，市各委办局：',
  '为做好工作，提出如下意见。',
  '一、总体要求',
  '（一）主要目标。到2025年，建成科普场馆10个，小学、初中科学实验开出率均达到95%。',
  '二、加强基础建设',
  '（二）建设设施。推进建设。（市发展改革委、市财政局负责。列第一位者为牵头单位，下同）',
  '（三）培养人才。开展培训。（市人社局负责）',
  '三、保障措施',
  '（四）加强组织领导。各部门要加强领导。',
  '（五）强化督查考核。开展督查。（市政府办公室负责）',
  '四、进度安排',
  '2024年6月底前，出台配套政策。',
  '某市人民政府',
  '2024年3月1日',
].join('\n');

describe('a plan by structure', () => {
  const plan = parsePlan(DOC);

  it('metadata: a wrapped title, the closing signature, the region from the issuer', () => {
    expect(plan).toMatchObject({
      title: '某市人民政府关于加强某项工作的若干意见',
      issuer: '某市人民政府',
      docNumber: '某政发〔2024〕3号',
      issuedOn: '2024-03-01',
      region: '某市',
    });
  });

  it('tasks in any part that is not goals or schedule; guarantee items only with units; lead by position carried', () => {
    expect(plan.tasks.map((t) => [t.part, t.title, t.leadUnits])).toEqual([
      ['main', '建设设施', ['市发展改革委']],
      ['main', '培养人才', ['市人社局']],
      ['guarantee', '强化督查考核', ['市政府办公室']],
    ]);
  });

  it('goal targets, one per metric when one value is shared, and schedule milestones', () => {
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual(
      expect.arrayContaining([
        [10, '个', 2025],
        [95, '%', 2025],
      ]),
    );
    expect(plan.milestones).toEqual([{ year: 2024, due: '2024-06-30', text: '2024年6月底前，出台配套政策' }]);
  });

  it('a numbered measure list with unit lists imports; text without structure does not', () => {
    const list = Array.from({ length: 5 }, (_, i) => `${'一二三四五'[i]}、对成效明显的地方给予支持。（甲部负责）`).join(
      '\n',
    );
    expect(parsePlan(`某通知\n${list}`).tasks).toHaveLength(5);
    expect(() => parsePlan('只是一段普通的文字。没有编号。')).toThrow();
  });

  it('a period on the line under the title belongs to it; a party committee issuer gives the region', () => {
    const body = '一、重点任务\n（一）开展科普活动。内容。（县科协负责）';
    const plan = parsePlan(`附件1\n某某县科普工作三年行动计划\n（2026—2028年）\n${body}`);
    expect(plan).toMatchObject({
      title: '某某县科普工作三年行动计划（2026—2028年）',
      period: { start: 2026, end: 2028 },
    });
    const notice = parsePlan(
      `中共某某市委办公室\n关于印发《某某市科普行动方案》的通知\n《某某市科普行动方案》已经市委同意，现印发给你们。\n中共某某市委办公室\n2026年4月2日\n某某市科普行动方案\n${body}`,
    );
    expect(notice).toMatchObject({ title: '某某市科普行动方案', issuer: '中共某某市委办公室', region: '某某市' });
  });

  it('the title of the plan a notice issues, not of a document it cites', () => {
    const body = '一、重点任务\n1．开展活动。内容。\n责任单位：区科协';
    const cited = parsePlan(
      `某区2026年科普工作要点\n为贯彻落实《全民科学素质行动规划纲要》，现将工作要点印发如下。\n${body}`,
    );
    expect(cited.title).toBe('某区2026年科普工作要点');
    const issued = parsePlan(`某区科协文件\n现将《某区科普工作方案》印发给你们，请认真贯彻落实。\n${body}`);
    expect(issued.title).toBe('某区科普工作方案');
    // 《X》（以下简称《方案》）已经…同意, its title run on into the plan's first sentence
    const named = parsePlan(
      `某区科协文件\n《某区科普工作方案》（以下简称《方案》）已经区政府同意，现印发给你们。\n某区科普工作方案根据区委部署，制定本方案。\n${body}`,
    );
    expect(named.title).toBe('某区科普工作方案');
    // a plan's title wrapped after its first line (某区图书馆2021年 / 全国科普日系列活动方案), under a page's update time;
    // a page's 全文 button no part of it
    const wrapped = parsePlan(
      `更新时间：2021-09-11 17:19:00点击次数：506次\n某区图书馆2021年\n全国科普日系列活动方案\n为做好科普工作，制定本方案。\n${body}`,
    );
    expect(wrapped.title).toBe('某区图书馆2021年全国科普日系列活动方案');
    expect(parsePlan(`全文\n全文预览\n社区居民科学素质行动实施工作方案\n${body}`).title).toBe(
      '社区居民科学素质行动实施工作方案',
    );
    // a notice's title naming the plan it issues unquoted, the plan's title printed nowhere else
    const unquoted = parsePlan(`某区人民政府关于印发某区2026年科普工作要点的通知\n各街道：\n${body}`);
    expect(unquoted.title).toBe('某区2026年科普工作要点');
  });

  it('a task table: rows restating a task add their units and due dates; other rows are tasks with targets', () => {
    const p = parsePlan(
      [
        '某区2026年科普工作要点',
        '一、重点任务',
        '1.举办全国科普日活动。组织主场活动。',
        '2.建设社区科普e站。',
        '| 类别 | 数量 |',
        '| 科普e站 | 20个 |',
        '附件：任务分工表',
        '| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限 |',
        '| --- | --- | --- | --- | --- | --- |',
        '| 1 | 科普活动 | 举办全国科普日活动 | 区科协 | 区教育局 | 2026年9月 |',
        '| 2 | 科普阵地 | 新建科普画廊不少于10处 | 区科协（牵头）、区城管局 | 各街道 | 2026年6月至2027年6月 |',
        '| 3 |  | 更新科普宣传栏 | 各街道 |  | 2026年6月 |',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.title, t.path, t.leadUnits, t.units])).toEqual([
      ['举办全国科普日活动', ['一、重点任务'], ['区科协'], ['区科协', '区教育局']],
      ['建设社区科普e站', ['一、重点任务'], [], []],
      ['新建科普画廊不少于10处', ['附件：任务分工表', '科普阵地'], ['区科协'], ['区科协', '区城管局', '各街道']],
      ['更新科普宣传栏', ['附件：任务分工表', '科普阵地'], ['各街道'], ['各街道']],
    ]);
    expect(p.tasks[1]!.text).toContain('科普e站，20个');
    expect(p.targets).toContainEqual(expect.objectContaining({ taskSeq: 3, value: 10, unit: '处', comparator: '>=' }));
    expect(p.milestones).toEqual([
      { year: 2026, due: '2026-09-30', text: '举办全国科普日活动（2026年9月）' },
      { year: 2027, due: '2027-06-30', text: '新建科普画廊不少于10处（2026年6月至2027年6月）' },
      { year: 2026, due: '2026-06-30', text: '更新科普宣传栏（2026年6月）' },
    ]);
  });

  it('a Markdown task table: group rows of one cell, a title column beside the measures, names on lines of a cell', () => {
    const p = parsePlan(
      [
        '某区2026年全民科学素质工作任务清单',
        '| 序号 | 重点任务 | 具体措施 | 责任单位 | 完成时限 |',
        '| --- | --- | --- | --- | --- |',
        '| **一、青少年科学素质提升行动** | | | | |',
        '| 1 | 推进科学教育 | 开展科学教育主题活动，每年不少于20场 | 区教育局（牵头）<br>区科协 | 2026年12月 |',
        '| 2 | 举办青少年科技创新大赛 | 征集参赛作品不少于100件 | 区科协 | 2026年6月 |',
        '| **二、农民科学素质提升行动** | | | | |',
        '| 3 | 培训高素质农民 | 培训农民500人次 | 区农业农村局 | 2026年11月 |',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.number, t.title, t.path.at(-1), t.leadUnits, t.units])).toEqual([
      ['1', '推进科学教育', '青少年科学素质提升行动', ['区教育局'], ['区教育局', '区科协']],
      ['2', '举办青少年科技创新大赛', '青少年科学素质提升行动', [], ['区科协']],
      ['3', '培训高素质农民', '农民科学素质提升行动', [], ['区农业农村局']],
    ]);
    expect(p.tasks[0]!.text).toBe('推进科学教育\n开展科学教育主题活动，每年不少于20场');
    expect(p.period).toEqual({ start: 2026, end: 2026 });
    expect(p.targets.map((t) => [t.taskSeq, t.value])).toEqual([
      [1, 20],
      [2, 100],
      [3, 500],
    ]);
  });

  it('a task table: names in a bracket with their role after a cell’s unit are units of their own', () => {
    const p = parsePlan(
      [
        '某区2026年科普工作要点',
        '附件',
        '重点任务分工表',
        '| 序号 | 重点任务 | 牵头单位 | 配合单位 |',
        '| 1 | 举办科技周 | 区科技局（各街道配合） | 区科协（团区委参与） |',
        '| 2 | 开展科普月活动 | 区科协（牵头）、区教育局（各学校配合） |  |',
        '| 3 | 开展科普宣传 | 市委宣传部（市政府新闻办） |  |',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.leadUnits, t.units])).toEqual([
      [['区科技局'], ['区科技局', '各街道', '区科协', '团区委']],
      [['区科协'], ['区科协', '区教育局', '各学校']],
      [['市委宣传部（市政府新闻办）'], ['市委宣传部（市政府新闻办）']],
    ]);
  });

  it('a task table whose every cell is a line (a web page as text): rows from serial to serial', () => {
    const cells = [
      ['序号', '重点任务', '牵头单位', '参与单位', '完成时限'],
      ['1', '开展防灾减灾日宣传。', '组织宣传活动不少于20场。', '区应急管理局', '区科协', '2026年5月'],
      ['2', '建设科普e站', '区科协', '2026年底前'],
    ];
    const p = parsePlan(['某区2026年科普工作要点', '附件', '重点任务分工表', ...cells.flat()].join('\n'));
    expect(p.tasks.map((t) => [t.number, t.title, t.leadUnits, t.units])).toEqual([
      ['1', '开展防灾减灾日宣传', ['区应急管理局'], ['区应急管理局', '区科协']],
      ['2', '建设科普e站', ['区科协'], ['区科协']],
    ]);
    expect(p.targets).toContainEqual(expect.objectContaining({ taskSeq: 1, value: 20 }));
    expect(p.milestones.map((m) => m.year)).toEqual([2026, 2026]);
  });

  it('an indicator table whose every cell is a line: a 类别 written once, a five-year plan’s goal column, a last row up to its 属性', () => {
    const cells = [
      ['序号', '类别', '指标名称', '“十四五”现状值', '“十五五”规划目标', '属性'],
      ['1', '场馆建设', '科技馆数量（座）', '2', '4', '预期性'],
      ['2', '每万人拥有科普场馆展厅面积（平方米）', '166', '200', '预期性'],
      ['3', '科普活动', '科普活动参与人次（万人次）', '50', '≥60', '预期性'],
      ['4', '应急科普响应时间', '30分钟', '15分钟以内', '约束性'],
    ];
    const p = goalsPlan(
      '某区科普事业发展“十五五”规划',
      ['主要指标', ...cells.flat()],
      ['二、主要任务', '（一）提升场馆服务能力。建设科普场馆。（区科协负责）'],
    );
    expect(goals(p)).toEqual([
      ['科技馆数量', '=', 4, '座', 2030],
      ['每万人拥有科普场馆展厅面积', '=', 200, '平方米', 2030],
      ['科普活动参与人次', '>=', 60, '万人次', 2030],
      ['应急科普响应时间', '<=', 15, '分钟', 2030],
    ]);
    expect(p.tasks.map((t) => [t.number, t.title, t.units])).toEqual([['一', '提升场馆服务能力', ['区科协']]]);
  });

  it('an indicator table a cell per line, header cells and values wrapped (目标值 / （2025年）, 120.14 / 平方公里): each goal column due its year', () => {
    const lines = [
      ['序号', '指标名称', '指标', '属性', '基准值', '（2020年）', '目标值', '（2025年）', '目标值', '（2035年）'],
      ['1', '主海塘达标率', '预期性', '46％', '≥73％', '100％'],
      ['2', '河湖水面积', '约束性', '120.14', '平方公里', '128.92', '平方公里', '148.37', '平方公里'],
    ];
    const p = goalsPlan('某区水务“十四五”规划', lines.flat(), [
      '二、主要任务',
      '（一）推进海塘达标建设。（区水务局负责）',
    ]);
    expect(goals(p)).toEqual([
      ['主海塘达标率', '>=', 73, '%', 2025],
      ['主海塘达标率', '=', 100, '%', 2035],
      ['河湖水面积', '=', 128.92, '平方公里', 2025],
      ['河湖水面积', '=', 148.37, '平方公里', 2035],
    ]);
    expect(p.tasks.map((t) => t.title)).toEqual(['推进海塘达标建设']);
    // the same header on one line, tab-separated: its bracketed years read as well
    const q = goalsPlan(
      '某市科普事业发展“十五五”规划',
      ['序号\t指标\t基准值（2025年）\t目标值（2030年）\t属性', '1\t科普场馆数量（个）\t40\t55\t预期性'],
      ['二、重点任务', '（一）建设场馆。（市科协负责）'],
    );
    expect(q.targets.map((t) => [t.metric, t.value, t.unit, t.year])).toEqual([['科普场馆数量', 55, '个', 2030]]);
  });

  it('a task part of unnumbered paragraphs, each closing with its own unit list: a task each', () => {
    const p = parsePlan(
      [
        '某区2025年科普工作要点',
        '一、总体目标',
        '全区公民具备科学素质的比例达到18%。',
        '二、重点任务',
        '围绕重点人群开展工作。',
        '加强青少年科学教育。开展科技创新大赛。（区教育局、区科协负责）',
        '推进农民科学素质提升。培训高素质农民300人。（区农业农村局负责）',
        '三、保障措施',
        '加强组织领导。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.path, t.number, t.title, t.text, t.units])).toEqual([
      [
        ['二、重点任务'],
        '',
        '加强青少年科学教育',
        '开展科技创新大赛。（区教育局、区科协负责）',
        ['区教育局', '区科协'],
      ],
      [['二、重点任务'], '', '推进农民科学素质提升', '培训高素质农民300人。（区农业农村局负责）', ['区农业农村局']],
    ]);
    expect(p.targets.find((t) => t.value === 300)?.taskSeq).toBe(2);
    // a list alone in its paragraph titles no task: the part stays one task
    const listOnly = parsePlan(
      [
        '某区2025年科普工作要点',
        '一、总体目标',
        '提升科学素质。',
        '二、重点任务',
        '加强科学教育。开展大赛。（区教育局负责）',
        '（区科协负责）',
      ].join('\n'),
    );
    expect(listOnly.tasks.map((t) => [t.title, t.units])).toEqual([['重点任务', ['区教育局', '区科协']]]);
    // a part titled as a task is one task, its paragraphs its text (as unnumbered paragraphs under （一） are)
    const measures = parsePlan(
      [
        '某区关于加强科普工作的意见',
        '一、加大科普投入力度。各地要增加投入。（区财政局负责）',
        '建立稳定增长机制。（区科协负责）',
        '二、加强科普队伍建设。培养科普人才。（区人社局负责）',
      ].join('\n'),
    );
    expect(measures.tasks.map((t) => [t.title, t.units])).toEqual([
      ['加大科普投入力度', ['区财政局', '区科协']],
      ['加强科普队伍建设', ['区人社局']],
    ]);
  });

  it('an indicator table’s goal column naming no year (预期值) is due at the plan’s end; a change to reach (下降15%) is a goal', () => {
    const cells = [
      ['序号', '类别', '指标', '属性', '预期值'],
      ['1', '安全', '生产安全事故死亡人数', '约束性', '下降15%'],
      ['2', '年均每百万人口因自然灾害死亡率', '预期性', '<1'],
      ['3', '应急科普场馆数量（个）', '预期性', '≥10'],
    ];
    const p = goalsPlan('某市应急科普“十四五”规划', cells.flat(), [
      '二、主要任务',
      '（一）加强应急科普。建设应急科普基地。（市应急局负责）',
    ]);
    expect(goals(p)).toEqual([
      ['生产安全事故死亡人数下降', '=', 15, '%', 2025],
      ['年均每百万人口因自然灾害死亡率', '<=', 1, '', 2025],
      ['应急科普场馆数量', '>=', 10, '个', 2025],
    ]);
    // the last row, its 类别 written above, ends at the heading after the table
    expect(p.tasks.map((t) => [t.path, t.title])).toEqual([[['二、主要任务'], '加强应急科普']]);
  });

  it('a table whose cells are set apart by spaces (a PDF’s table copied as text): task rows and indicator rows', () => {
    const tasks = parsePlan(
      [
        '某区2026年科普工作要点',
        '重点任务分工表',
        '序号 重点任务 牵头单位 配合单位 完成时限',
        '1 举办全国科普日主题活动 区科协 区教育局、区科技局 2026年9月',
        '2 建设社区科普e站10个 区科协 各街道 2026年12月',
        '以上任务请各单位认真落实。',
      ].join('\n'),
    );
    expect(tasks.tasks.map((t) => [t.number, t.title, t.leadUnits, t.units])).toEqual([
      ['1', '举办全国科普日主题活动', ['区科协'], ['区科协', '区教育局', '区科技局']],
      ['2', '建设社区科普e站10个', ['区科协'], ['区科协', '各街道']],
    ]);
    const spaced = goalsPlan(
      '某市科普事业发展“十五五”规划',
      [
        '序号 指标 2025年 2030年 属性',
        '1 公民具备科学素质的比例（%） 24.3 >28 预期性',
        '2 每万人拥有科普场馆展厅面积（平方米） 166 200 预期性',
      ],
      ['二、主要任务', '（一）提升场馆服务能力。建成科普示范社区100个。（市科协负责）'],
    );
    expect(goals(spaced)).toEqual([
      ['公民具备科学素质的比例', '>', 28, '%', 2030],
      ['每万人拥有科普场馆展厅面积', '=', 200, '平方米', 2030],
      ['建成科普示范社区', '=', 100, '个', null],
    ]);
  });

  it('a spaced indicator table whose years are parted from 年 (2025 年) and whose 类别 is written once per group', () => {
    const spaced = goalsPlan(
      '某省“十五五”科技创新规划',
      [
        '表1 主要指标',
        '类别 序号 指标 2025 年 2030 年 属性',
        '创新投入 1 全社会研发经费投入强度（%） 2.6 3.0 预期性',
        '2 基础研究经费占研发经费比重（%） 5.5 8 预期性',
        '创新环境 3 公民具备科学素质的比例（%） 16 20 预期性',
      ],
      ['二、主要任务', '（一）建设高能级实验室。（省科技厅负责）'],
    );
    expect(goals(spaced)).toEqual([
      ['全社会研发经费投入强度', '=', 3, '%', 2030],
      ['基础研究经费占研发经费比重', '=', 8, '%', 2030],
      ['公民具备科学素质的比例', '=', 20, '%', 2030],
    ]);
  });

  it('a school’s table copied cell by cell with blank lines: 负责处室 holds units, 责任领导 and 责任人 hold people', () => {
    const cells = [
      ['序号', '活动内容', '活动时间', '负责处室', '责任领导', '责任人'],
      ['1', '开幕仪式', '12月12日上午', '办公室', '段某', '秦某'],
      ['2', '航模表演', '12月12日上午', '总务处', '雷某', '毕某'],
    ];
    const p = parsePlan(
      [
        '当前位置：首页>教科处>某中学首届校园科技节活动方案',
        '某中学首届校园科技节活动方案',
        '活动安排',
        ...cells.flat(),
      ].join('\n\n'),
    );
    expect(p.title).toBe('某中学首届校园科技节活动方案');
    expect(p.tasks.map((t) => [t.number, t.title, t.units])).toEqual([
      ['1', '开幕仪式', ['办公室']],
      ['2', '航模表演', ['总务处']],
    ]);
  });

  it('a task table alone, its header over two rows (责任单位 above 牵头单位 | 配合单位)', () => {
    const p = parsePlan(
      [
        '某区2026年科普工作任务分工',
        '| 序号 | 重点任务 | 责任单位 | 责任单位 |',
        '| 序号 | 重点任务 | 牵头单位 | 配合单位 |',
        '| 1 | 举办全国科普日活动 | 区科协 | 区教育局、区科技局 |',
      ].join('\n'),
    );
    expect(p.title).toBe('某区2026年科普工作任务分工');
    expect(p.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['举办全国科普日活动', ['区科协'], ['区科协', '区教育局', '区科技局']],
    ]);
    // the same table pasted as tab-separated cells
    const pasted = parsePlan(
      [
        '某区2026年科普工作任务分工',
        '序号\t重点任务\t牵头单位\t配合单位',
        '1\t举办全国科普日活动\t区科协\t区教育局',
      ].join('\n'),
    );
    expect(pasted.tasks.map((t) => [t.title, t.units])).toEqual([['举办全国科普日活动', ['区科协', '区教育局']]]);
    // its merged group rows pasted as lines of their own between the rows; a 续表 line is no group
    const groups = parsePlan(
      [
        '某区2026年科普工作任务分工',
        '序号\t重点任务\t牵头单位\t配合单位',
        '一、青少年科学素质提升',
        '1\t举办青少年科技创新大赛\t区科协\t区教育局',
        '（续表）',
        '2\t开展科学教育\t区教育局\t区科协',
        '二、农民科学素质提升',
        '3\t培训高素质农民\t区农业农村局\t区科协',
      ].join('\n'),
    );
    expect(groups.tasks.map((t) => [t.path.at(-1), t.number, t.title])).toEqual([
      ['青少年科学素质提升', '1', '举办青少年科技创新大赛'],
      ['青少年科学素质提升', '2', '开展科学教育'],
      ['农民科学素质提升', '3', '培训高素质农民'],
    ]);
  });

  it('a group heading closing with its units leads its items and is among their units; 基础设施 is a task part, not background; 到“十五五”末 and 力争2026年 are due years; dated deadlines', () => {
    const p = parsePlan(
      [
        '某区2026年科普工作要点',
        '一、实施青少年科学素质提升行动（牵头单位：区教育局、区科协）',
        '1.开展科学教育。（团区委配合）',
        '二、加强科普基础设施建设',
        '2.到“十五五”末，建成科普教育基地30个。',
        '3.力争2026年新增科普e站10个。',
        '三、工作要求',
        '各单位要于2026年11月底前报送年度工作总结。从2027年起，每年开展一次评估。',
      ].join('\n'),
    );
    expect(p.tasks[0]).toMatchObject({
      path: ['一、实施青少年科学素质提升行动'],
      leadUnits: ['区教育局', '区科协'],
      units: ['团区委', '区教育局', '区科协'],
    });
    expect(p.targets.map((t) => [t.value, t.year])).toEqual([
      [30, 2030],
      [10, 2026],
    ]);
    expect(p.milestones).toEqual([{ year: 2026, due: '2026-11-30', text: '各单位要于2026年11月底前报送年度工作总结' }]);
  });

  it("a group's unit list, opening or closing the group, applies to each of its items; a list of the last item alone stays its own", () => {
    const p = parsePlan(
      [
        '某市实施方案',
        '一、重点任务',
        '（一）青少年科学素质提升行动',
        '责任单位：市教育局、团市委',
        '1.推进科学教育。内容。',
        '2.开展科技竞赛。内容。',
        '（二）农民科学素质提升行动',
        '1.树立科学观念。内容。',
        '2.培育高素质农民。内容。',
        '牵头单位：市农业农村局',
        '配合单位：市科协',
        '（三）产业工人科学素质提升行动',
        '1.开展理想信念教育。内容。（市总工会负责）',
        '2.实施技能提升行动。内容。',
        '（市人社局负责）',
        '（四）老年人科学素质提升行动',
        '1.开展智慧助老活动。（市民政局负责）',
        '2.推进老年大学建设。',
        '（五）领导干部科学素质提升行动',
        '1.举办专题培训班3期。（市委组织部负责）',
        '2.开展科普讲座。',
        '（市委宣传部负责）',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['推进科学教育', [], ['市教育局', '团市委']],
      ['开展科技竞赛', [], ['市教育局', '团市委']],
      ['树立科学观念', ['市农业农村局'], ['市农业农村局', '市科协']],
      ['培育高素质农民', ['市农业农村局'], ['市农业农村局', '市科协']],
      ['开展理想信念教育', [], ['市总工会']],
      ['实施技能提升行动', [], ['市人社局']],
      ['开展智慧助老活动', [], ['市民政局']],
      ['推进老年大学建设', [], []],
      ['举办专题培训班3期', [], ['市委组织部']],
      ['开展科普讲座', [], ['市委宣传部']],
    ]);
  });

  it('a task written as a list of fields: the task is its 任务名称, the units and 完成时限 fields are read', () => {
    const p = parsePlan(
      [
        '某区2026年科普工作任务清单',
        '一、科普活动',
        '1.任务名称：举办全国科普日活动；牵头单位：区科协；配合单位：区教育局、区科技局；完成时限：2026年9月',
        '2.任务内容：新建科普e站10个。责任单位：区科协。完成时间：2026年底',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['举办全国科普日活动', ['区科协'], ['区科协', '区教育局', '区科技局']],
      ['新建科普e站10个', [], ['区科协']],
    ]);
    expect(p.targets.map((t) => [t.taskSeq, t.value, t.unit])).toEqual([[2, 10, '个']]);
    expect(p.milestones).toEqual([
      { year: 2026, due: '2026-09-30', text: '举办全国科普日活动（2026年9月）' },
      { year: 2026, due: null, text: '新建科普e站10个（2026年底）' },
    ]);
  });

  it('an indicator table (主要指标) gives a goal per row, due in its last year column; 单位 is of measure there', () => {
    const table = [
      '| 序号 | 指标 | 单位 | 2025年 | 2030年 | 属性 |',
      '| 1 | 公民具备科学素质的比例 | % | 18.5 | 25 | 预期性 |',
      '| 2 | 每万人拥有科普场馆面积 | 平方米 | 120 | ≥150 | 约束性 |',
      '| 3 | 科普专职人员数量（万人） |  | 1.2 | 1.5 | 预期性 |',
      '| 4 | 科普活动参与人次 | 万人次 | 800 | 1000以上 | 预期性 |',
    ];
    const plan = (rows: string[]) =>
      goalsPlan('某市科普规划', ['表1 主要指标', ...rows], ['二、主要任务', '（一）建设科技馆。内容。（市科协负责）']);
    const expected = [
      [null, '公民具备科学素质的比例', '=', 25, '%', 2030],
      [null, '每万人拥有科普场馆面积', '>=', 150, '平方米', 2030],
      [null, '科普专职人员数量', '=', 1.5, '万人', 2030],
      [null, '科普活动参与人次', '>=', 1000, '万人次', 2030],
    ];
    const read = (rows: string[]) =>
      plan(rows).targets.map((t) => [t.taskSeq, t.metric, t.comparator, t.value, t.unit, t.year]);
    expect(read(table)).toEqual(expected);
    // the same table from a web page, a cell per line (where a page drops empty cells, the unit is in its own)
    const web = table.map((r, k) => (k === 3 ? '| 3 | 科普专职人员数量 | 万人 | 1.2 | 1.5 | 预期性 |' : r));
    expect(
      read(
        web.flatMap((r) =>
          r
            .slice(1, -1)
            .split('|')
            .map((c) => c.trim()),
        ),
      ),
    ).toEqual(expected);
    expect(plan(table).tasks.map((t) => t.title)).toEqual(['建设科技馆']);
  });

  it('a period printed as a span from a start year', () => {
    const p = parsePlan(
      '某区行动方案\n自2023年起用三年时间，开展行动。\n一、重点任务\n（一）开展活动。内容（甲部负责）',
    );
    expect(p.period).toEqual({ start: 2023, end: 2025 });
  });

  it('a long heading on a line of its own stays apart from the body under it, where lines are not wrapped', () => {
    const p = parsePlan(
      [
        '某区工作要点',
        '一、深入学习贯彻党的二十大精神，加强党对新时代公民科学素质建设的全面领导',
        '把学习贯彻党的二十大精神作为首要政治任务。',
        '1.组织开展学习培训。（区科协负责）',
      ].join('\n'),
    );
    expect(p.tasks[0]!.path).toEqual(['一、深入学习贯彻党的二十大精神，加强党对新时代公民科学素质建设的全面领导']);
  });

  it('headings whose title starts with digits stay headings', () => {
    const p = parsePlan('一、重点任务\n6.加强基础。内容（甲部负责）\n7.5G网络覆盖工程。内容（乙部负责）');
    expect(p.tasks.map((t) => t.title)).toEqual(['加强基础', '5G网络覆盖工程']);
    // numbered on across parts: a new part's first item opening with a date (6.5月下旬，…) follows the last part's
    const across = parsePlan(
      '某市2026年科普工作要点\n一、加强统筹\n5.开展监测评估。内容。（市科协负责）\n二、重要活动\n6.5月下旬，举办科技活动周启动仪式。（市科技局负责）\n7.9月，组织全国科普月活动。（市科协负责）',
    );
    expect(across.tasks.map((t) => [t.number, t.title])).toEqual([
      ['5', '开展监测评估'],
      ['6', '5月下旬，举办科技活动周启动仪式'],
      ['7', '9月，组织全国科普月活动'],
    ]);
  });

  it('a web page’s footer (主办单位：… 版权所有, 【打印本页】) is no unit list of the item above it', () => {
    const p = parsePlan(
      [
        '某区要点',
        '一、重点任务',
        '（一）开展科普活动。（区科协负责）',
        '二、保障措施',
        '（一）加强组织领导。成立领导小组。',
        '【打印本页】【关闭窗口】',
        '主办单位：某区人民政府办公室 版权所有',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.part, t.title])).toEqual([['main', '开展科普活动']]);
  });

  it('a guarantee item naming its units in a bare list is a task', () => {
    const p = parsePlan(
      '某区要点\n一、保障措施\n（一）加强组织领导。成立领导小组。（区科协）\n（二）强化宣传。加强宣传。',
    );
    expect(p.tasks.map((t) => [t.part, t.title])).toEqual([['guarantee', '加强组织领导']]);
  });

  it('保障条件 is a guarantee part: only its items naming units are tasks', () => {
    const p = parsePlan(
      '某区方案\n一、重点任务\n（一）开展活动。（区科协负责）\n二、保障条件\n（一）完善法规政策。（区司法局、区科协牵头负责）\n（二）加强队伍建设。',
    );
    expect(p.tasks.map((t) => [t.part, t.title])).toEqual([
      ['main', '开展活动'],
      ['guarantee', '完善法规政策'],
    ]);
  });

  it('a part on a sector of 保障 (关于社会保障, 医疗保障) holds tasks; 强化保障 is a guarantee part', () => {
    const p = parsePlan(
      '某区方案\n一、关于收入分配\n（一）执行企业收入分配制度。\n二、关于社会保障\n（二）参加社会保险。\n三、强化保障\n（三）加强组织领导。',
    );
    expect(p.tasks.map((t) => [t.part, t.number, t.title])).toEqual([
      ['main', '一', '执行企业收入分配制度'],
      ['main', '二', '参加社会保险'],
    ]);
  });

  it('goal items inside a 目标任务 part state targets once and are no tasks', () => {
    const p = parsePlan(
      [
        '某区三年行动方案',
        '一、目标任务',
        '（一）总体目标。到2028年，全区公民具备科学素质的比例达到28%。',
        '（二）重点任务。',
        '1.实施青少年科学素质提升行动。（区教育局负责）',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => t.title)).toEqual(['实施青少年科学素质提升行动']);
    expect(p.targets.map((t) => [t.taskSeq, t.value])).toEqual([[null, 28]]);
  });

  it('a 目标任务 part whose numbered items are sentences states goals; items numbered on after it are tasks', () => {
    const p = parsePlan(
      [
        '关于推进某某工程的实施意见',
        '一、目标任务',
        '1.以能力建设为主线，以提高科学化水平为目标，力争用3年时间形成一批可复制的经验。',
        '二、思想理论武装行动计划',
        '2.强化党性教育。坚持从政治修养着手。（市委宣传部负责）',
        '3.建设学习型组织。深入学习。（市委组织部负责）',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.number, t.title])).toEqual([
      ['2', '强化党性教育'],
      ['3', '建设学习型组织'],
    ]);
  });

  it('a notice’s agenda, who attends and whom to call are no tasks', () => {
    const p = parsePlan(
      [
        '某区2026年科技活动周实施方案',
        '一、活动安排',
        '（一）举办开幕式。组织科普展览。（区科协负责）',
        '二、参加人员',
        '（一）各街道分管负责同志。',
        '三、议程安排',
        '1.2026年5月20日9:00，主持人宣布开幕。',
        '2.2026年5月20日9:10，领导致辞。',
        '四、联系方式',
        '1.区科协科普部，联系人：张某。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => t.title)).toEqual(['举办开幕式']);
  });

  it('an unnumbered part (保障措施) after a due date on its own line closes the task above it', () => {
    const p = parsePlan(
      [
        '某区2026年科普工作要点',
        '重点任务',
        '（一）开展科普活动。组织科普报告20场。',
        '责任单位：区科协',
        '完成时间：2026年12月',
        '保障措施',
        '各单位要加强组织领导，确保各项任务落到实处。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.path, t.title, t.text])).toEqual([
      [['重点任务'], '开展科普活动', '组织科普报告20场。\n责任单位：区科协\n完成时间：2026年12月'],
    ]);
    expect(p.milestones.map((m) => m.text)).toEqual(['开展科普活动（2026年12月）']);
    expect(p.targets.map((t) => [t.metric, t.value])).toEqual([['组织科普报告', 20]]);
  });

  it('items numbered 1） 2） under a heading are its tasks', () => {
    const p = parsePlan('一、重点任务\n（一）青少年行动\n1）开展科学教育。内容。\n2)举办科技节。内容。');
    expect(p.tasks.map((t) => [t.number, t.title])).toEqual([
      ['1', '开展科学教育'],
      ['2', '举办科技节'],
    ]);
  });

  it('a guarantee item whose text is a list after its title’s full stop names those units, a closing line after it', () => {
    const p = parsePlan(
      '某区2026年科普工作要点\n一、重点任务\n（一）开展科普活动。全年开展活动20场。（区科协负责）\n二、保障措施\n（一）加强组织领导。（区科协、区教育局）\n（二）加强经费保障。（区财政局）\n抄送：市科协。\n某区科协办公室 2026年2月1日印发',
    );
    expect(p.tasks.filter((t) => t.part === 'guarantee').map((t) => [t.title, t.units])).toEqual([
      ['加强组织领导', ['区科协', '区教育局']],
      ['加强经费保障', ['区财政局']],
    ]);
  });

  it('a mark after a bracketed number is layout: （一）、 （二）. （1）、', () => {
    const p = parsePlan(
      '某镇2026年科普工作要点\n一、重点工作\n（一）、开展科普宣传。全年12次。（镇科协负责）\n（二）.建设科普阵地\n（1）、新建科普e站3个。（镇科协负责）\n（2）.改造科普长廊2处。（镇文化站负责）',
    );
    expect(p.tasks.map((t) => [t.number, t.title])).toEqual([
      ['一', '开展科普宣传'],
      ['1', '新建科普e站3个'],
      ['2', '改造科普长廊2处'],
    ]);
    expect(p.tasks[2]!.path).toEqual(['一、重点工作', '（二）.建设科普阵地']);
  });

  it('numbers printed as one character (⑴ ⒈ ㈠, Word numbering) number items as their spelt-out forms do', () => {
    const p = parsePlan(
      '某县2026年科普工作方案\n一、重点任务\n㈠加强阵地建设\n⑴建设科普e站12个。（县科协负责）\n⑵建设科普示范学校5所。（县教育局负责）\n㈡开展科普活动\n⒈举办科普日活动。（县科协负责）\n⒉开展科普讲座。（县科技局负责）',
    );
    expect(p.tasks.map((t) => [t.path.at(-1), t.number, t.title, t.units])).toEqual([
      ['（一）加强阵地建设', '1', '建设科普e站12个', ['县科协']],
      ['（一）加强阵地建设', '2', '建设科普示范学校5所', ['县教育局']],
      ['（二）开展科普活动', '1', '举办科普日活动', ['县科协']],
      ['（二）开展科普活动', '2', '开展科普讲座', ['县科技局']],
    ]);
    expect(p.targets.map((t) => [t.metric, t.value])).toEqual([
      ['建设科普e站', 12],
      ['建设科普示范学校', 5],
    ]);
  });
});

describe('targets', () => {
  it('reads a bulleted item under a task as its words without the mark', () => {
    const p = parsePlan(
      '某区科协2026年工作要点\n一、强化阵地建设\n1.举办科普月活动。\n● 组织“科普大篷车”进乡村活动20场。\n2.开展科普讲座。\n·开展科普讲座30场。',
    );
    expect(p.targets.map((t) => [t.taskSeq, t.metric, t.value, t.unit, t.quote])).toEqual([
      [1, '组织“科普大篷车”进乡村活动', 20, '场', '组织“科普大篷车”进乡村活动20场'],
      [2, '开展科普讲座', 30, '场', '开展科普讲座30场'],
    ]);
  });

  it('reads an item headed in 【】 (1.【阵地建设】新建…) or marked ▲ as its words without the heading or the mark', () => {
    const p = parsePlan(
      '某街道2026年科普工作计划\n一、重点工作\n1.【科普阵地建设】新建社区科普e站2个，更新科普宣传栏10块。（社区服务办负责）\n2.【科普活动开展】全年开展科普活动不少于24场。（宣传办负责）\n3.组建科普志愿者队伍。\n▲招募科普志愿者50名。',
    );
    expect(p.targets.map((t) => [t.taskSeq, t.metric, t.value])).toEqual([
      [1, '新建社区科普e站', 2],
      [1, '更新科普宣传栏', 10],
      [2, '开展科普活动', 24],
      [3, '招募科普志愿者', 50],
    ]);
  });

  it('policy parameters and caps are not targets; delivery verbs are', () => {
    expect(findTargets('可申请最高不超过15万元的创业担保贷款。', ctx, false)).toEqual([]);
    expect(findTargets('按不低于采购金额的30%提前预付。', ctx, false)).toEqual([]);
    expect(findTargets('原则上每5年修订1次专业目录。', ctx, false)).toEqual([]);
    // the clauses from an instrument on are its parameters; those before it stay targets
    expect(
      findTargets('每年评选优秀科普基地10个，对获评基地给予一次性补助，每个基地5万元。', ctx, false).map(
        (t) => t.value,
      ),
    ).toEqual([10]);
    expect(findTargets('2020年底前实现58项事项异地办理。', ctx, false).map((t) => t.metric)).toEqual([
      '实现事项异地办理',
    ]);
    expect(findTargets('建立100个教师培养培训基地。', ctx, false).map((t) => t.value)).toEqual([100]);
    // counts joined by 和, each with its own noun: two targets, each named by its own words
    expect(
      findTargets('5年内筹集建设1000套专家公寓和10000套人才公寓。', ctx, false).map((t) => [t.metric, t.value]),
    ).toEqual([
      ['筹集建设专家公寓', 1000],
      ['人才公寓', 10000],
    ]);
    expect(
      findTargets('完成不少于100万条微调语料和10万条思维链语料生产。', ctx, false).map((t) => [t.metric, t.value]),
    ).toEqual([
      ['完成微调语料', 100],
      ['思维链语料生产', 10],
    ]);
    // a list of counts after a delivered one, a place list before it: each count is a target
    expect(
      findTargets(
        '5年内市、区两级评选资助200名技能突出人才、2000名技能重点人才和10000名青年高技能人才。',
        ctx,
        false,
      ).map((t) => [t.metric, t.value]),
    ).toEqual([
      ['市、区两级评选资助技能突出人才', 200],
      ['技能重点人才', 2000],
      ['青年高技能人才', 10000],
    ]);
    expect(findTargets('建成服务点670个、中转站12座、集散场1个。', ctx, false).map((t) => t.value)).toEqual([
      670, 12, 1,
    ]);
    // a dash between words sets a heading apart from its text; a range's dash stays one
    expect(findTargets('科普阵地建设——新建科普e站10个。', ctx, false).map((t) => [t.metric, t.value])).toEqual([
      ['新建科普e站', 10],
    ]);
    expect(findTargets('每年培训高素质农民6000——8000名。', ctx, false).map((t) => [t.value, t.valueMax])).toEqual([
      [6000, 8000],
    ]);
    // so does a colon before a count to deliver (a 专栏 item); before a level, the words before it are the metric
    expect(
      findTargets('基层科普阵地工程：新建社区科普e站100个。科学素质比例：达到25%。', ctx, false).map((t) => [
        t.metric,
        t.value,
      ]),
    ).toEqual([
      ['新建社区科普e站', 100],
      ['科学素质比例', 25],
    ]);
    // a share to reach or a growth to make, set by its verb
    expect(
      findTargets('实现全区中小学科普活动覆盖率100%，公众号粉丝数增长20%。', ctx, false).map((t) => [
        t.metric,
        t.value,
      ]),
    ).toEqual([
      ['实现中小学科普活动覆盖率', 100],
      ['公众号粉丝数增长', 20],
    ]);
    expect(findTargets('中小学科普活动覆盖率为100%，比上年有所增长。', ctx, false)).toEqual([]);
    // last year's growth is a baseline, not a growth to make
    expect(findTargets('上年度全市科普经费投入增长12%。', ctx, false)).toEqual([]);
    // 发展 members or volunteers, 更新 boards or equipment: counts to deliver too
    expect(
      findTargets('培育科普志愿者队伍，发展志愿者50名，更新科普宣传栏10块。', ctx, false).map((t) => [
        t.metric,
        t.value,
      ]),
    ).toEqual([
      ['发展志愿者', 50],
      ['更新科普宣传栏', 10],
    ]);
    expect(findTargets('完成展区改造，新增展品30件。', ctx, false).map((t) => [t.metric, t.value])).toEqual([
      ['新增展品', 30],
    ]);
    expect(findTargets('流动科技馆巡展覆盖10个县（区）。', ctx, true).map((t) => t.value)).toEqual([10]);
    // counts selected or honoured: 推选, 表彰
    expect(
      findTargets('组织开展学习宣传活动，推选10名市级“最美科技工作者”，表彰优秀科普工作者50名。', ctx, false).map(
        (t) => t.value,
      ),
    ).toEqual([10, 50]);
    // a count joined by 和 to a delivered one, but not a number that only describes (和3个月的实训)
    expect(findTargets('引进30名科普管理人才和50名科普专业人才。', ctx, false).map((t) => t.value)).toEqual([30, 50]);
    expect(findTargets('培训100名辅导员和3个月的实训课程。', ctx, false).map((t) => t.value)).toEqual([100]);
    // a count of the same unit closing the next clause, after 一是 or 年内 too; 开发, 编写; 条; study sessions are routine
    expect(
      findTargets('一是新建乡村科普e站10个、科普示范村5个；二是年内开发研学课程10门。', ctx, false).map((t) => t.value),
    ).toEqual([10, 5, 10]);
    expect(findTargets('举办科普讲座20场，参与群众3000人。', ctx, false).map((t) => t.value)).toEqual([20]);
    // selected, funded, set up, launched; a clause opening with where or with whom it is done (依托…, 在…, 邀请…)
    expect(
      findTargets(
        '选拔后备人才100名，资助优秀教师500名，筹建研发中心50家，上线虚拟展厅1个；依托养殖基地建设科技小院1个，在镇村两级设立宣传栏36块，邀请专家进校开展科普讲座4次，邀请院士专家作报告5场。',
        ctx,
        false,
      ).map((t) => t.value),
    ).toEqual([100, 500, 50, 1, 1, 36, 4, 5]);
    // improved or upgraded (改造提升, 升级)
    expect(findTargets('改造提升科普e站300个，升级科普画廊20块。', ctx, false).map((t) => t.value)).toEqual([300, 20]);
    // handed out, shown, published, received, set up (发放, 放映, 推送, 接待, 设置)
    expect(
      findTargets(
        '全年发放科普资料5万份，放映科普电影100场，推送科普文章200篇，接待观众80万人次，设置互动展位30个。',
        ctx,
        false,
      ).map((t) => t.value),
    ).toEqual([5, 100, 200, 80, 30]);
    expect(findTargets('全年推送信息不少于500条。', ctx, false).map((t) => t.unit)).toEqual(['条']);
    expect(findTargets('全年开展党组理论学习中心组学习12次以上。', ctx, false)).toEqual([]);
    // a length of time is not a target
    expect(findTargets('每站展期不少于2个月，全年举办巡展不少于10场。', ctx, false).map((t) => t.value)).toEqual([10]);
    // how often within a day, week or month is a frequency; the year's total is the target
    expect(
      findTargets('科普影院每天放映4场，全年放映1000场以上；每月举办1期科普大讲堂，全年不少于12期。', ctx, false).map(
        (t) => [t.value, t.metric],
      ),
    ).toEqual([
      [1000, '放映'],
      [12, '举办科普大讲堂'],
    ]);
    expect(findTargets('每周开展志愿服务活动不少于2次。', ctx, false)).toEqual([]);
    // 完成 delivers; 增加到 sets a level to reach
    expect(
      findTargets('完成500名教师培训任务，科普画廊增加到300块。', ctx, false).map((t) => [t.value, t.unit]),
    ).toEqual([
      [500, '名'],
      [300, '块'],
    ]);
    // growth against a baseline year is a target; growth already made, or in a year past, is not
    expect(
      findTargets('全市科技馆年接待量较2025年增长20%，科普经费较2020年已增长30%。', ctx, false).map((t) => [
        t.value,
        t.metric,
      ]),
    ).toEqual([[20, '科技馆年接待量增长']]);
    expect(findTargets('2025年全市接待观众较2024年增长15%。', ctx, false)).toEqual([]);
    // the year before as the baseline (比上年, 较去年同期)
    expect(
      findTargets('获奖人数比上年增长10%，科普经费较去年同期提高5%。', ctx, false).map((t) => [t.value, t.metric]),
    ).toEqual([
      [10, '获奖人数增长'],
      [5, '科普经费提高'],
    ]);
    expect(findTargets('2025年全区科普经费较上年增长15%。', ctx, false)).toEqual([]);
    // the people an activity reaches (受益群众, 覆盖学生) count; other things served do not
    expect(
      findTargets('开展科普活动200场，惠及群众2万人次，覆盖学生5000人次，服务企业100家。', ctx, false).map((t) => [
        t.value,
        t.unit,
      ]),
    ).toEqual([
      [200, '场'],
      [2, '万人次'],
      [5000, '人次'],
    ]);
    expect(findTargets('2025年，全区开展活动120场，惠及群众3万人次。', ctx, false)).toEqual([]);
    // 年均 holds for the next clause, unless it names a due year of its own
    expect(
      findTargets('比例年均增长1个百分点以上，到2030年提高至20%。', ctx, false).map((t) => [t.value, t.recurrence]),
    ).toEqual([
      [1, 'annual'],
      [20, null],
    ]);
    expect(findTargets('2020年初步建成300个示范性职业教育集团。', ctx, false)[0]).toMatchObject({
      value: 300,
      year: 2020,
    });
  });

  it('a span after a start year gives the due year of its own sentence; 百万 and 十万 count', () => {
    const [plan, ...rest] = findTargets(
      '从2021年1月1日起，实施三年百万农民培训计划；组织学员参加3—6个月的实训。',
      ctx,
      false,
    );
    expect(plan).toMatchObject({ value: 100, unit: '万名', year: 2023, recurrence: null });
    expect(rest).toEqual([]);
    expect(findTargets('自2024年起用两年时间培训十万青少年。', ctx, false)[0]).toMatchObject({ value: 10, year: 2025 });
    expect(findTargets('千万不能放松安全教育，确保到2025年完成。', ctx, false)).toEqual([]);
    expect(findTargets('2026年起5年内，培训科普骨干2000名左右。', ctx, false)[0]).toMatchObject({
      value: 2000,
      year: 2030,
    });
  });

  it('每年 carries to the next clauses but not to a standard kept everywhere; an alternative after 或 is one target', () => {
    const found = findTargets(
      '每年组织科技辅导员培训2-3次，培训骨干教师200名，确保每所中小学均有1-2名科学教师或3名专兼职科技辅导员。',
      ctx,
      false,
    );
    expect(found.map((t) => [t.value, t.recurrence])).toEqual([
      [2, 'annual'],
      [200, 'annual'],
      [1, null],
    ]);
  });
});

describe('an activity table under a heading', () => {
  it('titles from the 活动名称 column, theme days from its cells; the heading is no task, the rows sit under it', () => {
    const plan = parsePlan(
      [
        '某市2026年科技活动周活动方案',
        '一、活动安排',
        '（一）重点活动',
        '序号\t活动名称\t活动时间\t主要内容\t承办单位',
        '1\t科技活动周启动仪式\t5月18日\t设置科技成果展区，开展科普互动体验。\t市科技局、市科协',
        '2\t全国科技工作者日慰问活动\t5月30日\t走访慰问一线科技工作者。\t市科协',
        '（二）加强宣传。做好活动报道。（市融媒体中心负责）',
      ].join('\n'),
      { themeDayAliases: ['全国科技工作者日', '科技活动周'] },
    );
    expect(plan.tasks.map((t) => [t.title, t.path, t.units])).toEqual([
      ['加强宣传', ['一、活动安排'], ['市融媒体中心']],
      ['科技活动周启动仪式', ['一、活动安排', '（一）重点活动'], ['市科技局', '市科协']],
      ['全国科技工作者日慰问活动', ['一、活动安排', '（一）重点活动'], ['市科协']],
    ]);
    expect(plan.tasks[2]!.themeDays).toEqual(['全国科技工作者日']);
  });
});

describe('goals outside the parts', () => {
  it('a numbered list of goals, each item a sentence, and a due year in the opening paragraph', () => {
    const plan = parsePlan(
      '某区科技教育工作计划\n为做好科技教育工作，制定本计划。力争到2027年底，全区科技教育特色学校达到30所。\n一、工作目标\n1.全区中小学科学课程开齐开足率达到100%。\n2.新创建市级科技教育特色学校5所，区级科技教育特色学校10所。\n二、重点任务\n（一）开展科技活动。组织科技节。（牵头：基础教育股）',
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [30, '所', 2027],
      [100, '%', null],
      [5, '所', null],
      [10, '所', null],
    ]);
  });

  it('goals labelled inside the opening paragraph (…。全年主要目标：…) are goals; the label is no part of a metric', () => {
    const plan = parsePlan(
      '某省科协2026年科普工作要点\n2026年全省科普工作的总体思路是：坚持以习近平新时代中国特色社会主义思想为指导。全年主要目标：全省公民具备科学素质的比例达到16.5%；新认定省级科普教育基地50个。\n一、深化全民科学素质行动\n1.召开全省全民科学素质工作会议。（牵头部门：科普部）\n二、打造品牌科普活动\n2.组织开展全国科普月活动。（牵头部门：科普部）',
    );
    expect(plan.targets.map((t) => [t.metric, t.value, t.unit, t.taskSeq])).toEqual([
      ['公民具备科学素质的比例', 16.5, '%', null],
      ['新认定省级科普教育基地', 50, '个', null],
    ]);
  });

  it('goals labelled after a long subject that opens with their year (2026年全省科技工作主要预期目标是：…) are due that year', () => {
    const plan = parsePlan(
      '某省科学技术厅2026年工作要点\n2026年全省科技工作主要预期目标是：全省研发经费支出占地区生产总值比重达到3.6%左右，高新技术企业数量超过8万家。\n一、强化基础研究\n1.加大基础研究投入力度。新建省级基础研究中心5家。\n二、加强科学普及\n2.组织开展全国科普月活动。',
    );
    expect(plan.targets.map((t) => [t.metric, t.value, t.unit, t.year])).toEqual([
      ['研发经费支出占地区生产总值比重', 3.6, '%', 2026],
      ['高新技术企业数量', 8, '万家', 2026],
      ['新建省级基础研究中心', 5, '家', null],
    ]);
  });
});

describe('milestone dates', () => {
  it('the latest date a milestone names within its year: month end, day, 旬, quarter, half; null for the year alone', () => {
    const cases: [string, number, string | null][] = [
      ['2026年5月底前，报送方案', 2026, '2026-05-31'],
      ['2024年2月，启动', 2024, '2024-02-29'],
      ['于2026年5月10日前完成', 2026, '2026-05-10'],
      ['2026年3月中旬，召开会议', 2026, '2026-03-20'],
      ['2026年上半年，完成部署', 2026, '2026-06-30'],
      ['2026年第三季度，开展宣传', 2026, '2026-09-30'],
      ['启动部署阶段（2026年9月—2027年6月）', 2027, '2027-06-30'],
      ['2026年1月—6月，宣传发动', 2026, '2026-06-30'],
      ['2026年底前，全面总结', 2026, null],
      ['2026年12月，全面总结', 2026, null],
      ['到2025年，全面完成', 2025, null],
      ['从2019年起，于每年2月底前报送', 2019, '2019-02-28'],
    ];
    for (const [text, year, due] of cases) expect([text, milestoneDue(text, year)]).toEqual([text, due]);
  });

  it('a schedule step over months, within a year or across two, is of the first year and due by the last month', () => {
    const found = findMilestones('2026年4月—10月，全面组织实施。2026年9月至2027年6月，巩固提升。');
    expect(found.map((m) => [m.year, milestoneDue(m.text, m.until ?? m.year)])).toEqual([
      [2026, '2026-10-31'],
      [2026, '2027-06-30'],
    ]);
  });
});

describe('indicators as tasks', () => {
  it('an indicator naming its units under a goals heading is a task, its targets read once', () => {
    const p = parsePlan(
      '某市规划任务分工方案（2021—2025年）\n一、主要指标\n到2025年，全市主要指标如下：\n1.地区生产总值突破3000亿元，年均增长7%以上。（牵头单位：市发改委）\n2.常住人口城镇化率达到68%。（牵头单位：市住建局）',
    );
    expect(p.tasks.map((t) => t.leadUnits)).toEqual([['市发改委'], ['市住建局']]);
    // each once, whether read with the task or as a goal
    expect(p.targets.map((t) => [t.value, t.unit]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [7, '%'],
      [68, '%'],
      [3000, '亿元'],
    ]);
  });
});

describe('deadlines of implementation text', () => {
  const plan = parsePlan(`某省全民科学素质行动实施方案（2021—2025年）
一、提升行动
（一）实施银龄科普行动。2024年底前，建成老年科普学校50所。（省卫生健康委负责）
二、组织实施
（一）加强组织领导。省政府负责领导本方案实施。
（二）开展监测评估。2023年开展中期评估，2025年底前完成总结评估。
（三）完善制度。2022年6月底前，出台科普工作管理办法。从2022年起，每年开展一次督查。
（四）做好验收。2024年第三季度完成中期检查；2025年12月完成验收。
（五）2025年6月底前完成全省科普资源普查。`);

  it("a guarantee part (组织实施) dates its deadlines (…前, 2024年第三季度完成…, each of a sentence's, an item that is one sentence too) and steps opening with their date (2023年开展…), not a start (从…起); a task body keeps its own", () => {
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2023, '2023年开展中期评估'],
      [2025, '2025年底前完成总结评估'],
      [2022, '2022年6月底前，出台科普工作管理办法'],
      [2024, '2024年第三季度完成中期检查'],
      [2025, '2025年12月完成验收'],
      [2025, '2025年6月底前完成全省科普资源普查'],
    ]);
  });

  it('in a plan for one year, a deadline printing no year (请于10月10日前报送…) falls in that year', () => {
    const text = `一、活动内容
（一）举办主场活动。9月中旬举办主场活动，于9月10日前完成布展。（区科协负责）
（二）开展科普进校园活动。组织报告会10场。（区教育局负责）
二、工作要求
（一）加强组织领导。各单位要高度重视。
（二）及时报送信息。请各单位于10月10日前将活动总结报送区科协。`;
    const notice = parsePlan(`关于开展2026年某区全国科普日活动的通知\n${text}`);
    expect(notice.milestones.map((m) => [m.year, m.due, m.text])).toEqual([
      [2026, '2026-10-10', '请各单位于10月10日前将活动总结报送区科协'],
    ]);
    // a plan of several years does not say which year
    expect(parsePlan(`某区科普活动实施方案（2026—2028年）\n${text}`).milestones).toEqual([]);
    // nor need the deadline follow 于: after a comma too
    const after = parsePlan(
      `关于开展2026年某区全国科普日活动的通知\n${text.replace('请各单位于10月10日前将', '各单位要及时报送活动信息，10月10日前报送')}`,
    );
    expect(after.milestones.map((m) => [m.year, m.due])).toEqual([[2026, '2026-10-10']]);
  });

  it('in a notice naming no period, such a deadline falls in the year it was issued, or the next when before it', () => {
    const notice = (date: string, due: string) =>
      parsePlan(
        `关于举办某市青少年科技创新大赛的通知\n一、竞赛项目\n（一）科技创新成果竞赛。\n二、工作要求\n（一）报送作品。请各区于${due}前报送参赛作品汇总表。\n某市科学技术协会\n${date}`,
      ).milestones.map((m) => [m.year, m.due]);
    expect(notice('2026年2月20日', '3月20日')).toEqual([[2026, '2026-03-20']]);
    expect(notice('2026年12月20日', '1月10日')).toEqual([[2027, '2027-01-10']]);
  });
});

describe('a yearly work plan (工作要点)', () => {
  const plan = parsePlan(`某市科协2026年科普工作要点
现提出如下工作要点。
一、打造品牌科普活动
1.组织开展全国科技活动周和全国科普月活动，全年举办各类科普活动不少于500场。（责任处室：科普部、各区科协）
2.制定《某市科普事业“十五五”发展规划》。（牵头部门：科普部；配合部门：办公室、学会部）
二、加强科普阵地建设
3.新认定市级科普教育基地20家。（实施单位：市科协）
4.推进社区科普大学建设，到2026年底覆盖80%以上社区。（市教育局、市科协按职责分工负责）
某市科学技术协会
2026年2月10日`);

  it('covers the one year its title names, whatever five-year plan it mentions', () => {
    expect(plan.period).toEqual({ start: 2026, end: 2026 });
  });

  it('a period from the title: one year alone (要点, 计划, 方案), or a span with or without brackets', () => {
    const period = (title: string) =>
      parsePlan(`${title}\n一、重点任务\n（一）举办活动。举办活动10场。（区科协负责）`).period;
    expect(period('某某街道2026年全民科学素质工作实施方案')).toEqual({ start: 2026, end: 2026 });
    expect(period('某市科普工作要点（2026年）')).toEqual({ start: 2026, end: 2026 });
    expect(period('某区2026年科技活动周活动计划')).toEqual({ start: 2026, end: 2026 });
    expect(period('某市2021—2025年科普发展计划')).toEqual({ start: 2021, end: 2025 });
    expect(period('某市科普发展计划（2026—2030年）')).toEqual({ start: 2026, end: 2030 });
  });

  it('reads 责任处室, 部门 and 实施单位 labels', () => {
    expect(plan.tasks.map((t) => t.units)).toEqual([
      ['科普部', '各区科协'],
      ['科普部', '办公室', '学会部'],
      ['市科协'],
      ['市教育局', '市科协'],
    ]);
    expect(plan.tasks[1]!.leadUnits).toEqual(['科普部']);
  });

  it('finds targets in an item whose first sentence is its title, and counts to establish (新认定…20家)', () => {
    expect(plan.targets.map((t) => [t.taskSeq, t.value, t.comparator, t.year])).toEqual([
      [1, 500, '>=', null],
      [3, 20, '=', null],
      [4, 80, '>=', 2026],
    ]);
  });
});

describe('the schedule by month of a plan for one year (a school 科普工作计划)', () => {
  const school = (title: string) =>
    parsePlan(`${title}
一、主要工作
（一）开展科技节活动。每年举办校园科技节1次，5月：布置展区。（责任部门：大队部）
（二）组织科技竞赛。组织学生参加青少年科技创新大赛。（责任部门：科学教研组）
二、活动安排
3月：开展“学雷锋·科技志愿服务”活动。
9—10月，开展全国科普日系列活动；评选优秀作品。
6月底前，完成科技节总结。
12月：总结全年科普工作。`);

  it('a month-led item outside tasks is a milestone of the plan year, due at the end of its last month', () => {
    expect(school('某某小学2026年科普工作计划').milestones).toEqual([
      { year: 2026, due: '2026-03-31', text: '3月：开展“学雷锋·科技志愿服务”活动' },
      { year: 2026, due: '2026-10-31', text: '9—10月，开展全国科普日系列活动' },
      { year: 2026, due: '2026-06-30', text: '6月底前，完成科技节总结' },
      { year: 2026, due: null, text: '12月：总结全年科普工作' },
    ]);
  });

  it('a schedule phase dated by months alone in a plan for one year is a milestone of that year', () => {
    const plan = parsePlan(
      [
        '某区2026年科技活动周实施方案',
        '一、活动内容',
        '（一）举办科普展览。（区科协负责）',
        '二、时间安排',
        '（一）宣传发动阶段（3月上旬—3月中旬）。制定方案，部署工作。',
        '（二）组织实施阶段（5月）。集中开展活动。',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => [m.year, m.due, m.text])).toEqual([
      [2026, '2026-03-20', '宣传发动阶段（3月上旬—3月中旬）：制定方案，部署工作'],
      [2026, '2026-05-31', '组织实施阶段（5月）：集中开展活动'],
    ]);
  });

  it('reads months in Chinese numerals and quarters as schedule items, not a month inside a word', () => {
    const plan = parsePlan(`某社区2026年科普工作计划
一、重点工作
（一）建设社区科普e站。（社区居委会负责）
二、工作安排
三月份：开展“学雷锋·科技志愿服务”活动。
九至十月，开展全国科普日活动，统一月报进度。
十二月底前，完成年度总结。
第二季度：组织科普讲座4场。
下半年，开展防灾减灾科普进社区活动。
统一月报制度，按时报送。`);
    expect(plan.milestones.map((m) => [m.due, m.text])).toEqual([
      ['2026-03-31', '三月份：开展“学雷锋·科技志愿服务”活动'],
      ['2026-10-31', '九至十月，开展全国科普日活动，统一月报进度'],
      [null, '十二月底前，完成年度总结'],
      ['2026-06-30', '第二季度：组织科普讲座4场'],
      [null, '下半年，开展防灾减灾科普进社区活动'],
    ]);
  });

  it('a plan of several years, or no stated year, gives months no year: no milestones', () => {
    expect(school('某某小学科普工作计划（2026—2028年）').milestones).toEqual([]);
    expect(school('某某小学科普工作计划').milestones).toEqual([]);
  });
});

describe('a five-year plan with 章 and 节, unit lines and a 专栏 of projects', () => {
  const plan = parsePlan(`某省科普事业发展“十五五”规划
第一章 发展基础
“十四五”期间，全省公民具备科学素质的比例达到15.2%。
第二章 重点任务
第一节 提升青少年科学素质
（一）加强学校科学教育。推动中小学开齐开好科学课程。
责任单位：省教育厅（牵头）、省科协、团省委
（二）开展校外科学实践。组织青少年走进科普教育基地。
责任单位：省科协、省教育厅
第二节 提升农民科学素质
（三）实施乡村科普行动。每年培训高素质农民2万人次。（省农业农村厅牵头，省科协、省妇联配合）
专栏1 科普基础设施重点工程
1.科技馆体系建设工程。新建和改扩建市级科技馆10座。
2.科普基地提质工程。认定省级科普教育基地100个。
第三章 保障措施
（一）加强组织领导。各地要把科普工作纳入议事日程。（省科协、省发展改革委负责）`);

  it('takes 节 as headings, a unit line as its own paragraph, and （牵头） after a name as the lead', () => {
    expect(plan.tasks.map((t) => [t.part, t.number, t.units.join('、'), t.leadUnits.join('、')])).toEqual([
      ['main', '一', '省教育厅、省科协、团省委', '省教育厅'],
      ['main', '二', '省科协、省教育厅', ''],
      ['main', '三', '省农业农村厅、省科协、省妇联', '省农业农村厅'],
      ['guarantee', '一', '省科协、省发展改革委', ''],
    ]);
  });

  it('a 专栏 after items numbered 一、 under a 节 sits beside them, not inside the last one, its projects no tasks', () => {
    const p = parsePlan(
      [
        '某省规划',
        '第三章 主要任务',
        '第一节 提升重点人群科学素质',
        '一、实施青少年科学素质提升行动',
        '推进科学教育。（省教育厅负责）',
        '二、实施农民科学素质提升行动',
        '培训高素质农民。（省农业农村厅负责）',
        '专栏1 重点人群科学素质提升工程',
        '1.青少年科学素养提升工程。建设科技教育示范学校100所。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.number, t.units])).toEqual([
      ['一', ['省教育厅']],
      ['二', ['省农业农村厅']],
    ]);
    // (its projects are no tasks: they stand beside the tasks, their counts the section's goals)
    expect(p.tasks[1]!.text).toBe('培训高素质农民。（省农业农村厅负责）');
    expect(p.targets.map((t) => [t.taskSeq, t.value])).toEqual([[null, 100]]);
  });

  it('a 专栏 item headed by a colon (科技馆建设工程：…) is titled by its heading, and its counts are read', () => {
    const p = parsePlan(
      [
        '某市科普规划（2026—2030年）',
        '一、主要任务',
        '专栏1 科普基础设施重点工程',
        '1.基层科普阵地工程：新建社区科普e站100个。',
        '2.科普讲座：每月1场，全年12场。',
        '二、实施步骤',
        '1.2026年3月：召开动员部署会。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => [t.title, t.text])).toEqual([
      ['基层科普阵地工程', '新建社区科普e站100个。'],
      ['科普讲座', '每月1场，全年12场。'],
    ]);
    expect(p.targets.map((t) => [t.taskSeq, t.metric, t.value])).toEqual([
      [1, '新建社区科普e站', 100],
      [2, '科普讲座', 12],
    ]);
    expect(p.milestones.map((m) => [m.year, m.text])).toEqual([[2026, '2026年3月：召开动员部署会']]);
  });

  it('counts a clause that opens with a delivery verb and closes with the count', () => {
    expect(plan.targets.map((t) => [t.taskSeq, t.value, t.unit, t.recurrence])).toEqual([
      [null, 10, '座', null],
      [null, 100, '个', null],
      [3, 2, '万人次', 'annual'],
    ]);
  });
});

describe('a 通知 signed in Chinese numerals, with a schedule of dated phases', () => {
  const plan = parsePlan(`南通市科学技术协会文件
通科协发〔2026〕12号
关于印发《南通市全民科学素质行动实施方案（2026—2030年）》的通知
各县（市、区）科协：
现将《南通市全民科学素质行动实施方案（2026—2030年）》印发给你们，请认真贯彻落实。
南通市科学技术协会
二〇二六年三月十五日
南通市全民科学素质行动实施方案（2026—2030年）
一、重点任务
1.深化科学教育改革。开展科学教育主题活动。（市教育局牵头，市科协配合）
二、实施步骤
（一）启动部署阶段（2026年1月—6月）。制定年度工作要点。
（二）全面推进阶段（2026年7月—2029年12月）。
（三）总结评估阶段（2030年）。开展终期评估。`);

  it('signed jointly by a party group and its body: both are the issuer', () => {
    const joint = parsePlan(`某市科协2026年工作要点
一、重点工作
1.加强科技工作者之家建设。新建科技工作者之家5家。（责任部门：学会部）
中共某市科学技术协会党组
某市科学技术协会
2026年2月10日`);
    expect(joint).toMatchObject({ issuer: '中共某市科学技术协会党组、某市科学技术协会', issuedOn: '2026-02-10' });
  });

  it('signed by many bodies, two to a line: each is named, the first included', () => {
    const joint = parsePlan(`某某区科普工作方案
一、重点任务
1.开展科普活动。内容。（区科协负责）
某某区科学技术协会某某区教育局
某某区文化和旅游局某某区卫生健康委员会
某某区应急管理局中共某某区委宣传部
2026年2月10日`);
    expect(joint.issuer).toBe(
      '某某区科学技术协会、某某区教育局、某某区文化和旅游局、某某区卫生健康委员会、某某区应急管理局、中共某某区委宣传部',
    );
    expect(joint.region).toBe('某某区');
  });

  it('a signature with its issuers and date on one line, after spaces', () => {
    const signed = parsePlan(`某区科普工作方案
一、重点任务
1.开展科普活动。内容。（区科协负责）
某某区科学技术协会　某某区教育局　2026年2月10日`);
    expect(signed).toMatchObject({ issuer: '某某区科学技术协会、某某区教育局', issuedOn: '2026-02-10' });
  });

  it('a signature dated 2026.2.10, or by its month only (no day to give), names its issuer', () => {
    const signed = (date: string) =>
      parsePlan(`某区科普工作方案\n一、重点任务\n1.开展科普活动。内容。（区科协负责）\n某某区科学技术协会\n${date}`);
    expect(signed('2026.2.10')).toMatchObject({ issuer: '某某区科学技术协会', issuedOn: '2026-02-10' });
    expect(signed('2026-02-10').issuedOn).toBe('2026-02-10');
    expect(signed('2026年2月')).toMatchObject({ issuer: '某某区科学技术协会', issuedOn: null });
    expect(signed('二〇二六年二月').issuer).toBe('某某区科学技术协会');
  });

  it('a joint letterhead, one body to a line, is not the title; one issuer on the line before 关于… is', () => {
    const body = `某科协联〔2026〕3号
关于开展2026年某某区科技活动周活动的通知
各街道、镇，区各有关单位：
现将有关事项通知如下。
一、活动内容
（一）举办开幕式。5月17日举办开幕式。（区科协负责）
（二）开展科普进校园。组织科普报告50场以上。（区教育局负责）
中共某某区委宣传部　　某某区科学技术协会　　某某区教育局
2026年4月8日`;
    const joint = parsePlan(`中共某某区委宣传部\n某某区科学技术协会\n某某区教育局\n文件\n${body}`);
    expect(joint).toMatchObject({ title: '关于开展2026年某某区科技活动周活动的通知', region: '某某区' });
    expect(joint.issuer).toBe('中共某某区委宣传部、某某区科学技术协会、某某区教育局');
    const single = parsePlan(`某某区科学技术协会\n${body.replace(/^.*\n/, '')}`);
    expect(single.title).toBe('某某区科学技术协会关于开展2026年某某区科技活动周活动的通知');
    // above the number the issuer signs, and the title wrapped below names it again
    const above = parsePlan(
      `某某区科学技术协会\n${body.replace('\n关于开展2026年', '\n某某区科学技术协会关于开展2026年\n')}`,
    );
    expect(above.title).toBe('某某区科学技术协会关于开展2026年某某区科技活动周活动的通知');
    // 文件 printed beside the first name, the second name below it, then the number
    const beside = parsePlan(`某某区科学技术协会  文件\n某某区教育局\n${body}`);
    expect(beside).toMatchObject({
      title: '关于开展2026年某某区科技活动周活动的通知',
      issuer: '某某区科学技术协会、某某区教育局',
    });
  });

  it('reads the date of the signature in Chinese numerals', () => {
    expect(plan).toMatchObject({ issuedOn: '2026-03-15', docNumber: '通科协发〔2026〕12号' });
  });

  it('takes each dated phase as a milestone of the year it starts, due by the end of the last it names', () => {
    expect(plan.milestones.map((m) => [m.year, m.text, m.due])).toEqual([
      [2026, '启动部署阶段（2026年1月—6月）：制定年度工作要点', '2026-06-30'],
      [2026, '全面推进阶段（2026年7月—2029年12月）', '2029-12-31'],
      [2030, '总结评估阶段（2030年）：开展终期评估', null],
    ]);
  });

  it('takes an unnumbered phase dated in brackets the same way (第一阶段：动员部署（2026年1月至3月）。…)', () => {
    const phases = parsePlan(`某区创建全国科普示范区工作方案（2026—2027年）
一、重点任务
（一）完善科普设施。新建社区科普活动室20个。（区科协负责）
二、实施步骤
第一阶段：动员部署（2026年1月至3月）。制定创建方案。
第二阶段：全面创建（2026年4月至2027年6月）。各单位推进创建工作。`);
    expect(phases.milestones.map((m) => [m.year, m.due, m.text])).toEqual([
      [2026, '2026-03-31', '第一阶段：动员部署（2026年1月至3月）：制定创建方案'],
      [2026, '2027-06-30', '第二阶段：全面创建（2026年4月至2027年6月）：各单位推进创建工作'],
    ]);
  });
});

describe('region and responsibilities by unit', () => {
  const body =
    '一、重点任务\n（一）建设设施。内容。\n二、职责分工\n（一）区科协\n负责科普活动的组织。\n（二）各街道办事处\n落实辖区科普阵地。';

  it('a word ending in 市 or 区 that names no place is not the region (主城区 either); the issuer’s full name is', () => {
    expect(parsePlan(`某某区海绵城市建设方案\n${body}`).region).toBe('某某区');
    expect(parsePlan(`科普示范社区建设方案\n${body}`).region).toBeNull();
    expect(parsePlan(`城市社区科普工作方案\n${body}`).region).toBeNull();
    // 宝山区, 蚌山区, 东营区 and 神农架林区 are places, 贫困山区 is none; a title opening with words before the issuer's place names it
    expect(parsePlan(`上海市宝山区科普工作方案\n${body}`).region).toBe('上海市宝山区');
    expect(parsePlan(`某县贫困山区科普工作方案\n${body}`).region).toBe('某县');
    expect(parsePlan(`东营市东营区科普工作方案\n${body}`).region).toBe('东营市东营区');
    expect(parsePlan(`神农架林区科普工作方案\n${body}`).region).toBe('神农架林区');
    expect(parsePlan(`加强新时代某某市中小学科学教育行动方案\n${body}\n某某市教育局\n2024年4月8日`).region).toBe(
      '某某市',
    );
    expect(parsePlan(`新时代瓯海区中小学科学教育行动方案\n${body}\n温州市瓯海区科协\n2024年5月24日`).region).toBe(
      '温州市瓯海区',
    );
    // cities named 某城 (晋城市, 盐城市) and their 城区 are places; 智慧城市 and 文明城市 are none
    expect(parsePlan(`晋城市城区防震减灾活动方案\n${body}`).region).toBe('晋城市城区');
    expect(parsePlan(`江苏省盐城市科普工作方案\n${body}`).region).toBe('江苏省盐城市');
    expect(parsePlan(`智慧城市建设方案\n${body}`).region).toBeNull();
    expect(parsePlan(`创建全国文明城市工作方案\n${body}`).region).toBeNull();
    // a district named 某城区 (西城区, 婺城区) is a place; 主城区 and 中心城区 are parts of a city
    expect(parsePlan(`西城区2026年全国科普月活动方案\n${body}`).region).toBe('西城区');
    expect(parsePlan(`某某市主城区科普设施建设方案\n${body}`).region).toBe('某某市');
    const notice = `某某市某某区人民政府办公室关于印发《某某区海绵城市建设方案》的通知\n现将《某某区海绵城市建设方案》印发给你们。\n某某市某某区人民政府办公室\n2025年1月3日\n某某区海绵城市建设方案\n${body}`;
    expect(parsePlan(notice)).toMatchObject({ issuer: '某某市某某区人民政府办公室', region: '某某市某某区' });
  });

  it('an addressee line naming 计划单列市 is no title', () => {
    const plan = parsePlan(
      `某部关于促进某某产业发展的指导意见\n某部发〔2025〕18号\n各省、自治区、直辖市及计划单列市有关主管部门：\n${body}`,
    );
    expect(plan.title).toBe('某部关于促进某某产业发展的指导意见');
  });

  it('a notice quoting the title with <> for the inner 《》 finds the title line after it', () => {
    const plan = parsePlan(
      `各区科委：\n现将《某市关于贯彻落实<全国科普规划>的实施意见》印发给你们。\n某市科学技术委员会\n2022年5月26日\n某市关于贯彻落实《全国科普规划》的实施意见\n${body}`,
    );
    expect(plan.title).toBe('某市关于贯彻落实《全国科普规划》的实施意见');
  });

  it('a list of attachments at the end is no item of the last task', () => {
    const plan = parsePlan(
      '某区科普工作方案\n一、重点任务\n（一）开展活动。内容。\n（二）建设阵地。内容。\n附件：\n1.某区科普阵地名单\n2.某区科普活动安排表',
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['开展活动', '建设阵地']);
    // several titles to a line
    const joined = parsePlan(
      '某区科普工作方案\n一、重点任务\n（一）开展活动。内容。\n（二）建设阵地。内容。\n附件：1.某区科普阵地名单\n2.中小学生信息技术作品制作现场比赛参赛选手登记表3.少儿智力七巧板组合与分解竞赛参赛选手登记表4.少儿智力七巧板多副组合创新作品申报登记表\n5.汇总表',
    );
    expect(joined.tasks.map((t) => t.title)).toEqual(['开展活动', '建设阵地']);
  });

  it('a 职责分工 part whose items are headed by units beside the plan’s tasks: the units’ duties, no tasks', () => {
    const plan = parsePlan(`某某区科普工作方案\n${body}`);
    expect(plan.tasks.map((t) => [t.part, t.title, t.units])).toEqual([['main', '建设设施', []]]);
    expect(reportOf(plan).warnings.map((w) => w.code)).not.toContain('tasks-without-units');
  });
});

describe('metadata as real documents print it', () => {
  const body = '\n一、重点任务\n（一）开展科普活动。组织科普报告。（市科协负责）';
  const meta = (text: string) => {
    const { title, issuer, docNumber, issuedOn, region, period } = parsePlan(text + body);
    return { title, issuer, docNumber, issuedOn, region, period };
  };

  it('a 目标任务 part with no numbered items states goals', () => {
    const plan = parsePlan(
      '2026年某区违法用地综合整治实施方案\n一、目标任务\n2024年及2025年已累计完成约4180亩整治任务量，2026年应完成剩余1620亩整治任务量。\n' +
        '二、工作要求\n（一）坚持应拆尽拆。各街镇围绕拆除还地开展整治。（区规划资源局负责）\n（二）推进重点项目整治。（各街镇负责）',
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year, t.taskSeq])).toEqual([[1620, '亩', 2026, null]]);
    expect(plan.tasks.map((t) => t.title)).toEqual(['坚持应拆尽拆', '推进重点项目整治']);
  });

  it('unnumbered part labels as a web page leaves them: 总体要求, 重点整治内容 over its numbered items', () => {
    const plan = parsePlan(
      [
        '某区养老服务机构燃气安全专项整治工作方案',
        '总体要求',
        '认真贯彻落实燃气安全重要指示批示要求，全面排查整治燃气安全隐患。',
        '重点整治内容',
        '1.对养老服务机构未落实消防安全责任制的，督促限期整改。',
        '2.对养老服务机构在地下空间使用瓶装液化石油气的，依法查处。',
        '工作要求',
        '（一）提高政治站位。深刻认识做好燃气安全工作的重要性。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.path])).toEqual([
      ['1', ['重点整治内容']],
      ['2', ['重点整治内容']],
    ]);
  });

  it('a Markdown heading is a line of its own; a policy page head; a joint signature above the print record', () => {
    const notice = (head: string) =>
      parsePlan(
        `${head}\n全区各中小学校、幼儿园：\n为切实做好消防安全工作，现通知如下：\n` +
          '一、全面明晰消防安全责任。各中小学校、幼儿园要确定消防安全责任人、消防安全管理人。\n' +
          '二、全面完善日常管理制度。各中小学校、幼儿园要按要求定期维保消防设施、检测电气线路。\n' +
          '三、全面排查整改火灾隐患。各中小学校、幼儿园要落实人员定期开展消防安全自查和每日防火巡查。\n' +
          '四、全面开展消防安全教育。各中小学校、幼儿园要加强对学生的消防安全教育及疏散逃生演练。\n' +
          '上海市闵行区教育局    上海市闵行区消防救援支队\n2024年6月25日\n' +
          '公开属性：主动公开\n上海市闵行区教育局办公室               2024年6月28日印发',
      );
    const title = '关于全面贯彻落实《中小学校、幼儿园消防安全十项规定》的通知';
    for (const plan of [
      notice(`# ${title}`),
      notice(`标题：${title}\n发文字号：闵教字〔2024〕105号\n发布单位：上海市闵行区教育局`),
    ]) {
      expect(plan).toMatchObject({
        title,
        issuer: '上海市闵行区教育局、上海市闵行区消防救援支队',
        issuedOn: '2024-06-25',
        region: '上海市闵行区',
      });
      expect(plan.tasks.map((t) => t.title)).toHaveLength(4);
    }
    expect(notice(`标题：${title}\n发文字号：闵教字〔2024〕105号`).docNumber).toBe('闵教字〔2024〕105号');
    // the head as a table with a cell per line: each label's value on the line below it
    const cells = ['索引号：', '000014349/2024-00012', '标题：', title, '发文字号：', '闵教字〔2024〕105号'];
    expect(notice(cells.join('\n'))).toMatchObject({ title, docNumber: '闵教字〔2024〕105号', period: null });
    // a page's path naming a plan word (首页 > 规划计划) is no title; a label spaced out (文　　号：) is one line; a
    // title is a line of its own, whatever commas it holds, so the addressees start a line of their own
    const page = `首页 > 政务公开 > 规划计划\n索 引 号：000014349/2024-00012\n文　　号：闵教字〔2024〕105号\n${title}`;
    expect(notice(page)).toMatchObject({ title, docNumber: '闵教字〔2024〕105号' });
    // a page's head as bracketed labels ([ 发布机构 ] …) after a breadcrumb (您当前的位置：首页 > …), and a preface's
    // heading (前言) are no title
    const bracketed = `您当前的位置: 首页 > 政务公开 > 其他文件\n\n[ 索引号 ] 11500222MB186138XC/2025-00009 [ 发文字号 ]\n[ 主题分类 ] 科技 [ 体裁分类 ] 其他公文\n[ 发布机构 ] 某区科技局 [ 有效性 ] 有效\n\n${title}`;
    expect(notice(bracketed).title).toBe(title);
    // a date with a bullet for its dot (“7•28”) is no page's menu; a period with a horizontal bar (2021―2025年)
    expect(notice('某区抗震救灾办公室\n关于开展“7•28”防震减灾活动的通知').title).toBe(
      '某区抗震救灾办公室关于开展“7•28”防震减灾活动的通知',
    );
    expect(
      parsePlan(`某区全民科学素质实施方案（2021―2025年）\n${'一、重点任务\n（一）开展活动。（区科协负责）'}`).period,
    ).toEqual({
      start: 2021,
      end: 2025,
    });
    // head fields as a bulleted list, and a 公文生成日期 field, each a line of its own above the title
    expect(
      notice(
        `• 索 引 号:QZ00403-2500-2024-00010\n• 备注/文号:闵教字〔2024〕105号\n• 公文生成日期:2024-05-07\n${title}`,
      ),
    ).toMatchObject({ title, docNumber: '闵教字〔2024〕105号' });
    // the issuer its title names, before a field's value naming one (发布机构 / 巴南区政府办公室)
    const fields = parsePlan(
      `[ 发布机构 ]\n巴南区政府办公室\n重庆市巴南区人民政府办公室关于印发某某工作清单的通知\n一、重点任务\n（一）开展活动。（区科协负责）`,
    );
    expect(fields.issuer).toBe('重庆市巴南区人民政府办公室');
    // a cited document's number before its title (…协会文件京密科协发[2021]7号《关于…的通知》精神) is not the notice's
    expect(
      notice(
        `${title}\n为贯彻北京市密云区科学技术协会文件京密科协发[2021]7号《关于举办科普日活动的通知》精神，制定本方案。`,
      ).docNumber,
    ).toBeNull();
    // a page's counters (点击数：人次, its value lost) are fields of their own, not run on into the number below
    expect(notice(`${title}\n来源：信息公开办\n点击数：人次\n\n闵教字〔2024〕105号`).docNumber).toBe(
      '闵教字〔2024〕105号',
    );
    // a site's category of documents (规范性文件) is no letterhead, its menu (• 网站首页 • 关于协会) no title or issuer
    expect(notice(`规范性文件\n• 网站首页 • 关于协会\n${title}`)).toMatchObject({
      title,
      issuer: '上海市闵行区教育局、上海市闵行区消防救援支队',
    });
    expect(parsePlan(`前言\n${'一、重点任务\n（一）开展活动。（区科协负责）'}`, { name: '某区方案' }).title).toBe(
      '某区方案',
    );
    expect(notice('关于做好2026年全国科普日、科技活动周活动的通知').title).toBe(
      '关于做好2026年全国科普日、科技活动周活动的通知',
    );
  });

  it('national bodies are 全国; a title may name the body and open with the year or an edition (第四届); 州 and 街道 are places', () => {
    expect(meta('中国科协2025年工作要点\n中国科协办公厅\n2025年2月28日')).toMatchObject({
      issuer: '中国科协办公厅',
      region: '全国',
      period: { start: 2025, end: 2025 },
    });
    expect(meta('中国科协2023年工作要点')).toMatchObject({ issuer: '中国科协', region: '全国' });
    // a five-year plan named in words, and its 2035 vision no one-year period; a number after a head field's label
    expect(
      meta(
        '某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要任务分工方案\n发布机构 某市政府办公室 文    号 某政办〔2021〕9号',
      ),
    ).toMatchObject({ period: { start: 2021, end: 2025 }, docNumber: '某政办〔2021〕9号' });
    // a national society forwarding it signs it (学会 ends an issuer's name)
    expect(meta('中国科协2022年科普工作要点\n中国岩石力学与工程学会\n2022年3月3日')).toMatchObject({
      issuer: '中国岩石力学与工程学会',
      region: '全国',
    });
    expect(meta('2024年广东省科协科普工作要点\n粤科协普〔2024〕3号')).toMatchObject({
      issuer: '广东省科协',
      docNumber: '粤科协普〔2024〕3号',
      region: '广东省',
    });
    expect(meta('第四届上海市青少年科技节活动方案')).toMatchObject({ region: '上海市' });
    expect(meta('2024年黔东南州科普月活动安排')).toMatchObject({
      region: '黔东南州',
      period: { start: 2024, end: 2024 },
    });
    expect(meta('唐家口街道2024年全域科普工作计划.docx')).toMatchObject({
      title: '唐家口街道2024年全域科普工作计划',
      issuer: '唐家口街道',
      region: '唐家口街道',
    });
    // a school year runs into the next calendar year; its second term is in that year
    expect(meta('某中学2025学年科技教育工作计划').period).toEqual({ start: 2025, end: 2026 });
    expect(meta('某中学2025学年第二学期科技教育工作计划').period).toEqual({ start: 2026, end: 2026 });
  });

  it('a text opening with its first heading or a sentence is titled by its file name', () => {
    const titled = (text: string, name?: string) => parsePlan(text + body, { name }).title;
    expect(titled('', '某区2026年科普工作要点.docx')).toBe('某区2026年科普工作要点');
    expect(titled('为做好全年科普工作，制定本要点。', '某区要点.pdf')).toBe('某区要点');
    expect(titled('为做好科普日活动，现将有关事项通知如下：', '某区活动.txt')).toBe('某区活动');
    expect(titled('某区2026年科普工作要点', 'scan-01.pdf')).toBe('某区2026年科普工作要点');
    expect(titled('')).toBe('一、重点任务');
    // a web page's own lines above a text without a title
    expect(titled('无障碍 | 长者版\n', '某区活动.txt')).toBe('某区活动');
    expect(titled('欢迎来到某某文库\n浏览记录\n', '某区活动.txt')).toBe('某区活动');
    // a page's caption ending 文件 is no letterhead
    expect(parsePlan(`当前位置：首页 > 政策 > 国务院文件\n某区科普工作要点\n${body}`).issuer).toBeNull();
    // a page's menu items above a title wrapped over two lines
    expect(titled('政策\n最新\n某区人民政府关于加强新时代\n科学技术普及工作的实施意见\n')).toBe(
      '某区人民政府关于加强新时代科学技术普及工作的实施意见',
    );
  });

  it('runs of ? (spaces lost in a conversion of encodings) are spaces: a signature pushed right by them is read', () => {
    const plan = parsePlan(
      `某县2024年科普工作要点\n?\n${body}\n??????????????某县科普工作联席会议办公室\n??????????????2024年7月31日\n?`,
    );
    expect([plan.issuer, plan.issuedOn]).toEqual(['某县科普工作联席会议办公室', '2024-07-31']);
  });

  it('schools, museums and centres sign their own plans; a title names them, but not 全市中小学', () => {
    const signed = (signer: string) => parsePlan(`科普工作计划${body}\n${signer}\n2026年1月15日`).issuer;
    expect(signed('某市科技馆')).toBe('某市科技馆');
    expect(signed('某区青少年科技活动中心')).toBe('某区青少年科技活动中心');
    expect(signed('某某街道办事处')).toBe('某某街道办事处');
    expect(signed('请各单位认真落实')).toBeNull();
    const dated = (date: string) => parsePlan(`科普工作计划${body}\n某区科学技术协会\n${date}`);
    for (const date of ['（2026年1月15日）', '2026年1月15日印发', '二〇二六年一月十五日'])
      expect(dated(date)).toMatchObject({ issuer: '某区科学技术协会', issuedOn: '2026-01-15' });
    expect(meta('某某小学2026年科普工作计划').issuer).toBe('某某小学');
    expect(meta('2026年全市中小学科学教育工作要点').issuer).toBeNull();
  });

  it('a signer on another’s behalf (（代）), a number alone on its line, bracketed or not', () => {
    const notice = (number: string) =>
      `关于印发《2025年歙县科技活动周实施方案》的通知\n${number}\n各成员单位：\n现将《2025年歙县科技活动周实施方案》印发给你们。\n歙县科技活动周工作专班办公室（代）\n2025年5月22日\n2025年歙县科技活动周实施方案`;
    expect(meta(notice('纲要办发〔2025〕3号'))).toMatchObject({
      title: '2025年歙县科技活动周实施方案',
      issuer: '歙县科技活动周工作专班办公室',
      docNumber: '纲要办发〔2025〕3号',
      region: '歙县',
      issuedOn: '2025-05-22',
    });
    expect(meta(notice('（沪松府〔2025〕107号）')).docNumber).toBe('沪松府〔2025〕107号');
  });

  it('a plan title wrapped over two lines after its notice; a page’s captions and headline before the title', () => {
    expect(
      meta(
        '《某市人民政府办公厅关于印发〈某市全民科学素质行动实施方案（2026-2030年）〉的通知》\n现将《某市全民科学素质行动实施方案（2026—2030年）》印发给你们。\n某市人民政府办公厅\n2026年10月8日\n某市全民科学素质行动\n实施方案（2026—2030年）',
      ),
    ).toMatchObject({ title: '某市全民科学素质行动实施方案（2026—2030年）', issuedOn: '2026-10-08', region: '某市' });
    expect(
      meta(
        '来源：中国科协 发布时间：2023/8/5 17:02:40\n中国科协等21部门联合组织开展全国科普日活动\n中国科协等21部门关于举办2023年全国科普日活动的通知\n科协发普字〔2023〕34号\n2023年是“十四五”承上启下的关键一年。',
      ),
    ).toMatchObject({
      title: '中国科协等21部门关于举办2023年全国科普日活动的通知',
      issuer: '中国科协等21部门',
      region: '全国',
      period: { start: 2023, end: 2023 },
    });
  });
});

describe('a government site’s page copied whole', () => {
  it('drops the site’s lines around the text, and keeps the signature out of the last task', () => {
    const p = parsePlan(
      [
        '首页 > 政务公开 > 通知公告',
        '信息来源：某区科协 发布时间：2024-03-05 10:21 浏览次数：1234',
        '字号：大 中 小',
        '分享到：',
        '某区2024年全民科学素质工作要点',
        '一、实施青少年科学素质提升行动',
        '1.推进科学教育。开展“科学家进校园”活动20场以上。（区教育局、区科协负责）',
        '2.开展科普活动。在防灾减灾日期间开展主题科普活动。',
        '牵头单位：区科协 配合单位：区应急局',
        '某区全民科学素质工作领导小组办公室',
        '2024年3月1日',
        '（此件公开发布）',
        '扫一扫在手机打开当前页',
        '相关链接',
        '主办单位：某区人民政府办公室 承办单位：某区信息中心',
      ].join('\n'),
    );
    expect(p).toMatchObject({
      title: '某区2024年全民科学素质工作要点',
      issuer: '某区全民科学素质工作领导小组办公室',
      issuedOn: '2024-03-01',
    });
    expect(p.tasks.at(-1)!.units).toEqual(['区科协', '区应急局']);
    expect(p.tasks.at(-1)!.text).toMatch(/配合单位：区应急局$/);
  });
});

describe('a document copied from a web page, its line breaks lost', () => {
  const item = (n: number) =>
    `${n}．${n === 2 ? '2026年6月底前' : ''}开展第${n}项科普工作，组织科普报告、展览和培训，覆盖街道社区和学校，逐步形成长效机制。（区科协牵头，区教育局按职责分工负责）`;
  const body = Array.from({ length: 40 }, (_, i) => item(i + 1)).join('');

  it('a part whose text runs on after its heading states its targets there too', () => {
    const plan = parsePlan(
      '某市全民科学素质行动任务分工方案\n一、指导思想坚持以习近平新时代中国特色社会主义思想为指导，扎实推进全民科学素质建设。\n二、工作目标到2025年，基本形成社会化科学素质工作新格局，我市公民具备科学素质的比例超过15%，进入全省前三。',
    );
    expect(plan.targets.map((t) => [t.metric, t.value, t.year])).toEqual([['公民具备科学素质的比例', 15, 2025]]);
  });

  it('a title run on into its number and addressees; a number cited in brackets is not the document’s', () => {
    const plan = parsePlan(
      `某区科学技术协会关于开展科普工作的通知某科协发〔2026〕5号各街道、各有关单位：\n为贯彻落实《某市科普条例》（某市发〔2025〕3号），现通知如下。\n一、重点任务\n${item(1)}`,
    );
    expect(plan).toMatchObject({ title: '某区科学技术协会关于开展科普工作的通知', docNumber: '某科协发〔2026〕5号' });
    const cited = parsePlan(
      `某区科普工作方案\n为贯彻落实《某市科普条例》（某市发〔2025〕3号），制定本方案。\n一、重点任务\n${item(1)}`,
    );
    expect(cited.docNumber).toBeNull();
  });

  it('paragraph indents inside a line, and a signature after the last sentence, part paragraphs', () => {
    const plan = parsePlan(
      `某区科普工作方案\n一、重点任务\n${item(1)}　　${item(2)}\n各单位要认真落实。　　　　某区科学技术协会\n2026年3月1日`,
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(plan).toMatchObject({ issuer: '某区科学技术协会', issuedOn: '2026-03-01' });
    const tail = parsePlan(
      `某区科普工作方案\n一、重点任务\n${item(1)}\n请认真落实。某区科学技术协会2026年3月1日（此件公开发布）`,
    );
    expect(tail).toMatchObject({ issuer: '某区科学技术协会', issuedOn: '2026-03-01' });
    // the same with ASCII brackets, as web copies print them
    const ascii = parsePlan(
      `某区科普工作方案\n一、重点任务\n${item(1)}\n请认真落实。某区科学技术协会2026年3月1日(此件公开发布)`,
    );
    expect(ascii).toMatchObject({ issuer: '某区科学技术协会', issuedOn: '2026-03-01' });
    // and with full-width digits
    const wide = parsePlan(
      `某区科普工作方案\n一、重点任务\n${item(1)}\n请认真落实。某区科学技术协会２０２６年３月１日`,
    );
    expect(wide).toMatchObject({ issuer: '某区科学技术协会', issuedOn: '2026-03-01' });
  });

  it('a notice on one line: its signature before the attached plan, and closing text after the last unit list', () => {
    // items of unlike length, as real ones are (alike, they would read as lines wrapped at a width)
    const items = Array.from(
      { length: 60 },
      (_, i) => `${i + 1}．开展第${i + 1}项科普工作${'，组织科普报告和展览'.repeat(i % 5)}。（区科协负责）`,
    ).join('');
    const plan = parsePlan(
      `国务院关于印发某某工作方案的通知国发〔2026〕5号各省、自治区、直辖市人民政府：现将《某某工作方案》印发给你们，请认真贯彻执行。国务院2026年3月1日（此件公开发布）某某工作方案为做好科普工作，制定本方案。一、重点任务（一）科普活动。${items}各有关部门于2026年12月31日前报送落实情况。`,
    );
    expect(plan).toMatchObject({ issuer: '国务院', issuedOn: '2026-03-01', title: '某某工作方案' });
    expect(plan.tasks).toHaveLength(60);
    expect(plan.tasks.at(-1)!.text).toMatch(/负责）$/);
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([[2026, '各有关部门于2026年12月31日前报送落实情况']]);
    // with no publication note, the date run on into the plan's title; a title quoted with 〈〉 for its inner 《》
    const plain = parsePlan(
      `某市人民政府关于印发《某市贯彻落实〈某省科学素质实施方案〉任务分工方案》的通知各区人民政府：《某市贯彻落实〈某省科学素质实施方案〉任务分工方案》已经市政府同意，现印发给你们。某市人民政府2023年3月23日某市贯彻落实《某省科学素质实施方案》任务分工方案为做好科普工作，制定本方案。一、重点任务（一）科普活动。${items}`,
    );
    expect(plain).toMatchObject({
      issuer: '某市人民政府',
      issuedOn: '2023-03-23',
      title: '某市贯彻落实《某省科学素质实施方案》任务分工方案',
    });
  });

  it('a whole document on one line: split before its headings; an item may open with a date (2．2026年…)', () => {
    const plan = parsePlan(
      `某区科普工作方案\n为做好科普工作，制定本方案。一、重点任务（一）科普活动。${body}二、保障措施（一）加强领导。各单位要加强领导。`,
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(Array.from({ length: 40 }, (_, i) => String(i + 1)));
    expect(plan.tasks[1]).toMatchObject({ path: ['一、重点任务', '（一）科普活动'], leadUnits: ['区科协'] });
    expect(plan.tasks[1]!.title).toMatch(/^2026年6月底前开展第2项科普工作/);
    // ASCII brackets and semicolons (a web copy): the same headings
    const ascii = parsePlan(
      `某区科普工作方案\n为做好科普工作,制定本方案。一、重点任务(一)科普活动。${body.replace(/（/g, '(').replace(/）/g, ')').replace(/；/g, ';')}二、保障措施(一)加强领导。各单位要加强领导。`,
    );
    expect(ascii.tasks.map((t) => [t.number, t.path])).toEqual(plan.tasks.map((t) => [t.number, t.path]));
    // items after an ASCII colon (具体措施:1.…), not after a time (下午2:30)
    const items = Array.from(
      { length: 50 },
      (_, i) => `${i + 1}.下午2:30开展第${i + 1}项科普工作,组织科普讲座和科普展览,普及科学知识,弘扬科学精神。`,
    );
    const colon = parsePlan(`某区科普工作方案\n一、重点任务(一)科普活动。具体措施:${items.join('')}`);
    expect(colon.tasks.map((t) => t.number)).toEqual(Array.from({ length: 50 }, (_, i) => String(i + 1)));
  });

  it('a shorter document whose breaks were lost to spaces or indents: split before its headings and items', () => {
    const doc = [
      '某街道2026年科普工作计划',
      '为深入实施全民科学素质行动，做好本街道2026年科普工作，提高居民科学素质，结合街道实际，制定本计划。',
      '一、重点任务',
      '（一）青少年科普',
      '1.开展科技馆研学活动不少于10场次。（街道教育办负责）',
      '2.组织“科学家进校园”活动2次。（街道科协负责）',
      '（二）老年人科普',
      '1.开展智能技术培训不少于20期。（街道社会事务办负责）',
      '二、保障措施',
      '（一）加强组织领导。成立工作领导小组。',
    ];
    const expected = [
      ['1', ['街道教育办']],
      ['2', ['街道科协']],
      ['1', ['街道社会事务办']],
    ];
    for (const sep of [' ', '\u3000\u3000'])
      expect(parsePlan(doc.join(sep)).tasks.map((t) => [t.number, t.units])).toEqual(expected);
  });

  it('breaks lost to spaces: a line holding two or more headings after spaces is split before them', () => {
    const plan = parsePlan(
      '全区科技活动周实施方案\n为做好活动，制定本方案。 一、主题 携手建设创新型城市 二、活动内容 (一)举办启动仪式。组织展览。（区科技局负责） (二)开展开放日活动。组织参观。（区科协负责）',
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['举办启动仪式', ['区科技局']],
      ['开展开放日活动', ['区科协']],
    ]);
    // 全区 names no place
    expect(plan.region).toBeNull();
  });

  it('a shorter document on one line: split where its parts follow sentences in sequence (如下:一、…。二、…。三、…)', () => {
    const line =
      '某街道2024年全域科普工作计划为进一步推动街道科普工作，提高居民科学素养，特制定计划如下:' +
      '一、加强全域科普机制建设按照区科普工作实施方案，制定本街道年度科普工作计划，将科普工作纳入街道重要议事日程，领导班子每季度听取工作汇报。' +
      '二、强化基层科普阵地建设始终坚持将科普工作与精神文明建设紧密结合，依托新时代文明实践站、社区科普活动室开展科普宣传。' +
      '三、开展丰富多彩的科普活动以创建全域科普示范街道为契机，在科技周、全国科普日等宣传日组织开展科普活动。';
    const plan = parsePlan(line);
    expect(plan.tasks.map((t) => t.number)).toEqual(['一', '二', '三']);
    // a sentence naming parts out of sequence stays one paragraph
    expect(() =>
      parsePlan(
        `某街道科普工作计划${'完善科普设施，开展科普活动。'.repeat(12)}三、继续推进科普工作。一、加强科普宣传。二、建设科普阵地。`,
      ),
    ).toThrow('no-structure');
  });
});

describe('import report', () => {
  it('warns about a title cut mid-phrase and unread unit-like lists', () => {
    expect(titleCut('关于加强科普工作的')).toBe(true);
    expect(titleCut('“无废城市”建设试点工作方案')).toBe(false);
    const plan = parsePlan(
      '一、重点任务\n（一）加强基础。内容（甲部、乙部，丙部第1组负责）\n（二）建设。内容（甲部负责）',
    );
    const report = reportOf(plan);
    expect(report.tasks).toBe(2);
    expect(report.warnings.map((w) => w.code)).toContain('unread-unit-lists');
  });

  it('counts targets without a year, except in a plan for one year, whose targets are of that year', () => {
    const body = '一、重点任务\n（一）建设。新建科普馆1座，培训骨干100名，建成站点20个，举办活动50场。（甲部负责）';
    const several = reportOf(parsePlan(`某区科普工作方案（2026—2028年）\n${body}`));
    expect(several.targetsWithoutYear).toBe(4);
    expect(several.warnings.map((w) => w.code)).toContain('targets-without-year');
    const one = reportOf(parsePlan(`某区2026年科普工作要点\n${body}`));
    expect([one.targets, one.targetsWithoutYear]).toEqual([4, 0]);
    expect(one.warnings.map((w) => w.code)).not.toContain('targets-without-year');
  });
});

describe('lists, contests, attachments and tables as plans of all levels print them', () => {
  it('a flat list (1、…) without parts: each item is a task; an item may open with a date and hold a time (4：00)', () => {
    const plan = parsePlan(
      [
        '某中学2026年寒假教师研修方案',
        '为提高教师专业素质，特制订本方案。',
        '1、寒假期间每位教师认真学习《给教师的建议》，并于3月1日交读后感一篇；',
        '2、认真钻研下学期教材，2月28日上午检查备课记录；',
        '3、2月26日下午4：00由教研组长引领备课组长等学科骨干教师制定本学期本学科教研计划，讨论本校教研课题管理制度（讨论稿）及本学期教研活动安排；',
        '4、2月28日由备课组长引领本备课组教师制定本学期本备课组教学进度，分析上学期期末考试成绩（时间自定）。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4']);
    // a time's colon does not end a title; a sentence holding 进度 is an item, not a schedule part
    expect(plan.tasks[2]!.title).toBe('2月26日下午4：00由教研组长引领备课组长等学科骨干教师制定本学期本学科教研计划');
    expect(plan.tasks[3]!.title).toMatch(/^2月28日由备课组长/);
  });

  it('a part’s name run on into its text (一、总体要求以…) still names it', () => {
    const plan = parsePlan(
      [
        '某区科普工作方案',
        '一、总体要求以习近平新时代中国特色社会主义思想为指导，全面提升公民科学素质，推动科普工作高质量发展，形成全民参与的良好局面',
        '（一）坚持政府主导。',
        '（二）坚持全民参与。',
        '二、重点任务',
        '（一）开展科普宣传。（区科协负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['开展科普宣传']);
  });

  it('a number alone on a line (4.42, a table’s cell) is no heading', () => {
    const plan = parsePlan(
      [
        '一、重点任务',
        '1.建设公园。新建公园2座（区绿化局负责）',
        '2.建设绿道。新建绿道5公里（区绿化局负责）',
        '3.编制方案。（区建设委负责）',
        '年份',
        '4.42',
        '2028年',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3']);
  });

  it('a contest’s rules, awards, entrants and 赛程 hold no tasks; nor do 有关要求 and 相关事宜 without unit lists', () => {
    const plan = parsePlan(
      [
        '某市2026年科普讲解大赛方案',
        '一、活动内容',
        '（一）开展科普讲解培训。组织选手培训2期（市科协负责）',
        '二、参赛对象',
        '（一）科普场馆讲解员。',
        '（二）科技工作者。',
        '三、赛程安排',
        '（一）初赛阶段。2026年8月上旬，举行初赛。',
        '四、评分规则',
        '1.内容陈述（40分）',
        '2.表达效果（40分）',
        '五、奖项设置',
        '（一）一等奖。',
        '六、有关要求',
        '（一）加强组织领导。各单位要高度重视。',
        '七、相关事宜',
        '（一）做好比赛保障。请承办单位做好组织工作。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['开展科普讲解培训']);
    expect(plan.milestones.map((m) => m.year)).toEqual([2026]);
  });

  it('an award scheme’s 申报要求, 总结表彰, 知识产权 and 其他 hold no tasks; its 申报时间 is a schedule; a quota is no target', () => {
    const plan = parsePlan(
      [
        '第五届某市优秀科普作品评选活动方案',
        '一、评选范围',
        '各区科协、市级学会推荐的科普作品。',
        '二、申报要求',
        '（一）推荐数量',
        '每个推荐单位可遴选推荐作品10件，每个类别限报3件。',
        '（二）申报时间与方式',
        '1.采用网络申报方式。',
        '2.各推荐单位汇总后，于2026年4月27日前报送市科协科普部。',
        '三、总结表彰',
        '1.向获奖作者颁发荣誉证书。',
        '2.向各区科协通报评选结果。',
        '四、知识产权',
        '1.参评作品的知识产权归作者所有。',
        '五、其他',
        '1.评选结果另行通知。',
      ].join('\n'),
    );
    expect(plan.tasks).toEqual([]);
    expect(plan.targets).toEqual([]);
    expect(plan.milestones.map((m) => [m.year, m.due])).toEqual([[2026, '2026-04-27']]);
  });

  it('a notice whose only dates are its contest’s schedule (赛事安排, 组织程序 with 截止时间：…) is a plan of milestones', () => {
    const plan = parsePlan(
      [
        '某馆2026年科普讲解大赛通知',
        '一、大赛主题',
        '讲好科学故事。',
        '二、申报条件',
        '1.热爱科普事业。',
        '2.具有良好的语言表达能力。',
        '三、赛事安排',
        '（一）预赛。预赛由各推荐单位自行组织，于2026年10月15日前完成。',
        '四、组织程序',
        '1.作品准备阶段：各学校广泛动员，组织学生认真准备参赛作品',
        '截止时间：2026年10月10日',
      ].join('\n'),
    );
    expect(plan.tasks).toEqual([]);
    expect(plan.milestones.map((m) => [m.year, m.due])).toEqual([
      [2026, '2026-10-15'],
      [2026, '2026-10-10'],
    ]);
  });

  it('a schedule’s step dated after the label naming it (申报阶段：2026年3月1日至3月31日，…) is a milestone', () => {
    const plan = parsePlan(
      [
        '关于举办2026年某市青少年科技创新大赛的通知',
        '一、竞赛项目',
        '（一）青少年科技创新成果竞赛。',
        '二、时间安排',
        '1.申报阶段：2026年3月1日至3月31日，各区完成作品申报。',
        '2.评审阶段：2026年4月上旬，组织专家评审。',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => [m.year, m.due])).toEqual([
      [2026, '2026-03-31'],
      [2026, '2026-04-10'],
    ]);
  });

  it('principles (总体原则) and trends (发展趋势) are no task parts; a schedule’s steps (计划安排) are dated in their headings', () => {
    const plan = parsePlan(
      [
        '某区科普基地建设三年行动计划（2024—2026年）',
        '一、总体原则',
        '（一）因地制宜、适地适用。',
        '（二）政府主导、社会参与。',
        '二、发展趋势',
        '（一）公众科普需求持续增长。',
        '三、主要任务',
        '（一）建设科普基地。新建科普基地10个。',
        '四、计划安排',
        '（一）实施阶段',
        '1.2025年6月底前，新建科普基地5个。',
        '2.2026年11月底前，新建科普基地5个。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['建设科普基地']);
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2025, '2025年6月底前，新建科普基地5个'],
      [2026, '2026年11月底前，新建科普基地5个'],
    ]);
  });

  it('a title opening with 关于 names its region after the verb, so the region comes from the issuer', () => {
    const plan = parsePlan(
      [
        '关于印发《关于推进上海市公园城市建设的指导意见》的通知',
        '《关于推进上海市公园城市建设的指导意见》已经市政府同意，现印发给你们。',
        '上海市绿化和市容管理局',
        '2021年6月21日',
        '关于推进上海市公园城市建设的指导意见',
        '一、主要任务',
        '（一）开展全域公园建设。（市绿化市容局负责）',
        '（二）推动开放融合。（市规划资源局负责）',
      ].join('\n'),
    );
    expect([plan.title, plan.region]).toEqual(['关于推进上海市公园城市建设的指导意见', '上海市']);
  });

  it('an attachment of its own after the plan (技术要求) is left out; one that holds tasks is read', () => {
    const plan = (second: string[]) =>
      parsePlan(
        [
          '某区科普工作方案',
          '一、主要任务',
          '（一）开展科普宣传。举办活动10场（区科协负责）',
          '（二）建设科普阵地。（区教育局负责）',
          ...second,
        ].join('\n'),
      );
    const technical = plan([
      '附件2',
      '科普展品维护技术要求',
      '一、展品要求',
      '1.场地选择。应光照良好。',
      '2.日常养护。每周检查一次。',
    ]);
    expect(technical.tasks.map((t) => t.title)).toEqual(['开展科普宣传', '建设科普阵地']);
    const tasks = plan(['附件2', '重点任务清单', '一、重点任务', '1.举办科普讲座。（区科技局负责）']);
    expect(tasks.tasks.map((t) => t.title)).toEqual(['开展科普宣传', '建设科普阵地', '举办科普讲座']);
  });

  it('a task table a cell per line with group rows (一 / its title): rows under a group lack its merged cell', () => {
    const plan = parsePlan(
      [
        '某区2026年科普重点工作安排',
        '附件',
        '2026年科普重点工作任务分工表',
        '序号',
        '重点任务',
        '具体工作',
        '时间进度',
        '责任部门',
        '一',
        '推进科普阵地建设',
        '1',
        '新建社区科普站5个',
        '年内完成',
        '区科协、区民政局等',
        '2',
        '推进科普基地开放',
        '全年推进',
        '区科协',
        '二、提升公民科学素质',
        '3',
        '开展老年人智能技术培训',
        '三季度完成',
        '区老龄办、各街镇',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.title, t.path.at(-1), t.units])).toEqual([
      ['1', '新建社区科普站5个', '推进科普阵地建设', ['区科协', '区民政局']],
      ['2', '推进科普基地开放', '推进科普阵地建设', ['区科协']],
      ['3', '开展老年人智能技术培训', '提升公民科学素质', ['区老龄办', '各街镇']],
    ]);
  });
});

describe('targets as plans restate and qualify them', () => {
  it('raised from a level (从438座增加到1000座): the level raised from is a baseline', () => {
    expect(findTargets('到2025年，公园数量从438座增加到1000座以上。', ctx, true).map((t) => t.value)).toEqual([1000]);
  });

  it('“十四五”末 or 期间 opening a clause is due 2025; what is done already (已完成, 近5年来) and a note (注：) are no targets', () => {
    expect(findTargets('“十四五”末，达标单位不低于90%。', ctx, false).map((t) => [t.value, t.year])).toEqual([
      [90, 2025],
    ]);
    // the span of a five-year plan (期间, 时期) is due at its end; one before the plan's period is a baseline
    expect(findTargets('“十四五”期间，新建科普教育基地10个。', ctx, true).map((t) => [t.value, t.year])).toEqual([
      [10, 2025],
    ]);
    expect(
      findTargets('“十三五”期间，全区平均每年举办各类科普活动2000余场。', { ...ctx, periodStart: 2021 }, false),
    ).toEqual([]);
    expect(findTargets('自2020年开展评估以来，共计已完成达标评估25.2平方公里。', ctx, true)).toEqual([]);
    expect(findTargets('注：建设用地面积要求按照100.9平方公里计。', ctx, true)).toEqual([]);
    // a time up to now (近5年来, 以来) tells what was done; the level now (目前) is a baseline to aim from
    expect(findTargets('近5年来，全国城市重复利用率提高到70.7%，其中工业用水重复利用率达到80.9%。', ctx, true)).toEqual(
      [],
    );
    expect(findTargets('“十三五”以来，全区累计培训农民5000人次。', ctx, false)).toEqual([]);
    expect(
      findTargets('目前全区共有科普志愿者2000名，力争达到3000名。', ctx, false).map((t) => [t.metric, t.value]),
    ).toEqual([['科普志愿者', 3000]]);
    // 已建成的 describes what a target is of
    expect(findTargets('到2025年，已建成的科普站达标率达到95%。', ctx, true).map((t) => t.value)).toEqual([95]);
  });

  it('a goal restated (under 主要指标 after the tasks, in an annex) is one goal', () => {
    const plan = parsePlan(
      [
        '某区海绵城市建设实施方案',
        '一、工作目标',
        '到2025年底，50平方公里以上建设用地面积达到建设目标要求。',
        '二、重点任务',
        '（一）推进项目建设。新建项目5个（区建设委负责）',
        '（二）加强管理。（区水务局负责）',
        '三、主要指标',
        '到2025年底，50平方公里以上建设用地面积达到建设目标要求。',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year, t.taskSeq])).toEqual([
      [50, 2025, null],
      [5, null, 1],
    ]);
  });
});

describe('decimal numbering (1 总体目标 > 2.1 常设展览)', () => {
  const text = [
    '某科技馆2026年度工作计划',
    '1 总体目标',
    '2026年，全年接待观众不少于80万人次，举办临时展览6个。',
    '2 重点工作',
    '2.1 常设展览更新改造',
    '完成展厅改造，更新展品30件。',
    '4.5级以上地震的科普展项更新1项。',
    '责任部门：展览部',
    '2.2 科学教育活动',
    '开展品牌活动，全年不少于300场。',
    '责任部门：教育部',
    '3 保障措施',
    '3.1 加强安全管理。每季度开展一次安全检查。',
    '责任部门：办公室',
  ].join('\n');

  it('reads the levels as parts and tasks, in sequence only (4.5级以上 opening a paragraph is text)', () => {
    const plan = parsePlan(text);
    expect(plan.tasks.map((t) => [t.part, t.path, t.number, t.title, t.units])).toEqual([
      ['main', ['2重点工作'], '2.1', '常设展览更新改造', ['展览部']],
      ['main', ['2重点工作'], '2.2', '科学教育活动', ['教育部']],
      ['guarantee', ['3保障措施'], '3.1', '加强安全管理', ['办公室']],
    ]);
    expect(plan.tasks[0]!.text).toContain('4.5级以上地震');
    // a labelled line naming a department is no issuer
    expect(plan.issuer).toBe('某科技馆');
  });

  it('is not read in a document without a second level, where 1月 or 3个 may open a paragraph', () => {
    const plan = parsePlan(
      '某校科技教育工作计划\n一、重点工作\n1.举办科技节。（负责部门：教务处）\n二、月份安排\n1月制定计划。\n3个社团完成招新。',
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['1']);
  });
});

describe('items numbered by a word (行动1：…, ——任务2：…)', () => {
  it('nest under the heading where they first appear, each word a level: 一、 > 行动1 > 任务1', () => {
    const plan = parsePlan(
      [
        '2026年某市科普行动方案',
        '一、夯实科普基础',
        '行动1：加强科普阵地建设',
        '——任务1：建设社区科普站',
        '。新建社区科普站20个。（市科协负责）',
        '——任务2：改造科普画廊',
        '。改造科普画廊50块。',
        '行动2：壮大科普队伍',
        '——任务3：培训科普志愿者',
        '二、强化保障',
        '行动3：完善工作机制',
        '任务4：建立联席会议制度（市科协负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.path, t.number, t.title])).toEqual([
      ['main', ['一、夯实科普基础', '行动1：加强科普阵地建设'], '任务1', '建设社区科普站'],
      ['main', ['一、夯实科普基础', '行动1：加强科普阵地建设'], '任务2', '改造科普画廊'],
      ['main', ['一、夯实科普基础', '行动2：壮大科普队伍'], '任务3', '培训科普志愿者'],
      ['guarantee', ['二、强化保障', '行动3：完善工作机制'], '任务4', '建立联席会议制度'],
    ]);
    expect(plan.tasks[0]!.units).toEqual(['市科协']);
    expect(plan.targets.map((t) => [t.taskSeq, t.value])).toEqual([
      [1, 20],
      [2, 50],
    ]);
  });

  it('with a word before it (专项行动一：…, 重点工程2 …) too', () => {
    const plan = parsePlan(
      [
        '某市2026年科普工作要点',
        '第二部分 重点任务',
        '专项行动一：青少年科学素质提升行动',
        '1.组织开展青少年科技创新大赛。（责任部门：青少年科技中心）',
        '专项行动二：老年人科学素质提升行动',
        '1.开展“智慧助老”科普活动。（责任部门：科普部）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.path.at(-1), t.number, t.units])).toEqual([
      ['专项行动一：青少年科学素质提升行动', '1', ['青少年科技中心']],
      ['专项行动二：老年人科学素质提升行动', '1', ['科普部']],
    ]);
  });

  it('an event plan’s activities numbered 活动一：…, each with its 承办单位', () => {
    const plan = parsePlan(
      [
        '某区2026年科技活动周活动方案',
        '一、活动主题',
        '科技创新 强国有我',
        '二、主要活动',
        '活动一：科普讲座进社区',
        '活动时间：5月18日',
        '承办单位：区科协、各街道',
        '活动二：科技成果展',
        '承办单位：区科技局',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.title, t.units])).toEqual([
      ['活动一', '科普讲座进社区', ['区科协', '各街道']],
      ['活动二', '科技成果展', ['区科技局']],
    ]);
  });

  it('not a word numbered in running text (任务1项, 行动2026年…)', () => {
    const plan = parsePlan('某区科普方案\n一、重点任务\n（一）开展科普活动。\n任务1项已完成，行动2026年启动。');
    expect(plan.tasks.map((t) => [t.number, t.text])).toEqual([['一', '任务1项已完成，行动2026年启动。']]);
  });
});

describe('a notice’s head when the plan names less', () => {
  it('a plan for one year whose title holds a count (为40个场所…) is that year’s', () => {
    const plan = parsePlan('2026年某区为40个社区加装科普设施实施方案\n一、主要任务\n（一）加装设施。（区科协负责）');
    expect(plan.period).toEqual({ start: 2026, end: 2026 });
  });

  it('unsigned by name: the issuer is the body the notice’s title names, a street’s office within its district', () => {
    const plan = parsePlan(
      [
        '上海市奉贤区人民政府某某街道办事处关于印发《某某街道科普工作实施方案（2025年—2027年）》的通知',
        '各办、中心、各村：',
        '《某某街道科普工作实施方案(2025-2027年)》已经街道办事处研究通过，现印发给你们，请认真贯彻执行。',
        '2024年12月19日',
        '某某街道科普工作实施方案(2025-2027年)',
        '一、主要任务',
        '（一）建设科普站点。（街道科普办负责）',
      ].join('\n'),
    );
    expect([plan.issuer, plan.region, plan.issuedOn]).toEqual([
      '上海市奉贤区人民政府某某街道办事处',
      '上海市奉贤区某某街道',
      '2024-12-19',
    ]);
  });
});

describe('a district plan as its site publishes it', () => {
  it('reads 支撑单位 as units, and names that open with 经济 or 经开 as units', () => {
    expect(units('推进项目。（牵头单位：经济技术开发区、九里亭街道，支撑单位：区规划资源局、区经委）')).toEqual({
      lead: ['经济技术开发区', '九里亭街道'],
      units: ['经济技术开发区', '九里亭街道', '区规划资源局', '区经委'],
    });
    expect(units('推进项目。（经批准后实施）')).toEqual({ lead: [], units: [] });
  });

  it('reads two signers side by side, one name wrapped in its column, the date under the other', () => {
    const p = parsePlan(
      [
        '上海市某某普查领导小组办公室、中共上海市委宣传部关于印发《上海市某某普查宣传工作方案》的通知',
        '各区普查办：',
        '现将《上海市某某普查宣传工作方案》印发给你们，请认真贯彻执行。',
        '上海市某某普查领导      中共上海市委宣传部',
        '小组办公室              2021年7月26日',
        '上海市某某普查宣传工作方案',
        '一、重点内容',
        '（一）举行新闻发布会。（市普查办负责）',
      ].join('\n'),
    );
    expect([p.issuer, p.issuedOn]).toEqual(['上海市某某普查领导小组办公室、中共上海市委宣传部', '2021-07-26']);
  });

  it('reads signers side by side under a date in Chinese numerals or with dots, as a signature date alone', () => {
    for (const date of ['二〇二一年七月二十六日', '2021.7.26']) {
      const p = parsePlan(
        [
          '关于做好某某普查宣传工作的通知',
          '各区普查办：',
          '一、重点内容',
          '（一）举行新闻发布会。（市普查办负责）',
          '上海市某某普查领导      中共上海市委宣传部',
          `小组办公室              ${date}`,
        ].join('\n'),
      );
      expect([p.issuer, p.issuedOn], date).toEqual(['上海市某某普查领导小组办公室、中共上海市委宣传部', '2021-07-26']);
      expect(p.tasks.map((t) => t.text)).toEqual(['（市普查办负责）']);
    }
    // a name wrapped so that its second line is only an organ (…联席会议 / 办公室) is one name
    const q = parsePlan(
      [
        '关于做好某某普查宣传工作的通知',
        '一、重点内容',
        '（一）举行新闻发布会。（市普查办负责）',
        '某区科普工作联席会议      某区科学技术协会',
        '办公室                    2026年3月10日',
      ].join('\n'),
    );
    expect(q.issuer).toBe('某区科普工作联席会议办公室、某区科学技术协会');
  });

  it('keeps the marks of a title naming a plan inside it, takes the issuer of a 转发 title, and no period of the next five-year plan in a text issued before it', () => {
    const p = parsePlan(
      [
        '《某市新型城镇化五年行动计划的实施方案》任务分工方案',
        '一、重点任务',
        '（一）推进“十五五”规划编制。（市发展改革委负责）',
        '（二）做好“十五五”规划衔接。（市交通委负责）',
        '2024年12月25日',
      ].join('\n'),
    );
    expect([p.title, p.period]).toEqual(['《某市新型城镇化五年行动计划的实施方案》任务分工方案', null]);
    const q = parsePlan(
      [
        '上海市崇明区人民政府办公室转发区消防安全委员会制定的《崇明区高层建筑消防安全综合治理工作方案》的通知',
        '各乡、镇人民政府：',
        '区消防安全委员会制定的《崇明区高层建筑消防安全综合治理工作方案》已经区政府同意，现转发给你们。',
        '2017年9月6日',
        '崇明区高层建筑消防安全综合治理工作方案',
        '一、工作措施',
        '（一）开展排查。（区消防救援支队负责）',
      ].join('\n'),
    );
    expect(q.issuer).toBe('上海市崇明区人民政府办公室');
  });
});

describe('national documents as news sites publish them', () => {
  it('reads the issuers of news of a plan, and 中共中央 国务院 as two bodies', () => {
    const news = parsePlan(
      [
        '扩大内需战略规划纲要（2022－2035年）',
        '新华社北京12月14日电 近日，中共中央、国务院印发了《扩大内需战略规划纲要（2022－2035年）》，并发出通知。',
        '一、重点任务',
        '（一）全面促进消费。',
      ].join('\n'),
    );
    expect([news.issuer, news.region]).toEqual(['中共中央、国务院', '全国']);
    const joint = parsePlan(
      [
        '中共中央 国务院关于做好2023年全面推进乡村振兴重点工作的意见',
        '一、重点任务',
        '（一）全力抓好粮食生产。',
        '中共中央 国务院',
        '2023年1月2日',
      ].join('\n'),
    );
    expect(joint.issuer).toBe('中共中央、国务院');
    const offices = parsePlan(
      [
        '国务院办公厅 中央军委办公厅关于加强调查和管理工作的通知',
        '一、要加强调查取证工作，设法查找储存地点。',
        '二、对已发现的物品，其处理和管理工作由军队负责。',
        '三、各地要加强宣传教育，防止发生意外。',
        '国务院办公厅 中央军委办公厅',
        '1996年3月8日',
      ].join('\n'),
    );
    expect(offices.issuer).toBe('国务院办公厅、中央军委办公厅');
    // local bodies of one place, the space between them lost: split where the place is named again
    const signed = (signer: string) =>
      parsePlan(
        [
          '关于加强新时代科普工作的意见',
          '一、重点任务',
          '（一）强化科普基础设施。建设科技馆。',
          signer,
          '2022年9月4日',
        ].join('\n'),
      ).issuer;
    expect(signed('中共南京市委南京市人民政府')).toBe('中共南京市委、南京市人民政府');
    expect(signed('青云谱区科协青云谱区教育局')).toBe('青云谱区科协、青云谱区教育局');
    expect(signed('南京市人民政府办公厅')).toBe('南京市人民政府办公厅');
    // bodies of one level (省科技厅 省委宣传部 省科协), and national bodies (科技部 中央宣传部 中国科协)
    expect(signed('省科技厅省委宣传部省科协')).toBe('省科技厅、省委宣传部、省科协');
    expect(signed('科技部中央宣传部中国科协')).toBe('科技部、中央宣传部、中国科协');
    expect(signed('中国科协科普部')).toBe('中国科协科普部');
    // news dated before the body that issued the plan
    const dated = parsePlan(
      [
        '2024年3月29日全民科学素质纲要实施工作办公室印发《2024年全民科学素质行动工作要点》。',
        '2024年全民科学素质行动工作要点',
        '一、重点任务',
        '（一）全面促进消费。',
      ].join('\n'),
    );
    expect(dated.issuer).toBe('全民科学素质纲要实施工作办公室');
  });

  it('ends a paragraph at a rule (---), and takes no period of a five-year plan that ended before the text was issued', () => {
    const p = parsePlan(
      [
        '关于印发《某市行动方案》的通知',
        '检索关键词: 人工智能',
        '---',
        '沪科〔2025〕5号',
        '一、重点任务',
        '（一）巩固“十三五”成果。（市科委负责）',
        '（二）总结“十三五”经验。（市科委负责）',
        '某市科学技术委员会',
        '2021年1月4日',
      ].join('\n'),
    );
    expect([p.docNumber, p.period]).toEqual(['沪科〔2025〕5号', null]);
  });
});

describe('a plan a notice 印发, as a city office prints it', () => {
  it('reads a note closing a list after a comma (，以下分工均含各区人民政府) as units of every task after it', () => {
    const p = parsePlan(
      [
        '上海市2023年自然灾害防治工作意见',
        '一、重点任务',
        '（一）树牢综合减灾理念。组织专题培训。（责任单位：市委宣传部、市应急局，各区人民政府，以下分工均含各区人民政府）',
        '（二）压实灾害防治责任。健全工作机制。（责任单位：市应急局）',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => t.units)).toEqual([
      ['市委宣传部', '市应急局', '各区人民政府'],
      ['市应急局', '各区人民政府'],
    ]);
  });

  it('reads a part evaluating the last five-year plan (一、“十四五”发展评估) as background, no tasks', () => {
    const p = parsePlan(
      [
        '松江区综合交通发展“十五五”规划',
        '一、“十四五”发展评估',
        '（一）“十四五”发展情况',
        '1.对外服务能力显著增强。',
        '二、发展思路',
        '（一）持续增强西南门户枢纽能级。',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => t.title)).toEqual(['持续增强西南门户枢纽能级']);
    // so is last year's summary before this year's plan: what was done holds no task and no target
    const yearly = parsePlan(
      [
        '某区科协2024年工作总结和2025年工作计划',
        '一、2024年工作总结',
        '（一）科普活动丰富多彩。全年举办科普活动120场。',
        '二、2025年工作计划',
        '（一）加强科普阵地建设。新建社区科普e站10个。（区科协负责）',
      ].join('\n'),
    );
    expect(yearly.tasks.map((t) => t.title)).toEqual(['加强科普阵地建设']);
    expect(yearly.targets.map((t) => t.value)).toEqual([10]);
    expect(yearly.period).toEqual({ start: 2025, end: 2025 });
  });

  it('reads its title wrapped over three lines, a year of 工作意见 as its period, and no place in 地震易发区', () => {
    const p = parsePlan(
      [
        '上海市某某委员会办公室关于印发上海市地震易发区房屋设施加固工程实施方案（修订稿）的通知',
        '市有关部门：',
        '现将《上海市地震易发区房屋设施加固工程实施方案（修订稿）》印发给你们，请认真贯彻执行。',
        '上海市某某委员会办公室',
        '2021年12月22日',
        '上海市地震易发区房屋设施加固工程',
        '实施方案',
        '（修订稿）',
        '一、工作任务及分工',
        '（一）城镇老旧住宅加固（牵头部门：市住房城乡建设管理委；配合部门：市房屋管理局）',
        '1.全面普查，摸清底数。',
      ].join('\n'),
    );
    expect([p.title, p.region]).toEqual(['上海市地震易发区房屋设施加固工程实施方案（修订稿）', '上海市']);
    expect(p.tasks.map((t) => [t.number, t.title, t.leadUnits, t.units])).toEqual([
      ['1', '全面普查，摸清底数', ['市住房城乡建设管理委'], ['市住房城乡建设管理委', '市房屋管理局']],
    ]);
    const year = parsePlan('上海市2023年自然灾害防治工作意见\n一、重点任务\n（一）开展风险普查。（市应急局负责）');
    expect(year.period).toEqual({ start: 2023, end: 2023 });
  });
});

describe('district, city, school and museum plans written out in full', () => {
  it('applies the lead rule printed after a labelled list or in a part’s lead-in; 以A为主 leads; 组织人事部 is an organ', () => {
    const lines = parsePlan(
      [
        '某县科普工作方案（2026—2030年）',
        '一、重点任务',
        '1.开展科学教育进校园活动。推动中小学开齐科学课程。',
        '责任单位：县教育体育局、县科协、团县委（列第一位者为牵头单位，下同）',
        '2.培养青少年创新精神。组织学生参加竞赛。',
        '责任单位：县科协、县教育体育局',
      ].join('\n'),
    );
    expect(lines.tasks.map((t) => t.leadUnits)).toEqual([['县教育体育局'], ['县科协']]);
    const leadIn = parsePlan(
      [
        '某区科普事业发展规划（2026—2030年）',
        '一、主要任务',
        '各项任务所列责任单位中，列第一位者为牵头单位。',
        '（一）深化学校科学教育。开齐科学课程。（责任单位：区教育局、区科协）',
        '（二）办好科普活动。办好全国科普日。（责任单位：区科协、区科技局）',
      ].join('\n'),
    );
    expect(leadIn.tasks.map((t) => t.leadUnits)).toEqual([['区教育局'], ['区科协']]);
    expect(units('（以市总工会为主，市人力资源社会保障局、市科协参与）')).toMatchObject({
      lead: ['市总工会'],
      units: ['市总工会', '市人力资源社会保障局', '市科协'],
    });
    expect(units('（责任部门：组织人事部（机关党委）、学会学术部）').units).toEqual([
      '组织人事部（机关党委）',
      '学会学术部',
    ]);
  });

  it('reads 至少 with a verb before a Chinese numeral, 万 at both ends of a range, a span of years opening a sentence, 万 alone', () => {
    const values = (text: string, goals = false) =>
      findTargets(text, { taskSeq: goals ? null : 1, periodStart: 2026 }, goals).map((t) => [
        t.comparator,
        t.value,
        t.valueMax,
        t.unit,
        t.year,
      ]);
    expect(values('每所学校至少组建一个科技兴趣小组，每个行政村至少培养一名科普信息员。')).toEqual([
      ['>=', 1, null, '个', null],
      ['>=', 1, null, '名', null],
    ]);
    expect(values('2026—2030年，全市培育高素质农民1.2万—1.5万名。')).toEqual([['range', 1.2, 1.5, '万名', 2030]]);
    // a span before the period opens a baseline
    expect(values('2021—2025年，全市培育高素质农民12000名。')).toEqual([]);
    expect(values('到2030年，“科普”新媒体矩阵粉丝量突破50万。')).toEqual([['>', 50, null, '万', 2030]]);
    expect(values('到2030年，科普经费投入达到500万元。')).toEqual([['=', 500, null, '万元', 2030]]);
  });

  it('reads the people reached, a count glossed after its unit, 站次, 确保…零发生 and a staffing standard; not a time allowed', () => {
    const values = (text: string) =>
      findTargets(text, { taskSeq: 1, periodStart: 2026 }, false).map((t) => [t.value, t.unit]);
    expect(values('邀请专家走进中小学开展科普报告，覆盖中小学生8000—10000人次。')).toEqual([[8000, '人次']]);
    expect(values('新增互动展项15件（套），改造后展厅于国庆节前对外开放。')).toEqual([[15, '件']]);
    expect(values('到2026年底，流动科技馆巡展服务80站次。')).toEqual([[80, '站次']]);
    expect(values('完成消防设施改造，确保全年安全责任事故零发生。')).toEqual([[0, '起']]);
    expect(values('健全三级工作网络，每个社区配备科普专干1名。')).toEqual([[1, '名']]);
    expect(values('开展巡展，每站展期原则上不少于30天。')).toEqual([]);
    expect(values('确保灾后24小时内提交应急评估报告。')).toEqual([]);
    expect(values('到2030年，航空应急力量基本实现2小时内到达灾害事故易发多发地域。')).toEqual([[2, '小时']]);
  });

  it('takes a year naming an event’s edition (2026年全国科普月) for no past statement, but a year before a national figure for one', () => {
    const values = (text: string) => findTargets(text, { taskSeq: 1, periodStart: 2026 }, false).map((t) => t.value);
    expect(values('高标准组织2026年全国科普月主场活动，全年组织各类科普活动不少于1500场次。')).toEqual([1500]);
    expect(values('2003年全国城市污水处理率达到42%。')).toEqual([]);
  });

  it('dates each deadline of a sentence, steps opening with their date, and a schedule’s clause or months (2028年7—9月)', () => {
    const plan = parsePlan(
      [
        '某县科普工作方案（2026—2030年）',
        '一、重点任务',
        '（一）开展科普活动。办好全国科普日。（县科协负责）',
        '二、保障措施',
        '（一）加强督促检查。2028年6月底前组织开展中期评估，2030年11月底前对本方案实施情况进行全面总结评估。',
        '（二）强化监测评估。2029年，组织开展规划实施情况评估。',
        '三、实施步骤',
        '（一）全面推进阶段（2026—2029年）。各单位全面推进各项任务落实，2027年下半年开展规划实施中期检查。',
        '（二）总结阶段（2030年）。2030年7—9月，全面总结评估。',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2028, '2028年6月底前组织开展中期评估'],
      [2030, '2030年11月底前对本方案实施情况进行全面总结评估'],
      [2029, '2029年，组织开展规划实施情况评估'],
      [2026, '全面推进阶段（2026—2029年）：各单位全面推进各项任务落实，2027年下半年开展规划实施中期检查'],
      [2027, '2027年下半年开展规划实施中期检查'],
      [2030, '总结阶段（2030年）：2030年7—9月，全面总结评估'],
      [2030, '2030年7—9月，全面总结评估'],
    ]);
  });

  it('reads a 名称： field as the title, bars without the outer ones as a table, and 七、八月 as two months', () => {
    const page = parsePlan(
      [
        '索引号：11510107MB0Q12345B/2021-00046',
        '发布机构：成都市武侯区科学技术协会',
        '名　　称：武侯区科普事业发展“十四五”规划（2021—2025年）',
        '武侯区科普事业发展“十四五”规划（2021—2025年）',
        '一、发展目标',
        '序号 | 指标 | 2020年 | 2025年 | 属性',
        '--- | --- | --- | --- | ---',
        '1 | 注册科技志愿者人数（名） | 3100 | 6000 | 预期性',
        '二、主要任务',
        '（一）壮大科技志愿服务队伍。（区科协负责）',
      ].join('\n'),
    );
    expect(page.title).toBe('武侯区科普事业发展“十四五”规划（2021—2025年）');
    expect(page.targets.map((t) => [t.metric, t.value, t.unit, t.year])).toEqual([
      ['注册科技志愿者人数', 6000, '名', 2025],
    ]);
    const school = parsePlan(
      [
        '某中学2026年科普教育工作计划',
        '一、重点工作',
        '（一）办好校园科技节。（教务处负责）',
        '二、工作安排',
        '六月：开展科技节。',
        '七、八月：组织学生参加暑期科学营。',
        '九月：开展全国科普月活动。',
      ].join('\n'),
    );
    expect(school.milestones.map((m) => [m.text, m.due])).toEqual([
      ['六月：开展科技节', '2026-06-30'],
      ['七、八月：组织学生参加暑期科学营', '2026-08-31'],
      ['九月：开展全国科普月活动', '2026-09-30'],
    ]);
  });

  it('takes a box (专栏) after a 节 of text for that 节’s, and a part 强化工作保障和落实 for a guarantee part', () => {
    const plan = parsePlan(
      [
        '某市科普事业发展“十五五”规划（2026—2030年）',
        '第三章 主要任务',
        '第一节 推进科普基地建设',
        '完善科普教育基地认定机制。（市科协牵头，市科技局配合）',
        '专栏1 科普基础设施提质工程',
        '【科普教育基地提升工程】每年新认定市级科普教育基地8个以上。',
        '第二节 繁荣科普内容创作',
        '实施科普精品创作计划。（市委宣传部负责）',
        '第四章 强化工作保障和落实',
        '第一节 加强统筹调度',
        '建立重点工作月度调度机制。（市科协负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title])).toEqual([
      ['main', '推进科普基地建设'],
      ['main', '繁荣科普内容创作'],
      ['guarantee', '加强统筹调度'],
    ]);
    expect(plan.targets.map((t) => [t.taskSeq, t.value, t.recurrence])).toEqual([[1, 8, 'annual']]);
  });
});

describe('more plans of districts, institutions and offices written out in full', () => {
  it('keeps a page’s title past head fields such as 信息分类： and 公开方式：, and an institution (植物园) signs', () => {
    const page = parsePlan(
      [
        '索 引 号：014321570/2026-00041',
        '信息分类：通知公告',
        '公开方式：主动公开',
        '发布机构：泰州市科学技术局',
        '关于组织开展2026年全国科技活动周泰州市系列活动的通知',
        '一、主要活动',
        '（一）举办启动仪式。（市科技局负责）',
        '二、工作要求',
        '（一）加强宣传。（市科协负责）',
      ].join('\n'),
    );
    expect([page.title, page.period]).toEqual([
      '关于组织开展2026年全国科技活动周泰州市系列活动的通知',
      { start: 2026, end: 2026 },
    ]);
    const garden = parsePlan(
      [
        '漳州市植物园2026年科普工作计划',
        '一、重点工作',
        '（一）办好植物科普文化节。（科普宣教科负责）',
        '二、保障措施',
        '（一）加强领导。',
        '漳州市植物园',
        '2026年1月20日',
      ].join('\n'),
    );
    expect([garden.issuer, garden.issuedOn]).toEqual(['漳州市植物园', '2026-01-20']);
  });

  it('reads 翻一番 as twice, 节 and 种 counted, a count delivered after 联合… or 经…, and a level kept (保持在)', () => {
    const values = (text: string) =>
      findTargets(text, { taskSeq: 1, periodStart: 2026 }, false).map((t) => [t.metric, t.value, t.unit]);
    expect(values('到2026年底，新媒体科普作品阅读量较2025年翻一番。')).toEqual([['新媒体科普作品阅读量', 2, '倍']]);
    expect(values('组织送课进校园活动，全年送课不少于40节。')).toEqual([['送课', 40, '节']]);
    expect(values('编写《手册》等科普读物两种。')).toEqual([['编写《手册》等科普读物', 2, '种']]);
    expect(values('联合市教育局举办科学教师培训班2期。')).toEqual([['联合市教育局举办科学教师培训班', 2, '期']]);
    expect(values('经专家评审遴选优秀作品20件。')).toEqual([['经专家评审遴选优秀作品', 20, '件']]);
    expect(values('院级科普专家库成员保持在60—80名。')).toEqual([['院级科普专家库成员', 60, '名']]);
  });

  it('rebuilds a table copied cell by cell whose first content cell spans rows, its last row ending at the page’s chrome', () => {
    const plan = parsePlan(
      [
        '某区全民科学素质行动实施方案（2026—2028年）',
        '一、重点任务',
        '（一）推进科学教育加法。开齐科学课程。',
        '（二）深化馆校合作。开展研学。',
        '（三）推进科普融媒体传播。办好专栏。',
        '附件',
        '重点任务分工表',
        '序号',
        '重点任务',
        '具体措施',
        '牵头单位',
        '配合单位',
        '完成时限',
        '1',
        '实施青少年科学素质提升行动',
        '推进科学教育加法',
        '区教育局',
        '区科协、区科技局',
        '2028年12月',
        '2',
        '深化馆校合作',
        '区科协',
        '区教育局',
        '每年',
        '3',
        '推进科普融媒体传播',
        '区融媒体中心',
        '区委宣传部、区科协',
        '长期坚持',
        '打印本页　关闭窗口',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['推进科学教育加法', ['区教育局'], ['区教育局', '区科协', '区科技局']],
      ['深化馆校合作', ['区科协'], ['区科协', '区教育局']],
      ['推进科普融媒体传播', ['区融媒体中心'], ['区融媒体中心', '区委宣传部', '区科协']],
    ]);
  });

  it('takes a list’s group names on lines of their own for parts, and 要点 for a title, not a bracketed unit line', () => {
    const plan = parsePlan(
      [
        '宜昌市全民科学素质工作领导小组办公室2026年工作要点',
        '2026年是“十五五”开局之年。',
        '加强科学精神引领',
        '1.深入弘扬科学家精神。组织宣传活动。',
        '（牵头单位：市科协；配合单位：市委宣传部）',
        '2.推进科普与文明实践融合。开展活动。（牵头单位：市委宣传部）',
        '强化保障落实',
        '3.强化经费保障。推动各级政府将科普经费列入预算。（牵头单位：市财政局）',
        '宜昌市全民科学素质工作领导小组办公室',
        '2026年2月27日',
      ].join('\n'),
    );
    expect([plan.title, plan.period]).toEqual([
      '宜昌市全民科学素质工作领导小组办公室2026年工作要点',
      { start: 2026, end: 2026 },
    ]);
    expect(plan.tasks.map((t) => [t.part, t.path, t.number, t.leadUnits])).toEqual([
      ['main', ['加强科学精神引领'], '1', ['市科协']],
      ['main', ['加强科学精神引领'], '2', ['市委宣传部']],
      ['guarantee', ['强化保障落实'], '3', ['市财政局']],
    ]);
  });

  it('dates each step of a guarantee sentence opening with its date (2028年开展…，2030年开展…)', () => {
    expect(
      findMilestones('2028年开展规划实施中期评估，2030年开展规划实施总结评估，评估结果向社会公布。', 'guarantee').map(
        (m) => [m.year, m.text],
      ),
    ).toEqual([
      [2028, '2028年开展规划实施中期评估'],
      [2030, '2030年开展规划实施总结评估，评估结果向社会公布'],
    ]);
    expect(findMilestones('2028年开展规划实施中期评估，2030年开展规划实施总结评估。', 'text')).toEqual([]);
  });
});

describe('notices forwarding a plan, attachments and wrapped unit lines', () => {
  it('titles a notice forwarding another by its own title, and reads the signature above the attachments', () => {
    const plan = parsePlan(
      [
        '临江区人民政府办公室关于转发《云州市全民科学素质提升行动实施方案（2026—2030年）》的通知',
        '临政办发〔2026〕9号',
        '各镇人民政府、街道办事处：',
        '现将《云州市人民政府办公室关于印发〈云州市全民科学素质提升行动实施方案（2026—2030年）〉的通知》转发给你们，结合我区实际，提出如下要求。',
        '一、加强组织领导',
        '（一）健全工作机制。（区科协负责）',
        '二、抓好任务落实',
        '（一）开展科普活动。（区科协、区教育局负责）',
        '临江区人民政府办公室',
        '2026年3月18日',
        '附件1',
        '重点任务清单',
        '序号\t重点任务\t责任单位\t完成时限',
        '1\t开展科普活动\t区科协、区教育局\t2026年12月',
        '2\t建设科普阵地\t区科协、区财政局\t2027年12月',
        '注：责任单位中排在第一位的为牵头单位。',
      ].join('\n'),
    );
    expect([plan.title, plan.region, plan.issuer, plan.issuedOn]).toEqual([
      '临江区人民政府办公室关于转发《云州市全民科学素质提升行动实施方案（2026—2030年）》的通知',
      '临江区',
      '临江区人民政府办公室',
      '2026-03-18',
    ]);
    // the note under the table: the first unit of each list leads, in the table's rows and in the text
    expect(plan.tasks.map((t) => [t.title, t.leadUnits])).toEqual([
      ['健全工作机制', ['区科协']],
      ['开展科普活动', ['区科协']],
      ['建设科普阵地', ['区科协']],
    ]);
  });

  it('takes each year column of an indicator table within the plan’s period for goals, those before it for baselines', () => {
    const plan = parsePlan(
      [
        '某市科普阵地提质增效三年行动方案（2025—2027年）',
        '一、主要目标',
        '主要指标如下。',
        '序号\t指标名称\t单位\t2024年\t2025年\t2027年',
        '1\t市级以上科普教育基地数量\t家\t120\t135\t150',
        '二、重点任务',
        '（一）建设科普阵地。（市科协负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([
      [135, 2025],
      [150, 2027],
    ]);
  });

  it('joins a labelled unit list whose names run on to the next line of wrapped text, and reads 责任站所', () => {
    const wrapped = [
      '某省科普事业发展“十五五”规划（2026—2030年）',
      '一、重点任务',
      '行动1：青少年科学素质提升行动',
      '深化科学教育改革，推动中小学开齐开足科学课程，组织青少年科技创新大赛和',
      '科学调查体验活动，每年开展科学家进校园活动不少于500场次。',
      '牵头单位：省科协　　责任单位：省教育厅、省科技馆、团',
      '省委、各市科协',
      '行动2：农民科学素质提升行动',
      '深入开展科技助力乡村振兴行动，组织农技专家深入田间地头开展技术指导。',
      '牵头单位：省农业农村厅　　责任单位：省妇联、省供销社、',
      '各市科协',
      '二、保障措施',
      '（一）加强组织领导。各级科协要加强统筹协调，推动各项任务落实落地。',
    ].join('\n');
    expect(parsePlan(wrapped).tasks.map((t) => [...t.units].sort())).toEqual([
      ['各市科协', '团省委', '省教育厅', '省科协', '省科技馆'],
      ['各市科协', '省供销社', '省农业农村厅', '省妇联'],
    ]);
    expect(units('责任站所：镇中心学校、镇科协、团镇委').units).toEqual(['镇中心学校', '镇科协', '团镇委']);
  });
});

describe('event plans, contests, yearly goals and parts of a plan for one year', () => {
  it('reads a contest’s rules for no tasks, and a lone 附件 heading for the start of an attachment', () => {
    const contest = parsePlan(
      [
        '关于举办2026年某市科普讲解大赛的通知',
        '一、大赛目标',
        '力争通过大赛，培训专兼职科普讲解人员500人次以上。',
        '二、比赛内容和形式',
        '（一）比赛内容。围绕科技前沿开展讲解。',
        '（二）比赛形式',
        '1.自主命题讲解。每人4分钟。',
        '2.知识问答。每人回答2题。',
        '三、工作要求',
        '（一）加强组织。（市科协负责）',
      ].join('\n'),
    );
    expect(contest.tasks.map((t) => t.title)).toEqual(['加强组织']);
    const week = parsePlan(
      [
        '某区2026年科技活动周活动方案',
        '一、主要活动',
        '活动一：科普讲座进社区',
        '承办单位：区科协',
        '二、工作要求',
        '（一）确保活动安全。各承办单位要制定安全预案。（区科协负责）',
        '附件',
        '活动安排表',
        '序号',
        '活动名称',
        '时间',
        '地点',
        '承办单位',
        '1',
        '科普讲座进社区',
        '5月18日',
        '各社区',
        '区图书馆、各分馆',
      ].join('\n'),
    );
    expect(week.tasks.map((t) => [t.title, t.units])).toEqual([
      ['科普讲座进社区', ['区科协']],
      ['确保活动安全', ['区科协']],
    ]);
  });

  it('takes a part whose items each open with their month and name no units for the year’s schedule, and 管委会 for an issuer', () => {
    const plan = parsePlan(
      [
        '某市气象局2026年科普工作方案',
        '一、重点工作',
        '（一）建设科普阵地。（应急科负责）',
        '二、全年重点活动安排',
        '1.3月23日前后：世界气象日。开展开放日活动。',
        '2.7月—8月：暑期青少年气象科普活动。开展夏令营。',
        '三、保障措施',
        '（一）加强领导。',
        '宜昌高新区管委会',
        '2026年3月6日',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['建设科普阵地']);
    expect(plan.milestones.map((m) => [m.text, m.due])).toEqual([
      ['3月23日前后：世界气象日', '2026-03-23'],
      ['7月—8月：暑期青少年气象科普活动', '2026-08-31'],
    ]);
    expect(plan.issuer).toBe('宜昌高新区管委会');
  });

  it('dates a goal labelled by its year (——2027年：…), and reads a task part’s own labelled goals above its items', () => {
    const years = goalsPlan(
      '某省科普教育基地三年行动方案（2026—2028年）',
      ['——2026年：新认定省级科普教育基地50个。', '——2027年：新认定省级科普教育基地60个左右。'],
      ['二、重点任务', '（一）健全认定标准。（省科协负责）'],
    );
    expect(years.targets.map((t) => [t.value, t.year])).toEqual([
      [50, 2026],
      [60, 2027],
    ]);
    const yearly = parsePlan(
      [
        '某区科协2026年工作总结和2027年工作计划',
        '一、2026年工作总结',
        '（一）科普活动丰富多彩。全年举办科普活动1100场。',
        '二、2027年工作计划',
        '工作目标：到2027年底，全年举办各类科普活动不少于1200场次；新建社区科普e站5个。',
        '（一）加强科普阵地建设。推进阵地建设。（区科协负责）',
      ].join('\n'),
    );
    expect(yearly.targets.map((t) => [t.value, t.year])).toEqual([
      [1200, 2027],
      [5, 2027],
    ]);
  });
});

describe('measures under an item, standards, submission rules and more signers', () => {
  it('takes measures ①②③ closed by one list for the text of the item above them, the item the task', () => {
    const plan = parsePlan(
      [
        '某市全民科学素质提升行动实施方案（2026—2030年）',
        '一、重点任务',
        '1.推进科学教育与学校教育深度融合。',
        '①落实国家课程方案，开齐开足科学课程。',
        '②每所小学至少配备1名专职科学教师。（责任单位：市教育局、市科协、各县（市、区）人民政府。列第一位者为牵头单位，下同）',
        '2.培育高素质农民队伍。',
        '①每年培育高素质农民400人。',
        '②开展农村实用技术培训。（市农业农村局、市科协，各乡镇人民政府）',
        '二、保障措施',
        '（一）加强组织领导。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.title, t.leadUnits, t.units])).toEqual([
      ['1', '推进科学教育与学校教育深度融合', ['市教育局'], ['市教育局', '市科协', '各县（市、区）人民政府']],
      ['2', '培育高素质农民队伍', ['市农业农村局'], ['市农业农村局', '市科协', '各乡镇人民政府']],
    ]);
    expect(plan.targets.map((t) => [t.taskSeq, t.value])).toEqual([
      [1, 1],
      [2, 400],
    ]);
  });

  it('takes 强化组织保障，确保任务落实 for a guarantee part, 创建标准 for conditions, 报送要求 for no tasks, and a 领导小组 for a signer', () => {
    const plan = parsePlan(
      [
        '某街道科普示范社区创建工作方案（2026—2027年）',
        '一、创建标准',
        '1.每个社区建有1个科普活动室。',
        '2.每年开展科普活动不少于12次。',
        '二、重点任务',
        '（一）建设科普阵地。（街道科协负责）',
        '三、报送要求',
        '（一）请各社区于2026年3月27日前报送创建方案。',
        '四、强化组织保障，确保任务落实',
        '（一）加强组织领导。（街道党工委负责）',
        '某街道科普工作领导小组',
        '2026年3月1日',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title])).toEqual([
      ['main', '建设科普阵地'],
      ['guarantee', '加强组织领导'],
    ]);
    expect(plan.targets).toEqual([]);
    expect(plan.issuer).toBe('某街道科普工作领导小组');
  });
});

describe('a plan exported without its numbering', () => {
  it('reads a section of paragraphs each closed by its unit list, run on or on a line of its own, under the lead rule', () => {
    const plan = parsePlan(
      [
        '海曙区2026年全民科学素质提升工作方案',
        '总体要求',
        '以习近平新时代中国特色社会主义思想为指导。',
        '工作目标',
        '到2026年底，全区公民具备科学素质的比例达到19.5%以上。',
        '全年组织开展各类科普活动不少于400场。',
        '重点任务',
        '以下各项任务列第一位者为牵头单位。',
        '深化青少年科学教育。组织开展青少年科技创新大赛。责任单位：区教育局、区科协、团区委。',
        '提升农民科学素质。开展实用技术培训。',
        '责任单位：区农业农村局、区科协、各镇（乡）人民政府',
        '保障措施',
        '加强组织领导。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['深化青少年科学教育', ['区教育局'], ['区教育局', '区科协', '团区委']],
      ['提升农民科学素质', ['区农业农村局'], ['区农业农村局', '区科协', '各镇（乡）人民政府']],
    ]);
    // a plan for one year: its goals are due that year
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([
      [19.5, 2026],
      [400, 2026],
    ]);
  });
});

describe('heads, boxes, breaks and spans of further plans', () => {
  it('an empty field of a web page head (文号：) does not take the title under it as its value', () => {
    const plan = parsePlan(
      [
        '发布机构：某市科技馆',
        '文号：',
        '某市科技馆2026年度工作计划',
        '一、重点工作',
        '（一）提升展教服务',
        '更新展品。',
      ].join('\n'),
    );
    expect(plan.title).toBe('某市科技馆2026年度工作计划');
    expect(plan.period).toEqual({ start: 2026, end: 2026 });
  });

  it('a line of a PDF copy broken off after a comma goes on, however short, when it ran on itself', () => {
    const plan = parsePlan(
      [
        '某市全民科学素质行动实施方案（2026—2030年）',
        '一、重点任务',
        '（二）农民科学素质提升行动。以提升科技文化素质为重点，培育高素质农',
        '民队伍，服务乡村全面振兴。',
        '1.树立相信科学、和谐理性的思想观念。依托新时代文明实践中心（所、',
        '站）、农家书屋等阵地，广泛开展移风易俗、反对封建迷信、抵制伪科学等',
        '— 3 —',
        '宣传教育，引导农民群众养成科学健康文明的生产生活方式。（市委宣传',
        '部、市农业农村局牵头，市科协、市妇联配合）',
        '2.实施高素质农民培育计划。面向种养大户、家庭农场主、农民合作社带',
        '头人开展农业技术和经营管理培训，每年',
        '培训高素质农民6000—8000名。（市农业农村局牵头，市人力资源',
        '社会保障局、市科协配合）',
        '3.提升乡村科普服务能力。深入实施科普惠农兴村计划，建好用好科普e',
        '站、农村科普示范基地和农技服务站点。到2030年，全',
        '市科普e站达到300个。（市科协牵头，市农业农村局、市供销社配合）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.units.length)).toEqual([4, 3, 3]);
    expect(plan.targets.map((t) => [t.value, t.recurrence, t.year])).toEqual([
      [6000, 'annual', null],
      [300, null, 2030],
    ]);
  });

  it('a box of numbered projects after a 节 of text is that 节’s text, not tasks', () => {
    const plan = parsePlan(
      [
        '某市健康科普“十五五”规划',
        '第三章 丰富健康科普内容',
        '第一节 加强健康科普知识生产',
        '组织专家编写科普读物。（责任单位：市卫生健康委）',
        '专栏1 健康科普资源建设工程',
        '1.健康科普专家库扩容。专家库成员达到500名。',
        '2.健康科普基地建设。建设市级健康科普基地20个。',
        '第二节 建设健康科普资源库',
        '整合资源。（责任单位：市卫生健康委）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['加强健康科普知识生产', '建设健康科普资源库']);
    expect(plan.targets.map((t) => [t.value, t.taskSeq])).toEqual([
      [500, 1],
      [20, 1],
    ]);
  });

  it('a kind of place glossing the word before it (乡镇（街道）) is no unit list; 对外合作处 is a unit', () => {
    expect(units('实现流动科普设施巡展覆盖全市所有乡镇（街道）。').units).toEqual([]);
    expect(units('每年举办交流活动。（牵头处室：对外合作处；配合单位：市台港澳办）')).toEqual({
      lead: ['对外合作处'],
      units: ['对外合作处', '市台港澳办'],
    });
  });

  it('a span from the plan’s start (三年内) and a clause opening with a year of the period (，2026年安排…) date a target', () => {
    const plan = parsePlan(
      [
        '某县防震减灾科普工作方案（2026—2028年）',
        '一、重点任务',
        '（一）加强科普队伍建设。三年内累计培训基层应急队员6000人次。（县地震局负责）',
        '（二）强化经费保障。统筹安排专项资金，2026年安排科普经费不少于200万元。（县财政局负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [6000, '人次', 2028],
      [200, '万元', 2026],
    ]);
  });

  it('in a task, a count closing a clause that opens with 全区 and a delivery verb is a target; so is a count of stops (12站)', () => {
    const found = (text: string) => findTargets(text, { taskSeq: 1, periodStart: 2027 }, false);
    expect(found('动员科技工作者注册，全区新增注册科技志愿者1000名。').map((t) => [t.value, t.unit])).toEqual([
      [1000, '名'],
    ]);
    expect(found('开展巡展，全年巡展不少于12站。').map((t) => [t.value, t.unit])).toEqual([[12, '站']]);
    expect(found('打造一站式服务平台，建设科普站点。')).toEqual([]);
  });

  it('a title whose words hold 乡 (科普惠农乡村振兴) names no township', () => {
    const plan = parsePlan(
      ['某某市科普惠农乡村振兴行动方案', '一、重点任务', '（一）开展培训', '培训农民。'].join('\n'),
    );
    expect(plan.region).toBe('某某市');
  });
});

describe('duties by item number, boxes, school years', () => {
  it('a 分工 paragraph naming items by number (第（一）项, 第（二）至（三）项, 第（四）（五）项) gives them its units', () => {
    const plan = parsePlan(
      [
        '某市2026年全民科学素质工作要点',
        '一、重点人群科学素质提升',
        '（一）青少年科学素质提升行动',
        '开展科学教育。',
        '（二）农民科学素质提升行动',
        '开展培训。',
        '（三）产业工人科学素质提升行动',
        '开展竞赛。',
        '二、强化组织保障',
        '（四）健全工作机制',
        '完善机制。',
        '（五）加强经费保障',
        '落实经费。',
        '三、任务分工和工作要求',
        '以上工作要点中，第（一）项由市教育局牵头，市科协配合；第（二）至（三）项由市农业农村局、市总工会牵头，市科协配合；第（四）（五）项由市科协牵头，市财政局按职责分工负责。',
        '各成员单位于2026年7月10日前报送上半年工作进展情况，2026年12月15日前报送全年工作总结。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.number, t.leadUnits, t.units])).toEqual([
      ['main', '一', ['市教育局'], ['市教育局', '市科协']],
      ['main', '二', ['市农业农村局', '市总工会'], ['市农业农村局', '市总工会', '市科协']],
      ['main', '三', ['市农业农村局', '市总工会'], ['市农业农村局', '市总工会', '市科协']],
      ['guarantee', '四', ['市科协'], ['市科协', '市财政局']],
      ['guarantee', '五', ['市科协'], ['市科协', '市财政局']],
    ]);
    // a part of 任务分工 and 工作要求 is a guarantee part: each dated deadline of its sentences is a milestone
    expect(plan.milestones.map((m) => m.due)).toEqual(['2026-07-10', '2026-12-15']);
  });

  it('item numbers printed in each part again (（一） under 一、 and 二、) give a 分工 paragraph no one item', () => {
    const plan = parsePlan(
      [
        '某区科普工作方案',
        '一、青少年',
        '（一）开展科学教育',
        '开展。',
        '二、农民',
        '（一）开展农民培训',
        '开展。',
        '（二）建设科普站点',
        '建设。',
        '三、分工',
        '第（一）项由区教育局牵头；第（二）项由区农业农村局负责。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['开展科学教育', []],
      ['开展农民培训', []],
      ['建设科普站点', ['区农业农村局']],
    ]);
  });

  it('a box of projects (专栏1) beside a part’s items is no task: its counts are goals', () => {
    const plan = parsePlan(
      [
        '某区“十五五”科普事业发展规划（2026—2030年）',
        '第三部分 主要任务',
        '（一）加强科普设施建设',
        '1.构建社区科普e站网络。推动科普e站提档升级。（区科协牵头）',
        '2.加强科普教育基地建设。完善认定机制。（区科协牵头）',
        '专栏1 科普设施提升工程',
        '【区科技馆更新改造项目】完成区科技馆常设展厅更新改造，新增展品50件。',
        '（二）繁荣科普内容创作',
        '1.扶持原创科普作品。设立专项资金。（区委宣传部牵头）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['构建社区科普e站网络', '加强科普教育基地建设', '扶持原创科普作品']);
    expect(plan.targets.map((t) => [t.value, t.taskSeq])).toEqual([[50, null]]);
  });

  it('a school year’s month items (9月 … 12月, 2027年1月, 3月) fall in the year they come round in', () => {
    const plan = parsePlan(
      [
        '某中学2026—2027学年科技教育工作计划',
        '一、主要工作',
        '1.开展科技社团活动。每周活动一次。（责任部门：教务处）',
        '二、月份工作安排',
        '9月：制定学年工作计划；完成社团招新。',
        '12月：开展社团中期检查。',
        '2027年1月：开展学期总结。',
        '3月：收交寒假科技实践作品。',
        '6月：开展学年总结表彰。',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2026, '9月：制定学年工作计划'],
      [2026, '12月：开展社团中期检查'],
      [2027, '2027年1月：开展学期总结'],
      [2027, '3月：收交寒假科技实践作品'],
      [2027, '6月：开展学年总结表彰'],
    ]);
  });

  it('counts a delivery clause lists (新增A、B5个社团; 组建“A”“B”等5支), an event of the period’s year with an aim; not a routine per term', () => {
    const found = (text: string) =>
      findTargets(text, { taskSeq: 1, periodStart: 2027 }, false).map((t) => [t.value, t.unit]);
    expect(found('在现有社团的基础上，新增人工智能、3D打印、创客5个社团。')).toEqual([[5, '个']]);
    expect(found('招募退休教师，组建“银发科普”“小小讲解员”等5支特色科普志愿服务队。')).toEqual([[5, '支']]);
    expect(found('举办2027年某市科协年会，全年组织各类学术交流活动不少于60场。')).toEqual([[60, '场']]);
    expect(found('成立领导小组，每学期专题研究科技教育工作不少于2次。')).toEqual([]);
  });
});

describe('national documents recalled', () => {
  it('many bodies signing one to a line: the issuer as the title names them together (教育部等十八部门)', () => {
    const signers = [
      ...['教育部', '中央宣传部', '中央网信办', '国家发展改革委', '科技部', '工业和信息化部', '财政部', '自然资源部'],
      ...['生态环境部', '农业农村部', '文化和旅游部', '国家卫生健康委', '国务院国资委', '共青团中央', '中国科学院'],
      ...['中国工程院', '国家自然科学基金委员会', '中国科协'],
    ];
    const plan = parsePlan(
      [
        '教育部等十八部门关于加强新时代中小学科学教育工作的意见',
        '一、总体要求',
        '（一）指导思想。坚持立德树人。',
        '二、主要举措',
        '（二）推进课程改革。完善课程体系。',
        '（三）加强师资建设。加强培训。',
        ...signers,
        '2023年5月17日',
      ].join('\n'),
    );
    expect(plan.issuer).toBe('教育部等十八部门');
  });

  it('an indicator table whose bars have no spaces (1|指标|40|60) and a quantity inside a metric (1小时响应覆盖率)', () => {
    const plan = parsePlan(
      [
        '“十四五”国家应急体系规划',
        '一、主要目标',
        '到2025年，重点区域航空应急救援1小时响应覆盖率达到85%以上。',
        '序号|指标|2020年|2025年|属性',
        '1|生产安全事故死亡人数|—|下降15%|约束性',
        '2|县级以上应急管理部门专业人才占比（%）|40|60|预期性',
        '二、主要任务',
        '（一）加强应急救援力量建设',
        '完善力量体系。',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [15, '%', 2025],
      [60, '%', 2025],
      [85, '%', 2025],
    ]);
  });

  it('a measure whose sentence holds 进度 (加快出口退税进度) is no schedule; 2019年年底前 dates its targets', () => {
    const plan = parsePlan(
      [
        '国务院办公厅关于进一步优化口岸营商环境的通知',
        '一、进一步精简进出口环节监管证件，2019年年底前将需在进出口环节验核的监管证件由48种精简至44种。（海关总署负责）',
        '二、加快出口退税进度，2019年年底前将正常出口退税的平均办理时间压缩至10个工作日。（税务总局负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['一', '二']);
    expect(plan.targets.map((t) => [t.metric, t.value, t.unit, t.year])).toEqual([
      ['将需在进出口环节验核的监管证件', 44, '种', 2019],
      ['将正常出口退税的平均办理时间', 10, '个工作日', 2019],
    ]);
  });

  it('hours to receive (接受不少于60学时的培训) are a target, a span to take part in (参加3—12个月的见习) is not', () => {
    const found = (text: string) => findTargets(text, ctx, false).map((t) => [t.value, t.unit, t.recurrence]);
    expect(found('行政执法人员每人每年接受不少于60学时的公共法律知识培训。')).toEqual([[60, '学时', 'annual']]);
    expect(found('组织失业青年参加3—12个月的就业见习，按规定给予补贴。')).toEqual([]);
  });
});

describe('action plans with two horizons', () => {
  it('a title naming a deadline (2030年前碳达峰行动方案) names no one-year period', () => {
    const plan = parsePlan(
      [
        '2030年前碳达峰行动方案',
        '一、主要目标',
        '到2025年，非化石能源消费比重达到20%左右。',
        '二、重点任务',
        '（一）能源绿色低碳转型行动',
        '推进转型。',
      ].join('\n'),
    );
    expect(plan.period).toBeNull();
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([[20, 2025]]);
  });

  it('two due years (到2022年和2030年) give each measure’s two levels (分别…24%和32%) one each; 立方米 and 万亿元 are units', () => {
    const found = findTargets(
      '到2022年和2030年，全市居民健康素养水平分别不低于24%和32%；5岁以下儿童生长迟缓率分别低于7%和5%。',
      { taskSeq: null, periodStart: 2020 },
      true,
    );
    expect(found.map((t) => [t.metric, t.value, t.year])).toEqual([
      ['居民健康素养水平', 24, 2022],
      ['居民健康素养水平', 32, 2030],
      ['5岁以下儿童生长迟缓率', 7, 2022],
      ['5岁以下儿童生长迟缓率', 5, 2030],
    ]);
    const goals = findTargets('到2030年，森林蓄积量达到190亿立方米，体育产业总规模达到5万亿元。', ctx, true);
    expect(goals.map((t) => [t.value, t.unit])).toEqual([
      [190, '亿立方米'],
      [5, '万亿元'],
    ]);
  });
});

describe('restated tasks, lost numbering under group names, rules in articles', () => {
  it('an attachment restating the tasks with their units gives them to the tasks, not tasks of its own', () => {
    const plan = parsePlan(
      [
        '某市全民科学素质行动实施方案',
        '一、重点任务',
        '（一）青少年科学素质提升行动',
        '1.激发青少年好奇心和想象力。将弘扬科学精神贯穿于育人全链条。',
        '2.推进中小学科学教育改革。完善科学教育体系，新建科学教育基地10个。',
        '附件：某市全民科学素质行动重点任务分工',
        '附件',
        '某市全民科学素质行动重点任务分工',
        '一、青少年科学素质提升行动',
        '1.激发青少年好奇心和想象力。牵头单位：市教育局  责任单位：市委宣传部、市科协',
        '2.推进中小学科学教育改革。牵头单位：市教育局  责任单位：市科技局',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.seq, t.path, t.leadUnits, t.units])).toEqual([
      [1, ['一、重点任务', '（一）青少年科学素质提升行动'], ['市教育局'], ['市教育局', '市委宣传部', '市科协']],
      [2, ['一、重点任务', '（一）青少年科学素质提升行动'], ['市教育局'], ['市教育局', '市科技局']],
    ]);
    expect(plan.targets.map((t) => [t.value, t.taskSeq])).toEqual([[10, 2]]);
  });

  it('a Word export that kept only 一、: paragraphs closed by their lists under group names are tasks, guarantee ones too', () => {
    const plan = parsePlan(
      [
        '某县全民科学素质提升三年行动方案（2024—2026年）',
        '一、提升重点人群科学素质',
        '青少年科学素质提升行动',
        '将弘扬科学精神贯穿教育全过程。开展科学家进校园活动。（牵头单位：县教育局；配合单位：县科协）',
        '深化中小学科学教育改革。开齐开足科学课程。（牵头单位：县教育局；配合单位：县科技局）',
        '农民科学素质提升行动',
        '开展高素质农民培育。培训高素质农民。（牵头单位：县农业农村局；配合单位：县科协）',
        '二、保障措施',
        '加强组织领导。县全民科学素质工作领导小组统筹推进。',
        '强化经费保障。将科普经费列入财政预算。（牵头单位：县财政局；配合单位：县科协）',
        '加强监测评估。开展年度监测。（牵头单位：县科协；配合单位：县统计局）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.path.at(-1), t.title, t.leadUnits])).toEqual([
      ['main', '青少年科学素质提升行动', '将弘扬科学精神贯穿教育全过程', ['县教育局']],
      ['main', '青少年科学素质提升行动', '深化中小学科学教育改革', ['县教育局']],
      ['main', '农民科学素质提升行动', '开展高素质农民培育', ['县农业农村局']],
      ['guarantee', '二、保障措施', '强化经费保障', ['县财政局']],
      ['guarantee', '二、保障措施', '加强监测评估', ['县科协']],
    ]);
  });

  it('rules in articles (第一条 …) set no tasks; only their dated goals are targets', () => {
    const articles = [
      '第一条　为加强全省科普教育基地建设与管理，到2030年，全省省级科普教育基地达到500家。',
      '第二条　本办法所称省级基地，是指依托具备条件的单位建设的科普场所。',
      '第三条　省级基地的认定和管理坚持公益性、示范性原则。',
      '第四条　省科协负责省级基地认定管理工作。',
      '第五条　申报省级基地年接待公众不少于3万人次，年开放天数不少于150天。',
    ];
    const plan = parsePlan(
      ['某省科普教育基地认定管理办法', '第一章　总则', ...articles.slice(0, 4), '第二章　条件', articles[4]!].join(
        '\n',
      ),
    );
    expect(plan.tasks).toEqual([]);
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([[500, 2030]]);
  });
});

describe('division tables, schedules and targets of national notices', () => {
  it('a table row spelling a task out in more words gives it units; a guarantee item naming none becomes a task by its row', () => {
    const plan = parsePlan(
      [
        '国务院办公厅关于加快推进科普基础设施高质量发展的实施意见',
        '一、重点任务',
        '（一）鼓励社会力量参与。支持社会资本建设科普场馆。',
        '（二）完善评估监测制度。开展科普基础设施监测。',
        '二、组织实施',
        '（三）加强组织领导。各地区要把科普基础设施建设纳入重要议程。',
        '（四）营造良好氛围。加强宣传。',
        '附件',
        '重点任务分工表',
        '序号\t重点任务\t牵头单位\t参与单位\t完成时限',
        '1\t鼓励社会力量参与科普基础设施建设运营\t国家发展改革委、财政部\t税务总局\t2027年底前',
        '2\t完善科普基础设施评估监测制度\t中国科协\t国家统计局\t持续推进',
        '3\t加强组织领导\t中国科协、科技部\t各省级人民政府\t持续推进',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title, t.leadUnits, t.units])).toEqual([
      ['main', '鼓励社会力量参与', ['国家发展改革委', '财政部'], ['国家发展改革委', '财政部', '税务总局']],
      ['main', '完善评估监测制度', ['中国科协'], ['中国科协', '国家统计局']],
      ['guarantee', '加强组织领导', ['中国科协', '科技部'], ['中国科协', '科技部', '各省级人民政府']],
    ]);
  });

  it('a bare list of 部门 closing a sentence is a unit list (各省级科技管理部门、党委宣传部门、科协)', () => {
    expect(units('注重活动的群众性、社会性和经常性。（各省级科技管理部门、党委宣传部门、科协）').units).toEqual([
      '各省级科技管理部门',
      '党委宣传部门',
      '科协',
    ]);
  });

  it('dated steps: a 活动时间 part’s date, a quarter’s item with its months, 自2027年起于每年…前, …，2028年组织…', () => {
    const plan = parsePlan(
      [
        '关于举办2026年全国科技活动周的通知',
        '一、活动时间',
        '2026年5月16日至22日。各地活动原则上在活动周期间集中开展。',
        '二、重点活动',
        '（一）科技列车行。组织专家赴基层开展服务。（科技部）',
        '（二）科普进社区。开展科普讲座。（中国科协）',
        '三、组织实施',
        '（一）加强跟踪评估。科技部要加强跟踪分析，2028年组织开展中期评估。自2027年起于每年1月底前报告落实情况。',
        '四、进度安排',
        '第一季度（1—3月）：完成年度工作任务分解。',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2026, '2026年5月16日至22日'],
      [2028, '科技部要加强跟踪分析，2028年组织开展中期评估'],
      [2027, '自2027年起于每年1月底前报告落实情况'],
      [2026, '第一季度（1—3月）：完成年度工作任务分解'],
    ]);
  });

  it('a phase of the schedule dated by a school year (2026—2027学年) is of its first year, due by the end of its last', () => {
    const plan = parsePlan(
      [
        '某区加强中小学科学教育工作实施方案（2026—2028年）',
        '一、重点任务',
        '（一）开齐开足科学课程。落实课程方案。（责任单位：区教育局）',
        '（二）建设科学教育基地。认定区级基地。（责任单位：区科协）',
        '二、工作安排',
        '（一）启动部署阶段（2026年春季学期）。制定印发实施方案。',
        '（二）全面实施阶段（2026—2027学年）。全面落实各项重点任务。',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => [m.year, m.text, m.due])).toEqual([
      [2026, '启动部署阶段（2026年春季学期）：制定印发实施方案', null],
      [2026, '全面实施阶段（2026—2027学年）：全面落实各项重点任务', '2027-12-31'],
    ]);
  });

  it('targets: a cut by a share (再降低10%), 完成投资N亿元, 扩招N万人, 力争新创建 after a year, 每学年, a count of works of 2025年度', () => {
    const task = { taskSeq: 1, periodStart: 2026 };
    const found = (text: string) => findTargets(text, task, false).map((t) => [t.value, t.unit, t.year, t.recurrence]);
    expect(found('深化电力市场化改革，一般工商业平均电价再降低10%。')).toEqual([[10, '%', null, null]]);
    expect(found('完成铁路投资8000亿元，再开工一批重大水利工程。')).toEqual([[8000, '亿元', null, null]]);
    expect(found('每人每年补助120元。')).toEqual([]);
    expect(found('改革考试招生办法，今年大规模扩招100万人。')).toEqual([[100, '万人', null, null]]);
    expect(found('完善社区应急预案。2027年力争新创建全国综合减灾示范社区2个。')).toEqual([[2, '个', 2027, null]]);
    expect(found('每所学校每学年至少开展2次跨学科主题学习活动。')).toEqual([[2, '次', null, 'annual']]);
    expect(found('征集2025年度出版的原创科普图书，经专家评审推荐100部优秀科普作品。')).toEqual([
      [100, '部', null, null],
    ]);
  });
});

describe('decimal parts, bullets, drafting bodies and tables in their own words', () => {
  it('decimal numbers under 第一部分 … start again under each part (1.2 → 2.1 → 3.1.1)', () => {
    const plan = parsePlan(
      [
        '某市科技馆三年发展规划（2026—2028年）',
        '第一部分　发展基础',
        '1.1发展基础',
        '科技馆是公益一类事业单位。',
        '1.2面临形势',
        '公众需求日益多样。',
        '第二部分　重点任务',
        '2.1实施展教资源提质工程',
        '2.1.1更新升级常设展览',
        '分批更新展品。（责任部门：展览部）',
        '2.1.2建设特色主题展区',
        '共建低空科技体验区。（责任部门：展览部）',
        '2.2实施科学教育深化工程',
        '2.2.1深化馆校合作',
        '推进科技馆里的科学课。（责任部门：教育部）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.title, t.path.at(-1)])).toEqual([
      ['2.1.1', '更新升级常设展览', '2.1实施展教资源提质工程'],
      ['2.1.2', '建设特色主题展区', '2.1实施展教资源提质工程'],
      ['2.2.1', '深化馆校合作', '2.2实施科学教育深化工程'],
    ]);
  });

  it('bullets right under a part are its tasks, under an item its text; a wrapped copy never runs a bullet on', () => {
    // lines wrapped at 24 characters, the unit lines of two labels parted by spaces and cut inside a name
    const plan = parsePlan(
      [
        '某镇2027年科普工作计划',
        '一、夯实科普阵地建设',
        '●提升镇科普活动中心服务功能。对镇科普活动中心展',
        '教设施进行更新维护，增设防灾减灾、健康生活等展项。',
        '牵头单位：镇科协　　责任单位：镇社会事业局、镇文体中',
        '心',
        '●建设村（社区）科普e站。结合新时代文明实践站建设',
        '，年内新建科普e站4个，配齐设备，做到有人管理服务。',
        '牵头单位：镇科协　　责任单位：镇经济发展局、团镇委',
        '●用好科普宣传栏和科普画廊。在镇区主干道更新宣传栏',
        '二、开展重点人群科学素质提升',
        '（一）青少年科学素质提升',
        '●联合中心小学开展校园科技节。（责任单位：镇社会事业局）',
        '●组织学生参加科技创新大赛。（责任单位：镇科协）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.title, t.leadUnits, t.units])).toEqual([
      ['●', '提升镇科普活动中心服务功能', ['镇科协'], ['镇科协', '镇社会事业局', '镇文体中心']],
      ['●', '建设村（社区）科普e站', ['镇科协'], ['镇科协', '镇经济发展局', '团镇委']],
      ['●', '用好科普宣传栏和科普画廊', [], []],
      ['一', '青少年科学素质提升', [], ['镇社会事业局', '镇科协']],
    ]);
  });

  it('dashes right under a task part are its tasks, those naming no units too; under principles they are none', () => {
    const plan = parsePlan(
      [
        '某区科普志愿服务实施方案',
        '一、基本原则',
        '——坚持需求导向。围绕群众需求开展服务。',
        '——坚持共建共享。整合各方资源。',
        '二、打造科普志愿服务品牌',
        '——擦亮志愿服务品牌。统一品牌标识。（责任单位：区科协、区委宣传部）',
        '——开展“科普大篷车”进社区巡展。用好流动科普设施。',
        '——推进线上科普志愿服务。开设科普志愿服务专栏。（责任单位：区融媒体中心）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.title, t.units])).toEqual([
      ['', '擦亮志愿服务品牌', ['区科协', '区委宣传部']],
      ['', '开展“科普大篷车”进社区巡展', []],
      ['', '推进线上科普志愿服务', ['区融媒体中心']],
    ]);
  });

  it('teams and times after 至少 and a verb (至少培育一支, 每年至少开展两次) are counted; a meeting’s times are not', () => {
    const found = (text: string) =>
      findTargets(text, { taskSeq: 1, periodStart: null }, false).map((t) => [t.value, t.unit, t.recurrence]);
    expect(found('每个街道至少培育一支特色科普志愿服务队。')).toEqual([[1, '支', null]]);
    expect(found('每个社区每年至少开展两次应急疏散演练。')).toEqual([[2, '次', 'annual']]);
    expect(found('每年至少召开一次联席会议。')).toEqual([]);
  });

  it('a part whose items run on in one line after its heading (二、…（一）…（…负责）（二）…) is read item by item', () => {
    const item = (n: string, unit: string) =>
      `（${n}）开展科普活动${n}。将弘扬科学精神贯穿于育人全链条，深入推进中小学科学教育，用好课后服务时间开展科学实践。（牵头单位：${unit}）`;
    const plan = parsePlan(
      [
        '某县全民科学素质行动实施方案',
        `二、重点提升行动${item('一', '县教育局')}${item('二', '县科协')}${item('三', '县农业农村局')}`,
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.leadUnits])).toEqual([
      ['一', ['县教育局']],
      ['二', ['县科协']],
      ['三', ['县农业农村局']],
    ]);
  });

  it('the lead rule in a sentence naming the attachment applies to the table’s rows', () => {
    const plan = parsePlan(
      [
        '国务院办公厅关于落实某意见重点工作分工的通知',
        '一、提高思想认识。各地区各部门要认真贯彻落实。',
        '二、明确责任分工。附件所列各项任务中，列第一位者为牵头单位，其他单位按职责分工负责。',
        '附件',
        '重点工作分工表',
        '序号\t工作任务\t责任单位',
        '1\t完善科普法律法规体系\t科技部、司法部',
        '2\t加强科普人才队伍建设\t中国科协、教育部',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits])).toEqual([
      ['完善科普法律法规体系', ['科技部']],
      ['加强科普人才队伍建设', ['中国科协']],
    ]);
  });

  it('the lead rule naming the whole plan’s tasks applies to all of them, printed after them; a section’s (以下…) does not', () => {
    const lines = (rule: string) =>
      [
        '某市科技创新“十五五”规划',
        '一、主要任务',
        '（一）培育科技型企业。实施梯次培育行动。（责任单位：市科技局、市经信局）',
        '（二）加强科普基础设施建设。新建科普场馆。（责任单位：市科协、市教育局）',
        '二、保障措施',
        `（一）加强组织领导。${rule}（责任单位：市发改委、市科技局）`,
        '（二）强化督促检查。各单位按年度报送进展。（责任单位：市政府督查室、市科技局）',
      ].join('\n');
    const leads = (rule: string) => parsePlan(lines(rule)).tasks.map((t) => t.leadUnits);
    expect(leads('本规划各项任务的责任单位中，列第一位者为牵头单位，其他单位按职责分工配合。')).toEqual([
      ['市科技局'],
      ['市科协'],
      ['市发改委'],
      ['市政府督查室'],
    ]);
    expect(leads('以下各项任务列第一位者为牵头单位。').slice(0, 2)).toEqual([[], []]);
  });

  it('an attachment numbering no parts (a schedule in columns) is no text of the last item: its months are milestones', () => {
    const plan = parsePlan(
      [
        '某街道2027年科普工作计划',
        '一、重点工作',
        '（一）开展社区科普活动。（街道科协负责）',
        '二、保障措施',
        '（一）严格督查考核。将科普工作纳入社区年度考核。（街道党政办负责）',
        '附件',
        '某街道2027年科普活动安排表',
        '月份      活动内容                责任科室',
        '3月       全国爱耳日主题宣传      社区卫生服务中心',
        '5月       全国科技活动周系列活动  街道科协',
      ].join('\n'),
    );
    expect(plan.tasks.at(-1)!.text).toBe('将科普工作纳入社区年度考核。（街道党政办负责）');
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2027, '3月：全国爱耳日主题宣传社区卫生服务中心'],
      [2027, '5月：全国科技活动周系列活动街道科协'],
    ]);
    expect(plan.themeDays).toEqual(expect.arrayContaining(['全国爱耳日', '全国科技活动周']));
    // an attachment of figures (a table's cells, a line each) sets no tasks and no goals
    const figures = parsePlan(
      ['某区2026年违法用地整治实施方案', '一、工作任务', '（一）开展整治。完成整治1620亩。（区规划资源局负责）']
        .concat([
          '附件',
          '各街镇整治任务表',
          '1',
          '马陆镇',
          '122.52',
          '24.50',
          '73.51',
          '2',
          '南翔镇',
          '98.02',
          '19.60',
        ])
        .join('\n'),
    );
    expect(figures.tasks.map((t) => t.title)).toEqual(['开展整治']);
    expect(figures.targets.map((t) => t.value)).toEqual([1620]);
  });

  it('headings in lenticular brackets are parts; a table of dated rows beside the text’s tasks is their schedule', () => {
    const plan = parsePlan(
      [
        '某中学2026—2027学年科技教育工作计划',
        '【指导思想】',
        '以习近平新时代中国特色社会主义思想为指导。',
        '【主要工作】',
        '一、落实科学类课程',
        '1.开齐开足科学类国家课程。（责任部门：教务处、科学教研组）',
        '2.稳步推进人工智能教育。（责任部门：信息中心）',
        '【保障措施】',
        '1.加强组织领导。成立科技教育工作领导小组。（责任部门：校长室）',
        '【月份安排】',
        '时间\t主要工作\t负责部门',
        '2026年9月\t制订学年科技教育工作计划\t科创中心',
        '2027年5月\t全国科技活动周系列活动\t德育处、科创中心',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title, t.units])).toEqual([
      ['main', '开齐开足科学类国家课程', ['教务处', '科学教研组']],
      ['main', '稳步推进人工智能教育', ['信息中心']],
      ['guarantee', '加强组织领导', ['校长室']],
    ]);
    expect(plan.milestones.map((m) => m.year)).toEqual([2026, 2027]);
    expect(plan.themeDays).toEqual(['全国科技活动周']);
  });

  it('a report’s ranked results are no tasks; its part of work for the coming year (2027年工作要求) holds main tasks', () => {
    const plan = parsePlan(
      [
        '某市科协关于2026年度科普工作考核结果的通报',
        '一、考核基本情况',
        '按照考核办法，市科协组织开展了年度考核。',
        '二、考核结果',
        '（一）市（区）科协',
        '1.靖江市科协　96.8分　优秀',
        '2.泰兴市科协　95.2分　优秀',
        '三、2027年工作要求',
        '（一）聚焦科学素质提升。深入实施全民科学素质行动。（市科协科普部牵头，各市〔区〕科协配合）',
        '（二）聚焦阵地建设。推进科技馆免费开放。（市科协科普部负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title])).toEqual([
      ['main', '聚焦科学素质提升'],
      ['main', '聚焦阵地建设'],
    ]);
  });

  it('paragraphs after a part’s first that close with a bare unit list are the task’s too, units and targets', () => {
    const plan = parsePlan(
      [
        '某区科协2027年工作要点',
        '一、坚持党建引领',
        '加强思想政治引领。开展专题宣讲不少于20场。（组织宣传部牵头，各街道科协配合）',
        '大力弘扬科学家精神。评选表彰区级“最美科技工作者”10名。（组织宣传部、区融媒体中心）',
        '二、服务创新驱动',
        '加强院士专家工作站建设。新建院士专家工作站2家。（学会部、区科技局）',
        '助力企业创新发展。新建企业科协5家。（学会部、区工信局）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['坚持党建引领', ['组织宣传部', '各街道科协', '区融媒体中心']],
      ['服务创新驱动', ['学会部', '区科技局', '区工信局']],
    ]);
    expect(plan.targets.map((t) => [t.value, t.taskSeq])).toEqual([
      [20, 1],
      [10, 1],
      [2, 2],
      [5, 2],
    ]);
  });

  it('a box’s numbered items after a part’s tasks are projects, no tasks; a notice’s 遴选条件, 推荐名额, 支持方向 set none', () => {
    const plan = parsePlan(
      [
        '某市“十五五”数字经济发展规划',
        '一、优化升级数字基础设施',
        '（一）加快建设信息网络基础设施。建设高速泛在的网络。（市通信管理局负责）',
        '（二）推进云网协同和算网融合发展。（市发展改革委负责）',
        '专栏1　信息网络基础设施优化升级工程',
        '1.推进光纤网络扩容提速。加快千兆光纤网络部署，新建5G基站3000个。',
        '2.推进IPv6规模部署应用。深入开展网络基础设施IPv6改造。',
        '二、遴选条件',
        '（一）实验区。以县为单位申报，小学科学专职教师比例不低于60%。',
        '（二）推荐名额。每个区推荐实验校不超过4所。',
        '三、支持方向',
        '（一）科普基地能力提升项目。支持省级科普教育基地更新展品。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['加快建设信息网络基础设施', '推进云网协同和算网融合发展']);
    expect(plan.targets.map((t) => t.value)).toEqual([3000]);
  });

  it('a 活动主题和时间 part sets no tasks; a schedule table numbered, then dated by month, gives milestones of the plan’s year', () => {
    const plan = parsePlan(
      [
        '某区2026年“科普大篷车进基层”活动方案',
        '一、活动主题和时间',
        '（一）活动主题。科普进万家，科技惠民生。',
        '（二）活动时间。2026年3月至11月。',
        '二、活动内容',
        '（一）开展科普巡展。组织大篷车进社区。（区科协牵头，各街道配合）',
        '（二）开展科学实验秀。组织大篷车进校园。（区教育局负责）',
        '三、活动安排',
        '| 序号 | 时间 | 地点 | 活动内容 | 承办单位 |',
        '| --- | --- | --- | --- | --- |',
        '| 1 | 3月14日 | 文化广场 | 科普展品巡展 | 街道科协 |',
        '| 2 | 4月11日 | 实验小学 | 科学实验秀 | 区教育局 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['开展科普巡展', '开展科学实验秀']);
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2026, '2026年3月至11月'],
      [2026, '科普展品巡展（3月14日）'],
      [2026, '科学实验秀（4月11日）'],
    ]);
  });

  it('an indicator table a cell per line without serial numbers (领域 … 性质), caps kept; a spaced one with a growth column', () => {
    const cells = goalsPlan(
      '某省“十五五”国民健康规划',
      [
        '领域',
        '主要指标',
        '2020年',
        '2025年',
        '性质',
        '健康水平',
        '人均预期寿命（岁）',
        '77.93',
        '提高1岁',
        '预期性',
        '婴儿死亡率（‰）',
        '5.4',
        '≤5.2',
        '预期性',
        '健康生活',
        '居民健康素养水平（%）',
        '23.15',
        '25.0',
        '预期性',
      ],
      ['二、主要任务', '（一）加强妇幼健康服务。（省卫生健康委负责）'],
    );
    expect(goals(cells)).toEqual([
      ['人均预期寿命提高', '=', 1, '岁', 2025],
      ['婴儿死亡率', '<=', 5.2, '‰', 2025],
      ['居民健康素养水平', '=', 25, '%', 2025],
    ]);
    const spaced = goalsPlan(
      '某省“十五五”农业农村现代化规划',
      [
        '类别 指标 2025年基期值 2030年目标值 年均增速〔累计〕 指标属性',
        '农业质量效益 农业科技进步贡献率（%） 64 68 〔4〕 预期性',
        '农作物耕种收综合机械化率（%） 75 80 〔5〕 预期性',
      ],
      ['二、主要任务', '（一）提升农业科技水平。（省农业农村厅负责）'],
    );
    expect(goals(spaced)).toEqual([
      ['农业科技进步贡献率', '=', 68, '%', 2030],
      ['农作物耕种收综合机械化率', '=', 80, '%', 2030],
    ]);
  });

  it('a chapter’s background sections (发展基础, 发展环境) set no tasks; a chapter carrying the plan out is no main part', () => {
    const plan = parsePlan(
      [
        '某省“十五五”推进农业农村现代化规划',
        '第一章　开启新征程　加快推进农业农村现代化',
        '第一节　发展基础',
        '“十四五”时期，粮食生产稳定发展。',
        '第二节　发展环境',
        '当前外部环境更趋复杂。',
        '第二章　提升粮食综合生产能力',
        '第一节　加强耕地保护。严守耕地红线。',
        '第二节　建设高标准农田。新建高标准农田100万亩。',
        '第三章　健全规划落实机制',
        '第一节　加强组织领导。健全工作机制。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title])).toEqual([
      ['main', '加强耕地保护'],
      ['main', '建设高标准农田'],
    ]);
  });

  it('a level to stay within (控制在…以内, 低于) is a cap where a due year sets it; a cap of money or a quota of entries is none', () => {
    const caps = (text: string, goals = false) =>
      findTargets(text, ctx, goals).map((t) => [t.metric, t.comparator, t.value, t.unit, t.year]);
    expect(caps('到2025年，国内原油一次加工能力控制在10亿吨以内。')).toEqual([
      ['国内原油一次加工能力', '<=', 10, '亿吨', 2025],
    ]);
    expect(caps('到2030年，成人吸烟率低于20%，居民健康素养水平不低于30%。')).toEqual([
      ['成人吸烟率', '<=', 20, '%', 2030],
      ['居民健康素养水平', '>=', 30, '%', 2030],
    ]);
    expect(caps('加工能力控制在10亿吨以内。')).toEqual([]);
    expect(caps('每个项目资助经费不超过15万元。', true)).toEqual([]);
    expect(caps('到2026年，每个省推荐试点区不超过2个。')).toEqual([]);
  });

  it('a vision year (展望2035年) is due; 推介 delivers; 打造 before a Chinese numeral counts', () => {
    const found = (text: string) => findTargets(text, ctx, false).map((t) => [t.value, t.unit, t.year]);
    expect(found('展望2035年，全县公民具备科学素质的比例达到25%。')).toEqual([[25, '%', 2035]]);
    expect(found('遴选推介100部优秀应急科普作品。')).toEqual([[100, '部', null]]);
    expect(found('打造十个具有本地辨识度的科普活动品牌。')).toEqual([[10, '个', null]]);
  });

  it('an amount of data (20TB) is measured', () => {
    const found = findTargets('到2018年，“科普中国”资源总量达到20TB以上。', ctx, true);
    expect(found.map((t) => [t.value, t.unit, t.year])).toEqual([[20, 'TB', 2018]]);
  });

  it('a drafting body in brackets (（财政部、海关总署起草）) is a unit list', () => {
    expect(units('1.关税法草案（财政部、海关总署起草）').units).toEqual(['财政部', '海关总署']);
    expect(units('2.城市公共交通条例（交通运输部组织起草）').units).toEqual(['交通运输部']);
  });

  it('a table’s rows restating a group’s tasks in their own words give them units row by row', () => {
    const plan = parsePlan(
      [
        '科普信息化建设三年行动计划（2016—2018年）',
        '一、重点任务',
        '（一）实施科普内容创作提升行动',
        '1.繁荣原创科普作品创作。',
        '支持科普作家创作。',
        '2.建设“科普中国”资源库。',
        '汇聚科普资源。',
        '附件',
        '重点任务分工表',
        '注：负责单位中列第一位者为牵头单位。',
        '序号\t工作任务\t负责单位\t时间进度',
        '一、科普内容创作提升行动',
        '1\t实施科普创作精品工程，扶持原创科普图书\t中国科协、科技部\t持续推进',
        '2\t制定科普资源标准规范\t中国科协、农业部\t2017年底前',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['繁荣原创科普作品创作', ['中国科协'], ['中国科协', '科技部']],
      ['建设“科普中国”资源库', ['中国科协'], ['中国科协', '农业部']],
    ]);
  });
});

describe('activity tables, field lists and lists over sub-items', () => {
  const table = [
    '附件',
    '重点活动安排表',
    '序号\t活动名称\t时间\t地点\t承办单位',
    '1\t科普嘉年华\t9月5日\t夷陵广场\t市科协、市委宣传部',
    '2\t“科学家精神进校园”报告会\t9月上旬\t三峡大学\t市科协、市教育局',
  ];

  it('a table of activities by name gives the tasks of a plan whose text sets none, and none beside the text’s', () => {
    const bare = parsePlan(['2026年某市全国科普月活动方案', '一、活动主题', '弘扬科学家精神。', ...table].join('\n'));
    expect(bare.tasks.map((t) => [t.title, t.units])).toEqual([
      ['科普嘉年华', ['市科协', '市委宣传部']],
      ['“科学家精神进校园”报告会', ['市科协', '市教育局']],
    ]);
    const beside = parsePlan(
      [
        '2026年某区科技活动周活动方案',
        '一、重点活动',
        '（一）举办科普嘉年华。（区科协负责）',
        '（二）开展进校园活动。（区教育局负责）',
        ...table,
      ].join('\n'),
    );
    expect(beside.tasks.map((t) => t.title)).toEqual(['举办科普嘉年华', '开展进校园活动']);
  });

  it('a task written as fields is titled by its 任务名称 up to the next field (工作内容：); a role after a name (（指导）) goes', () => {
    const plan = parsePlan(
      [
        '某街道2026年科普工作台账',
        '一、重点任务',
        '1. 任务名称：社区科普e站提档升级；工作内容：更新展品2个；责任单位：街道科协、区科协（指导）；完成时限：2026年6月',
        '2. 任务名称：科普宣传阵地常态更新；工作内容：每月更新画廊；责任单位：社区发展科；完成时限：2026年12月',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['社区科普e站提档升级', ['街道科协', '区科协']],
      ['科普宣传阵地常态更新', ['社区发展科']],
    ]);
  });

  it('a list closing an item over sub-items, its names bracketed and its lead rule after a stop, gives each sub-item its units and lead', () => {
    const plan = parsePlan(
      [
        '某市全民科学素质提升行动实施方案（2026—2030年）',
        '一、提升行动',
        '（一）青少年科学素质提升行动',
        '1.深化学校科学教育改革（责任单位：市教育局、市科协，各县（市、区）政府。列第一位的为牵头单位，下同）',
        '（1）强化中小学科学课程实施。开齐开足科学类课程。',
        '（2）推进科学教育家校社协同。深化馆校合作。',
        '2.培育科技创新后备人才（责任单位：市科协、团市委）',
        '（1）办好青少年科技创新赛事。组织参赛。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['强化中小学科学课程实施', ['市教育局'], ['市教育局', '市科协', '各县（市、区）政府']],
      ['推进科学教育家校社协同', ['市教育局'], ['市教育局', '市科协', '各县（市、区）政府']],
      ['办好青少年科技创新赛事', ['市科协'], ['市科协', '团市委']],
    ]);
  });
});

describe('assessment rules and guarantee rows', () => {
  it('an assessment’s criteria and scores (评估内容及分值) set no tasks or targets; its 总则 states goals', () => {
    const plan = parsePlan(
      [
        '某县科普示范社区创建评估细则',
        '一、总则',
        '（一）到2028年，全县创建县级科普示范社区20个。',
        '（二）县科协负责评估的组织实施。',
        '二、申报条件',
        '（一）社区常住人口一般在2000人以上。',
        '（二）上一年度开展科普活动不少于6次。',
        '三、评估内容及分值',
        '|评估项目|评估内容|分值|',
        '|阵地建设（25分）|设置科普宣传栏不少于2处，每年开展科普活动不少于12次|10|',
        '四、结果运用',
        '（一）对新命名的科普示范社区给予一次性补助。',
        '（二）命名有效期为3年。',
      ].join('\n'),
    );
    expect(plan.tasks).toEqual([]);
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([[20, '个', 2028]]);
  });

  it('a notice on a year’s work (关于做好2026年…工作的通知) is a plan for that year', () => {
    const plan = parsePlan(
      [
        '农业农村部办公厅关于做好2026年高素质农民培育工作的通知',
        '一、总体要求',
        '2026年，全年培育高素质农民70万人以上。',
        '二、重点任务',
        '（一）实施“头雁”项目。培育带头人。',
        '（二）开展能力提升培训。分层分类培训。',
      ].join('\n'),
    );
    expect(plan.period).toEqual({ start: 2026, end: 2026 });
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([[70, '万人', 2026]]);
  });

  it('a task table’s rows under a guarantee group (五、组织保障) are guarantee tasks', () => {
    const plan = parsePlan(
      [
        '某区2026年科普工作要点',
        '现将2026年科普工作要点印发如下。',
        '序号\t工作内容\t责任单位\t完成时间',
        '一、阵地建设',
        '1\t新建科普e站5个\t区科协\t2026年12月',
        '二、组织保障',
        '2\t落实科普经费保障\t区财政局、区科协\t全年',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title])).toEqual([
      ['main', '新建科普e站5个'],
      ['guarantee', '落实科普经费保障'],
    ]);
  });

  it('a report’s summary of the past year (一、2023年工作开展情况) and its requests set no tasks; the plan part’s lead-in sets targets', () => {
    const plan = parsePlan(
      [
        '某县科学技术协会2023年工作总结和2024年工作计划',
        '一、2023年工作开展情况',
        '（一）科普阵地建设持续推进。新建乡村科普e站15个，全县累计达到96个。',
        '（二）群众性科普活动丰富多彩。举办各类科普活动58场次。',
        '二、2024年工作计划',
        '县科协将围绕中心工作，到2024年底，推动全县公民具备科学素质的比例力争达到13%以上，为2025年达到15%的目标打下坚实基础。重点抓好以下工作：',
        '（一）加强科普阵地建设。新建乡村科普e站10个。（科普部负责）',
        '（二）办好重大科普活动。组织全国科普日活动。（科普部、学会部负责）',
        '三、需要县委、县政府协调解决的事项',
        '（一）建议将县科技馆运行经费纳入县财政年度预算。',
        '（二）建议在乡镇明确1名科协专职副主席。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['加强科普阵地建设', '办好重大科普活动']);
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual(
      expect.arrayContaining([
        [13, '%', 2024],
        [15, '%', 2025],
      ]),
    );
    expect(plan.targets.map((t) => t.value)).not.toContain(58);
  });

  it('a part’s lead-in counts as its text; an event’s days (活动周期间) date its goals; 年发布 is yearly; a training’s hours are no target', () => {
    const plan = parsePlan(
      [
        '关于举办2024年某市科技活动周的通知',
        '一、活动安排',
        '2024年科技活动周期间，全市组织开展各类群众性科技活动不少于300项，力争参与公众超过50万人次。',
        '（一）启动仪式。在市科技馆举办启动仪式。（市科技局负责）',
        '（二）科普宣传。打造“科普某市”视频号，年发布原创科普作品不少于200件。（市科协负责）',
        '（三）农民培训。集中培训时间不少于7天，每名学员线上学习不少于24学时。（市农业农村局负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year, t.recurrence])).toEqual([
      [300, '项', 2024, null],
      [50, '万人次', 2024, null],
      [200, '件', null, 'annual'],
    ]);
  });

  it('a goal an annex’s indicator table restates from a task is one target', () => {
    const plan = parsePlan(
      [
        '某市健康科普行动方案（2024—2026年）',
        '一、重点任务',
        '1.推进健康促进场所建设。到2026年，全市健康促进医院占比达到50%以上。（市卫生健康委负责）',
        '2.建设健康科普专家库。到2026年，市级健康科普专家库入库专家不少于200名。（市卫生健康委负责）',
        '附件',
        '主要指标',
        '| 序号 | 指标名称 | 2023年基线值 | 2026年目标值 | 指标属性 |',
        '| 1 | 健康促进医院占比（%） | 38 | ≥50 | 预期性 |',
        '| 2 | 居民健康素养水平（%） | 26.1 | ≥32 | 约束性 |',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year, t.taskSeq !== null])).toEqual([
      [32, '%', 2026, false],
      [50, '%', 2026, true],
      [200, '名', 2026, true],
    ]);
  });

  it('a task table’s 重点行动（工程） column groups its rows, a dash for the task naming the group’s own; cells a line each wrap after 、 and skip page numbers', () => {
    const plan = parsePlan(
      [
        '某市全民科学素质行动实施方案',
        '一、提升行动',
        '1.加强学校科学教育。开齐开足科学课程。',
        '2.深化校内外协同育人。用好社会资源。',
        '二、重点工程',
        '（一）科技资源科普化工程。推动开放实验室。',
        '附件',
        '| 序号 | 重点行动（工程） | 具体任务 | 牵头单位 | 责任单位 |',
        '| 1 | 青少年科学素质提升行动 | 加强学校科学教育 | 市教育局 | 市科协、市科技局 |',
        '| 2 |  | 深化校内外协同育人 | 市教育局、市科协 | 团市委 |',
        '| 3 | 科技资源科普化工程 | — | 市科技局、市科协 | 市教育局、市国资委 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['加强学校科学教育', ['市教育局'], ['市教育局', '市科协', '市科技局']],
      ['深化校内外协同育人', ['市教育局', '市科协'], ['市教育局', '市科协', '团市委']],
      ['科技资源科普化工程', ['市科技局', '市科协'], ['市科技局', '市科协', '市教育局', '市国资委']],
    ]);
    const cells = parsePlan(
      [
        '某市科学教育行动方案',
        '一、重点任务',
        '（一）推进家校社协同育人。引导家长支持孩子参与科学实践。',
        '（二）实施科学副校长聘任计划。遴选科技工作者担任科学副校长。',
        '附件',
        '重点任务分工表',
        '序号',
        '重点任务',
        '牵头单位',
        '配合单位',
        '完成时限',
        '1',
        '推进家校社协同育人',
        '市妇联',
        '市教育局、团市委',
        '持续推进',
        '— 6 —',
        '2',
        '实施科学副校长聘任计划',
        '市教育局',
        '市科技局、市发展改革委、',
        '各县（市、区）人民政府',
        '2025年底前',
      ].join('\n'),
    );
    expect(cells.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['推进家校社协同育人', ['市妇联'], ['市妇联', '市教育局', '团市委']],
      ['实施科学副校长聘任计划', ['市教育局'], ['市教育局', '市科技局', '市发展改革委', '各县（市、区）人民政府']],
    ]);
  });

  it('a schedule a cell per line whose rows open with their dates (日期 / 时间 / 活动内容 / 地点) gives milestones; 字号：【大 中 小】 is a page’s chrome', () => {
    const plan = parsePlan(
      [
        '来源：某中学　　字号：【大 中 小】',
        '某中学2026年科技活动周活动方案',
        '一、活动内容',
        '（一）科学幻想画比赛。各班推荐作品。（负责部门：美术组）',
        '（二）专题讲座。邀请专家进校。（负责部门：德育处）',
        '二、时间安排',
        '日期',
        '时间',
        '活动内容',
        '地点',
        '负责部门',
        '5月18日（周一）',
        '14:50',
        '专题讲座',
        '学术报告厅',
        '德育处',
        '5月20日（周三）',
        '14:00',
        '科学幻想画比赛',
        '美术教室',
        '美术组',
      ].join('\n'),
    );
    expect(plan.title).toBe('某中学2026年科技活动周活动方案');
    expect(plan.tasks.map((t) => t.title)).toEqual(['科学幻想画比赛', '专题讲座']);
    expect(plan.milestones.map((m) => [m.year, m.due])).toEqual([
      [2026, '2026-05-18'],
      [2026, '2026-05-20'],
    ]);
  });

  it('an attachment’s title wrapped in the list of attachments (附件：1.… / 活动方案) runs on', () => {
    const plan = parsePlan(
      [
        '临江区实验中学',
        '关于开展2026年科技活动周暨第十二届校园科技节活动的通知',
        '各年级组、各处室：',
        '现将活动方案印发给你们，请认真组织实施。',
        '附件：1.临江区实验中学2026年科技活动周暨第十二届校园科技节',
        '活动方案',
        '2.学生科技创新作品申报表',
        '临江区实验中学',
        '2026年5月6日',
        '附件1',
        '临江区实验中学2026年科技活动周',
        '暨第十二届校园科技节活动方案',
        '一、活动内容',
        '（一）科学幻想画比赛。各班推荐作品。（负责部门：美术组）',
        '（二）专题讲座。邀请专家进校。（负责部门：德育处）',
      ].join('\n'),
    );
    expect(plan.title).toBe('临江区实验中学2026年科技活动周暨第十二届校园科技节活动方案');
    expect(plan.period).toEqual({ start: 2026, end: 2026 });
  });

  it('the notice issuing a plan sets its lead rule (…各项任务后括号内所列单位，列第一位者为牵头单位) and its deadlines', () => {
    const plan = parsePlan(
      [
        '湖南省全民科学素质工作领导小组办公室',
        '湘纲要办发〔2024〕2号',
        '关于印发《2024年湖南省全民科学素质工作要点》的通知',
        '各成员单位：',
        '现将《2024年湖南省全民科学素质工作要点》印发给你们。工作要点各项任务后括号内所列单位，列第一位者为牵头单位。请于2024年7月15日前报送上半年工作进展。',
        '湖南省全民科学素质工作领导小组办公室',
        '2024年3月8日',
        '2024年湖南省全民科学素质工作要点',
        '一、提升重点人群科学素质',
        '1.实施青少年科学素质提升行动。组织青少年科技创新大赛。（省科协、省教育厅负责）',
        '2.实施农民科学素质提升行动。培育高素质农民。（省农业农村厅、省科协负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([['省科协'], ['省农业农村厅']]);
    expect(plan.milestones.map((m) => [m.year, m.due])).toEqual([[2024, '2024-07-15']]);
  });

  it('a heading over a line leading to a table of activities (…具体安排如下： / | 序号 | 活动名称 | …) holds its rows as tasks', () => {
    const plan = parsePlan(
      [
        '2024年某区全国科普日活动方案',
        '一、活动内容',
        '（一）主场活动',
        '在区科技馆举办主场活动。',
        '牵头单位：区科协',
        '（二）系列活动',
        '围绕活动主题，各成员单位组织开展系列科普活动，具体安排如下：',
        '| 序号 | 活动名称 | 活动时间 | 活动地点 | 牵头单位 | 配合单位 |',
        '| 1 | 院士专家科普报告会 | 9月15日 | 区行政中心 | 区科协 | 区委组织部 |',
        '| 2 | 青少年科学节 | 9月16日—20日 | 区青少年活动中心 | 区教育局 | 团区委 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.path.at(-1), t.leadUnits])).toEqual([
      ['主场活动', '一、活动内容', ['区科协']],
      ['院士专家科普报告会', '（二）系列活动', ['区科协']],
      ['青少年科学节', '（二）系列活动', ['区教育局']],
    ]);
  });

  it('tab-separated rows under group lines, a cell wrapped after 、; a guarantee item’s yearly amount; routines every two years; an assessment’s 考核方法 a schedule', () => {
    const plan = parsePlan(
      [
        '某区创建全国科普示范区实施方案（2023—2025年）',
        '一、创建目标',
        '到2025年，全区公民具备科学素质的比例达到16%以上。',
        '二、保障措施',
        '（一）强化经费保障。人均科普专项经费每年不低于2元，并随财政收入增长逐步提高。',
        '（二）加强督查。每两年举办1次创建工作推进会。',
        '附件',
        '任务分解表',
        '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
        '一、健全科普工作机制',
        '1\t建立区科普工作联席会议制度。\t区科协\t区科技局、区教育局、',
        '各街道办事处\t长期坚持',
        '二、加强科普阵地建设',
        '2\t建成社区科普e站30个。\t区科协\t区民政局\t2024年12月底前',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.path.at(-1), t.units])).toEqual([
      ['建立区科普工作联席会议制度', '健全科普工作机制', ['区科协', '区科技局', '区教育局', '各街道办事处']],
      ['建成社区科普e站30个', '加强科普阵地建设', ['区科协', '区民政局']],
    ]);
    expect(plan.targets.map((t) => [t.value, t.unit, t.recurrence])).toEqual(
      expect.arrayContaining([[2, '元', 'annual']]),
    );
    expect(plan.targets.map((t) => t.unit)).not.toContain('次');
    const assessment = parsePlan(
      [
        '2026年度乡镇科协工作考核办法',
        '一、考核内容',
        '考核内容包括组织建设、科普阵地、科普活动等。',
        '二、考核方法',
        '（一）自查自评。各乡镇科协于2026年12月10日前报送自评报告。',
        '（二）年终考核。2026年12月中下旬，县科协组织考核组进行考核。',
      ].join('\n'),
    );
    expect(assessment.tasks).toEqual([]);
    expect(assessment.milestones.map((m) => m.year)).toEqual([2026, 2026]);
  });

  it('a task table’s unnumbered rows continue the task above, its first content cell the title; its targets due by the 完成时间 of a plan over years', () => {
    const plan = parsePlan(
      [
        '某市科协重点工作任务清单（2024—2025年）',
        '| 序号 | 工作任务 | 具体内容 | 责任部门 | 完成时间 |',
        '| 一、强化政治引领 |  |  |  |  |',
        '| 1 | 深化党的创新理论学习 | 落实学习制度，举办专题讲座12场。 | 办公室 | 2024年12月 |',
        '|  |  | 举办读书分享会4期。 | 机关党委 | 2024年12月 |',
        '| 2 | 加强科普阵地建设 | 新认定市级科普教育基地15家。 | 科学普及部 | 2025年12月 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['深化党的创新理论学习', ['办公室', '机关党委']],
      ['加强科普阵地建设', ['科学普及部']],
    ]);
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [12, '场', 2024],
      [4, '期', 2024],
      [15, '家', 2025],
    ]);
  });

  it('indicator and schedule tables a cell per line: a header cell wrapped under its year (2030年 / 目标值), never read from its middle; a schedule’s wrapped cell', () => {
    const indicators = parsePlan(
      [
        '某市气象科普“十五五”发展规划',
        '一、发展目标',
        '表1　主要指标',
        '序号',
        '指标名称',
        '2025年',
        '基期值',
        '2030年',
        '目标值',
        '指标',
        '属性',
        '1',
        '公民具备基本气象科学素质的比例（%）',
        '14.2',
        '20',
        '预期性',
        '2',
        '市级以上气象科普教育基地（个）',
        '11',
        '15',
        '预期性',
        '二、主要任务',
        '（一）健全机制。建立联席会议制度。（责任单位：市气象局）',
      ].join('\n'),
    );
    expect(indicators.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [20, '%', 2030],
      [15, '个', 2030],
    ]);
    const schedule = parsePlan(
      [
        '某图书馆2026年科普阅读推广工作计划',
        '一、重点工作',
        '（一）科学阅读营。举办寒暑假科学阅读营。（牵头部门：少儿服务部）',
        '（二）世界读书日活动。举办科普阅读嘉年华。（牵头部门：阅读推广部）',
        '二、全年活动安排',
        '月份',
        '活动名称',
        '活动形式',
        '责任部门',
        '1月',
        '科学阅读营（寒假季）',
        '科学实验+绘本共读',
        '少儿服务部',
        '4月',
        '世界读书日科普阅读嘉年华',
        '主题书展',
        '阅读分享会',
        '阅读推广部',
        '7月',
        '科学阅读营（暑假季）',
        '科学实验',
        '少儿服务部',
      ].join('\n'),
    );
    expect(schedule.tasks.map((t) => t.title)).toEqual(['科学阅读营', '世界读书日活动']);
    expect(schedule.milestones.map((m) => [m.year, m.due])).toEqual([
      [2026, '2026-01-31'],
      [2026, '2026-04-30'],
      [2026, '2026-07-31'],
    ]);
  });

  it('a copied PDF’s running head after each page number is no text; 各辖市、区… is one unit; 责任部室 a label; a table’s header repeated on the next page is read once', () => {
    const plan = parsePlan(
      [
        '梧岭县全民科学素质行动实施方案',
        '一、重点任务',
        '1.提升基础教育阶段科学教育水平。到2025年全县中小学科学教师培训覆',
        '— 2 —',
        '梧岭县全民科学素质行动实施方案',
        '盖率达到100%。',
        '责任单位：县教育局、县总',
        '— 3 —',
        '梧岭县全民科学素质行动实施方案',
        '工会、县科协',
        '2.加强健康科普。开展健康讲座。（市卫生健康委牵头，各辖市、区卫生健康局配合）',
        '3.强化政治引领。开展主题学习。（责任部室：办公室、组织人事部）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['提升基础教育阶段科学教育水平', ['县教育局', '县总工会', '县科协']],
      ['加强健康科普', ['市卫生健康委', '各辖市、区卫生健康局']],
      ['强化政治引领', ['办公室', '组织人事部']],
    ]);
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([[100, '%', 2025]]);
    const paged = parsePlan(
      [
        '某园区科普工作实施方案（2024—2025年）',
        '一、工作任务',
        '围绕上述目标，重点实施以下工作任务（详见下表）。',
        '序号',
        '主要任务',
        '牵头单位',
        '配合单位',
        '1',
        '加强青少年科技教育',
        '社会事业局',
        '园区科协',
        '— 6 —',
        '序号',
        '主要任务',
        '牵头单位',
        '配合单位',
        '2',
        '提升产业工人科学素质',
        '园区工会',
        '人力资源局',
        '— 7 —',
        '序号',
        '主要任务',
        '牵头单位',
        '配合单位',
        '3',
        '开展科普进社区活动',
        '园区科协',
        '各街道办事处',
      ].join('\n'),
    );
    expect(paged.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['加强青少年科技教育', ['社会事业局'], ['社会事业局', '园区科协']],
      ['提升产业工人科学素质', ['园区工会'], ['园区工会', '人力资源局']],
      ['开展科普进社区活动', ['园区科协'], ['园区科协', '各街道办事处']],
    ]);
  });

  it('the theme days an attachment names are the plan’s too; a goal stated in the text and again in a task table stays two', () => {
    const plan = parsePlan(
      [
        '某市2025年健康科普工作要点',
        '一、工作目标',
        '到2025年，建成省级科普教育基地3个。',
        '二、重点任务',
        '1.开展健康巡讲。每年开展巡讲活动不少于300场。（市卫生健康委负责）',
        '附件',
        '主要健康主题日',
        '| 序号 | 主题日 | 日期 |',
        '| 1 | 全国儿童预防接种日 | 4月25日 |',
        '| 2 | 全国爱牙日 | 9月20日 |',
        '重点任务分工表',
        '| 序号 | 主要任务 | 牵头单位 | 完成时限 |',
        '| 1 | 建成省级科普教育基地3个 | 市科协 | 2025年12月 |',
      ].join('\n'),
      { themeDayAliases: ['全国儿童预防接种日', '全国爱牙日'] },
    );
    expect(plan.themeDays).toEqual(expect.arrayContaining(['全国儿童预防接种日', '全国爱牙日']));
    expect(plan.targets.filter((t) => t.value === 3).length).toBe(2);
  });

  it('an item closed by 此项工作由X负责 names X; an indicator table of years one after another sets each year’s goals', () => {
    const plan = parsePlan(
      [
        '某区中小学科学教育工作方案',
        '一、工作目标',
        '| 指标 | 2024年 | 2025年 | 2026年 |',
        '| 区级科学教育特色学校（所） | 8 | 15 | 20 |',
        '二、重点任务',
        '1.加强科技社团党建。选树学会党建示范点2个。此项工作由学会部负责。',
        '2.弘扬科学家精神。组织宣传活动。此项工作由组宣部、学会部负责。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.units)).toEqual([['学会部'], ['组宣部', '学会部']]);
    expect(plan.targets.filter((t) => t.unit === '所').map((t) => [t.value, t.year])).toEqual([
      [8, 2024],
      [15, 2025],
      [20, 2026],
    ]);
  });

  it('a PDF table a cell per line, its cells wrapped: lines joined where they are as long as the column’s one-line cells or cut a name short; the last row up to its time', () => {
    const plan = parsePlan(
      [
        '某市科学教育工作方案',
        '一、重点举措',
        '（一）完善科学课程体系。开齐开足科学课程。',
        '（二）改进科学教学方式。强化实验教学。',
        '（三）加强科学教师队伍建设。实施全员培训。',
        '（四）推进数字化赋能科学教育。建设资源专区。',
        '附件',
        '重点任务清单',
        '序号',
        '重点任务',
        '牵头处室',
        '配合单位',
        '完成时限',
        '1',
        '完善科学课程体系',
        '基础教育处',
        '市教育科学研究院',
        '长期坚持',
        '2',
        '改进科学教学方式',
        '基础教育处',
        '市教育科学研究院、市教',
        '育装备中心',
        '2026年12月底前',
        '3',
        '加强科学教师队伍建',
        '设',
        '教师工作处',
        '人事处、基础教育处',
        '每年',
        '4',
        '推进数字化赋能科学',
        '教育',
        '科技与信息化处',
        '市电化教育馆',
        '2025年12月底前',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['完善科学课程体系', ['基础教育处'], ['基础教育处', '市教育科学研究院']],
      ['改进科学教学方式', ['基础教育处'], ['基础教育处', '市教育科学研究院', '市教育装备中心']],
      ['加强科学教师队伍建设', ['教师工作处'], ['教师工作处', '人事处', '基础教育处']],
      ['推进数字化赋能科学教育', ['科技与信息化处'], ['科技与信息化处', '市电化教育馆']],
    ]);
  });

  it('a task table a cell per line under a 任务类别 written once for its rows: a row whose first line is too long for a group’s name lacks the group’s cell', () => {
    const plan = parsePlan(
      [
        '某市防灾减灾宣传周科普宣传方案',
        '一、重点任务',
        '各单位按照分工表抓好落实。',
        '附件',
        '重点任务分工表',
        '序号',
        '任务类别',
        '具体任务',
        '牵头单位',
        '配合单位',
        '完成时限',
        '1',
        '集中宣传',
        '举办防灾减灾日主题宣传活动启动仪式',
        '市应急管理局',
        '市减灾委员会各成员单位',
        '5月12日',
        '2',
        '开展防灾减灾科普“五进”集中宣传活动',
        '市应急管理局',
        '市教育局、市民政局、市卫生',
        '健康委',
        '5月9日—15日',
        '3',
        '开展地震和气象灾害避险自救科普讲座活动',
        '市防震减灾服务中心',
        '市自然资源和规划局、市气象局',
        '宣传周期间',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['举办防灾减灾日主题宣传活动启动仪式', ['市应急管理局'], ['市应急管理局', '市减灾委员会各成员单位']],
      [
        '开展防灾减灾科普“五进”集中宣传活动',
        ['市应急管理局'],
        ['市应急管理局', '市教育局', '市民政局', '市卫生健康委'],
      ],
      [
        '开展地震和气象灾害避险自救科普讲座活动',
        ['市防震减灾服务中心'],
        ['市防震减灾服务中心', '市自然资源和规划局', '市气象局'],
      ],
    ]);
  });

  it('counts delivered by year-end (年底前评选…), printed (编印…5万册) or engaged from a pool (从…中聘请); a part on whom it recruits holds no tasks', () => {
    const plan = parsePlan(
      [
        '某县科普信息员工作方案',
        '一、招募对象',
        '（一）村（社区）干部、网格员。',
        '（二）中小学教师、医护人员。',
        '二、主要任务',
        '（一）选树典型。开展评选活动，年底前评选表扬优秀信息员100名、优秀组织单位10个。（县科协负责）',
        '（二）编印手册。编印发放《家庭应急科普手册》5万册。（县应急管理局负责）',
        '（三）结对帮带。从县乡农技人员、农业企业技术骨干和土专家田秀才中聘请产业导师30名。（县农业农村局负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['选树典型', '编印手册', '结对帮带']);
    expect(plan.targets.map((t) => [t.value, t.unit, t.taskSeq])).toEqual([
      [100, '名', 1],
      [10, '个', 1],
      [5, '万册', 2],
      [30, '名', 3],
    ]);
  });

  it('a page’s head as a table of labels and values gives the title; a hotline before the signature and a page footer spaced out (第 1 页 共 2 页) are no signature', () => {
    const page = parsePlan(
      [
        '| 索引号： | 11330302/2025-00031 | 组配分类： | 计划方案 |',
        '| 发布机构： | 东陵市生态环境局青屿分局 | 主题分类： | 环境保护 |',
        '| 名称： | 青屿区2025年六五环境日宣传活动方案 | 文号： | 无 |',
        '青屿区2025年六五环境日宣传活动方案',
        '一、活动内容',
        '1.举办主场宣传活动。（区生态环境分局负责）',
      ].join('\n'),
    );
    expect(page).toMatchObject({ title: '青屿区2025年六五环境日宣传活动方案', region: '青屿区' });
    const signed = parsePlan(
      [
        '新桥社区2025年科普工作计划',
        '一、工作内容',
        '1.举办科普讲座12场。（社区科普志愿者服务队负责）',
        '社区科普服务热线：0596-3326017',
        '桂园街道新桥社区居民委员会',
        '2025年1月8日',
        '第 1 页 共 2 页',
      ].join('\n'),
    );
    expect(signed).toMatchObject({ issuer: '桂园街道新桥社区居民委员会', issuedOn: '2025-01-08' });
  });

  it('a contest notice: its categories and how to apply hold no tasks, its 职责分工 items are its tasks; funds allocated each year and a count delivered 年内在全市… are targets', () => {
    const plan = parsePlan(
      [
        '关于举办第41届某市青少年科技创新大赛的通知',
        '一、竞赛项目',
        '（一）青少年科技创新成果竞赛。设5个学科。',
        '（二）科技辅导员科技教育创新成果竞赛。',
        '二、申报办法',
        '（一）所有项目实行网上申报。',
        '三、职责分工',
        '1.做好大赛总体组织。制定大赛实施细则。（市科协牵头，市教育局参与）',
        '2.做好科学调查体验活动。年内在全市培育科学调查体验活动示范校20所。（团市委负责）',
        '四、保障措施',
        '（一）强化经费保障。省级财政每年安排科普惠农专项资金3000万元，鼓励社会资本参与。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title])).toEqual([
      ['main', '做好大赛总体组织'],
      ['main', '做好科学调查体验活动'],
    ]);
    expect(plan.targets.map((t) => [t.value, t.unit, t.recurrence])).toEqual([
      [20, '所', null],
      [3000, '万元', 'annual'],
    ]);
  });

  it('a tab-separated row wrapped inside a cell joined by its count of cells; an indicator’s total over the period in brackets (〔100〕); a cell-per-line row’s names wrapped after 、 joined in a row short of cells; a year opening a clause after a colon', () => {
    const plan = parsePlan(
      [
        '某区科普工作方案（2026—2030年）',
        '一、主要目标',
        '具体目标为：2026年，建成应急科普教育基地8个；2027年，基地累计达到16个。',
        '| 序号 | 指标名称 | 单位 | 2025年基数 | 2030年目标 | 属性 |',
        '| 1 | 自主研发展品数量 | 件 | 〔42〕 | 〔100〕 | 预期性 |',
        '二、重点任务',
        '（一）开展常态化科普活动。每月组织开展主题科普活动。',
        '（二）推进科技助力乡村振兴。引导农技协开展科技服务。',
        '附件',
        '任务分解表',
        '序号\t重点任务\t工作内容\t牵头单位\t配合单位\t完成时限',
        '1\t开展常态化科普活动\t围绕居民关注主题，每月开展主题',
        '科普活动\t区科协\t区教育局、区卫健委\t长期坚持',
        '附件2',
        '分工表',
        '序号',
        '重点任务',
        '具体措施',
        '牵头单位',
        '责任单位',
        '1',
        '农民科学素质提升行动',
        '实施高素质农民培育计划。开展农业实用技术培训。',
        '区农业农村局',
        '区科协、区林业局',
        '2',
        '推进科技助力乡村振兴。引导农技协开展科技服务。',
        '区科技局',
        '区科协、区供销社、',
        '各街道办事处',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['开展常态化科普活动', ['区科协'], ['区科协', '区教育局', '区卫健委']],
      ['推进科技助力乡村振兴', ['区科技局'], ['区科技局', '区科协', '区供销社', '各街道办事处']],
      ['实施高素质农民培育计划', ['区农业农村局'], ['区农业农村局', '区科协', '区林业局']],
    ]);
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual(
      expect.arrayContaining([
        [8, '个', 2026],
        [16, '个', 2027],
        [100, '件', 2030],
      ]),
    );
    expect(plan.targets).toHaveLength(3);
  });

  it('an indicator table a cell per line copied from a PDF: its header across a page number, 2025年基数 a baseline, each line where it can stand (values in the years’ columns), its last row up to the heading after it', () => {
    const plan = parsePlan(
      [
        '某县全民科学素质行动实施方案（2026—2030年）',
        '一、主要指标',
        '序号',
        '指标名称',
        '2025年基数',
        '— 2 —',
        '2030年目标',
        '责任单位',
        '1',
        '公民具备科学素质的',
        '比例（%）',
        '12.4',
        '17',
        '县科协、县科学素质',
        '工作领导小组各成员',
        '单位',
        '2',
        '每万人口注册科技志',
        '愿者数（人）',
        '41',
        '≥60',
        '县科协、团县委、县',
        '文明办',
        '3',
        '中小学科技辅导员数',
        '量（名）',
        '260',
        '≥400',
        '县教育局、县科协',
        '二、重点任务',
        '（一）加强学校科学教育。配齐科学教师。（县教育局负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.metric, t.value, t.unit, t.year])).toEqual([
      ['公民具备科学素质的比例', 17, '%', 2030],
      ['每万人口注册科技志愿者数', 60, '人', 2030],
      ['中小学科技辅导员数量', 400, '名', 2030],
    ]);
  });

  it('a Word table’s rows holding only the tails of names wrapped in unit cells (省人力资源社 / 会保障厅) join the row above; a note how units share the work (（按职责分工）) names none; where lines are paragraphs, a unit line ends before the sentence after it', () => {
    const plan = parsePlan(
      [
        '某省2026年全民科学素质工作要点',
        '一、重点任务',
        '（一）推进科普信息化。办好融媒体平台。',
        '（二）开展职业技能提升行动。开展职业技能培训。',
        '（三）培育行业特色科普基地。支持行业部门建设基地。',
        '牵头单位：省工业和信息化厅、省林业局（按职责分工）',
        '（四）加强调查研究。开展专题调研。',
        '【责任单位】办公室、学会部',
        '各科室、各市科协要对照本要点，细化工作举措，于2026年3月15日前报送工作计划。',
        '附件',
        '任务分工表',
        '| 序号 | 重点任务 | 牵头单位 | 配合单位 |',
        '| 1 | 推进科普信息化 | 省科协 | 省委网信办、省广播电 |',
        '|  |  |  | 视局、山西广播电视台 |',
        '| 2 | 开展职业技能提升行动 | 省人力资源社 | 省总工会 |',
        '|  |  | 会保障厅 |  |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['推进科普信息化', ['省科协'], ['省科协', '省委网信办', '省广播电视局', '山西广播电视台']],
      ['开展职业技能提升行动', ['省人力资源社会保障厅'], ['省人力资源社会保障厅', '省总工会']],
      ['培育行业特色科普基地', ['省工业和信息化厅', '省林业局'], ['省工业和信息化厅', '省林业局']],
      ['加强调查研究', [], ['办公室', '学会部']],
    ]);
  });

  it('dated steps: a schedule a cell per line whose rows open with a span of months (2—3月), quarters in a span (2025年第三季度至第四季度：), and a second deadline after a comma (…，11月30日前报送…)', () => {
    const plan = parsePlan(
      [
        '某镇2026年科普工作计划',
        '一、重点工作',
        '1、开展科普活动。组织科普集市。（镇科协负责）',
        '二、全年科普活动安排',
        '时间',
        '活动内容',
        '责任单位',
        '2—3月',
        '开展冬春农业技术培训',
        '镇农业综合服务中心',
        '5月',
        '组织科技活动周宣传活动',
        '镇科协',
        '三、时间安排',
        '2025年第三季度至第四季度：各村制定具体实施计划。',
        '2026年第二季度至2027年第三季度：深入推进各项任务。',
        '四、工作要求',
        '请各村于2026年6月30日前报送上半年工作进展情况，11月30日前报送全年工作总结。',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => [m.year, m.text.slice(0, 8)])).toEqual(
      expect.arrayContaining([
        [2026, '开展冬春农业技术'],
        [2026, '组织科技活动周宣'],
        [2025, '2025年第三季'],
        [2026, '2026年第二季'],
        [2026, '请各村于2026'],
        [2026, '11月30日前报'],
      ]),
    );
  });

  it('a responsibility letter: its numbered 责任目标 rows are tasks without a unit column, its header repeated after a page read once, 考核办法 a schedule, its 编号 line no title', () => {
    const plan = parsePlan(
      [
        '责任书编号：BT2025-KP-07',
        '北塘区2025年度科普工作目标责任书',
        '一、责任目标',
        '具体责任目标及分值如下：',
        '| 类别 | 序号 | 责任目标 | 分值 | 考核方式 |',
        '| 组织建设 | 1 | 落实科普工作经费。在街道年度预算中安排科普工作经费不少于8万元。 | 5 | 查阅预算 |',
        '|  | 2 | 加强科协基层组织建设。新建基层科协组织不少于2个。 | 4 | 查阅资料 |',
        '— 2 —',
        '| 类别 | 序号 | 责任目标 | 分值 | 考核方式 |',
        '| 科普活动 | 3 | 开展科普讲座和培训。举办科普讲座不少于8场。 | 8 | 查阅签到表 |',
        '二、考核办法',
        '（一）自查自评。乙方应于2025年12月15日前开展自查自评。',
        '（二）年终考核。甲方于2026年1月组织年终考核。',
      ].join('\n'),
    );
    expect(plan.title).toBe('北塘区2025年度科普工作目标责任书');
    expect(plan.tasks.map((t) => t.title)).toEqual(['落实科普工作经费', '加强科协基层组织建设', '开展科普讲座和培训']);
    expect(plan.targets.map((t) => [t.value, t.unit])).toEqual([
      [8, '万元'],
      [2, '个'],
      [8, '场'],
    ]);
    expect(plan.milestones.map((m) => m.year)).toEqual([2025, 2026]);
  });

  it('an event plan: its 组织机构 holds no tasks, an item’s fields numbered as items (1.时间：… 4.负责部门：…) are its text, a table’s 主题活动 names its rows (theme days read there), and a table of stations dates its rows', () => {
    const plan = parsePlan(
      [
        '某中学第十二届校园科技节活动方案',
        '一、组织机构',
        '（一）科技节领导小组',
        '组长：陈建国（校长）',
        '（二）科技节工作小组',
        '领导小组下设办公室。',
        '二、活动内容',
        '（一）科技节开幕式暨专家科普讲座',
        '1.时间：5月12日升旗仪式后',
        '2.地点：学校田径场',
        '3.负责部门：政教处、科技教育中心',
        '（二）科学幻想画比赛',
        '1.对象：初一、初二年级学生',
        '2.牵头部门：艺术教研组；配合部门：初一年级组',
        '三、全年主题活动安排',
        '| 月份 | 主题活动 | 主要内容 | 责任部门 |',
        '| 2月 | “世界湿地日”主题宣传 | 开展湿地知识有奖问答 | 科普宣教科 |',
        '附件',
        '巡展安排表',
        '| 序号 | 巡展站点 | 巡展时间 | 承办单位 |',
        '| 1 | 兰州市永登县 | 2025年3月10日—5月9日 | 永登县科协 |',
      ].join('\n'),
      { themeDayAliases: ['世界湿地日'] },
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['科技节开幕式暨专家科普讲座', [], ['政教处', '科技教育中心']],
      ['科学幻想画比赛', ['艺术教研组'], ['艺术教研组', '初一年级组']],
    ]);
    expect(plan.themeDays).toContain('世界湿地日');
    expect(plan.milestones.map((m) => m.year)).toContain(2025);
  });

  it('an indicator table a cell per line whose year cell wraps its kind (2023年 / （基数）) and whose last row reaches the heading past a page number; a unit’s other name in brackets (县精神卫生中心（县第二人民医院）) is no unit of its own', () => {
    const plan = parsePlan(
      [
        '某区智慧助老行动方案（2024—2026年）',
        '一、主要指标',
        '序号',
        '指标',
        '2023年',
        '（基数）',
        '2024年',
        '2025年',
        '2026年',
        '1',
        '老年数字技能培训',
        '点（个）',
        '18',
        '25',
        '32',
        '40',
        '2',
        '老年人智能手机基本',
        '应用掌握率（%）',
        '38',
        '45',
        '55',
        '65',
        '－ 3 －',
        '二、重点任务',
        '（一）加强心理健康科普。开展心理健康讲座。',
        '责任单位：县精神卫生中心（县第二人民医院）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([
      [25, 2024],
      [32, 2025],
      [40, 2026],
      [45, 2024],
      [55, 2025],
      [65, 2026],
    ]);
    expect(plan.tasks.map((t) => t.units)).toEqual([['县精神卫生中心（县第二人民医院）']]);
  });

  it('an indicator table a cell per line of metrics and their years’ values only, a metric’s name wrapped (扶持科普短视频 / （部）)', () => {
    const plan = parsePlan(
      [
        '某市科普创作扶持计划（2026—2028年）',
        '一、主要目标',
        '表1　主要指标年度安排',
        '指标',
        '2026年',
        '2027年',
        '2028年',
        '扶持科普短视频',
        '（部）',
        '100',
        '110',
        '120',
        '科普创作培训（人次）',
        '200',
        '250',
        '300',
        '二、扶持方向',
        '（一）科普短视频。重点扶持原创系列短视频。（市科协负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.metric, t.value, t.unit, t.year])).toEqual([
      ['扶持科普短视频', 100, '部', 2026],
      ['扶持科普短视频', 110, '部', 2027],
      ['扶持科普短视频', 120, '部', 2028],
      ['科普创作培训', 200, '人次', 2026],
      ['科普创作培训', 250, '人次', 2027],
      ['科普创作培训', 300, '人次', 2028],
    ]);
  });

  it('a list closing with what its units do (（区健康教育所、区疾控中心负责技术指导和质量评估）) names organizations only', () => {
    expect(units('严禁借巡讲推销药品。（区健康教育所、区疾控中心负责技术指导和质量评估）').units).toEqual([
      '区健康教育所',
      '区疾控中心',
    ]);
    expect(units('分批推进。（志愿者负责技术指导和质量评估）').units).toEqual([]);
  });

  it('the lead rule naming offices (列第一位的为牵头科室（单位），…下同) leads each list with its first', () => {
    const plan = parsePlan(
      [
        '某市2025年世界水日中国水周宣传活动方案',
        '四、活动内容',
        '各项活动责任科室（单位）中，列第一位的为牵头科室（单位），其余为配合科室（单位），下同。',
        '（一）举办主题宣传活动。在市民广场举办宣传活动。',
        '责任科室：办公室、水资源科',
        '（二）开展节水进校园。组织节水课堂。',
        '责任科室：节约用水科、市教育局',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([['办公室'], ['节约用水科']]);
  });

  it('a report: its 2027年工作安排 holds the coming year’s tasks, and an attached table of indicators against their results (序号 | 指标 | 2026年计划 | 2026年完成) sets no tasks', () => {
    const plan = parsePlan(
      [
        '某县2026年全民科学素质工作情况和2027年工作安排的报告',
        '一、2026年工作完成情况',
        '（一）组织保障有力有序。全年召开领导小组全体会议2次。',
        '二、2027年工作安排',
        '1.开展青少年科学素质提升行动。新建校园科技馆3个。（县教育局、县科协牵头，团县委配合）',
        '2.开展农民科学素质提升行动。培训高素质农民500人以上。（县农业农村局牵头，县科协配合）',
        '附件',
        '主要指标完成情况',
        '| 序号 | 指标 | 2026年计划 | 2026年完成 |',
        '| 1 | 社区（村）科普e站（个） | 90 | 96 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits])).toEqual([
      ['开展青少年科学素质提升行动', ['县教育局', '县科协']],
      ['开展农民科学素质提升行动', ['县农业农村局']],
    ]);
  });

  it('a 组织分工 part, each body’s duties under its name, is a part of duties: no main tasks', () => {
    const plan = parsePlan(
      [
        '某省2026年青少年高校科学营活动方案',
        '一、活动内容',
        '（一）举办高校常规营。组织营员走进高校实验室。（省科协负责）',
        '二、组织分工',
        '（一）省青少年科技教育中心：负责营员报名、营期组织和安全保障。',
        '（二）各承办单位：负责营期活动的具体实施。',
      ].join('\n'),
    );
    expect(plan.tasks.filter((t) => t.part === 'main').map((t) => t.title)).toEqual(['举办高校常规营']);
  });

  it('a list set off by a dash closing an item (…颁奖。——德育处、大队部) names its units, and stays out of a title', () => {
    const plan = parsePlan(
      [
        '某小学2026年校园科技节活动方案',
        '六、活动内容',
        '（一）启动仪式',
        '1.4月20日举行科技节启动仪式，校长作动员讲话。——德育处、大队部',
        '2.各班召开主题班会，4月24日前完成。——各班班主任',
        '（二）科技竞赛',
        '1.纸飞机留空赛——体育教研组、科学教研组',
        '——开展科普讲座',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['4月20日举行科技节启动仪式，校长作动员讲话', ['德育处', '大队部']],
      ['各班召开主题班会，4月24日前完成', ['各班班主任']],
      ['纸飞机留空赛', ['体育教研组', '科学教研组']],
    ]);
  });

  it('a stage opening a line (第二阶段：组织实施) is a paragraph of its own where lines are paragraphs', () => {
    const plan = parsePlan(
      [
        '某小学2026年校园科技节活动方案',
        '六、活动内容',
        '第一阶段：宣传发动',
        '（一）营造氛围。开设科普专栏。——信息技术组、大队部',
        '第二阶段：组织实施',
        '（二）科学幻想画比赛。一至六年级参加。——美术教研组',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.text, t.units])).toEqual([
      ['营造氛围', '开设科普专栏。——信息技术组、大队部\n第二阶段：组织实施', ['信息技术组', '大队部']],
      ['科学幻想画比赛', '一至六年级参加。——美术教研组', ['美术教研组']],
    ]);
  });

  it('an attached division table whose rows restate the headings grouping the text’s tasks adds no tasks', () => {
    const plan = parsePlan(
      [
        '某区全民科学素质行动规划纲要实施方案（2026—2030年）',
        '二、重点任务',
        '（一）青少年科学素质提升行动',
        '1.将科学精神培育贯穿教育全过程。（区教育局牵头，区科协负责）',
        '2.开展青少年科技创新活动。（区科协牵头，团区委负责）',
        '（二）农民科学素质提升行动',
        '1.培育高素质农民。（区农业农村局牵头，区科协负责）',
        '附件',
        '重点任务分工表',
        '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |',
        '| 1 | 青少年科学素质提升行动 | 区教育局 | 区科协、团区委 | 2030年 |',
        '| 2 | 农民科学素质提升行动 | 区农业农村局 | 区科协 | 2030年 |',
        '| 3 | 科普信息化提升工程 | 区委宣传部 | 区科协 | 2028年 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual([
      '将科学精神培育贯穿教育全过程',
      '开展青少年科技创新活动',
      '培育高素质农民',
      '科普信息化提升工程',
    ]);
  });

  it('a training’s 培训内容 holds no tasks; a schedule a cell per line by stage (阶段 / 时间 / 主要工作) dates its rows, its header no part', () => {
    const plan = parsePlan(
      [
        '某县高素质农民培育实施方案（2026—2028年）',
        '四、培训内容',
        '（一）经营管理型。重点开展农业政策法规、市场营销培训。',
        '（二）专业生产型。围绕水稻单产提升开展培训。',
        '五、重点工作',
        '（一）实施粮油生产技能提升培训。每年培训300人。（县农业技术推广中心负责）',
        '六、进度安排',
        '阶段',
        '时间',
        '主要工作',
        '遴选准备',
        '2026年2月—3月',
        '制定年度培训计划，开展培训需求调研',
        '总结评估',
        '2028年11月',
        '开展三年培育工作总结评估',
        '七、保障措施',
        '（一）落实资金保障。严格执行培育补助标准。（县财政局负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title])).toEqual([
      ['main', '实施粮油生产技能提升培训'],
      ['guarantee', '落实资金保障'],
    ]);
    expect(plan.milestones.map((m) => m.year)).toEqual([2026, 2028]);
  });

  it('the lead rule in the sentence bringing in a table (任务分解如下（责任单位中列第一位的为牵头单位）：) leads its rows', () => {
    const plan = parsePlan(
      [
        '某县创建全国科普示范县工作方案',
        '四、任务分解',
        '创建工作任务分解如下（责任单位中列第一位的为牵头单位）：',
        '| 序号 | 任务 | 责任单位 | 完成时限 |',
        '| 1 | 健全科普工作组织体系 | 县科协、县委组织部 | 2026年4月底前 |',
        '| 2 | 建设县级科技馆 | 县发展改革局、县科协 | 2027年6月底前 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([['县科协'], ['县发展改革局']]);
  });

  it('a period stated as the work’s cycle (创建周期为2026年3月至2027年10月)', () => {
    const plan = parsePlan(
      [
        '某县创建全国科普示范县工作方案',
        '一、创建目标',
        '创建周期为2026年3月至2027年10月。到2027年底，建成县级科技馆1座。',
        '二、重点任务',
        '（一）建设县级科技馆。（县科协负责）',
      ].join('\n'),
    );
    expect(plan.period).toEqual({ start: 2026, end: 2027 });
  });

  it('a count over the whole period (三年累计培育1800人) is due by the span opening its sentence, not yearly', () => {
    const plan = parsePlan(
      [
        '某县高素质农民培育实施方案（2026—2028年）',
        '二、目标任务',
        '2026—2028年，全县每年培育高素质农民600人左右，三年累计培育1800人以上。',
        '三、重点工作',
        '（一）开展培训。（县农业农村局负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year, t.recurrence])).toEqual([
      [600, null, 'annual'],
      [1800, 2028, null],
    ]);
  });

  it('a table row filling a content cell alone with a few words ends the sentence of the row above (… / 不少于300件)', () => {
    const plan = parsePlan(
      [
        '某市2026年全民科学素质行动工作任务分工',
        '| 序号 | 重点任务 | 具体工作 | 牵头单位 | 完成时限 |',
        '| 1 | 科普信息化提升工程 | 建设科普云平台，全年发布原创科普作品 | 市科协 | 2026年12月底前 |',
        '|  |  | 不少于300件 |  |  |',
        '| 2 |  | 开展科学辟谣和应急科普。 | 市科协 | 全年 |',
        '|  |  | 组织科普讲座 |  |  |',
      ].join('\n'),
    );
    // (a cell closing its sentence goes on with none: 组织科普讲座 is a row of its own)
    expect(plan.tasks.map((t) => t.title)).toEqual([
      '建设科普云平台，全年发布原创科普作品不少于300件',
      '开展科学辟谣和应急科普',
    ]);
    expect(plan.targets.map((t) => [t.value, t.unit])).toEqual([[300, '件']]);
  });

  it('a year of the plan’s period names no past (举办2026年全市防灾减灾宣传周 in a plan for 2026)', () => {
    const plan = parsePlan(
      [
        '某市2026年防灾减灾宣传周活动方案',
        '四、活动内容',
        '（一）启动仪式。5月12日举办2026年全市防灾减灾宣传周启动仪式，现场发放宣传资料5000份以上。（市应急管理局负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit])).toEqual([[5000, '份']]);
  });

  it('a table captioned as a schedule (…活动安排表) beside the text’s tasks dates its rows, and sets no tasks', () => {
    const plan = parsePlan(
      [
        '关于开展2026年文化科技卫生“三下乡”集中示范活动的通知',
        '二、活动内容',
        '（一）科技科普下乡。组织科普大篷车巡展。',
        '牵头单位：县科协',
        '附件',
        '青峪县2026年“三下乡”集中示范活动安排表',
        '| 序号 | 乡镇 | 时间 | 内容 | 责任单位 |',
        '| 1 | 石门镇 | 1月29日上午 | 启动仪式、文艺演出 | 县文明办、县科协 |',
        '| 2 | 龙潭乡 | 2月3日 | 科普大篷车巡展 | 县科协 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['科技科普下乡']);
    expect(plan.milestones.map((m) => m.year)).toEqual([2026, 2026]);
  });

  it('a table row of a numeral and a title (| 一 | 防震减灾科普进学校 | | |) groups the rows below it', () => {
    const plan = parsePlan(
      [
        '某市2026年防震减灾科普宣传活动方案',
        '四、任务分工',
        '| 序号 | 工作内容 | 责任单位 | 完成时间 |',
        '| 一 | 防震减灾科普进学校 | | |',
        '| 1 | 开展“开学第一课”防震减灾专题教育。 | 市教育局、市地震局 | 2026年9月30日前 |',
        '| 二 | 防震减灾科普进社区 | | |',
        '| 1 | 开展社区地震应急演练。 | 各街道办事处 | 2026年7月底前 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.path.at(-1), t.title])).toEqual([
      ['防震减灾科普进学校', '开展“开学第一课”防震减灾专题教育'],
      ['防震减灾科普进社区', '开展社区地震应急演练'],
    ]);
  });

  it('a survey’s 抽样方法 and a contest’s 比赛分组 hold no tasks', () => {
    const plan = parsePlan(
      [
        '2026年某省公民科学素质监测评估工作方案',
        '三、抽样方法',
        '（一）抽样设计。采用分层多阶段抽样。',
        '四、比赛分组',
        '（一）成人组。面向科普工作者。',
        '五、主要任务',
        '（一）开展全省公民科学素质抽样调查。（省科协、省统计局负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['开展全省公民科学素质抽样调查']);
  });

  it('an indicator table a cell per line with 属性, its year cells wrapped over their kind (2025年 / （基期值）)', () => {
    const plan = parsePlan(
      [
        '某区“十五五”科技创新规划（2026—2030年）',
        '类别',
        '指标',
        '2025年',
        '（基期值）',
        '2030年',
        '（目标值）',
        '属性',
        '创新投入',
        '全社会研发经费投入强度（%）',
        '3.1',
        '4.2',
        '预期性',
        '国家高新技术企业数量（家）',
        '980',
        '1500',
        '预期性',
        '一、重点任务',
        '（一）培育创新主体。（区科技局负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [4.2, '%', 2030],
      [1500, '家', 2030],
    ]);
  });

  it('a table sharing counts among places (| 区县 | 2026年底注册总数（名） |) sets a target per place, not for 合计', () => {
    const plan = parsePlan(
      [
        '某市科普中国信息员队伍建设工作方案',
        '一、主要措施',
        '（一）加强注册推广。（市科协负责）',
        '附件',
        '| 序号 | 区县 | 2026年底注册总数（名） |',
        '| 1 | 滨湖区 | 26000 |',
        '| 2 | 城南区 | 30000 |',
        '| 合计 | | 56000 |',
        '宣讲活动任务分配表',
        '| 序号 | 单位 | 宣讲场次（不少于，场） | 备注 |',
        '| 1 | 青州市 | 40 | 含线上宣讲 |',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year, t.comparator])).toEqual([
      [26000, '名', 2026, '='],
      [30000, '名', 2026, '='],
      [40, '场', null, '>='],
    ]);
  });

  it('in a plan for one year, a table’s column of the year restating a target of the text is one target', () => {
    const plan = parsePlan(
      [
        '某县科协2025年工作总结和2026年工作计划',
        '二、2026年工作计划',
        '1.精心组织科普活动，全年开展各类科普活动350场次以上。（县科协负责）',
        '附件',
        '| 序号 | 指标 | 2025年完成 | 2026年目标 | 责任部门 |',
        '| 1 | 科普活动场次 | 326场次 | 350场次以上 | 科普部 |',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.taskSeq])).toEqual([[350, '场次', 1]]);
  });

  it('a count pushed a year (年推送…600条) is yearly; study sessions however written (集中学习不少于12次) a routine', () => {
    const found = findTargets(
      '持续办好微信公众号，年推送科普信息不少于600条。全年开展集中学习不少于12次。',
      ctx,
      false,
    );
    expect(found.map((t) => [t.value, t.recurrence])).toEqual([[600, 'annual']]);
  });

  it('joint issuers ending as unions and federations do (某市总工会　某市科学技术协会) are two', () => {
    const plan = parsePlan(
      [
        '某市总工会',
        '某市科学技术协会',
        '某工〔2026〕12号',
        '关于印发《某市产业工人科学素质提升行动方案（2026—2028年）》的通知',
        '各县市区总工会、科协：',
        '现印发给你们，请认真贯彻落实。',
        '某市总工会　　　　　　某市科学技术协会',
        '2026年3月18日',
        '某市产业工人科学素质提升行动方案（2026—2028年）',
        '一、重点任务',
        '（一）开展职工技术创新活动。（市总工会牵头，市科协配合）',
      ].join('\n'),
    );
    expect(plan.issuer).toBe('某市总工会、某市科学技术协会');
  });

  it('a 分工 part whose items each open with their units (（一）县科协：负责…) is a part of duties, each item’s units its own', () => {
    const plan = parsePlan(
      [
        '某县2025年中国流动科技馆巡展工作方案',
        '一、巡展安排',
        '巡展分四站进行，每站展出两个月。',
        '二、工作分工',
        '（一）县科协：作为牵头单位，负责巡展工作的总体策划和组织协调。',
        '（二）县委宣传部、县融媒体中心：负责巡展的宣传报道工作。',
        '（三）县教育局：负责组织中小学校分批次参观巡展。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title.slice(0, 12), t.units])).toEqual([
      ['main', '县科协：作为牵头单位，负', ['县科协']],
      ['main', '县委宣传部、县融媒体中心', ['县委宣传部', '县融媒体中心']],
      ['main', '县教育局：负责组织中小学', ['县教育局']],
    ]);
  });

  it('rules in articles set tasks in a chapter of them (第三章　创建任务 / 第六条 … / （一）…（县科协牵头）)', () => {
    const articles = Array.from({ length: 5 }, (_, i) => `第${'一二三四五'[i]}条　本办法所称示范县，是指……。`);
    const plan = parsePlan(
      [
        '某省科普示范县创建评价办法',
        '第一章　总　　则',
        ...articles,
        '第三章　创建任务',
        '第六条　创建单位应当在示范期内完成以下重点任务：',
        '（一）健全组织领导体系。将公民科学素质建设纳入年度目标考核。（县人民政府牵头，县科协负责）',
        '（二）完善科普基础设施。建成至少1个县级科技馆。（县科协负责）',
        '第四章　评价程序',
        '第七条　评价每年开展一次。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['健全组织领导体系', ['县人民政府', '县科协']],
      ['完善科普基础设施', ['县科协']],
    ]);
  });

  it('a 开放时间和地点 part holds no tasks; a …工作推进表 is a schedule; a table of counts per 街道 reads its goal columns, not what each has now or a part of them', () => {
    const plan = parsePlan(
      [
        '某市气象局2025年世界气象日气象科普开放日活动方案',
        '四、开放时间和地点',
        '（一）开放时间。3月23日上午9:00—12:00。',
        '（二）开放地点。市气象局业务楼。',
        '五、活动内容',
        '（一）参观气象观测场。（观测与网络科负责）',
        '附件',
        '重点工作推进表',
        '| 序号 | 工作内容 | 完成时间 | 牵头处室 |',
        '| 1 | 召开工作推进会 | 2025年3月 | 办公室 |',
        '各街道（镇）服务队建设任务如下：',
        '| 序号 | 街道（镇） | 现有服务队（支） | 2025年底目标（支） | 其中新组建（支） |',
        '| 1 | 青岩街道 | 3 | 6 | 3 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['参观气象观测场']);
    expect(plan.milestones.map((m) => m.year)).toEqual([2025]);
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([[6, '支', 2025]]);
  });

  it('a report’s table of counts done per place (| 县（市、区） | 媒体报道（篇） |) sets no targets', () => {
    const plan = parsePlan(
      [
        '某市2026年全国科普日活动总结报告',
        '一、下一步工作打算',
        '1.加强科普资源建设，到2027年全市科普教育基地达到60个。（市科协负责）',
        '附件1',
        '某市2026年全国科普日活动情况统计表',
        '| 县（市、区） | 活动项数（项） | 媒体报道（篇） |',
        '| 东湖区 | 52 | 9 |',
        '| 西岭区 | 47 | 8 |',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([[60, 2027]]);
  });
  it('a task table row broken off after a comma goes on in the row below with its units; a part of dated phases is a schedule', () => {
    const plan = parsePlan(
      [
        '某县农民科学素质提升行动实施方案（2025—2027年）',
        '一、重点任务',
        '| 序号 | 工作任务 | 牵头单位 | 配合单位 |',
        '| 1 | 实施农村科普带头人培育计划。培训农村科普带头人3000人次以上， | 县科协 | 县农业农村局、县妇联、 |',
        '|  | 推动每个行政村至少有1名科普带头人。 |  | 县供销社 |',
        '| 2 | 实施高素质农民培育工程。 | 县农业农村局 | 县人社局 |',
        '二、分年度推进',
        '（一）启动部署阶段（2025年6月—8月）。制定年度工作计划。',
        '（二）全面实施阶段（2025年9月—2026年12月）。全面落实各项重点任务。',
        '（三）总结评估阶段（2027年11月—12月）。开展行动终期评估。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['实施农村科普带头人培育计划', ['县科协', '县农业农村局', '县妇联', '县供销社']],
      ['实施高素质农民培育工程', ['县农业农村局', '县人社局']],
    ]);
    expect(plan.tasks[0]!.text).toContain('推动每个行政村至少有1名科普带头人');
    expect(plan.milestones.map((m) => [m.year, m.due])).toEqual([
      [2025, '2025-08-31'],
      [2025, '2026-12-31'],
      [2027, null],
    ]);
  });

  it('a table under 时间安排 is a schedule even where the text sets no tasks; entrant groups (小学组：…) are their item’s text', () => {
    const rules = parsePlan(
      [
        '某省科普教育基地认定和管理办法',
        '第一条　为规范科普教育基地的认定和管理，制定本办法。',
        '第二条　本办法自2026年3月1日起施行。',
        '附件2',
        '2026年度科普教育基地申报工作安排',
        '一、时间安排',
        '| 时间 | 工作内容 | 责任单位 |',
        '| 2026年3月1日—4月15日 | 单位申报 | 申报单位 |',
        '| 2026年7月 | 公示、命名授牌 | 省科协 |',
      ].join('\n'),
    );
    expect(rules.tasks).toEqual([]);
    expect(rules.milestones.map((m) => m.year)).toEqual([2026, 2026]);
    const contest = parsePlan(
      [
        '关于举办某市青少年科技创新大赛的通知',
        '一、比赛项目',
        '（一）青少年科技创新成果竞赛。面向全市中小学生，按学段分组进行：',
        '1.小学组：学生个人或集体完成的科学探究类项目。',
        '2.初中组：学生个人或集体完成的学科类项目。',
        '承办单位：市青少年科技教育中心',
        '（二）少年儿童科学幻想绘画比赛。面向6至12周岁少年儿童。',
        '承办单位：市少年宫（牵头）、市妇联儿童工作部',
      ].join('\n'),
    );
    expect(contest.tasks.map((t) => [t.title, t.units])).toEqual([
      ['青少年科技创新成果竞赛', ['市青少年科技教育中心']],
      ['少年儿童科学幻想绘画比赛', ['市少年宫', '市妇联儿童工作部']],
    ]);
    expect(contest.tasks[0]!.text).toContain('初中组：');
  });

  it('a title wrapped after a quoted name (青溪区2026年“5·12”防灾减灾日 / 宣传周活动方案) is read whole', () => {
    const plan = parsePlan(
      [
        '某市青溪区应急管理局',
        '青溪区2026年“5·12”防灾减灾日',
        '宣传周活动方案',
        '2026年5月12日是我国第18个全国防灾减灾日。',
        '一、主要活动',
        '（一）开展防灾减灾宣传。组织宣传活动。（责任科室：宣传科）',
      ].join('\n'),
    );
    expect(plan.title).toBe('青溪区2026年“5·12”防灾减灾日宣传周活动方案');
  });
  it('an attachment listing numbered tasks with their units holds the tasks of a notice that sets none; a 培训时间和地点 part dates the training', () => {
    const plan = parsePlan(
      [
        '关于调整某区全民科学素质工作领导小组成员单位职责分工的通知',
        '一、成员单位职责分工',
        '区教育局：负责青少年科学素质提升工作。',
        '区科协：承担领导小组办公室日常工作。',
        '二、培训时间和地点',
        '（一）培训时间：2025年6月10日至12日。',
        '（二）培训地点：区科技馆。',
        '附件',
        '2025年某区全民科学素质工作重点任务分工',
        '1.深入开展青少年科技创新活动。举办青少年科技创新大赛。（牵头单位：区教育局；责任单位：区科协）',
        '2.实施农民科学素质提升行动。全年培训高素质农民300人以上。（牵头单位：区农业农村局；责任单位：区科协）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['深入开展青少年科技创新活动', ['区教育局'], ['区教育局', '区科协']],
      ['实施农民科学素质提升行动', ['区农业农村局'], ['区农业农村局', '区科协']],
    ]);
    expect(plan.milestones.map((m) => m.year)).toEqual([2025]);
  });

  it('a label with its other noun in brackets (配合科室（单位）：), a section’s note carrying a unit to every task below it (…负责抓好本地落实，以下不再列出)', () => {
    const plan = parsePlan(
      [
        '某市科普工作方案（2026—2028年）',
        '一、重点任务',
        '各区（县、市）科协负责抓好本地落实，以下不再列出。',
        '1．建设健康科普专家库。组建专家库。',
        '牵头科室：健康促进科',
        '配合科室（单位）：医政医管科、市疾控中心',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title, t.units])).toEqual([
      ['main', '建设健康科普专家库', ['健康促进科', '医政医管科', '市疾控中心', '各区（县、市）科协']],
    ]);
  });
  it('a survey’s 调查内容和方式 and 质量控制 hold no tasks, its 工作进度安排 table by stage is a schedule; the lead rule naming 部室', () => {
    const plan = parsePlan(
      [
        '某市2026年公民科学素质抽样调查工作方案',
        '一、调查内容和方式',
        '（一）调查内容。采用全国统一问卷。',
        '（二）调查方式。入户面访。',
        '二、主要工作任务',
        '各项工作所列责任部室中，排在第一位的为牵头部室。',
        '（一）制定调查实施细则。结合我市实际制定细则。（科普部、办公室负责）',
        '（二）组建调查工作队伍。选聘调查员。（学会部负责）',
        '三、质量控制',
        '1.调查员培训质量控制。统一教材、统一考核。',
        '2.数据复核。按不低于20%的比例复核。',
        '四、工作进度安排',
        '| 阶段 | 时间 | 主要工作 | 责任单位 |',
        '| 准备阶段 | 2026年4月—5月 | 制定实施细则 | 市科协 |',
        '| 发布阶段 | 2027年第一季度 | 发布调查结果 | 市科协 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits])).toEqual([
      ['制定调查实施细则', ['科普部']],
      ['组建调查工作队伍', ['学会部']],
    ]);
    expect(plan.milestones.map((m) => m.year)).toEqual([2026, 2027]);
  });

  it('a number line with its signer (…21号　　签发人：周立明) is no part of the title; text tasks naming no units that group a task table’s rows are groups', () => {
    const report = parsePlan(
      [
        '某市科学技术局文件',
        '某科报〔2025〕21号　　　　　　签发人：周立明',
        '某市科学技术局关于2025年全国科技活动周',
        '活动开展情况的报告',
        '省科学技术厅：',
        '一、下一步工作打算',
        '1.加强科普资源建设。建设科普资源库。（市科协负责）',
        '2.健全工作机制。完善协调机制。（市科技局负责）',
      ].join('\n'),
    );
    expect(report.title).toBe('某市科学技术局关于2025年全国科技活动周活动开展情况的报告');
    const plan = parsePlan(
      [
        '某省全民科学素质行动实施方案（2026—2030年）',
        '一、重点任务',
        '（一）青少年科学素质提升行动。以提升科学兴趣为重点，具体任务见附件。',
        '（二）农民科学素质提升行动。以提升科技致富能力为重点，具体任务见附件。',
        '附件',
        '重点任务分工表',
        '| 序号 | 重点任务 | 具体措施 | 牵头单位 | 参与单位 |',
        '| 1 | 青少年科学素质提升行动 | 实施科学教育质量提升计划 | 省教育厅 | 省科协 |',
        '| 2 |  | 推进“馆校合作” | 省科协 | 省教育厅 |',
        '| 3 | 农民科学素质提升行动 | 实施高素质农民培育计划 | 省农业农村厅 | 省科协 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits])).toEqual([
      ['实施科学教育质量提升计划', ['省教育厅']],
      ['推进“馆校合作”', ['省科协']],
      ['实施高素质农民培育计划', ['省农业农村厅']],
    ]);
  });
  it('a 考核指标 table with a column of departments gives targets, not tasks; a 课程安排 part holds no tasks; an office’s other name in brackets (各街道办事处（管委会）) is no unit of its own', () => {
    const plan = parsePlan(
      [
        '某开发区2025年科普工作实施方案',
        '一、课程安排',
        '（一）春季学期（3月—6月）。每月开课两次。',
        '（二）秋季学期（9月—12月）。每月开课两次。',
        '二、重点任务',
        '（一）开展企业科普活动。组织企业开放日。',
        '参与单位：区生态环境分局、各街道办事处（管委会）',
        '三、考核评价',
        '| 序号 | 考核指标 | 2025年 | 2027年 | 责任部门 |',
        '| 1 | 规模以上工业企业开展科普活动的比例 | ≥40% | ≥70% | 科技创新局 |',
        '| 2 | 社区科普活动（场次/年） | ≥120 | ≥150 | 各街道办事处 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['开展企业科普活动', ['区生态环境分局', '各街道办事处（管委会）']],
    ]);
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([
      [40, 2025],
      [70, 2027],
      [120, 2025],
      [150, 2027],
    ]);
  });
  it('a count over the plan’s first years (五年累计培训…) is due by the last of them', () => {
    const plan = parsePlan(
      [
        '某市科协事业发展规划纲要（2026—2030年）',
        '第一章　主要任务',
        '（一）提升农民科学素质。五年累计培训高素质农民1.5万人次。',
        '牵头单位：市农业农村局',
        '（二）提升工人科学素质。三年累计培训产业工人5万人次。',
        '牵头单位：市总工会',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year, t.recurrence])).toEqual([
      [1.5, '万人次', 2030, null],
      [5, '万人次', 2028, null],
    ]);
  });
  it('a standard’s clauses (1　范围 / 2　规范性引用文件 / 3　术语和定义 / 4　基本要求 …) set no tasks or targets; a notice’s items opening with their date are steps', () => {
    const plan = parsePlan(
      [
        '某市应急管理局关于印发《某市应急科普教育基地建设规范（试行）》的通知',
        '各县（市、区）应急管理局：',
        '现将《某市应急科普教育基地建设规范（试行）》印发给你们。首批认定工作安排如下：',
        '（一）2026年6月30日前，各县（市、区）应急管理局完成申报单位的初审和推荐工作。',
        '（二）2026年9月底前，对拟认定基地进行公示。',
        '某市应急管理局',
        '2026年5月6日',
        '某市应急科普教育基地建设规范（试行）',
        '1　范围',
        '本规范规定了应急科普教育基地的基本要求。',
        '2　规范性引用文件',
        '下列文件对于本文件的应用是必不可少的。',
        '3　术语和定义',
        '下列术语和定义适用于本规范。',
        '4　基本要求',
        '4.1　基地应正式对外运行满1年，有明确的管理部门。',
        '4.2　基地每年向社会公众开放不少于150天。（市应急管理局负责）',
        '5　科普活动与服务',
        '5.1　基地年接待公众不少于1万人次。',
      ].join('\n'),
    );
    expect(plan.tasks).toEqual([]);
    expect(plan.targets).toEqual([]);
    expect(plan.milestones.map((m) => m.year)).toEqual([2026, 2026]);
  });
  it('a 工作职责 part of items opening with their unit (（一）市科协（牵头单位）：负责…, a name with its own bracket too) is a notice’s work; a 巡展时间及站点 part a schedule', () => {
    const plan = parsePlan(
      [
        '某市科学技术协会关于做好2026年流动科技馆巡展工作的通知',
        '一、巡展时间及站点',
        '（一）第二套展览。2026年3月至5月在东县巡展。',
        '（二）第五套展览。2026年9月至11月在西县巡展。',
        '二、工作职责',
        '（一）市科协（牵头单位）：负责巡展工作的统筹协调和督促指导。',
        '（二）市科技馆：负责展品运输、布展、撤展和日常维护。',
        '（三）市教育局：负责统筹组织全市中小学校参观巡展。',
        '（四）巡展所在县（市、区）科协：负责本站巡展的具体组织实施。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.leadUnits, t.units])).toEqual([
      ['main', ['市科协'], ['市科协']],
      ['main', [], ['市科技馆']],
      ['main', [], ['市教育局']],
      ['main', [], ['巡展所在县（市、区）科协']],
    ]);
  });
  it('a report’s 2025年科普工作开展情况 part tells what was done: no tasks', () => {
    const plan = parsePlan(
      [
        '某街道2025年科普工作总结及2026年工作计划',
        '一、2025年科普工作开展情况',
        '（一）健全组织网络，夯实科普工作基础。调整充实科普工作领导小组。',
        '（二）依托阵地资源，拓展科普服务功能。全年新建科普e站2个。',
        '二、2026年工作计划',
        '（一）完善全域科普工作机制。将科普工作纳入街道年度考核。',
        '责任科室：党建工作办公室（牵头）、社区建设办公室',
        '（二）推进科普阵地提质增效。新建科普e站3个。',
        '责任科室：社区建设办公室',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['完善全域科普工作机制', '推进科普阵地提质增效']);
  });
  it('paragraphs 一是… / 二是… each closing with their own unit list, under bare group lines, are tasks', () => {
    const plan = parsePlan(
      [
        '2026年某区全民科学素质工作要点',
        '一、重点任务',
        '实施青少年科学素质提升行动',
        '一是深化中小学科学教育改革。每所中小学至少配备1名专职科学教师。（责任单位：区教育局、区科协）',
        '二是丰富校外科技教育活动。全年举办“科学家进校园”活动不少于40场。（责任单位：区科协、团区委）',
        '实施老年人科学素质提升行动',
        '①开展智慧助老行动。开展智能手机使用培训。（区卫健局、区民政局）',
        '②普及健康科学知识。开展健康科普进社区活动。（区卫健局、区科协）',
        '实施领导干部和公务员科学素质提升行动',
        '一是将科学素质教育纳入干部教育培训。在区委党校主体班次中安排相关课程。（责任单位：区委组织部、区委党校）',
        '二、工作要求',
        '各单位要高度重视。一是加强统筹。二是加强宣传。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['深化中小学科学教育改革', ['区教育局', '区科协']],
      ['丰富校外科技教育活动', ['区科协', '团区委']],
      ['开展智慧助老行动', ['区卫健局', '区民政局']],
      ['普及健康科学知识', ['区卫健局', '区科协']],
      ['将科学素质教育纳入干部教育培训', ['区委组织部', '区委党校']],
    ]);
  });
  it('a task part’s paragraphs labelled by their year (四、分年度建设任务 / 2026年：新建…46个) give that year’s targets', () => {
    const plan = parsePlan(
      [
        '某县乡村科普站点建设三年实施方案（2026—2028年）',
        '一、重点任务',
        '（一）建设村级科普站点。按照“六个一”标准建设村级科普站点。（县科协负责）',
        '二、分年度建设任务',
        '2026年：新建村级科普站点46个，站点总数达到88个。',
        '2027年：新建村级科普站点50个；乡镇科普服务中心实现全覆盖。',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([
      [46, 2026],
      [88, 2026],
      [50, 2027],
    ]);
  });
  it('a notice’s 基地类型, 基地标准, 申报与认定, 督查内容 and 督查方式 hold no tasks; a table of kinds of work and their amounts (科普工作类型 | 折算工作量) none either', () => {
    const plan = parsePlan(
      [
        '某市青少年科技创新教育基地建设方案',
        '一、基地类型',
        '（一）校内创新实验室类。依托中小学校建设。',
        '（二）场馆类。依托科技馆建设。',
        '二、基地标准',
        '1.有固定的活动场所，面积不少于200平方米。',
        '2.配备专职科技辅导教师不少于3名。',
        '三、建设任务',
        '（一）完善基地布局。到2028年建成基地50个。（市教育局、市科协负责）',
        '（二）开发科技创新课程。每个基地开发课程不少于5项。（市教育局负责）',
        '四、申报与认定',
        '（一）申报主体。各类学校和场馆均可申报。',
        '（二）认定程序。经县级推荐、专家评审后公示命名。',
        '五、督查内容',
        '（一）组织领导情况。是否召开专题会议研究部署。',
        '六、督查方式',
        '（一）听取汇报。听取各单位工作汇报。',
        '附件',
        '科技人才科普工作量认定参考标准',
        '| 序号 | 科普工作类型 | 认定标准 | 折算工作量 |',
        '| 1 | 科普讲座 | 每场不少于45分钟 | 每场折算4学时 |',
        '| 2 | 科普作品 | 公开出版科普图书 | 每部折算1篇论文 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['完善基地布局', '开发科技创新课程']);
  });
  it('a task table a cell per line with its groups as （一）… rows above a serial', () => {
    const plan = parsePlan(
      [
        '某县科协2026年工作要点',
        '一、重点任务',
        '序号',
        '工作任务',
        '具体措施',
        '牵头科室',
        '配合单位',
        '完成时限',
        '（一）强化政治引领',
        '1',
        '深化党建引领',
        '坚持第一议题制度，全年组织理论学习12次。',
        '县科协办公室',
        '县级各学会',
        '2026年12月底前',
        '（二）深入实施全民科学素质提升行动',
        '2',
        '办好全国科普日活动',
        '组织开展县级主场活动，',
        '参与群众3万人次以上。',
        '县科协科普部',
        '县委宣传部',
        '2026年9月底前',
        '二、工作要求',
        '（一）加强领导。各单位要高度重视。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.path.at(-1), t.leadUnits, t.units])).toEqual([
      ['深化党建引领', '强化政治引领', ['县科协办公室'], ['县科协办公室', '县级各学会']],
      ['办好全国科普日活动', '深入实施全民科学素质提升行动', ['县科协科普部'], ['县科协科普部', '县委宣传部']],
    ]);
  });
  it('an event’s 评比与奖励 holds no tasks; a school district (…中心学区) signs as an issuer', () => {
    const plan = parsePlan(
      [
        '青石镇中心学区',
        '青学区〔2026〕11号',
        '关于印发《青石镇中心学区2026年科技活动周活动方案》的通知',
        '现将《青石镇中心学区2026年科技活动周活动方案》印发给你们，请认真组织实施。',
        '青石镇中心学区',
        '2026年4月27日',
        '青石镇中心学区2026年科技活动周活动方案',
        '一、活动内容及分工',
        '（一）科幻画比赛。全体学生参加。（美术教研组负责）',
        '（二）纸飞机留空比赛。三至六年级参加。（科学教研组负责）',
        '二、评比与奖励',
        '1.各单项比赛分低、中、高三个年级组评奖。',
        '2.班级团体总分按单项获奖计分。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['科幻画比赛', '纸飞机留空比赛']);
    expect(plan.issuer).toBe('青石镇中心学区');
  });
  it('a call for projects: its kinds of project (申报类别) are no tasks, its dated steps are milestones', () => {
    const plan = parsePlan(
      [
        '某市科学技术协会关于组织申报2026年度科普项目的通知',
        '一、申报类别',
        '（一）科普阵地类。支持科普教育基地开展展教内容更新。',
        '（二）科普活动类。支持围绕全国科普日开展的主题科普活动。',
        '二、申报程序及时间安排',
        '（一）网上申报。2026年3月16日至4月10日，申报单位填报申报书。',
        '（二）审核推荐。各县（市、区）科协于2026年4月20日前完成初审。',
      ].join('\n'),
    );
    expect(plan.tasks).toEqual([]);
    expect(plan.milestones.map((m) => m.due)).toEqual(['2026-04-10', '2026-04-20']);
  });
  it('rules for one year (2026年度目标考核细则, 2025年度…目标责任书) are for that year', () => {
    const plan = (title: string) =>
      parsePlan([title, '一、考核内容', '（一）开展科普活动。全年开展活动40场次。（科普部负责）'].join('\n'));
    expect(plan('青湖区科协2026年度目标考核细则').period).toEqual({ start: 2026, end: 2026 });
    expect(plan('北塘区2025年度科普工作目标责任书').period).toEqual({ start: 2025, end: 2025 });
    expect(plan('某市科普教育基地管理办法').period).toBeNull();
  });
  it('a score table a cell per line: header cells wrapped in narrow columns, groups by 考核项目, a score equal to the next serial, a totals row', () => {
    const plan = parsePlan(
      [
        '某区科协2026年度目标考核细则',
        '一、考核内容',
        '具体考核内容和责任科室见下表，责任科室栏中列第一位的为牵头科室。',
        '序号',
        '考核',
        '项目',
        '考核内容',
        '分值',
        '评分标准',
        '责任',
        '科室',
        '1',
        '党的建设',
        '（15分）',
        '落实全面从严治党主体责任。完成各项组织生活任务。',
        '5',
        '未完成的扣2分。',
        '办公室',
        '2',
        '加强宣传工作。全年刊发宣传稿件不少于30篇。',
        '3',
        '每少1篇扣0.2分。',
        '组织宣传部、办公室',
        '3',
        '科学普及',
        '（40分）',
        '提升科技馆服务效能。全年开馆不少于300天。',
        '8',
        '每少5天扣0.5分。',
        '区科技馆、科普部',
        '合计',
        '100',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['落实全面从严治党主体责任', ['办公室'], ['办公室']],
      ['加强宣传工作', ['组织宣传部'], ['组织宣传部', '办公室']],
      ['提升科技馆服务效能', ['区科技馆'], ['区科技馆', '科普部']],
    ]);
  });
  it('a table of days by date (时间 | 宣传日名称 | 主要活动 | 牵头单位) dates its days; deadlines joined by 、 are two', () => {
    const plan = parsePlan(
      [
        '某市2026年健康科普工作要点',
        '一、重点任务',
        '（一）开展健康科普宣传。举办健康讲座。（宣传处负责）',
        '（二）组织义诊活动。（医政处负责）',
        '二、工作要求',
        '各单位请于2026年7月10日前、2027年1月15日前，分别将上半年和全年工作总结报送委宣传处。',
        '附件',
        '2026年卫生健康重要宣传日活动安排表',
        '| 序号 | 时间 | 宣传日名称 | 主要活动 | 牵头单位 |',
        '| 1 | 3月3日 | 全国爱耳日 | 开展听力筛查 | 医政医管处 |',
        '| 2 | 3月24日 | 世界防治结核病日 | 开展结核病防治知识进校园 | 疾控处 |',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => [m.year, m.due, m.text])).toEqual([
      [2026, '2026-07-10', '各单位请于2026年7月10日前'],
      [2027, '2027-01-15', '2027年1月15日前，分别将上半年和全年工作总结报送委宣传处'],
      [2026, '2026-03-03', '全国爱耳日（3月3日）'],
      [2026, '2026-03-24', '世界防治结核病日（3月24日）'],
    ]);
    expect(plan.tasks.map((t) => t.title)).toEqual(['开展健康科普宣传', '组织义诊活动']);
  });
  it('a schedule a cell per line whose month spans several rows, each closing with its units, and a page number among them', () => {
    const plan = parsePlan(
      [
        '某科技馆2027年度工作计划',
        '一、重点工作',
        '（一）办好主题科普活动。（科学教育部负责）',
        '二、全年活动安排',
        '月份',
        '活动名称',
        '主要内容',
        '责任部门',
        '3月',
        '世界气象日主题科普活动',
        '联合市气象局开展气象科普讲座',
        '科学教育部',
        '流动科技馆首站巡展',
        '在山海县启动流动科技馆巡展',
        '流动科普部',
        '— 3 —',
        '5月',
        '全国科技活动周暨“科学之夜”',
        '活动',
        '组织科普嘉年华和院士专家报告会',
        '全馆各部门',
        '国际博物馆日特别开放活动',
        '推出馆长导览等特色活动',
        '展厅服务部、办公室',
        '三、保障措施',
        '（一）加强组织领导。成立工作专班。',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => [m.due, m.text])).toEqual([
      ['2027-03-31', '世界气象日主题科普活动（3月）'],
      ['2027-03-31', '流动科技馆首站巡展（3月）'],
      ['2027-05-31', '全国科技活动周暨“科学之夜”（5月）'],
      ['2027-05-31', '国际博物馆日特别开放活动（5月）'],
    ]);
  });
  it('a lead rule whose word is glossed (牵头处室（单位），下同) carries on; a training’s 培育规范 holds no tasks', () => {
    const plan = parsePlan(
      [
        '某省2026年高素质农民培育实施方案',
        '一、重点任务',
        '（一）实施粮油生产能手培育行动',
        '培育粮油生产能手1000人。',
        '责任处室（单位）：科技教育处、种植业管理处，省农广校（列第一位者为牵头处室（单位），下同）',
        '（二）开展农村创新创业者培养',
        '培养创新创业者500人。',
        '责任处室（单位）：乡村产业发展处、科技教育处',
        '二、培育规范',
        '1.培训时长。集中培训不少于7天。',
        '2.班级规模。每班不超过50人。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits])).toEqual([
      ['实施粮油生产能手培育行动', ['科技教育处']],
      ['开展农村创新创业者培养', ['乡村产业发展处']],
    ]);
  });
  it('an attachment of performance goals (绩效目标表: 一级指标 | 二级指标 | 三级指标 | 指标值) gives the plan year’s goals', () => {
    const plan = parsePlan(
      [
        '某省2026年高素质农民培育实施方案',
        '一、重点任务',
        '（一）培育粮油生产能手。培育能手1万人。（科技教育处负责）',
        '附件1',
        '2026年培育任务分配表',
        '序号',
        '市（州）',
        '1',
        '岷州市',
        '附件2',
        '2026年高素质农民培育绩效目标表',
        '| 一级指标 | 二级指标 | 三级指标 | 指标值 |',
        '| 产出指标 | 质量指标 | 参训学员培训合格率 | ≥95% |',
        '| 效益指标 | 社会效益指标 | 训后跟踪服务覆盖率 | 100% |',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.year])).toEqual([
      ['参训学员培训合格率', '>=', 95, '%', 2026],
      ['训后跟踪服务覆盖率', '=', 100, '%', 2026],
      ['培育能手', '=', 1, '万人', null],
    ]);
  });
  it('a notice’s opening aim (本届大赛力争征集…不少于1200项) sets goals with no year; its other numbers none', () => {
    const plan = parsePlan(
      [
        '关于举办第四十五届某区青少年科技创新大赛的通知',
        '经研究，决定举办第四十五届青少年科技创新大赛。本届大赛力争征集各类参赛项目不少于1200项，参赛学校覆盖全区85%以上的中小学校。大赛已举办44届，累计参赛学生10万人次。',
        '一、时间安排',
        '（一）2026年3月20日前，各校完成校级选拔。',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [1200, '项', null],
      [85, '%', null],
    ]);
  });
  it('a society’s committees as units on label lines (牵头专委会：… / 参与专委会：…)', () => {
    const plan = parsePlan(
      [
        '某市医学会2025年科普工作计划',
        '一、重点工作',
        '（一）打造科普讲堂品牌。全年举办讲座24场。',
        '牵头专委会：科普专委会',
        '参与专委会：全科医学专委会、健康管理专委会',
        '（二）开展应急救护科普培训。（急诊医学专委会负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['打造科普讲堂品牌', ['科普专委会'], ['科普专委会', '全科医学专委会', '健康管理专委会']],
      ['开展应急救护科普培训', [], ['急诊医学专委会']],
    ]);
  });
  it('a task table copied from a spreadsheet: quoted cells over lines, 同上 units, a row’s 完成时限 dating its targets', () => {
    const plan = parsePlan(
      [
        '某区2026年全民科学素质行动任务清单',
        '序号\t任务\t责任单位\t完成时限',
        '1\t"组织开展“科学家精神进校园”活动，全年开展科普报告不少于40场。',
        '择优推荐优秀项目参加市青少年科技创新大赛。"\t区科协、区教育局\t2026年11月',
        '2\t"推进科技特派员服务乡村振兴。',
        '实现全区行政村科技服务全覆盖。"\t"区科技局、区农业农村局、',
        '各镇人民政府"\t全年',
        '3\t开展职工安全生产科普宣传，举办讲座10场。\t同上\t全年',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['组织开展“科学家精神进校园”活动，全年开展科普报告不少于40场', ['区科协', '区教育局']],
      ['推进科技特派员服务乡村振兴', ['区科技局', '区农业农村局', '各镇人民政府']],
      ['开展职工安全生产科普宣传，举办讲座10场', ['区科技局', '区农业农村局', '各镇人民政府']],
    ]);
    expect(plan.tasks[0]!.text).toContain('择优推荐优秀项目');
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [40, '场', 2026],
      [10, '场', null],
    ]);
  });
  it('an indicator table a cell per line right before the next part: the part’s heading and numbered items are no rows', () => {
    const plan = parsePlan(
      [
        '全民科学素质行动实施方案（2026—2030年）',
        '一、总体要求',
        '（一）主要目标。到2030年，公民具备科学素质的比例超过20%。',
        '专栏1　主要指标',
        '指标',
        '2025年',
        '2030年',
        '科普人员总数（万人）',
        '200',
        '≥300',
        '每百万人口拥有科普场馆（个）',
        '0.9',
        '1.2',
        '二、五大人群科学素质提升行动',
        '（一）青少年科学素质提升行动。激发青少年好奇心。',
        '1.将科学精神贯穿育人全链条。实施科学家精神进校园行动。（教育部、中国科协按职责分工负责）',
        '2.深入推进中小学科学教育。到2030年，建设2000所科学教育实验校。（教育部负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.path[0], t.title])).toEqual([
      ['二、五大人群科学素质提升行动', '将科学精神贯穿育人全链条'],
      ['二、五大人群科学素质提升行动', '深入推进中小学科学教育'],
    ]);
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toContainEqual([300, '万人', 2030]);
  });
  it('a table row of grades (五、六年级 | 科普名著共读) is no part; the unit line under the table stays with its item', () => {
    const plan = parsePlan(
      [
        '某小学第八届科技节活动方案',
        '一、活动内容',
        '（一）科普阅读月活动',
        '在全校开展“科普悦读”活动。',
        '| 年级 | 活动内容 | 成果形式 |',
        '| 一、二年级 | 亲子共读科普绘本 | 阅读记录卡 |',
        '| 五、六年级 | 科普名著共读 | 读后感 |',
        '负责部门：教导处、图书室',
        '（二）科技小制作比赛',
        '各年级分项目开展。',
        '负责部门：科学教研组',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.path[0], t.title, t.units])).toEqual([
      ['一、活动内容', '科普阅读月活动', ['教导处', '图书室']],
      ['一、活动内容', '科技小制作比赛', ['科学教研组']],
    ]);
  });
  it('a title under a site’s name naming its own place, or over the note of its adoption, is read alone', () => {
    const body = ['一、重点任务', '（一）开展科普活动。全年开展活动40场。（科普部负责）'];
    const site = parsePlan(['澜州市科学技术协会', '澜州市科协2025年工作总结和2026年工作安排', ...body].join('\n'));
    expect(site.title).toBe('澜州市科协2025年工作总结和2026年工作安排');
    const adopted = parsePlan(
      ['柏溪镇2026年全年科普活动日历', '（2026年1月6日镇党政联席会议研究通过）', ...body].join('\n'),
    );
    expect(adopted.title).toBe('柏溪镇2026年全年科普活动日历');
    const notice = parsePlan(['成都市武侯区卫生健康局', '关于开展2024年健康科普巡讲活动的通知', ...body].join('\n'));
    expect(notice.title).toBe('成都市武侯区卫生健康局关于开展2024年健康科普巡讲活动的通知');
  });
  it('a part of the plan’s years (三、年度安排) is a schedule; an event’s 活动要求 with a unit list a guarantee task', () => {
    const plan = parsePlan(
      [
        '某市科普教育基地建设三年行动计划（2026—2028年）',
        '一、重点任务',
        '（一）提升基地展教能力。新建基地20家。（市科协牵头，市科技局配合）',
        '二、年度安排',
        '（一）2026年：夯实基础年。2026年6月底前完成基地摸底调查。',
        '（二）2027年：提质增效年。2027年开展基地中期评估。',
        '三、活动要求',
        '1.高度重视，广泛发动。各单位要做好宣传动员。',
        '2.强化安全，确保有序。落实专人值守。（总务处、安保办负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title])).toEqual([
      ['main', '提升基地展教能力'],
      ['guarantee', '强化安全，确保有序'],
    ]);
    expect(plan.milestones.map((m) => m.year)).toContain(2027);
  });
  it('measures in articles each closing with its units (第一条 强化…。（…按职责分工负责）) are tasks numbered by their article', () => {
    const plan = parsePlan(
      [
        '某市新时代加强科学技术普及工作若干措施',
        '一、健全科普工作体系',
        '第一条 强化科普工作统筹协调。发挥领导小组统筹作用。（市科协、市科技局按职责分工负责）',
        '第二条 压实部门科普责任。将科普工作纳入绩效考核。（市委组织部、市科协按职责分工负责）',
        '二、提升科普设施服务能力',
        '第三条 推进科普场馆提质扩容。加快市科技馆新馆建设。（市发展改革委、市科协按职责分工负责）',
        '第四条 拓展基层科普阵地。依托新时代文明实践中心建设科普站点。（市科协、市民政局按职责分工负责）',
        '第五条 打造品牌科普活动。组织办好全国科普月。（市科协、市委宣传部按职责分工负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.title])).toEqual([
      ['一', '强化科普工作统筹协调'],
      ['二', '压实部门科普责任'],
      ['三', '推进科普场馆提质扩容'],
      ['四', '拓展基层科普阵地'],
      ['五', '打造品牌科普活动'],
    ]);
    expect(plan.tasks[0]!.units).toEqual(['市科协', '市科技局']);
  });
  it('a Markdown plan’s dash bullets (- **2028年**：开展中期评估) are its items’ lines: dated steps of its 规划实施', () => {
    const plan = parsePlan(
      [
        '# 某市科协事业发展“十五五”规划（2026—2030年）',
        '## 一、重点任务',
        '- **开展科普活动。** 办好全国科普月。（责任部门：科普部）',
        '## 二、规划实施',
        '- **2028年**：开展规划实施中期评估。',
        '- **2030年**：开展规划实施总结评估。',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2028, '2028年：开展规划实施中期评估'],
      [2030, '2030年：开展规划实施总结评估'],
    ]);
  });
  it('a schedule captioned with its year (2026年…重点活动安排表) dates its months in a plan over two years', () => {
    const plan = parsePlan(
      [
        '某区科普志愿服务行动方案（2026—2027年）',
        '一、重点任务',
        '（一）组建志愿服务队伍。（区科协负责）',
        '（二）开展志愿服务活动。（区委文明办负责）',
        '附件',
        '某区2026年科普志愿服务重点活动安排表',
        '| 序号 | 时间 | 活动名称 | 牵头单位 |',
        '| 1 | 3月5日 | 学雷锋纪念日科普志愿服务集中行动 | 区委文明办 |',
        '| 2 | 9月 | 全国科普日科普志愿服务集市 | 区科协 |',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => [m.year, m.due])).toEqual([
      [2026, '2026-03-05'],
      [2026, '2026-09-30'],
    ]);
  });
  it('a part of items opening with their day’s date and name (（一）5月18日国际博物馆日：…) is a schedule', () => {
    const plan = parsePlan(
      [
        '某博物馆2025年社会教育项目实施方案',
        '一、重点项目',
        '（一）开发研学课程。开发研学课程8门。（社教部负责）',
        '二、重要节点活动',
        '（一）5月18日国际博物馆日：举办“博物馆里的科学课”品牌发布活动。',
        '（二）9月全国科普月：联合市科协开展科普讲解大赛。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['开发研学课程']);
    expect(plan.milestones.map((m) => [m.year, m.due])).toEqual([
      [2025, '2025-05-18'],
      [2025, '2025-09-30'],
    ]);
  });
  it('a bare list of sections (（区教育局办公室、区教育局基础教育科）) names units; a list of subjects (学科) none', () => {
    const plan = parsePlan(
      [
        '某区中小学科学教育行动计划（2026—2028年）',
        '一、重点任务',
        '（一）加强组织领导。成立工作领导小组。（区教育局办公室、区教育局基础教育科）',
        '（二）推进学科融合。统筹科学、技术、工程等课程。（物理学科、化学学科）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.units)).toEqual([['区教育局办公室', '区教育局基础教育科'], []]);
  });
  it('a part of whom a training serves and what it teaches (培训对象和内容) and a 工作思路 section hold no tasks', () => {
    const plan = parsePlan(
      [
        '某市2026年农业科技培训工作方案',
        '一、工作思路',
        '（一）坚持需求导向。围绕主导产业开展培训。',
        '二、培训对象和内容',
        '（一）培训对象。家庭农场主、合作社带头人。',
        '（二）培训内容。1.粮油单产提升技术。2.特色产业技术。',
        '三、重点任务',
        '（一）开展高素质农民培训。培训农民2000人。（市农业农村局负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['开展高素质农民培训']);
  });
  it('a training project’s numbered fields (1.培训对象：… 4.实施单位：…共同组织实施) are its text and units; 考核评价 no tasks', () => {
    const plan = parsePlan(
      [
        '某区2026年科学教师能力提升培训实施方案',
        '一、培训项目',
        '（一）新任科学教师岗位适应培训',
        '1.培训对象：新入职的小学科学教师。',
        '2.培训内容：课程标准解读、实验教学。',
        '3.学时安排：集中培训24学时。',
        '4.实施单位：区教师发展中心牵头，区教育局基础教育科配合。',
        '（二）科技辅导员专项培训',
        '1.培训对象：各中小学科技辅导员。',
        '2.实施单位：区科协、区教育局体卫艺科共同组织实施。',
        '二、考核评价',
        '（一）过程考核。考勤和作业占总成绩的40%。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['新任科学教师岗位适应培训', ['区教师发展中心'], ['区教师发展中心', '区教育局基础教育科']],
      ['科技辅导员专项培训', [], ['区科协', '区教育局体卫艺科']],
    ]);
  });
  it('a table captioned as a plan of progress (…重点任务推进计划表) beside the text’s tasks dates them, adding none', () => {
    const plan = parsePlan(
      [
        '某省科协2026年党建工作要点',
        '一、加强政治建设',
        '1.召开全面从严治党工作会议。研究部署全年工作。（责任部门：机关党委）',
        '2.组织党务干部集中轮训。（责任部门：组织人事部）',
        '附件',
        '2026年党建工作重点任务推进计划表',
        '| 序号 | 重点任务 | 完成时限 | 责任部门 |',
        '| 1 | 召开2026年度全面从严治党工作会议 | 2026年3月底前 | 机关党委 |',
        '| 2 | 开展基层党组织书记述职评议考核 | 2027年1月 | 机关党委 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['召开全面从严治党工作会议', '组织党务干部集中轮训']);
    expect(plan.milestones.map((m) => [m.year, m.due])).toEqual([
      [2026, '2026-03-31'],
      [2027, '2027-01-31'],
    ]);
  });
  it('a camp’s sessions by name and dates (分营名称 | 营期) are its schedule; a curriculum (…| 建议课时 |) and 安全要求 hold no tasks', () => {
    const plan = parsePlan(
      [
        '关于举办2026年某市青少年科学营活动的通知',
        '一、活动内容',
        '（一）开展科学实验。（市科协负责）',
        '二、营期安排',
        '| 分营名称 | 营期 | 承办单位 | 营员人数 |',
        '| 人工智能营 | 7月13日—17日 | 某大学 | 60 |',
        '| 生态环境营 | 7月20日—24日 | 某研究站 | 50 |',
        '三、课程设置',
        '| 序号 | 课程模块 | 主要内容 | 建议课时 | 支持单位 |',
        '| 1 | 健康养生 | 慢病防治、合理用药 | 16 | 区卫生健康局 |',
        '四、安全要求',
        '（一）各承办单位要制定活动安全预案。',
        '（二）带队教师要全程跟班管理。',
        '某市科学技术协会',
        '2026年5月20日',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['开展科学实验']);
    expect(plan.milestones.map((m) => [m.due, m.text])).toEqual([
      ['2026-07-13', '人工智能营（7月13日—17日）'],
      ['2026-07-20', '生态环境营（7月20日—24日）'],
    ]);
  });
  it('a plan issued by its short name (《岳川市科协…要点》) is found under its body’s full name; the lead rule as a note’s second item', () => {
    const plan = parsePlan(
      [
        '岳川市科学技术协会文件',
        '关于印发《岳川市科协2026年工作要点》的通知',
        '现将《岳川市科协2026年工作要点》印发给你们，请认真贯彻落实。',
        '附件：1.岳川市科协2026年工作要点',
        '2.岳川市科协2026年重点任务分解表',
        '附件1',
        '岳川市科学技术协会',
        '2026年工作要点',
        '一、团结凝聚科技工作者',
        '1、深入学习贯彻党的创新理论。健全学习制度。',
        '2、加强科技工作者思想政治引领。开展宣讲活动。',
        '附件2',
        '岳川市科协2026年重点任务分解表',
        '| 序号 | 重点任务 | 责任部门 | 完成时限 |',
        '| 1 | 深入学习贯彻党的创新理论 | 机关党委、办公室 | 全年 |',
        '注：1.完成时限未注明年份的，均为2026年。',
        '2.责任部门列第一位的为牵头部门。',
      ].join('\n'),
    );
    expect(plan.title).toBe('岳川市科学技术协会2026年工作要点');
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['深入学习贯彻党的创新理论', ['机关党委'], ['机关党委', '办公室']],
      ['加强科技工作者思想政治引领', [], []],
    ]);
  });
  it('an event’s fields as items (（一）时间。 / （二）主题。) are no tasks beside its numbered contents', () => {
    const plan = parsePlan(
      [
        '科技部 中央宣传部 中国科协关于举办2026年全国科技活动周的通知',
        '一、时间、主题及主要内容',
        '（一）时间。',
        '2026年5月16日—23日',
        '（二）主题。',
        '科技创新 普惠你我',
        '（三）主要内容。',
        '1.深入宣传科技创新部署。各地方各部门组织专家解读。',
        '2.大力弘扬科学家精神。依托教育基地开展宣讲。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['深入宣传科技创新部署', '大力弘扬科学家精神']);
  });
  it('a part building the leading bodies (健全科普工作组织领导体制) holds main tasks; 志愿者招募 none; a 服务日期 column dates rows', () => {
    const plan = parsePlan(
      [
        '某市2026年科普志愿服务月活动方案',
        '一、健全科普工作组织领导体制',
        '（一）完善联席会议制度。调整充实联席会议成员。（市科协牵头，市科技局配合）',
        '二、科普志愿者招募',
        '（一）招募对象。全市科技工作者。',
        '（二）报名方式。登录平台报名。',
        '三、活动内容',
        '（一）开展集中服务。（市农业农村局负责）',
        '附件',
        '乡镇集中服务日安排表',
        '| 序号 | 服务日期 | 乡镇 | 主要内容 | 带队单位 |',
        '| 1 | 3月3日—3月5日 | 城关镇 | 水稻集中育秧 | 县农技中心 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title])).toEqual([
      ['main', '完善联席会议制度'],
      ['main', '开展集中服务'],
    ]);
    expect(plan.milestones.map((m) => m.due)).toEqual(['2026-03-05']);
  });
});

describe('group columns first, goals named for their effect, yearly amounts and boxes of the period', () => {
  it('a table a cell per line whose group column (类别) comes before 序号 gives each row its group’s cell', () => {
    const plan = parsePlan(
      [
        '某社区创建全国科普示范社区工作方案',
        '一、主要任务及分工',
        '任务分工表',
        '类别',
        '序号',
        '主要任务',
        '牵头科室',
        '配合单位',
        '完成时限',
        '组织管理',
        '1',
        '成立社区科普工作领导小组，将科普工作纳入社区年度工作计划',
        '党政办',
        '社区居委会',
        '2026年4月底前',
        '2',
        '组建社区科普志愿者服务队，注册科普志愿者达到150人以上',
        '街道团工委',
        '街道妇联、社区居委会',
        '长期坚持',
        '科普活动',
        '3',
        '结合科技活动周、全国科普日等节点开展主题科普活动',
        '社会事务办',
        '区科协',
        '按时间节点',
        '4',
        '开展老年人智能技术运用专项科普',
        '平安办',
        '派出所',
        '2026年9月底前',
        '二、保障措施',
        '（一）加强组织领导。明确专人负责。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.title, t.leadUnits, t.units])).toEqual([
      ['1', '成立社区科普工作领导小组，将科普工作纳入社区年度工作计划', ['党政办'], ['党政办', '社区居委会']],
      [
        '2',
        '组建社区科普志愿者服务队，注册科普志愿者达到150人以上',
        ['街道团工委'],
        ['街道团工委', '街道妇联', '社区居委会'],
      ],
      ['3', '结合科技活动周、全国科普日等节点开展主题科普活动', ['社会事务办'], ['社会事务办', '区科协']],
      ['4', '开展老年人智能技术运用专项科普', ['平安办'], ['平安办', '派出所']],
    ]);
  });
  it('a goal named for its effect (（四）成效明显。) sets targets; 每年 does not reach a rate in the next clause', () => {
    const plan = parsePlan(
      [
        '某社区创建全国科普示范社区工作方案',
        '一、创建目标',
        '到2027年6月，具体目标：',
        '（一）活动经常。社区每年开展科普活动不少于24次，居民科普活动参与率达到60%以上。',
        '（二）成效明显。社区居民具备科学素质的比例达到18%以上。',
        '二、主要任务',
        '（一）建设科普阵地。改造社区科普活动室。（社区居委会负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year, t.recurrence])).toEqual([
      [24, '次', null, 'annual'],
      [60, '%', 2027, null],
      [18, '%', 2027, null],
    ]);
  });
  it('年 before its verb after the place or thing that does it (县科技馆年接待观众) is yearly; a sentence’s opening year stays', () => {
    const plan = parsePlan(
      [
        '某县科协2027年工作要点',
        '一、重点工作',
        '（一）办好县科技馆。县科技馆年接待观众不少于8万人次；“科普大篷车”年巡展不少于40场次。（县科技馆）',
        '（二）建强科普基地。2028年，省级科普教育基地年接待公众总量达到3000万人次以上。（县科协）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year, t.recurrence])).toEqual([
      [8, '万人次', null, 'annual'],
      [40, '场次', null, 'annual'],
      [3000, '万人次', 2028, 'annual'],
    ]);
  });
  it('a deadline by a month (2026年6月底前，遴选…50名) dates the targets after it', () => {
    const plan = parsePlan(
      [
        '某医院2026年健康科普工作计划',
        '一、重点任务',
        '（一）建立专家库。2026年6月底前，遴选院级健康科普专家50名，组建讲师团。（科教科牵头）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([[50, 2026]]);
  });
  it('a box of the five-year plan sets its items for the period’s end; an item’s own year is its own', () => {
    const plan = parsePlan(
      [
        '某市全民科学素质行动“十五五”实施方案',
        '一、重点工程',
        '（一）科普基础设施工程。推动县级科技馆提质增效。（牵头单位：市科协）',
        '专栏1　“十五五”科普基础设施重点项目',
        '——市科技馆新馆：建筑面积约3.2万平方米，2028年建成开放。',
        '——县级科技馆提质改造：新建县级科技馆3座，实现县级科技馆全覆盖。',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [3.2, '万平方米', 2028],
      [3, '座', 2030],
    ]);
  });
  it('a table of contents (第一章　总体要求……3) is no outline; a schedule’s yearly step is of the first year', () => {
    const plan = parsePlan(
      [
        '某省高素质农民培育三年行动实施方案（2026—2028年）',
        '目　录',
        '一、主要任务……………………1',
        '（一）开展分层培训……………1',
        '二、时间安排……………………2',
        '一、主要任务',
        '（一）开展分层培训。每年培育高素质农民3000人。（省农业农村厅负责）',
        '二、时间安排',
        '（一）部署启动。2026年3月底前，印发实施方案。',
        '（二）对象遴选。每年4月底前，各市完成培育对象遴选。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.path, t.title])).toEqual([[['一、主要任务'], '开展分层培训']]);
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2026, '2026年3月底前，印发实施方案'],
      [2026, '每年4月底前，各市完成培育对象遴选'],
    ]);
  });
  it('a count of those named before and bound to act (评估为“基本合格”的4家基地要…整改) is no target', () => {
    const plan = parsePlan(
      [
        '关于2025年度区级科普教育基地评估结果的通知',
        '一、整改要求',
        '（一）抓好整改。评估为“基本合格”的4家基地要对照专家意见逐项整改，于2026年5月31日前报送整改报告。（区科协负责）',
        '（二）对照确定的8项主要指标，新建科普教育基地2个。（区科协负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit])).toEqual([[2, '个']]);
  });
  it('a plan signed above its attached table (附表) is dated by its signature', () => {
    const plan = parsePlan(
      [
        '某区科技馆2026年展教工作计划',
        '一、重点工作',
        '（一）做好常设展厅运行维护。落实展品巡检制度。（责任部门：展品技术部）',
        '某区科技馆',
        '2026年1月16日',
        '附表',
        '2026年新增馆校合作学校名单',
        ...['实验小学', '城南小学', '城北中学', '白沙洲学校', '东湖中学', '西湖小学', '南山中学', '北山小学'].map(
          (school, i) => `${i + 1}.${school}`,
        ),
        '附件：某区科技馆2026年展教工作计划.pdf',
      ].join('\n'),
    );
    expect(plan.issuedOn).toBe('2026-01-16');
  });
});

describe('group and title columns, wrapped rows, days by weekday and sentences opening with their year', () => {
  it('a level of funds a standard sets (按常住人口人均不低于1.5元的标准安排…) is a target', () => {
    const plan = parsePlan(
      [
        '某县创建全国科普示范县工作实施方案',
        '一、主要任务',
        '（一）强化经费保障。县财政每年按常住人口人均不低于1.5元的标准安排科普专项经费。（县财政局负责）',
        '（二）支持企业科普。对涉粉作业人数30人以上的企业开展培训。（县应急管理局负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.recurrence])).toEqual([[1.5, '元', 'annual']]);
  });
  it('a table a cell per line with a group column, a title column and a content column: titles, groups, a wrapped content cell', () => {
    const plan = parsePlan(
      [
        '某区老年人数字素养提升行动方案（2026—2027年）',
        '一、重点任务',
        '责任清单',
        '序号',
        '任务类别',
        '重点任务',
        '具体内容',
        '牵头单位',
        '责任单位',
        '完成时限',
        '1',
        '学习阵地建设',
        '建设社区老年数字学习点',
        '每个社区建设1个老年数字学习点，配齐教学设备。',
        '区民政局',
        '区教育局、各街道办事处',
        '2026年12月底前',
        '2',
        '打造数字助老服务示范点',
        '在通信营业厅、银行网点等场所设置服务专区，安排专人提供',
        '引导帮办服务，每个街道至少打造2个示范点。',
        '区新经济和科技局',
        '区卫生健康局',
        '2027年6月底前',
        '3',
        '技能培训',
        '开展“银龄学数字”集中培训',
        '各街道每季度至少组织1期集中培训。',
        '各街道办事处',
        '区民政局、区科协',
        '每季度',
        '二、实施步骤',
        '（一）动员部署阶段（2026年3月—4月）。制定具体工作方案。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.path.at(-1), t.title, t.leadUnits, t.units])).toEqual([
      ['学习阵地建设', '建设社区老年数字学习点', ['区民政局'], ['区民政局', '区教育局', '各街道办事处']],
      ['学习阵地建设', '打造数字助老服务示范点', ['区新经济和科技局'], ['区新经济和科技局', '区卫生健康局']],
      ['技能培训', '开展“银龄学数字”集中培训', ['各街道办事处'], ['各街道办事处', '区民政局', '区科协']],
    ]);
    expect(plan.tasks[1]!.text).toContain('安排专人提供引导帮办服务');
  });
  it('a table row wrapped onto a row without its serial, after a cell broken at its 、, is one row; 自愿参加 names no units', () => {
    const plan = parsePlan(
      [
        '某中学第十届校园科技节活动方案',
        '一、参加对象',
        '初一至高二全体学生（初三、高三年级学生自愿参加）',
        '二、活动项目',
        '| 序号 | 活动项目 | 参加对象 | 时间安排 | 负责教研组 |',
        '| 1 | 科幻画创作比赛 | 初一、初二 | 4月20日—4月30日 | 美术组 |',
        '| 2 | 青少年机器人与人工智能 | 全体学生 | 5月15日 | 信息技术组、 |',
        '|  | 创意赛 | （自愿报名） |  | 科技社团 |',
        '三、评奖办法',
        '1.各单项比赛按参赛人数的10%、20%、30%分别设一等奖、二等奖、三等奖。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['科幻画创作比赛', ['美术组']],
      ['青少年机器人与人工智能创意赛', ['信息技术组', '科技社团']],
    ]);
  });
  it('an indicator table a cell per line keeps its rows after a page number between them', () => {
    const plan = parsePlan(
      [
        '某省防震减灾科普“十五五”规划（2026—2030年）',
        '一、主要目标',
        '表1　主要指标',
        ...['序号', '指标名称', '2025年', '2030年', '指标属性'],
        ...['1', '公众防震减灾科学素质达标率（%）', '75', '≥85', '预期性'],
        '— 5 —',
        ...['2', '防震减灾科普示范学校（所）', '310', '400', '预期性'],
        '二、主要任务',
        '（一）提升科普基地水平。推动基地常态化开放。（牵头单位：震害防御处）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([
      [85, 2030],
      [400, 2030],
    ]);
  });
  it('a schedule by days with weekday and hour set apart by a space (4月27日（星期一）下午　…) dates its lines', () => {
    const plan = parsePlan(
      [
        '关于举办第十届校园科技节的通知',
        '一、活动项目',
        '（一）科幻画创作比赛。（美术组负责）',
        '二、日程安排',
        '4月20日（星期一）7:40　开幕式（田径场）',
        '4月27日（星期一）下午　纸桥承重挑战赛（物理实验室）',
        '5月18日—22日　科技活动周，优秀科技作品展览',
        '三、工作要求',
        '1.高度重视，精心组织。各年级组要认真做好宣传发动工作。',
        '某市实验中学',
        '2026年4月3日',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2026, '4月20日（星期一）：7:40开幕式（田径场）'],
      [2026, '4月27日（星期一）：下午纸桥承重挑战赛（物理实验室）'],
      [2026, '5月18日—22日：科技活动周，优秀科技作品展览'],
    ]);
  });
  it('a site’s print button after its font buttons is no text; a pilot period (试点建设期为2026—2027年) is the plan’s', () => {
    const plan = parsePlan(
      [
        '关于印发《某市“科创中国”试点城市建设工作方案》的通知',
        '【字体：大 中 小】 打印本页',
        '某科协发〔2025〕37号',
        '某市“科创中国”试点城市建设工作方案',
        '为推进试点城市建设，制定本方案。试点建设期为2026—2027年。',
        '一、重点任务',
        '1.建设服务平台。（市科协负责）',
      ].join('\n'),
    );
    expect([plan.docNumber, plan.period]).toEqual(['某科协发〔2025〕37号', { start: 2026, end: 2027 }]);
  });
  it('a sentence opening with its year and verb (2026年新建…, 2026年首批创建…) dates its targets; 2026年9月， and 2026年是… do not', () => {
    const plan = parsePlan(
      [
        '某市科协2026年工作计划',
        '一、重点工作',
        '1.推进科普阵地提质扩容。2026年新建社区科普e站30个、更新科普画廊60块。（科普部负责）',
        '2.创建科普示范村。2027年首批创建县级科普示范村15个。（科普部负责）',
        '3.办好科普日活动。2026年9月，组织开展系列活动，举办各类科普活动400项。（科普部负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([
      [30, 2026],
      [60, 2026],
      [15, 2027],
      [400, null],
    ]);
  });
});

describe('members’ rules, lead rules for several, blank forms and label lists', () => {
  it('the duties of a pool’s members (五、专家职责) and their management (七、管理与考核) hold no tasks, a duty’s yearly amount a target', () => {
    const plan = parsePlan(
      [
        '某市健康科普专家库建设与管理方案',
        '一、专家职责',
        '（一）每年参加健康科普讲座、义诊咨询等活动不少于6场次。',
        '（二）坚持科学性和公益性，不得借健康科普名义推销药品。',
        '二、重点工作任务',
        '（一）建设健康科普资源库。（市健康教育所负责）',
        '三、管理与考核',
        '（一）动态管理。专家库实行动态管理。',
        '（二）年度考核。市卫生健康委每年组织考核。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['建设健康科普资源库']);
    expect(plan.targets.map((t) => [t.value, t.recurrence])).toEqual([[6, 'annual']]);
  });
  it('a lead rule for lists of several (责任部门有两个及以上的，排在第一位的为牵头部门) gives a lone unit no lead', () => {
    const plan = parsePlan(
      [
        '某区科协2026年科普工作要点',
        '具体工作清单如下（责任部门有两个及以上的，排在第一位的为牵头部门）：',
        '| 序号 | 工作内容 | 具体措施 | 责任部门 | 时间节点 |',
        '| 1 | 完善科普联席会议机制 | 召开联席会议2次。 | 科普部 | 全年 |',
        '| 2 | 组织全国科普日活动 | 开展主题活动50场。 | 科普部、学会部 | 9月 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits])).toEqual([
      ['完善科普联席会议机制', []],
      ['组织全国科普日活动', ['科普部']],
    ]);
  });
  it('a blank form (| 3 | 应急演练 |  |  |  |) is no task table; 等区安委会有关成员单位 and a list broken after ， are read', () => {
    const plan = parsePlan(
      [
        '某区2026年“安全生产月”活动方案',
        '一、主要活动',
        '（一）安全宣传“五进”活动',
        '内容：组织安全宣讲团深入企业、农村、社区开展宣讲。',
        '牵头单位：区应急管理局',
        '配合单位：区教育局、区民政局、区妇联，',
        '各街道（镇）',
        '（二）重大事故隐患专项排查整治行动',
        '内容：聚焦重点行业领域开展排查整治。',
        '责任单位：区住房城乡建设局、区应急管理局等区安委会有关成员单位',
        '附件',
        '活动情况统计表',
        '| 序号 | 活动项目 | 开展场次 | 参与人数（人次） | 备注 |',
        '| 1 | 宣传“五进” |  |  |  |',
        '| 2 | 应急演练 |  |  |  |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['安全宣传“五进”活动', ['区应急管理局', '区教育局', '区民政局', '区妇联', '各街道（镇）']],
      ['重大事故隐患专项排查整治行动', ['区住房城乡建设局', '区应急管理局']],
    ]);
  });
});

describe('half-year reports, rules printed after the tasks and schedules by township', () => {
  it('a report sending a half-year summary and plan is titled by the plan; the half-year’s 工作开展情况 is background', () => {
    const plan = parsePlan(
      [
        '临港区科学技术协会',
        '临科协〔2026〕21号',
        '关于报送临港区科协2026年上半年工作总结',
        '和下半年工作计划的报告',
        '区委、区政府：',
        '现将我会2026年上半年工作总结和下半年工作计划报告如下。',
        '临港区科学技术协会',
        '2026年7月6日',
        '临港区科协2026年上半年工作总结和下半年工作计划',
        '一、上半年工作开展情况',
        '（一）科普品牌活动持续擦亮',
        '1、“科技之春”宣传月活动。3月，设置科普展位41个。',
        '二、下半年工作计划',
        '（一）深化“科创中国”服务企业行动',
        '组织专家服务团入企服务不少于30家次，下半年新建企业科协3家。（学会部负责）',
      ].join('\n'),
    );
    expect(plan.title).toBe('临港区科协2026年上半年工作总结和下半年工作计划');
    expect(plan.tasks.map((t) => t.title)).toEqual(['深化“科创中国”服务企业行动']);
    expect(plan.targets.map((t) => [t.value, t.unit])).toEqual([
      [30, '家次'],
      [3, '家'],
    ]);
  });
  it('a lead rule printed in the requirements after the activities (各项活动所列责任单位中，排在第一位的为牵头单位) holds', () => {
    const plan = parsePlan(
      [
        '某市2026年“7·28”防震减灾宣传活动方案',
        '一、活动内容',
        '（一）举办宣传活动启动仪式',
        '责任单位：市应急管理局、市委宣传部',
        '二、工作要求',
        '（一）加强组织领导。各项活动所列责任单位中，排在第一位的为牵头单位，其他单位按职责配合。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits])).toEqual([['举办宣传活动启动仪式', ['市应急管理局']]]);
  });
  it('a schedule by township a cell per line under its heading, and a timetable by half days, date their rows', () => {
    const plan = parsePlan(
      [
        '某县2026年冬春“三下乡”活动方案',
        '一、活动内容',
        '（一）送科技下乡。（县科协负责）',
        '二、日程安排表',
        ...['序号', '乡镇', '时间', '地点', '承办单位'],
        ...['1', '城关镇', '1月20日（星期二）', '城关镇新街口广场', '城关镇人民政府'],
        ...['2', '石桥镇', '1月22日（星期四）', '石桥镇集贸市场', '石桥镇人民政府'],
        '三、培训日程',
        '| 日期 | 内容 | 主讲 | 地点 |',
        '| 7月13日上午 | 开班仪式 | 县教育局 | 县教师发展中心 |',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => [m.year, m.text.split('，')[0]])).toEqual([
      [2026, '1月20日（星期二）：1'],
      [2026, '1月22日（星期四）：2'],
      [2026, '7月13日上午：开班仪式'],
    ]);
  });
});

describe('task lists in other words, steps by months and days marked in a schedule', () => {
  it('an attached task list restating each task of the text in other words adds its units, no tasks', () => {
    const plan = parsePlan(
      [
        '某市科协2027年工作要点',
        '一、提升公民科学素质',
        '1.统筹办好全国科普日、科技活动周等重大示范活动，全年组织开展各类科普活动1200场次以上。',
        '2.举办第九届全市青少年科技创新大赛，组织100名以上科技工作者走进中小学。',
        '3.推进科技馆展教资源更新改造，科技馆全年接待观众50万人次以上。',
        '附件',
        '重点任务清单',
        '| 序号 | 重点任务 | 牵头单位 | 完成时限 |',
        '| 1 | 办好全国科普日、科技活动周等重大示范活动，全年开展科普活动1200场次以上 | 市科协科普部 | 9月 |',
        '| 2 | 举办第九届青少年科技创新大赛 | 市科协青少年部 | 5月 |',
        '| 3 | 科技馆展教资源更新改造，接待观众50万人次以上 | 市科技馆 | 12月 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.units])).toEqual([
      ['1', ['市科协科普部']],
      ['2', ['市科协青少年部']],
      ['3', ['市科技馆']],
    ]);
  });
  it('a 时间节点 part’s steps dated by months after the first names its year are of that year', () => {
    const plan = parsePlan(
      [
        '某镇村级科普服务站建设工作方案',
        '一、工作任务',
        '（一）统筹选址布点。（镇科协负责）',
        '二、时间节点',
        '（一）动员部署。2026年3月底前，召开全镇动员会。',
        '（二）集中建设。4月至7月，各村完成场所改造。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['统筹选址布点']);
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2026, '2026年3月底前，召开全镇动员会'],
      [2026, '4月至7月，各村完成场所改造'],
    ]);
  });
  it('a monthly schedule a cell per line with a column of the days its activities mark names those days', () => {
    const plan = parsePlan(
      [
        '某森林公园科普教育基地2026年度工作计划',
        '一、重点工作',
        '（一）开展主题科普活动。（科普宣教中心负责）',
        '二、2026年科普活动月度安排',
        ...['月份', '活动名称', '结合主题日', '责任部门'],
        ...['3月', '义务植树暨植树节科普宣传活动', '植树节（3月12日）', '科普宣教中心'],
        ...['4月', '“爱鸟周”观鸟识鸟科普活动', '爱鸟周', '科普宣教中心'],
      ].join('\n'),
      { themeDayAliases: ['植树节', '爱鸟周'] },
    );
    expect(plan.milestones.map((m) => m.year)).toEqual([2026, 2026]);
    expect(plan.themeDays).toEqual(['植树节', '爱鸟周']);
  });
});

describe('participants on label lines and calls for a year', () => {
  it('参加单位： on a line of its own lists units; a call for a year (2026年度…申报指南) is of that year', () => {
    const plan = parsePlan(
      [
        '2026年度某市科技活动周重点活动申报指南',
        '一、重点活动',
        '（一）科技特派员服务乡村振兴行动',
        '时间：5月18日—23日',
        '牵头单位：市科技局',
        '参加单位：市农业农村局、市林业局',
      ].join('\n'),
    );
    expect(plan.period).toEqual({ start: 2026, end: 2026 });
    expect(plan.tasks.map((t) => [t.leadUnits, t.units])).toEqual([
      [['市科技局'], ['市科技局', '市农业农村局', '市林业局']],
    ]);
  });
});

describe('year columns over two lines, names cut at their last character, calendars by month', () => {
  it('an indicator table a cell per line whose year cells wrap over their kind (2025年 / 基数, 2026年 / 目标)', () => {
    const plan = parsePlan(
      [
        '某市科协数字化转型工作方案（2026—2027年）',
        '一、重点任务',
        '（一）升级科普云平台。（市科协信息中心负责）',
        '附件',
        '主要指标',
        ...['序号', '指标名称', '单位', '2025年', '基数', '2026年', '目标', '2027年', '目标'],
        ...['1', '科普云注册用户', '万人', '42', '60', '80'],
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([
      [60, 2026],
      [80, 2027],
    ]);
  });
  it('a unit’s last character on a line of its own in a table a cell per line (…、各设区市科 / 协) ends its name', () => {
    const plan = parsePlan(
      [
        '某省科协2026年工作要点',
        '一、重点工作',
        '（一）大力弘扬科学家精神。开展宣讲活动。',
        '附件',
        '重点工作任务分工表',
        ...['序号', '重点任务', '牵头部门', '配合部门', '完成时限'],
        ...['1', '大力弘扬科学家精神', '调研宣传部', '科技人才部、各设区市科', '协', '2026年12月'],
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.units)).toEqual([['调研宣传部', '科技人才部', '各设区市科协']]);
  });
  it('a part to put the work into effect, its title going on (强化工作落实，确保各项任务取得实效), is of guarantees', () => {
    const plan = parsePlan(
      [
        '某省科协2026年工作要点',
        '一、提升全民科学素质',
        '（一）办好重大科普活动。（科普部负责）',
        '二、强化工作落实，确保各项任务取得实效',
        '（二）加强统筹协调。建立重点工作清单化管理机制。（办公室负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title])).toEqual([
      ['main', '办好重大科普活动'],
      ['guarantee', '加强统筹协调'],
    ]);
  });
  it('a calendar’s 月度安排 of month lines closing with units is its schedule; a calendar (…工作年历) is for its year', () => {
    const plan = parsePlan(
      [
        '某镇2026年科普工作年历',
        '一、重点工作',
        '（一）夯实基层科普阵地。完善村级科普阵地。（镇科协负责）',
        '二、月度安排',
        '1月：召开全镇科普工作会议。（镇科协）',
        '2月：利用春节返乡开展科普宣传。（镇农业综合服务中心）',
      ].join('\n'),
    );
    expect(plan.period).toEqual({ start: 2026, end: 2026 });
    expect(plan.tasks.map((t) => t.title)).toEqual(['夯实基层科普阵地']);
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2026, '1月：召开全镇科普工作会议'],
      [2026, '2月：利用春节返乡开展科普宣传'],
    ]);
  });
});

describe('projects with their fields', () => {
  it('a task’s labelled due date (完成时限：2026年10月底前) dates its targets, as a table row’s does', () => {
    const plan = parsePlan(
      [
        '某区2026年民生实事科普项目实施方案',
        '一、项目内容',
        '（一）建设社区科普e站',
        '建设内容：新建社区科普e站8个，开展科普活动500场次。',
        '责任单位：区科协',
        '完成时限：2026年10月底前',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([
      [8, 2026],
      [500, 2026],
    ]);
  });
});

describe('rules for points and schedules by caption', () => {
  it('parts of points rules (积分规则) and rewards (激励措施) naming no units hold no tasks', () => {
    const plan = parsePlan(
      [
        '某区科普志愿服务积分管理实施方案（2026—2028年）',
        '一、积分规则',
        '（一）积分标准。志愿者每服务1小时积1分。',
        '二、主要任务',
        '（一）搭建积分管理平台。（区科协、区数据局负责）',
        '三、激励措施',
        '（一）星级认定。累计积分达到500分的认定为五星志愿者。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['搭建积分管理平台']);
  });
  it('a table captioned as a schedule of days (…评选工作日程安排) dates its rows, tasks or none in the text', () => {
    const plan = parsePlan(
      [
        '某市科协优秀学会评选表彰办法',
        '第一条　为树立学会建设先进典型，制定本办法。',
        '第二条　评选每两年开展一次。',
        '附件',
        '2026年度优秀学会评选工作日程安排',
        '| 序号 | 工作环节 | 时间安排 | 责任部门 |',
        '| 1 | 发布评选通知 | 2026年3月下旬 | 学会部 |',
        '| 2 | 专家评审 | 2026年5月中下旬 | 学会部 |',
      ].join('\n'),
    );
    expect(plan.tasks).toEqual([]);
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2026, '发布评选通知（2026年3月下旬）'],
      [2026, '专家评审（2026年5月中下旬）'],
    ]);
  });
});

describe('tables whose every row wrapped, boxes bearing a task’s name, performance tables', () => {
  it('a table a cell per line whose every row wrapped: a line goes on as near as it is to the longest line', () => {
    const plan = parsePlan(
      [
        '某街道2026年社区科普e站建设工作计划',
        '一、重点任务',
        ...['序号', '重点任务', '主要措施', '牵头科室', '配合单位'],
        ...[
          '1',
          '推进科普e站全覆盖',
          '在锦绣、河西、枫林、新桥4个社区新建科普e站，对已',
          '建成的5个科普e站进行设备更新和内容升级。',
        ],
        ...['党建工作办公室', '（科协）', '各社区居委会、区科协'],
        ...[
          '2',
          '常态化开展科普活动',
          '依托科普e站开展科普讲座、科普展览、科学实验秀等活',
          '动，在全国科技活动周、全国科普日期间开展集中宣传。',
        ],
        ...['社会事务办公室', '各社区居委会、社区卫', '生服务中心'],
        '二、时间节点',
        ...['时间节点', '工作内容', '责任主体'],
        ...['2026年3月', '印发工作计划，召开动员部署', '会，明确各社区任务。', '党建工作办公室（科协）'],
        ...['2026年12月', '迎接区科协年度考核验收。', '党建工作办公室（科协）'],
        '三、保障措施',
        '（一）加强组织领导。街道成立工作专班。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['推进科普e站全覆盖', ['党建工作办公室（科协）'], ['党建工作办公室（科协）', '各社区居委会', '区科协']],
      ['常态化开展科普活动', ['社会事务办公室'], ['社会事务办公室', '各社区居委会', '社区卫生服务中心']],
    ]);
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2026, '印发工作计划，召开动员部署会，明确各社区任务（2026年3月）'],
      [2026, '迎接区科协年度考核验收（2026年12月）'],
    ]);
  });
  it('a group’s list labelled 落实主体 names units too', () => {
    expect(
      units('（责任单位：市应急管理局、市总工会等有关部门；落实主体：各县（市、区）人民政府、各类企业）').units,
    ).toEqual(['市应急管理局', '市总工会', '各县（市、区）人民政府', '各类企业']);
  });
  it('the box after a task bearing its name (专栏1 …提质工程) gives it the units its labels list', () => {
    const plan = parsePlan(
      [
        '某省科普事业发展规划（2026—2030年）',
        '一、重点工程',
        '（一）现代科技馆体系提质工程。推动实体科技馆提质增效。',
        '专栏1 现代科技馆体系提质工程',
        '——实体科技馆：到2030年，新建、改扩建县级科技馆14座。',
        '牵头单位：省科技馆',
        '参与单位：省科协科普部、各市（州）科协',
        '（二）科普人才培育工程。',
        '专栏2 基层科普人才',
        '——培训基层科普骨干5000人次。',
        '牵头单位：省科协组织人事部',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['现代科技馆体系提质工程', ['省科技馆'], ['省科技馆', '省科协科普部', '各市（州）科协']],
      ['科普人才培育工程', [], []],
    ]);
  });
  it('a performance table of spaced cells, its grouping cells in their group’s first row only; a cap on spending is none', () => {
    const plan = parsePlan(
      [
        '某县科技馆2026年度免费开放绩效目标及工作计划',
        '一、绩效指标',
        '一级指标 二级指标 三级指标 指标值',
        '产出指标 数量指标 全年免费开放天数 ≥300天',
        '接待观众人次 ≥8万人次',
        '质量指标 展品完好率 ≥95%',
        '成本指标 经济成本指标 免费开放补助资金支出 ≤80万元',
        '效益指标 社会效益指标 青少年观众占比 ≥60%',
        '- 2 -',
        '二、重点工作',
        '1、丰富科普教育活动。开发馆本课程6门。（责任部门：展教部）',
      ].join('\n'),
    );
    expect(plan.targets.filter((t) => t.taskSeq === null).map((t) => [t.metric, t.value, t.year])).toEqual([
      ['全年免费开放天数', 300, 2026],
      ['接待观众人次', 8, 2026],
      ['展品完好率', 95, 2026],
      ['青少年观众占比', 60, 2026],
    ]);
  });
  it('a schedule’s years named as stages (2026年为启动建设年：…) are its steps', () => {
    const plan = parsePlan(
      [
        '某高新区科技创新与科学普及工作方案（2026—2028年）',
        '一、重点任务',
        '（一）推进企业科协建设。（区科协负责）',
        '二、实施步骤',
        '2026年为启动建设年：制定配套政策，启动示范园区试点。',
        '2027年为全面推进年：各项任务全面铺开，开展中期评估。',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => m.year)).toEqual([2026, 2027]);
  });
});

describe('key works as pieces of tasks, articles as items, days over their activities', () => {
  it('a table of key works, each row a piece of one task’s text, adds units and no tasks', () => {
    const plan = parsePlan(
      [
        '某省科协2027年工作要点',
        '一、推动科普高质量发展',
        '（一）统筹推进全民科学素质工作。召开全省全民科学素质工作推进会，开展2027年公民科学素质抽样调查。（科普部）',
        '（二）推进科技人才举荐培养。组织开展第六届某省青年科技奖评选，实施青年人才托举工程。（科技人才部）',
        '（三）推进学会治理现代化。开展省级学会综合能力评估，推动学会规范发展。（学会服务中心）',
        '附件',
        '某省科协2027年重点工作任务分工表',
        '| 序号 | 重点工作 | 牵头部门 | 完成时限 |',
        '| 1 | 召开全省全民科学素质工作推进会 | 科普部 | 2027年4月底前 |',
        '| 2 | 开展2027年公民科学素质抽样调查 | 调查中心 | 2027年10月底前 |',
        '| 3 | 第六届某省青年科技奖评选 | 科技人才部 | 2027年11月底前 |',
        '| 4 | 省级学会综合能力评估 | 学会服务中心 | 2027年12月底前 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['统筹推进全民科学素质工作', ['科普部', '调查中心']],
      ['推进科技人才举荐培养', ['科技人才部']],
      ['推进学会治理现代化', ['学会服务中心']],
    ]);
  });
  it('rules in articles: a task chapter’s articles are its tasks, one naming no units a rule where most name theirs not', () => {
    const articles = (n: number) =>
      ['一', '二', '三', '四'].slice(0, n).map((k) => `第${k}条　本细则第${k}项规定适用于全院。`);
    const plan = parsePlan(
      [
        '某医院健康科普工作实施细则',
        '第一章　总　则',
        ...articles(4),
        '第二章　工作任务',
        '第五条　建立医院健康科普专家库，2026年底前入库专家不少于150名。（牵头部门：党委宣传部；配合部门：医务部）',
        '第六条　各临床科室每年发布原创健康科普作品不少于12件。',
        '第七条　常态化开展线下健康科普活动：',
        '（一）“健康大讲堂”。每年举办“健康大讲堂”不少于24期。（责任部门：门诊部）',
        '（二）科普进基层。每年开展义诊活动不少于30场。（责任部门：医务部）',
        '第八条　加强健康科普人才培养。（责任部门：科教部）',
        '第三章　保障与考核',
        '第九条　医院每年安排健康科普专项经费不少于30万元。（责任部门：财务部）',
        '第十条　健康科普工作纳入科室绩效考核。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title, t.units])).toEqual([
      ['main', '建立医院健康科普专家库，2026年底前入库专家不少于150名', ['党委宣传部', '医务部']],
      ['main', '各临床科室每年发布原创健康科普作品不少于12件', []],
      ['main', '“健康大讲堂”', ['门诊部']],
      ['main', '科普进基层', ['医务部']],
      ['main', '加强健康科普人才培养', ['科教部']],
      ['guarantee', '医院每年安排健康科普专项经费不少于30万元', ['财务部']],
    ]);
    const rules = parsePlan(
      [
        '某省科普示范县创建评价办法',
        '第一章　总　则',
        ...articles(4),
        '第二章　创建任务',
        '第五条　创建单位应当完成以下重点任务：',
        '（一）健全组织领导体系。（县科协、县委组织部负责）',
        '（二）完善科普基础设施。（县科协、县财政局负责）',
        '第六条　创建任务完成情况是示范县评价的主要依据。',
      ].join('\n'),
    );
    expect(rules.tasks.map((t) => t.title)).toEqual(['健全组织领导体系', '完善科普基础设施']);
  });
  it('a day’s line with its weekday over its activities (5月12日（星期三）) is a step, with its first activity', () => {
    const plan = parsePlan(
      [
        '某市2027年防灾减灾宣传周活动方案',
        '一、活动内容',
        '（一）开展集中宣传。（市应急管理局负责）',
        '附件',
        '2027年某市防灾减灾宣传周每日活动安排表',
        '5月12日（星期三）',
        '全市防灾减灾宣传周启动仪式（市民广场）',
        '牵头单位：市应急管理局',
        '5月13日（星期四）',
        '“防灾减灾第一课”进校园',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2027, '5月12日（星期三）：全市防灾减灾宣传周启动仪式（市民广场）'],
      [2027, '5月13日（星期四）：“防灾减灾第一课”进校园'],
    ]);
  });
  it('a clause opening with its year after a baseline (在2026年建成38个…的基础上，2027年新建…12个) is due that year', () => {
    expect(
      findTargets(
        '在2026年建成38个科普e站的基础上，2027年新建科普e站12个。',
        { taskSeq: 1, periodStart: 2027 },
        false,
      ).map((t) => [t.value, t.year]),
    ).toEqual([[12, 2027]]);
  });
  it('counts delivered by 选派, 宣传推介 and 示范推广, and people a clause sends to act (组织…200名深入乡村…)', () => {
    const found = (s: string) => findTargets(s, { taskSeq: 1, periodStart: null }, false).map((t) => t.value);
    expect(found('组织科技特派员200名深入乡村开展技术指导和培训。')).toEqual([200]);
    expect(found('选派科技特派员80名，对接服务新型农业经营主体。')).toEqual([80]);
    expect(found('宣传推介优秀科技工作者典型30名，走访慰问一线科研人员。')).toEqual([30]);
    expect(found('示范推广主推技术15项，主推技术到位率达到95%以上。')).toEqual([15, 95]);
  });
});

describe('units over their items, fields of activities, tables wrapped cell by cell', () => {
  it('a unit’s name with its colon over its numbered items names their unit, its items on its own line too', () => {
    const plan = parsePlan(
      [
        '某省全民科学素质工作领导小组成员单位2026年度工作任务清单',
        '省教育厅：',
        '1.深入实施中小学科学教育提质行动。',
        '2.推进高校科学教育和科普工作。',
        '省气象局：1.结合世界气象日开展气象科普开放活动。2.推进气象预警信息进村入户。',
        '省科协：',
        '1.组织开展全国科普日活动（省委宣传部参与）。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['深入实施中小学科学教育提质行动', ['省教育厅']],
      ['推进高校科学教育和科普工作', ['省教育厅']],
      ['结合世界气象日开展气象科普开放活动', ['省气象局']],
      ['推进气象预警信息进村入户', ['省气象局']],
      ['组织开展全国科普日活动', ['省委宣传部', '省科协']],
    ]);
  });
  it('an activity’s fields (1.活动时间： 2.活动内容： 3.组织单位：) are its text, 组织单位 its units', () => {
    const plan = parsePlan(
      [
        '某县2026年“安全生产月”活动方案',
        '一、活动安排',
        '（一）开展启动暨集中宣传活动',
        '1.活动时间：6月1日。',
        '2.活动内容：在县城人民广场举行启动仪式。',
        '3.组织单位：县安委办牵头，县委宣传部配合。',
        '（二）开展应急演练周活动',
        '1.活动时间：6月17日至23日。',
        '2.活动内容：组织开展应急演练。',
        '3.组织单位：县应急管理局。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.leadUnits, t.units])).toEqual([
      ['开展启动暨集中宣传活动', ['县安委办'], ['县安委办', '县委宣传部']],
      ['开展应急演练周活动', [], ['县应急管理局']],
    ]);
  });
  it('a table a cell per line: a title goes on into no sentence, a units cell holds no clause, 等 alone ends the line above', () => {
    const plan = parsePlan(
      [
        '某省2026年科学技术普及工作要点',
        '附件',
        '2026年科学技术普及工作重点任务清单',
        ...['序号', '重点任务', '具体内容', '牵头处室', '完成时间'],
        ...['1', '修订《某省科学技术普及条例》', '开展立法调研，形成条例修订草案送审稿，报省政', '府审议'],
        ...['政策法规与监督处', '2026年10月底前'],
        ...['2', '做好全省科普统计工作', '组织开展全省科普统计调查，编印统计年报', '科技人才与科普处', '2026年8月底前'],
        ...[
          '3',
          '推动科研设施向公众开放',
          '推动重点实验室、技术创新中心等科技创新基地面',
          '向公众开放，全年开放不少于200场次',
        ],
        ...['基础研究处', '全年'],
        ...['4', '办好全国科普月活动', '组织开展全省科普讲解大赛、科学实验展演汇演', '等'],
        ...['科技人才与科普处', '2026年9月'],
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['修订《某省科学技术普及条例》', ['政策法规与监督处']],
      ['做好全省科普统计工作', ['科技人才与科普处']],
      ['推动科研设施向公众开放', ['基础研究处']],
      ['办好全国科普月活动', ['科技人才与科普处']],
    ]);
  });
  it('a notice’s own goals part sets targets; with no period printed, years from the year of issue on are to come', () => {
    const plan = parsePlan(
      [
        '某市科学技术协会关于印发《某市科普示范社区创建标准与评分细则》的通知',
        '各县（市、区）科协：',
        '一、创建目标',
        '2026年全市新创建市级科普示范社区30个左右。到2027年底，全市市级科普示范社区总数达到120个。',
        '附件：某市科普示范社区创建标准与评分细则',
        '某市科学技术协会',
        '2026年3月16日',
        '附件',
        '某市科普示范社区创建标准与评分细则',
        '一、基本条件',
        '有相对固定的科普活动场所。',
        '二、评定办法',
        '（一）实地评估采取听取汇报、查阅资料相结合的方式进行。',
        '三、动态管理',
        '（一）已命名的市级科普示范社区每3年复核一次。',
      ].join('\n'),
    );
    expect(plan.tasks).toEqual([]);
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([
      [30, 2026],
      [120, 2027],
    ]);
  });
  it('a table under a schedule’s heading and its lead-in (六、赛程安排 / …具体安排如下：) dates its rows', () => {
    const plan = parsePlan(
      [
        '某市教育局关于举办青少年科技创新大赛的通知',
        '一、赛程安排',
        '大赛分两个阶段进行，具体安排如下：',
        '| 阶段 | 时间 | 主要工作 | 责任单位 |',
        '| 校级初赛 | 2026年3月1日—3月31日 | 各学校组织校内选拔 | 各中小学校 |',
        '| 市级终评 | 2026年5月中旬 | 组织专家问辩、终评 | 市青少年科技教育中心 |',
        '二、任务分工',
        '1.组织发动。统筹推进各区县参赛工作。',
        '牵头单位：市教育局基础教育处',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['组织发动']);
    expect(plan.milestones.map((m) => m.text)).toEqual([
      '校级初赛（2026年3月1日—3月31日）',
      '市级终评（2026年5月中旬）',
    ]);
  });
  it('a month’s cell spanning two rows of a plan a cell per line, a unit cell naming roles (…牵头，…配合) closing each', () => {
    const plan = parsePlan(
      [
        '某市图书馆2026年科普阅读推广活动计划',
        '一、活动安排',
        ...['月份', '活动名称', '活动内容', '负责部门'],
        ...['3月', '“学雷锋”科普志愿服务', '组织志愿者走进社区开展科普服务', '阅读推广部'],
        ...['4月', '“4·23世界读书日”科普阅读嘉年华', '举办科普作家见面会和图书签售活动', '阅读推广部牵头，少儿部配合'],
        ...['“飞天逐梦”航天科普主题展', '举办航天主题图片展', '展览部、市科协'],
        ...['5月', '科技活动周“科普大讲堂”', '举办前沿科技科普讲座', '参考咨询部'],
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['“学雷锋”科普志愿服务', ['阅读推广部']],
      ['“4·23世界读书日”科普阅读嘉年华', ['阅读推广部', '少儿部']],
      ['“飞天逐梦”航天科普主题展', ['展览部', '市科协']],
      ['科技活动周“科普大讲堂”', ['参考咨询部']],
    ]);
  });
  it('a signature before attachments numbered 附1, 附2 dates the plan', () => {
    const plan = parsePlan(
      [
        '某区2026年科普大篷车巡展工作计划',
        '一、巡展安排',
        '（一）进校园巡展。（区科协、区教育体育局负责）',
        '（二）进社区巡展。（区科协、区民政局负责）',
        '二、工作要求',
        '各镇（街道）要在每次巡展结束后5个工作日内报送总结。',
        '某区科学技术协会',
        '2026年3月5日',
        '附1',
        '巡展工作专班成员名单',
        '组　长：刘某某　区科协主席',
        '附2',
        '车载展品清单',
        '1.互动展品：伯努利悬浮球、传声筒',
        '2.科普展板：防范电信网络诈骗、食品安全',
        '3.科学实验秀：液氮实验、大气压力实验',
        '4.体验项目：VR虚拟现实、编程机器人',
        '5.科普影视：科普短片、科普动画若干',
        '【打印本页】【关闭窗口】',
      ].join('\n'),
    );
    expect([plan.issuer, plan.issuedOn]).toEqual(['某区科学技术协会', '2026-03-05']);
  });
});

describe('goals tables with measures, activity tables, members’ duties, titles below the number', () => {
  it('a goals table a cell per line with a column of measures, a page number among its values, 36（累计）', () => {
    const plan = parsePlan(
      [
        '某市科技馆“馆校合作”三年行动计划（2026—2028年）',
        '一、总体目标',
        '表1　年度目标',
        ...['指标名称', '单位', '2026年', '2027年', '2028年'],
        ...['合作共建学校', '所', '30', '45', '60'],
        ...['馆本课程开发', '门', '12', '— 2 —', '24', '36（累计）'],
        '二、重点任务',
        '（一）开发馆本科学课程包。（展教部负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.metric, t.value, t.unit, t.year])).toEqual([
      ['合作共建学校', 30, '所', 2026],
      ['合作共建学校', 45, '所', 2027],
      ['合作共建学校', 60, '所', 2028],
      ['馆本课程开发', 12, '门', 2026],
      ['馆本课程开发', 24, '门', 2027],
      ['馆本课程开发', 36, '门', 2028],
    ]);
  });
  it('a table of activities is the tasks of a text setting none but its requirements; a dated 工作安排 after the text’s tasks its schedule', () => {
    const activities = parsePlan(
      [
        '某大学2026年“科学之春”科普活动方案',
        '一、活动安排',
        '| 序号 | 活动类别 | 活动名称 | 时间 | 地点 | 承办学院 |',
        '| 1 | 科学讲坛 | 院士科普报告会 | 3月16日 | 报告厅 | 物理学院 |',
        '| 2 |  | 人工智能系列科普讲座 | 3月19日 | 图书馆 | 计算机学院 |',
        '二、工作要求',
        '（一）确保活动安全。（保卫处负责）',
      ].join('\n'),
    );
    expect(activities.tasks.map((t) => [t.part, t.title])).toEqual([
      ['guarantee', '确保活动安全'],
      ['main', '院士科普报告会'],
      ['main', '人工智能系列科普讲座'],
    ]);
    const scheduled = parsePlan(
      [
        '某协会等十部门关于推动科技资源科普化工作的通知',
        '一、推动科研设施向公众开放',
        '（一）推动科研设施开放。（科技部、教育部按职责分工负责）',
        '（二）建设高校星火馆。（中国科协、教育部按职责分工负责）',
        '附件',
        '2026年科技资源科普化重点工作安排',
        '| 序号 | 工作内容 | 时间 | 牵头单位 |',
        '| 1 | 发布科研设施公众开放名单 | 2026年3月底前 | 科技部 |',
        '| 2 | 启动第三批高校星火馆认定 | 2026年4月 | 中国科协 |',
      ].join('\n'),
    );
    expect(scheduled.tasks.map((t) => t.title)).toEqual(['推动科研设施开放', '建设高校星火馆']);
    expect(scheduled.milestones.map((m) => m.year)).toEqual([2026, 2026]);
  });
  it('the issuer’s line below the document number opens the title again', () => {
    const plan = parsePlan(
      [
        '某区人民政府办公室文件',
        '某府办发〔2026〕15号',
        '某区人民政府办公室',
        '关于成立某区全民科学素质工作领导小组的通知',
        '各镇人民政府、街道办事处：',
        '一、成员单位职责',
        '1.区委组织部：负责将科学素质教育纳入干部教育培训总体规划。',
        '2.区教育局：负责统筹实施青少年科学素质提升行动。',
      ].join('\n'),
    );
    expect(plan.title).toBe('某区人民政府办公室关于成立某区全民科学素质工作领导小组的通知');
    expect(plan.tasks.map((t) => t.units)).toEqual([['区委组织部'], ['区教育局']]);
  });
  it('minutes as a level reached (提前量达到45分钟以上) and 车次 count; minutes in a name do not', () => {
    const found = (s: string) =>
      findTargets(s, { taskSeq: null, periodStart: 2026 }, true).map((t) => [t.value, t.unit]);
    expect(found('2026年，强对流天气预警提前量达到45分钟以上。')).toEqual([[45, '分钟']]);
    expect(found('到2030年，流动科技馆每年巡展不少于300车次。')).toEqual([[300, '车次']]);
    expect(found('到2030年，打造“15分钟科普服务圈”。')).toEqual([]);
  });
  it('a year’s whole-year goal column (2026年全年目标) beside what is done so far holds the goals', () => {
    const plan = parsePlan(
      [
        '某县科协2026年上半年工作总结及下半年工作计划',
        '一、上半年工作开展情况',
        '| 序号 | 指标名称 | 单位 | 2026年全年目标 | 上半年完成 | 完成率 |',
        '| 1 | 农村实用技术培训 | 期 | 40 | 23 | 57.5% |',
        '| 2 | 新建科普e站 | 个 | 14 | 4 | 28.6% |',
        '二、下半年工作计划',
        '（一）办好全国科普月活动。（县科协负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([
      [40, 2026],
      [14, 2026],
    ]);
  });
});

describe('people sent with their name, a row a cell short, a class after 等', () => {
  it('people a clause sends to act, named before the act (组织50名优秀科技工作者赴…疗休养), are delivered', () => {
    expect(
      findTargets('组织50名优秀科技工作者赴区内疗休养基地开展疗休养。', { taskSeq: 1, periodStart: 2026 }, false).map(
        (t) => t.value,
      ),
    ).toEqual([50]);
  });
  it('a row a cell short, its title’s cell spanning it, finishes the sentence the row above broke off', () => {
    const plan = parsePlan(
      [
        '某集团科协2026年工作计划',
        '一、重点工作',
        '| 序号 | 重点任务 | 主要内容和目标 | 牵头部门 | 配合部门 | 完成时限 |',
        '| 1 | 深化产学研合作 | 与高校院所共建联合实验室2个，联合开展关键核心 | 技术中心 | 科技管理部 | 12月底前 |',
        '|  | 技术攻关项目5项 |  |  |  |',
        '| 2 | 建设企业科普阵地 | 更新厂区科普宣传栏 | 党群工作部 | 信息化中心 | 9月底前 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.text.includes('联合开展关键核心技术攻关项目5项')])).toEqual([
      ['深化产学研合作', true],
      ['建设企业科普阵地', false],
    ]);
  });
  it('a class after 等 closing a list (…澜江理工大学等省内高校和科研院所) is no unit; 各高等院校 stays whole', () => {
    expect(units('（承办单位：省科协、某理工大学等省内高校和科研院所）').units).toEqual(['省科协', '某理工大学']);
    expect(units('（责任单位：各高等院校、各科研院所）').units).toEqual(['各高等院校', '各科研院所']);
  });
});

describe('a team’s make-up, a performance table of two levels a cell per line', () => {
  it('a team’s make-up (队伍组成) and management (服务队管理) hold no tasks', () => {
    const plan = parsePlan(
      [
        '某街道2026年科普志愿服务队建设方案',
        '一、队伍组成',
        '（一）科普志愿服务总队。由街道科协牵头组建。',
        '（二）专业小分队。依托辖区单位组建5支专业小分队。',
        '二、主要任务',
        '1.开展志愿者招募注册。（街道科协、各社区居委会负责）',
        '三、服务队管理',
        '（一）招募条件',
        '1.遵守国家法律法规，热爱科普公益事业；',
        '2.年满18周岁，身体健康。',
        '（二）日常管理。实行积分制管理。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['开展志愿者招募注册']);
  });
  it('a performance table a cell per line, 一级指标 written in its group’s first row only (产出指标 / …), holds the goals', () => {
    const plan = parsePlan(
      [
        '某省学会服务能力提升专项实施方案（2026—2028年）',
        '一、重点任务',
        '（一）建设学会服务站。（学会部负责）',
        '附件',
        '专项绩效指标表',
        ...['一级指标', '二级指标', '2028年目标值'],
        ...['产出指标', '学会服务站覆盖设区市数', '11个', '承接政府转移职能项目数（累计）', '≥60项'],
        ...['满意度指标', '会员满意度', '≥90%'],
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.metric, t.value, t.unit, t.year])).toEqual([
      ['学会服务站覆盖设区市数', 11, '个', 2028],
      ['承接政府转移职能项目数', 60, '项', 2028],
      ['会员满意度', 90, '%', 2028],
    ]);
  });
});

describe('review contents, lines of support, activity segments, working groups', () => {
  it('a review’s contents (复核内容), material requirements (材料要求) and lines of support (扶持方向) hold no tasks', () => {
    const plan = parsePlan(
      [
        '某省2026年科普创作扶持计划',
        '一、扶持方向',
        '1.原创科普图书。',
        '2.科普短视频。',
        '二、复核内容',
        '（一）基础条件。',
        '（二）开放服务。',
        '三、材料要求',
        '（一）报送材料包括自评报告。',
        '四、重点任务',
        '（一）举办科普创作大赛。（科普部负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['举办科普创作大赛']);
  });
  it('a table of an event’s segments (活动环节) holds its tasks, its working groups (工作分工) are guarantees', () => {
    const plan = parsePlan(
      [
        '某博物馆2026年“科学之夜”活动方案',
        '一、活动内容',
        '| 序号 | 活动环节 | 时间 | 地点 | 牵头部门 | 配合部门 |',
        '| 1 | 开幕仪式 | 18:30—18:50 | 馆前广场 | 办公室 | 社会教育部 |',
        '| 2 | 星空观测 | 19:30—21:30 | 馆前广场 | 天文学会 | 社会教育部 |',
        '二、工作分工',
        '（一）综合协调组',
        '牵头部门：办公室',
        '配合部门：财务部',
        '（二）安全保卫组',
        '牵头部门：保卫部',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title])).toEqual([
      ['guarantee', '综合协调组'],
      ['guarantee', '安全保卫组'],
      ['main', '开幕仪式'],
      ['main', '星空观测'],
    ]);
  });
});

describe('a body carrying out every task, credit hours', () => {
  it('a note that a body carries out every task, not listed with each, adds it to every task; 学时认定 holds no tasks', () => {
    const plan = parsePlan(
      [
        '某省现代科技馆体系建设方案（2026—2030年）',
        '一、重点任务',
        '（一）新建一批县级科技馆。（省科协、省发展改革委负责）',
        '（二）更新配置流动科技馆。（省科协负责）',
        '二、考核与学时认定',
        '（一）每名科学教师年度参加专业培训不少于72学时。',
        '注：各设区市人民政府为各项任务的落实主体，表中不再一一列出。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['新建一批县级科技馆', ['省科协', '省发展改革委', '各设区市人民政府']],
      ['更新配置流动科技馆', ['省科协', '各设区市人民政府']],
    ]);
  });
});

describe('a body carrying out every task by a table’s lead-in, subtitles, items after a box', () => {
  it('（X负责本辖区任务落实，表中不再列出） after a table’s lead-in adds X to every task', () => {
    const plan = parsePlan(
      [
        '某市健康科普专项行动方案',
        '一、重点任务',
        '重点任务及责任分工如下表（各区县人民政府负责本辖区任务落实，表中不再列出）：',
        '| 序号 | 重点任务 | 牵头部门 | 配合部门 |',
        '| 1 | 建立健康科普专家库 | 市卫生健康委 | 市科协 |',
        '| 2 | 开展学校健康教育 | 市教育局 | 市卫生健康委 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.units.at(-1))).toEqual(['各区县人民政府', '各区县人民政府']);
  });
  it('a heading’s subtitle after its colon is its title, a field’s value is not', () => {
    const plan = parsePlan(
      [
        '某大学2026年科技活动周活动方案',
        '一、活动内容',
        '（一）科普开放日：实验室和科研平台开放活动',
        '5月16日，集中开放重点实验室。',
        '责任单位：科学技术处、各学院',
        '（二）科学家精神报告会',
        '1.时间：5月18日',
        '2.地点：学校田径场、学术报告厅',
        '3.内容：邀请院士作专题报告。',
        '4.负责部门：党委宣传部',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['科普开放日：实验室和科研平台开放活动', '科学家精神报告会']);
  });
  it('an item going on from the items before a box is theirs, not the box’s', () => {
    const plan = parsePlan(
      [
        '某区老年人数字素养提升规划（2026—2030年）',
        '一、主要任务',
        '（一）提升老年人数字生活能力',
        '1.开展智能手机应用培训。组织“手把手”教学。',
        '牵头单位：区委网信办',
        '2.实施“银龄数字伙伴”结对帮扶。组织青年志愿者与老年人结对。',
        '牵头单位：区民政局',
        '专栏1“银龄数字伙伴”行动',
        '每年招募培训志愿者500名以上。',
        '3.发展智慧健康养老应用。推广可穿戴设备。',
        '牵头单位：区卫生健康委',
        '（二）增强数字安全防护能力',
        '4.开展反诈宣传。利用网络安全宣传周开展宣传。',
        '牵头单位：区公安分局',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.path.at(-1)])).toEqual([
      ['开展智能手机应用培训', '（一）提升老年人数字生活能力'],
      ['实施“银龄数字伙伴”结对帮扶', '（一）提升老年人数字生活能力'],
      ['发展智慧健康养老应用', '（一）提升老年人数字生活能力'],
      ['开展反诈宣传', '（二）增强数字安全防护能力'],
    ]);
  });
  it('a units cell wrapped before 人民政府 goes on, not the title into the content', () => {
    const plan = parsePlan(
      [
        '某市科普基础设施规划（2026—2030年）',
        '附件',
        '重点建设项目表',
        '序号',
        '项目名称',
        '建设内容',
        '责任单位',
        '完成时限',
        '1',
        '“临澄科普云”数字平台项目',
        '建设线上虚拟展厅和科普资源库',
        '市科协、市大数据局',
        '2027年6月',
        '2',
        '社区科普e站建设项目',
        '在城市社区建设科普e站200个',
        '市民政局、市科协，各县（市、区）',
        '人民政府',
        '2029年12月',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['“临澄科普云”数字平台项目', ['市科协', '市大数据局']],
      ['社区科普e站建设项目', ['市民政局', '市科协', '各县（市、区）人民政府']],
    ]);
  });
});

describe('yearly goals tables, standards, goals of a year’s plan, schedules by year and date lines', () => {
  it('a table a year a row (| 年度 | 新认定市级基地（个） |) sets each cell’s goal for its year', () => {
    const plan = parsePlan(
      [
        '某市应急管理科普基地建设方案',
        '一、工作目标',
        '分年度建设目标如下：',
        '| 年度 | 新认定市级基地（个） | 新增应急科普志愿者（名） |',
        '| 2026年 | 15 | 200 |',
        '| 2027年 | 13 | 300 |',
        '二、主要任务',
        '（一）统筹规划基地布局。（市应急管理局负责）',
        '（二）推动资源提档升级。（市科协负责）',
        '市应急管理局',
        '2026年3月1日',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [15, '个', 2026],
      [200, '名', 2026],
      [13, '个', 2027],
      [300, '名', 2027],
    ]);
  });
  it('a part of standards (创建标准, 建设标准) sets conditions, not goals', () => {
    const plan = parsePlan(
      [
        '某镇科普示范村创建工作方案（2026—2027年）',
        '一、创建目标',
        '到2027年底，建成县级以上科普示范村8个。',
        '二、创建标准',
        '（一）每村配备科普信息员1名以上，科普志愿者不少于15人。',
        '（二）科普活动室面积不少于30平方米。',
        '三、主要任务',
        '1.建好科普阵地。（镇科协负责）',
        '2.开展科普活动。（镇科协负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([[8, 2027]]);
  });
  it('a year’s goals after the sentence opening with it (2027年，…。主要目标是：…) are due that year', () => {
    const plan = parsePlan(
      [
        '某县科协2026年工作总结和2027年工作计划',
        '一、2027年工作计划',
        '2027年，县科协将以迎接复评为抓手，推动科普工作高质量发展。主要目标是：全县公民具备科学素质的比例力争达到14.5%，全年举办各类科普活动300场次以上。',
        '（一）聚焦科学素质提升',
        '1.开展科普活动。（责任科室：科普部）',
        '2.推进科普大篷车进校园。全年巡展40场次，招收中小学生200名参加科学营。（责任科室：科普部）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [14.5, '%', 2027],
      [300, '场次', 2027],
      [40, '场次', null],
      [200, '名', null],
    ]);
  });
  it('a yearly amount after a semicolon keeps the year due before it (到2030年，…；…年服务公众超过3000万人次)', () => {
    const plan = parsePlan(
      [
        '某省全民科学素质行动实施方案（2026—2030年）',
        '一、目标',
        '到2030年，全省公民具备科学素质的比例超过20%；科普场馆年服务公众超过3000万人次。',
        '二、任务',
        '（一）加强科普。（省科协负责）',
        '（二）建设场馆。（省科协负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year, t.recurrence])).toEqual([
      [20, 2030, null],
      [3000, 2030, 'annual'],
    ]);
  });
  it('a schedule by year (年度推进计划) dates its steps and sets their goals; date lines are paragraphs of their own', () => {
    const plan = parsePlan(
      [
        '某市科普志愿服务发展规划（2026—2030年）',
        '一、重点任务',
        '（一）壮大志愿者队伍。（市科协负责）',
        '（二）建设服务阵地。（市科协负责）',
        '二、年度推进计划',
        '2026年：制定配套措施，启动服务站建设。',
        '2027年：全市实名注册科普志愿者突破4万名。',
        '三、重点活动时间安排',
        '2027年3月：召开全市科普志愿服务工作会议',
        '2027年5月下旬：举办科技活动周志愿服务活动',
      ].join('\n'),
    );
    expect(plan.milestones.map((m) => [m.year, m.text])).toEqual([
      [2026, '2026年：制定配套措施，启动服务站建设'],
      [2027, '2027年：全市实名注册科普志愿者突破4万名'],
      [2027, '2027年3月：召开全市科普志愿服务工作会议'],
      [2027, '2027年5月下旬：举办科技活动周志愿服务活动'],
    ]);
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([[4, '万名', 2027]]);
  });
  it('what a notice takes and on what terms (推介范围, 推介条件, 名额分配, 培育对象与遴选, 管理考核) holds no tasks nor goals', () => {
    const plan = parsePlan(
      [
        '某省科协关于开展2026年度优秀科普作品推介活动的通知',
        '一、推介范围',
        '（一）科普音视频类。单部时长一般不超过15分钟，系列作品不超过10集。',
        '二、推介条件',
        '1.坚持正确的政治方向。',
        '2.作品应为原创。',
        '三、名额分配',
        '（一）推荐名额。各市推荐作品不超过6部。',
        '（二）推介数量。共遴选推介优秀作品60部左右。',
        '四、培育对象与遴选',
        '（一）培育对象。从事农业生产的农民。',
        '（二）遴选程序。乡镇推荐、县级审核。',
        '五、管理考核',
        '（一）动态管理。命名有效期为3年。',
        '（二）考核激励。对优秀的给予补助。',
        '六、推介活动',
        '（一）线上展播。开展线上展播。（省科协科普部负责）',
        '（二）进基层推广。全年开展活动不少于20场。（各市科协负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['线上展播', '进基层推广']);
    expect(plan.targets.map((t) => t.value)).toEqual([20]);
  });
});

describe('fire brigades’ squads, notes under a table, names wrapped before their organ, duties as the only work', () => {
  it('a squad’s label (责任中队：) lists units', () => {
    const plan = parsePlan(
      [
        '某县消防救援大队2026年“119”消防宣传月活动方案',
        '一、活动内容',
        '1.消防宣传进企业。组织开展消防安全培训。',
        '责任中队：经开区中队、临港中队',
        '2.消防宣传进社区。开展消防演练。',
        '责任中队：城关中队、东城中队',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.units)).toEqual([
      ['经开区中队', '临港中队'],
      ['城关中队', '东城中队'],
    ]);
  });
  it('a table a cell per line ends its last row at the note under it, whose lead rule it keeps', () => {
    const plan = parsePlan(
      [
        '某区2027年科技活动周工作方案',
        '一、活动主题',
        '科技引领 创新未来',
        '二、重点活动安排',
        '具体安排如下：',
        '序号',
        '活动名称',
        '时间',
        '地点',
        '承办单位',
        '1',
        '高新技术企业开放日',
        '5月21日',
        '经济开发区',
        '区科技局、开发区管委会',
        '2',
        '全国科技工作者日座谈会暨',
        '优秀科技工作者表彰',
        '5月22日',
        '区行政中心三楼会议室',
        '区科协、区委组织部',
        '注：承办单位中列第一位的为牵头单位。',
        '三、工作要求',
        '（一）提高思想认识。各承办单位要明确专人负责。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units, t.leadUnits])).toEqual([
      ['高新技术企业开放日', ['区科技局', '开发区管委会'], ['区科技局']],
      ['全国科技工作者日座谈会暨优秀科技工作者表彰', ['区科协', '区委组织部'], ['区科协']],
    ]);
  });
  it('a unit list wrapped before its last name’s organ (…、各区（县）人民 / 政府) goes on', () => {
    const plan = parsePlan(
      [
        '某市气象科普进校园实施方案（2026—2027年）',
        '一、重点任务',
        '（一）建设校园气象站',
        '到2027年底，全市建成标准化校园气象站60个以上，其中2026年新建25个。',
        '责任单位：市教育局、市气象局、各区（县）人民',
        '政府',
        '（二）开展气象科普教育',
        '全市学校气象科普课程覆盖率保持100%。',
        '责任单位：市教育局',
      ].join('\n'),
    );
    expect(plan.tasks[0]!.units).toEqual(['市教育局', '市气象局', '各区（县）人民政府']);
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([
      [60, 2027],
      [25, 2026],
      [100, null],
    ]);
  });
  it('the items of a duties chapter are the tasks of rules setting no other work; an item drops its closing semicolon; a verb opens no unit’s name', () => {
    const plan = parsePlan(
      [
        '某市院士专家工作站建设管理办法',
        '第一章 总则',
        '第一条 为规范工作站的建设和管理，制定本办法。',
        '第二条 到2028年，全市建成院士专家工作站60家以上。',
        '第二章 职责分工',
        '第三条 市科协是全市工作站建设的主管部门，主要职责是：',
        '（一）制定全市工作站发展规划和管理制度；',
        '（二）组织开展工作站考核评估。',
        '第四条 各县科协负责本辖区工作站的培育，主要职责是：',
        '（一）挖掘培育建站单位；',
        '（二）协调解决工作站运行中的困难和问题。',
        '第三章 附则',
        '第五条 本办法由市科协负责解释。',
        '第六条 本办法自印发之日起施行。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title])).toEqual([
      ['main', '制定全市工作站发展规划和管理制度'],
      ['main', '组织开展工作站考核评估'],
      ['main', '挖掘培育建站单位'],
      ['main', '协调解决工作站运行中的困难和问题'],
    ]);
    // (a verb and its object, 挖掘培育建站单位, names no unit)
    expect(plan.tasks.flatMap((t) => t.units)).toEqual([]);
  });
  it('a table shared out among districts (区（县、市）) sets every count beside its quota, in the year of its caption', () => {
    const plan = parsePlan(
      [
        '某市2026年农民手机应用技能培训工作方案',
        '一、选派方式',
        '（一）个人科技特派员。',
        '（二）团队科技特派员。',
        '二、重点工作',
        '（一）开展培训。（市农业农村局负责）',
        '（二）建设队伍。（市科协负责）',
        '附件',
        '某市2026年农民手机应用技能培训任务分解表',
        '| 序号 | 区（县、市） | 培训任务（人次） | 示范带头人（名） |',
        '| 1 | 澜城区 | 12000 | 30 |',
        '| 2 | 临江区 | 15000 | 35 |',
        '| | 合计 | 27000 | 65 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['开展培训', '建设队伍']);
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [12000, '人次', 2026],
      [30, '名', 2026],
      [15000, '人次', 2026],
      [35, '名', 2026],
    ]);
  });
});

describe('items beside a ledger, rows broken in a cell, scoring sheets, duties beside tasks', () => {
  it('numbered items naming their units are the tasks beside a ledger that restates them in short', () => {
    const plan = parsePlan(
      [
        '某省科协2026年科普基础设施工作要点',
        '2026年是开局之年。',
        '1.推进市县科技馆建设。指导各地新建成开放县级科技馆4座。（责任单位：科普部、各设区市科协）',
        '2.提升科普大篷车服务能力。更新配发科普大篷车10辆。（责任单位：科普部）',
        '3.推进农村中学科技馆建设。新建农村中学科技馆15所。（责任单位：省青少年科技中心）',
        '附件',
        '2026年科普基础设施重点工作台账',
        '| 序号 | 重点工作 | 工作目标 | 责任单位 | 完成时间 |',
        '| 1 | 县级科技馆建设 | 新建成开放县级科技馆4座 | 科普部 | 2026年12月 |',
        '| 2 | 科普大篷车 | 更新配发10辆 | 科普部 | 2026年11月 |',
        '| 3 | 农村中学科技馆 | 新建15所 | 省青少年科技中心 | 2026年9月 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual([
      '推进市县科技馆建设',
      '提升科普大篷车服务能力',
      '推进农村中学科技馆建设',
    ]);
  });
  it('a Markdown row broken inside a cell goes on into the line closing it', () => {
    const plan = parsePlan(
      [
        '某区社区科普e站提质增效三年行动方案（2027—2029年）',
        '一、重点任务',
        '| 序号 | 重点任务 | 具体内容 | 责任单位 | 完成时限 |',
        '| 1 | 阵地提质 | 新建社区科普e站15个。 | 区科协 | 2027年12月 |',
        '| 2 |  | 开展重点人群精准科普。面向老年人开展',
        '订单式科普服务。 | 区科协、区卫生健康局 | 2028年12月 |',
        '| 3 |  | 推动e站错时延时开放。 | 各街道办事处 | 2027年6月 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['新建社区科普e站15个', ['区科协']],
      ['开展重点人群精准科普', ['区科协', '区卫生健康局']],
      ['推动e站错时延时开放', ['各街道办事处']],
    ]);
  });
  it('a scoring sheet naming no one holds no tasks; 任务落地 in a part’s name keeps it a guarantee part', () => {
    const plan = parsePlan(
      [
        '某县基层科协组织建设行动方案（2026—2028年）',
        '一、重点任务',
        '（一）深化基层组织建设。推进乡镇科协换届。（县科协负责）',
        '（二）提升服务能力。建设科技工作者之家。（县科协负责）',
        '二、强化工作保障，推动各项任务落地见效',
        '（一）加强统筹协调。建立重点工作台账。（县委办、县科协负责）',
        '附件',
        '考核评分细则',
        '| 序号 | 考核项目 | 考核内容及评分标准 | 分值 |',
        '| 1 | 组织建设 | 乡镇科协按期换届，得20分 | 20 |',
        '| 2 | 会员发展 | 年内新发展个人会员不少于30名 | 15 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title])).toEqual([
      ['main', '深化基层组织建设'],
      ['main', '提升服务能力'],
      ['guarantee', '加强统筹协调'],
    ]);
  });
  it('a goals table a cell per line with a column of values reached (2026年完成值) holds the next year’s goals', () => {
    const plan = parsePlan(
      [
        '某市2027年全民科学素质工作要点',
        '一、重点任务',
        '（一）开展科普活动。（市科协负责）',
        '（二）开展技术培训。（市农业农村局负责）',
        '附件',
        '主要指标',
        '序号',
        '指标名称',
        '2026年完成值',
        '2027年目标值',
        '责任单位',
        '1',
        '公民具备科学素质的比例',
        '15.36%',
        '16.5%',
        '市科协',
        '2',
        '新建科普e站',
        '45个',
        '40个',
        '市科协',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [16.5, '%', 2027],
      [40, '个', 2027],
    ]);
  });
  it('duties opening with their unit (县科协：负责…) are no tasks beside the plan’s; a group’s 成员单位 are its units', () => {
    const plan = parsePlan(
      [
        '某县创建全国科普示范县工作实施方案（2026—2028年）',
        '一、重点任务',
        '（一）健全科普组织网络。（县科协负责）',
        '（二）开展品牌科普活动。原则上每年评选科普示范村10个。年底评选表扬优秀科普志愿者20名。（县科协负责）',
        '二、职责分工',
        '（一）县委宣传部：负责创建工作的宣传报道。',
        '（二）县科协：负责创建工作的组织协调。',
        '三、工作分工',
        '（一）综合协调组',
        '牵头单位：县科协',
        '成员单位：县教育体育局、团县委',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.part, t.title, t.units])).toEqual([
      ['main', '健全科普组织网络', ['县科协']],
      ['main', '开展品牌科普活动', ['县科协']],
      ['guarantee', '综合协调组', ['县科协', '县教育体育局', '团县委']],
    ]);
    expect(plan.targets.map((t) => [t.value, t.recurrence])).toEqual([
      [10, 'annual'],
      [20, null],
    ]);
  });
});

describe('yearly tables by 项目, standards and policies, a basic situation', () => {
  it('a table of 项目 by year (| 项目 | 2026年 | 2027年 |) sets each year’s goals', () => {
    const plan = parsePlan(
      [
        '某县中小学科学教师队伍建设三年计划（2026—2028年）',
        '一、年度目标',
        '| 项目 | 2026年 | 2027年 | 2028年 |',
        '| 科学教师专业化比例（%） | 40 | 50 | 60 |',
        '| 骨干科学教师（名） | 30 | 55 | 80 |',
        '二、主要任务',
        '（一）配齐科学教师。（人事股负责）',
        '（二）开展专题培训。（教研室负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([
      [40, 2026],
      [50, 2027],
      [60, 2028],
      [30, 2026],
      [55, 2027],
      [80, 2028],
    ]);
  });
  it('standards (建设内容和标准, a table captioned …验收标准), support policies and a basic situation hold no tasks', () => {
    const plan = parsePlan(
      [
        '某区社区科学实验室建设试点方案（2027—2029年）',
        '一、评估工作基本情况',
        '（一）评估对象。全区各街道。',
        '（二）评估方式。材料审核。',
        '二、建设内容和标准',
        '（一）场地面积不少于60平方米。',
        '（二）每周开放不少于4个半天。',
        '三、主要任务',
        '（一）建设实验室。（区科协负责）',
        '（二）开展实验课程。（区教育局负责）',
        '四、支持政策',
        '1.对新建实验室给予一次性补助5万元。',
        '2.对运行优秀的给予奖励2万元。',
        '附件',
        '社区科学实验室建设验收标准',
        '| 序号 | 验收项目 | 验收内容 | 责任单位 |',
        '| 1 | 场地 | 面积不少于60平方米 | 区科协 |',
        '| 2 | 设备 | 配齐实验器材20套 | 区教育局 |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['建设实验室', '开展实验课程']);
    expect(plan.targets).toEqual([]);
  });
});

describe('a members’ duties attachment, a table’s header repeated on one line, a contest’s and a report’s lists', () => {
  it('an attachment of members’ duties, a unit’s name over its items, holds the tasks of a notice setting none', () => {
    const plan = parsePlan(
      [
        '某县人民政府办公室关于调整全民科学素质工作领导小组及成员单位职责分工的通知',
        '各乡镇人民政府，县政府各部门：',
        '一、领导小组组成人员',
        '组　长：刘建平　县人民政府副县长',
        '二、成员单位职责分工',
        '各成员单位职责分工详见附件。',
        '某县人民政府办公室',
        '2026年4月2日',
        '附件',
        '某县全民科学素质工作领导小组成员单位职责分工',
        '县委组织部',
        '1.将科学素质教育纳入领导干部教育培训内容。',
        '2.牵头实施领导干部科学素质提升行动。',
        '县总工会、团县委、县妇联',
        '1.面向职工、青少年、妇女开展科普活动。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['将科学素质教育纳入领导干部教育培训内容', ['县委组织部']],
      ['牵头实施领导干部科学素质提升行动', ['县委组织部']],
      ['面向职工、青少年、妇女开展科普活动', ['县总工会', '团县委', '县妇联']],
    ]);
  });
  it('a table a cell per line: its header repeated on one line is no cell, and its last row stops short of a paragraph', () => {
    const plan = parsePlan(
      [
        '某市2027年青少年科技周活动方案',
        '一、活动主题',
        '科技点亮梦想',
        '二、活动项目',
        '具体安排如下：',
        '序号',
        '项目',
        '时间',
        '地点',
        '承办单位',
        '1',
        '科技馆奇妙夜',
        '5月15日晚',
        '临江科技馆',
        '临江科技馆、团市委',
        '序号 项目 时间 地点 承办单位',
        '2',
        '闭幕式暨表彰活动',
        '5月22日下午',
        '临江科技馆',
        '市科协、市教育局',
        '各县（市、区）要同步设立分会场，结合本地实际组织开展特色活动。',
        '三、时间安排',
        '（一）筹备阶段（2027年4月12日—5月10日）。制定实施方案。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.title, t.units])).toEqual([
      ['科技馆奇妙夜', ['临江科技馆', '团市委']],
      ['闭幕式暨表彰活动', ['市科协', '市教育局']],
    ]);
  });
  it('a contest’s works (作品类别及要求), publicity points (宣传重点), honorees (优秀活动（10项）) and 创建条件 hold no tasks', () => {
    const plan = parsePlan(
      [
        '某市科协关于2026年全国科普月活动情况的通报',
        '一、作品类别及要求',
        '（一）科普图书。正式出版。',
        '（二）科普视频。时长不超过10分钟。',
        '二、宣传重点',
        '（一）宣传科普法。',
        '（二）宣传科学精神。',
        '三、创建条件',
        '1.建有科学教室。',
        '2.配备科学教师。',
        '四、优秀活动（10项）',
        '1.“科学之夜”主题活动（市科技馆）',
        '2.“科普大篷车进乡村”巡展（县科协）',
        '五、下一步工作',
        '（一）办好全国科普月。（市科协负责）',
        '（二）办好科技活动周。（市科技局负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.title)).toEqual(['办好全国科普月', '办好科技活动周']);
  });
});

describe('adjusted goals, yearly rows with measured cells', () => {
  it('a mid-term table’s adjusted goal column (调整后目标（2030年）) holds the goals, not the first ones', () => {
    const plan = parsePlan(
      [
        '某市科普“十五五”规划中期调整方案',
        '一、调整后的主要指标',
        '| 序号 | 指标名称 | 单位 | 2025年基数 | 原目标（2030年） | 2027年完成值 | 调整后目标（2030年） |',
        '| 1 | 公民具备科学素质的比例 | % | 15.3 | 20 | 17.9 | 21 |',
        '| 2 | 每万人拥有科普专职人员数 | 人 | 2.1 | 3 | 2.3 | 2.8 |',
        '二、重点任务',
        '（一）加强科普阵地建设。（市科协负责）',
        '（二）壮大科普人才队伍。（市科协负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([
      [21, 2030],
      [2.8, 2030],
    ]);
  });
  it('a table a year a row whose cells carry their measure (| 2026年 | 10个 |) sets each year’s goals, not the total', () => {
    const plan = parsePlan(
      [
        '某县农业科普示范基地建设方案（2026—2028年）',
        '一、建设目标',
        '| 年度 | 新认定县级基地 | 推荐市级以上基地 |',
        '| 2026年 | 10个 | 3个 |',
        '| 2027年 | 10个 | 4个 |',
        '| 合计 | 20个 | 7个 |',
        '二、重点任务',
        '（一）遴选认定基地。（县科协负责）',
        '（二）开展示范培训。（县农业农村局负责）',
      ].join('\n'),
    );
    expect(plan.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [10, '个', 2026],
      [3, '个', 2026],
      [10, '个', 2027],
      [4, '个', 2027],
    ]);
  });
});
