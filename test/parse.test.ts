import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, foldWidth, NotAPlanError, paragraphs } from '../src/plans/normalize.js';
import { outline } from '../src/plans/outline.js';
import { findUnits, unitKey } from '../src/plans/units.js';
import { findMilestones, findTargets } from '../src/plans/targets.js';
import { findThemeDays } from '../src/plans/themes.js';
import { parsePlan, parsePlanBytes } from '../src/plans/parse.js';
import { matchesOf } from '../src/plans/matches.js';

const seed = (name: string) => readFileSync(join(__dirname, '..', 'seeds', name));
const ALIASES = [
  '全国科普日',
  '科普日',
  '科技活动周',
  '全国科技活动周',
  '防灾减灾日',
  '全国防灾减灾日',
  '食品安全宣传周',
  '全国食品安全宣传周',
  '世界地球日',
];

describe('normalize', () => {
  it('drops page footers and joins lines that PDF extraction broke mid-sentence', () => {
    const lines = Array.from(
      { length: 30 },
      (_, i) => `第${String(i).padStart(2, '0')}行这是一段被断开的长句子内容用来测宽度啊`,
    );
    const text = ['一、总体要求', '', ...lines.slice(0, 3), '— 6 —', ...lines.slice(3), '结束了。'].join('\n\n');
    const paras = paragraphs(text);
    expect(paras[0]).toBe('一、总体要求');
    expect(paras).toHaveLength(2);
    expect(paras[1]).not.toContain('—');
    expect(paras[1]).toContain('第02行这是一段被断开的长句子内容用来测宽度啊第03行');
  });

  it('joins a line cut inside a bracket or after a label, heading or not', () => {
    // a group heading whose unit list wraps, and a label whose names wrap (short documents: no wrap width)
    expect(
      paragraphs(
        [
          '（一）青少年科学素质提升行动（牵头单位：街道宣传办、街道教育办；责任',
          '单位：各社区居委会）',
          '1.开展校外科学教育活动。责任部门：',
          '教育活动部、办公室。',
          '2.开展研学活动。',
          '完成时限：',
          '2026年底',
        ].join('\n'),
      ),
    ).toEqual([
      '（一）青少年科学素质提升行动（牵头单位：街道宣传办、街道教育办；责任单位：各社区居委会）',
      '1.开展校外科学教育活动。责任部门：教育活动部、办公室。',
      '2.开展研学活动。',
      '完成时限：2026年底',
    ]);
    // in wrapped text (a fixed width), a unit list and a clause closing with ； run on when their line is full
    const full = (lead: string, end = '。') => lead + '科'.repeat(30 - lead.length - end.length) + end;
    const body = Array.from({ length: 24 }, () => full('', '，'));
    const wrapped = paragraphs(
      [
        '一、总体要求',
        ...body.slice(0, 12),
        '结束。',
        '1.提升科学素质。',
        full('责任单位：市科技局、市财政局、', '各县（市、区）人民政'),
        '府',
        full('到2028年底，新增公园300座以上', '；'),
        '绿道总长度达到2400公里以上。',
        ...body.slice(12),
        '结束。',
      ].join('\n'),
    );
    expect(wrapped).toContain(`${full('责任单位：市科技局、市财政局、', '各县（市、区）人民政')}府`);
    expect(wrapped).toContain(`${full('到2028年底，新增公园300座以上', '；')}绿道总长度达到2400公里以上。`);
    // a short wrapped text (most of its few long lines of one length) is wrapped text: a numbered line at the width
    // runs on, a blank line ends a paragraph (a title nearly as long as the width), and a page's number and the blank
    // lines around it do not
    const short = paragraphs(
      [
        full('某市科普行动方案（2026—2030年）', '案'),
        '',
        full('为贯彻落实纲要，'),
        '一、重点任务',
        full('1.办好全国科技活动周、全国科普日、', '世界气象'),
        '日等主题科普活动。',
        full('2.开展“科技之春”宣传月活动，', '进学校'),
        '',
        '— 2 —',
        '',
        '30场次。',
        ...body.slice(0, 4),
        '结束。',
      ].join('\n'),
    );
    expect(short.slice(0, 5)).toEqual([
      full('某市科普行动方案（2026—2030年）', '案'),
      full('为贯彻落实纲要，'),
      '一、重点任务',
      `${full('1.办好全国科技活动周、全国科普日、', '世界气象')}日等主题科普活动。`,
      `${full('2.开展“科技之春”宣传月活动，', '进学校')}30场次。`,
    ]);
    // headings alike in length, each above a paragraph on one long line, are no wrap width: each stands alone
    const headed = paragraphs(
      Array.from({ length: 12 }, (_, i) => [
        `（${'一二三四五六七八九十'[i % 10]}）聚焦重点领域，推动${'科'.repeat(12)}发展`,
        full('', '。').repeat(2 + (i % 5)),
      ])
        .flat()
        .join('\n'),
    );
    expect(headed).toHaveLength(24);
    expect(headed[0]).toBe(`（一）聚焦重点领域，推动${'科'.repeat(12)}发展`);
    // a title cut inside 《》, and a line opening with punctuation no sentence opens with
    expect(
      paragraphs(
        '为贯彻落实《全民科学素质行动规划纲要（2021—20\n35年）》，制定本方案。\n比例达到16%以上\n，建成e站12个。',
      ),
    ).toEqual([
      '为贯彻落实《全民科学素质行动规划纲要（2021—2035年）》，制定本方案。',
      '比例达到16%以上，建成e站12个。',
    ]);
    expect(paragraphs('关于印发《某区科普工作\n要点》的通知')).toEqual(['关于印发《某区科普工作要点》的通知']);
    // a closed bracket, and a numbered line after an open one, start anew
    expect(paragraphs('（一）加强科普阵地建设（区科协负责）\n科普阵地覆盖全区。')).toHaveLength(2);
    expect(paragraphs('1.开展活动（区科协、\n2.开展培训。')).toHaveLength(2);
  });

  it('strips Markdown and folds full and half width alike', () => {
    const paras = paragraphs('## **（二）基本原则**\n\n**1. 坚持党的领导。**内容(区科协按职责分工负责)\n\n---\n');
    expect(paras).toEqual(['（二）基本原则', '1.坚持党的领导。内容（区科协按职责分工负责）']);
    expect(foldWidth('１．到２０２５年,比例达到２２％;(责任单位:市科协)')).toBe(
      '1.到2025年，比例达到22%；（责任单位：市科协）',
    );
    // a part numbered 一. or 一． reads as 一、
    expect(paragraphs('一．总体要求\n二. 重点任务')).toEqual(['一、总体要求', '二、重点任务']);
  });

  it("keeps a notice's closing fields (联系人, 附件) apart from the text and the signature", () => {
    const paras = paragraphs(
      [
        '（二）做好总结。各单位于9月30日前报送总结。',
        '联系人：张某某，电话：12345678',
        '附件：活动报名表',
        '某市科学技术协会',
        '2026年8月15日',
      ].join('\n'),
    );
    expect(paras).toEqual([
      '（二）做好总结。各单位于9月30日前报送总结。',
      '联系人：张某某，电话：12345678',
      '附件：活动报名表',
      '某市科学技术协会',
      '2026年8月15日',
    ]);
  });

  it('maps traditional characters to simplified with OpenCC data', () => {
    expect(paragraphs('一、加强科普宣傳，各鎮開展活動。')).toEqual(['一、加强科普宣传，各镇开展活动。']);
    // 著 as 着 where it is one (著力, 隨著), not in 顯著 or 著作
    expect(paragraphs('一、著力推進，隨著發展，顯著提高著作權保護。')).toEqual([
      '一、着力推进，随着发展，显著提高著作权保护。',
    ]);
    // a simplified text is left as it is (OpenCC's phrase table would turn 一坏土 into 一坯土)
    expect(paragraphs('一、清运一坏土。')).toEqual(['一、清运一坏土。']);
    // line by line: a simplified line beside a traditional one is left as it is too
    expect(paragraphs('一、科普宣傳。\n二、清运一坏土。')).toEqual(['一、科普宣传。', '二、清运一坏土。']);
  });

  it('finds the matches of a global pattern as matchAll does, empty ones included', () => {
    for (const [text, pattern] of [
      ['到2025年新建10个、改造5个', /(\d+)(个)/g],
      ['科普', /(?:)/g],
      ['', /科/g],
    ] as const) {
      const found = matchesOf(text, pattern).map((m) => [m.index, ...m]);
      expect(found).toEqual([...text.matchAll(pattern)].map((m) => [m.index, ...m]));
    }
    expect(matchesOf('科普日', /科/g).length).toBe(1);
    expect(() => matchesOf('科普', /科/)).toThrow(TypeError);
  });

  it('decodes UTF-8, UTF-16 by its byte-order mark and GB18030, rejects empty and binary input', () => {
    expect(decode(new TextEncoder().encode('\uFEFF科普'))).toBe('科普');
    expect(decode(Uint8Array.from([0xbf, 0xc6, 0xc6, 0xd5]))).toBe('科普');
    // 科普\n as Notepad's "Unicode" (UTF-16LE) and as UTF-16BE
    expect(decode(Uint8Array.from([0xff, 0xfe, 0xd1, 0x79, 0x6e, 0x66, 0x0a, 0x00]))).toBe('科普\n');
    expect(decode(Uint8Array.from([0xfe, 0xff, 0x79, 0xd1, 0x66, 0x6e]))).toBe('科普');
    expect(() => decode(new Uint8Array())).toThrow(NotAPlanError);
    expect(() => decode(Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256))).toThrow(NotAPlanError);
  });
});

describe('outline, units, targets, milestones, theme days', () => {
  it('builds the heading tree from numbering styles, with inline titles', () => {
    const root = outline([
      '三、重点任务',
      '（一）青少年行动',
      '1.提升科学教育。正文一。',
      '正文二',
      '2.培育人才',
      '（二）农民行动',
      '具体目标',
      '目标正文',
      '任务举措',
      '（1）举措一',
    ]);
    const part = root.children[0]!;
    expect(part.title).toBe('重点任务');
    expect(part.children.map((c) => c.number)).toEqual(['（一）', '（二）']);
    const first = part.children[0]!.children[0]!;
    expect([first.title, first.body]).toEqual(['提升科学教育', ['正文一。', '正文二']]);
    const farmers = part.children[1]!;
    expect(farmers.children.map((c) => c.title)).toEqual(['具体目标', '任务举措']);
    expect(farmers.children[1]!.children[0]!.title).toBe('举措一');
  });

  it('reads 责任单位, 牵头部门 and 按职责分工负责 clauses, dropping 等', () => {
    expect(findUnits('内容。（责任单位：市教育局、市\n科技局、团市委、市科协等，各区政府）')).toEqual({
      lead: [],
      units: ['市教育局', '市科技局', '团市委', '市科协', '各区政府'],
    });
    expect(findUnits('（牵头部门：区教体局、区科协）').lead).toEqual(['区教体局', '区科协']);
    expect(findUnits('内容。（区教育局、区科协、团区委按职责分工负责）').units).toEqual([
      '区教育局',
      '区科协',
      '团区委',
    ]);
    expect(unitKey('市科协')).toBe('科协');
    expect(unitKey('区科协')).toBe('科协');
  });

  it('finds quantified targets with comparator, range, unit, year and recurrence, and skips baselines', () => {
    const ctx = { taskSeq: null, periodStart: 2021 };
    const [share] = findTargets('到2025年，我市公民具备科学素质的比例超过22%，全社会科普意识明显提高。', ctx, true);
    expect(share).toMatchObject({
      metric: '公民具备科学素质的比例',
      comparator: '>',
      value: 22,
      unit: '%',
      year: 2025,
      recurrence: null,
    });
    const [farmers] = findTargets(
      '分层分类开展培训，每年培训高素质农民6000-8000名。',
      { taskSeq: 4, periodStart: 2021 },
      false,
    );
    expect(farmers).toMatchObject({
      taskSeq: 4,
      comparator: 'range',
      value: 6000,
      valueMax: 8000,
      unit: '名',
      recurrence: 'annual',
      year: null,
    });
    const venues = findTargets(
      '力争到2025年，建设3个国际一流的科普场馆，10个左右国内领先的科普场馆。推荐优秀科普作品不少于100部。创制科普影视作品5部以上。',
      ctx,
      true,
    );
    expect(venues.map((t) => [t.comparator, t.value, t.unit, t.year])).toEqual([
      ['=', 3, '个', 2025],
      ['~', 10, '个', 2025],
      ['>=', 100, '部', 2025],
      ['>=', 5, '部', 2025],
    ]);
    expect(findTargets('2020年，我市公民具备科学素质的比例达到17.6%，位居全省首位。', ctx, true)).toEqual([]);
  });

  it('reads dated schedule items', () => {
    expect(
      findMilestones('2021年，起草《实施方案》并征求意见建议。2022年，做好动员工作。到2025年，全面总结。').map(
        (m) => m.year,
      ),
    ).toEqual([2021, 2022, 2025]);
  });

  it('finds catalog theme days (longest alias first) and local festivals', () => {
    expect(findThemeDays('组织全国科普日、科技活动周和长宁科技节活动', ALIASES)).toEqual([
      '全国科普日',
      '科技活动周',
      '长宁科技节',
    ]);
  });

  it('a word beginning with 日 is no day: 环境日趋优化, 科普日益普及', () => {
    expect(findThemeDays('信息化发展环境日趋优化，科普日益普及，世界环境日开展活动。', ALIASES)).toEqual([
      '世界环境日',
    ]);
    expect(findThemeDays('全国科普日期间开展活动。', ALIASES)).toEqual(['全国科普日']);
  });

  it('a day named after its date in quotes (“7·28”唐山地震纪念日), not a campaign after a date (“5·12”集中宣传活动)', () => {
    expect(
      findThemeDays('以“5·12”全国防灾减灾日、“7·28”唐山地震纪念日为节点，开展“5·12”集中宣传活动。', ALIASES),
    ).toEqual(['全国防灾减灾日', '唐山地震纪念日']);
  });

  it('a festival after 的 or a verb names none (致全校同学的科技节, 成立科技节), a name of its own one (校园科技节)', () => {
    expect(
      findThemeDays('宣读《致全校同学的科技节倡议书》，宣布成立科技节组委会，举办第十届校园科技节。', ALIASES),
    ).toEqual(['校园科技节']);
  });

  it('…等宣传日 closing a list of days names no day of its own', () => {
    expect(findThemeDays('在全国科普日、社会科学普及周等宣传日组织开展活动。', ALIASES)).toEqual(['全国科普日']);
  });

  it('names a day once when its short name is printed beside its full one', () => {
    expect(findThemeDays('围绕全国科技活动周开展活动，科技活动周期间举办展览；科普日当天开放。', ALIASES)).toEqual([
      '全国科技活动周',
      '科普日',
    ]);
  });

  it('finds national days and weeks the catalog does not know, whole, and no phrase that only ends in 日', () => {
    expect(
      findThemeDays(
        '开展全国儿童预防接种日、全国防震减灾宣传周和全国大众创业万众创新活动周活动。全国各地每日更新。',
        ALIASES,
      ),
    ).toEqual(['全国儿童预防接种日', '全国防震减灾宣传周', '全国大众创业万众创新活动周']);
  });

  it('finds weeks after 世界 / 全民 and days after 联合国; no festival, no week that is only 周年 or 周边', () => {
    expect(findThemeDays('结合全民营养周、世界母乳喂养周、联合国糖尿病日开展宣传。', ALIASES)).toEqual([
      '全民营养周',
      '世界母乳喂养周',
      '联合国糖尿病日',
    ]);
    expect(findThemeDays('举办国际艺术节，纪念中国科协成立周年，服务全国科技馆周边社区。', ALIASES)).toEqual([]);
  });

  it('a local festival is not named by a verb: 开展科技节活动 names none, 举办校园科技节 names 校园科技节', () => {
    expect(findThemeDays('开展科技节活动，组织宣传周活动，开展安全宣传月活动。', ALIASES)).toEqual([]);
    expect(findThemeDays('举办校园科技节。', ALIASES)).toEqual(['校园科技节']);
  });

  it('a safety week is named with what it is about (燃气安全宣传周, 消防安全宣传月)', () => {
    expect(findThemeDays('举办燃气安全宣传周和消防安全宣传月活动。', ALIASES)).toEqual([
      '燃气安全宣传周',
      '消防安全宣传月',
    ]);
  });

  it('a name in quotes before a generic suffix is the name (“科技之春”宣传月); a 科普文化节 is a festival too', () => {
    expect(findThemeDays('组织开展“科技之春”宣传月活动，举办第十届长宁区科普文化节。', ALIASES)).toEqual([
      '科技之春宣传月',
      '长宁区科普文化节',
    ]);
  });

  it('an edition or a year before a festival is not its name (第十届科普节, 2026年科技文化艺术节); nor is 暨', () => {
    expect(
      findThemeDays('举办第十届科普节、2026年科技文化艺术节，长宁区第二十届科技节暨科普文化节。', ALIASES),
    ).toEqual(['科普节', '科技文化艺术节', '长宁区科技节', '科普文化节']);
  });
});

describe('a plan in a format not seen before', () => {
  const text = `关于印发《某区科普工作实施方案（2026—2030年）》的通知
某区人民政府
2026年3月2日
某区科普工作实施方案（2026—2030年）
一、工作目标
到2030年，全区公民具备科学素质的比例达到30%。
二、重点任务
（一）面向青少年
1．办好科技节。每年举办区科技节，组织全国科普日活动。（牵头单位：区科协；责任单位：区教育局、各街道）
2．建设科普场馆。到2028年，建成科普场馆2座。（责任单位：区科技局）
三、进度安排
2026年，制定方案。2027年，全面推进。`;

  it('parses metadata, tasks with lead and responsible units, targets and milestones', () => {
    const plan = parsePlan(text, { themeDayAliases: ALIASES });
    expect(plan).toMatchObject({
      title: '某区科普工作实施方案（2026—2030年）',
      issuer: '某区人民政府',
      issuedOn: '2026-03-02',
      region: '某区',
      period: { start: 2026, end: 2030 },
    });
    expect(plan.tasks.map((t) => [t.number, t.title, t.leadUnits, t.units])).toEqual([
      ['1', '办好科技节', ['区科协'], ['区科协', '区教育局', '各街道']],
      ['2', '建设科普场馆', [], ['区科技局']],
    ]);
    expect(plan.tasks[0]!.themeDays).toContain('全国科普日');
    expect(plan.targets.map((t) => [t.taskSeq, t.value, t.unit, t.year])).toEqual([
      [null, 30, '%', 2030],
      [2, 2, '座', 2028],
    ]);
    expect(plan.milestones.map((m) => m.year)).toEqual([2026, 2027]);
  });

  it('reads chapters, 1、 numbering and 责任单位 on a line of its own', () => {
    const chapters = `某市科学素质行动实施方案（2026—2030年）
第一章 总体要求
到2030年，全市公民具备科学素质的比例超过30%。
第二章 重点任务
一、青少年科学素质提升
1、建设科学教育基地。每年新建科学教育基地不少于5个。
责任单位：市教育局、市科协
2、开展科技辅导员培训。
牵头单位：市科协；责任单位：各区政府
第三章 保障措施
一、加强组织领导。`;
    const plan = parsePlan(chapters, { themeDayAliases: ALIASES });
    expect(plan.tasks.map((t) => [t.path, t.number, t.title, t.leadUnits, t.units])).toEqual([
      [['第二章重点任务', '一、青少年科学素质提升'], '1', '建设科学教育基地', [], ['市教育局', '市科协']],
      [['第二章重点任务', '一、青少年科学素质提升'], '2', '开展科技辅导员培训', ['市科协'], ['市科协', '各区政府']],
    ]);
    expect(plan.targets.map((t) => [t.taskSeq, t.comparator, t.value, t.unit, t.year, t.recurrence])).toEqual([
      [null, '>', 30, '%', 2030, null],
      [1, '>=', 5, '个', null, 'annual'],
    ]);
  });

  it('rejects text that is not a plan', () => {
    expect(() => parsePlan('今天天气很好。我们去公园散步吧。\n明天再说。')).toThrow(NotAPlanError);
    expect(() => parsePlan(text.slice(0, 60))).toThrow(NotAPlanError);
  });

  it('reads a GB18030-encoded file', () => {
    const plan = parsePlanBytes(readFileSync(join(__dirname, 'fixtures', 'gbk-plan.txt')), {
      themeDayAliases: ALIASES,
    });
    expect(plan.title).toBe('某某县全民科学素质行动实施方案（2026—2030年）');
    expect(plan.tasks[1]!.units).toEqual(['县农业农村局', '县科协']);
    expect(plan.targets.find((t) => t.comparator === 'range')).toMatchObject({
      value: 500,
      valueMax: 800,
      recurrence: 'annual',
    });
  });
});

describe('the five seed plans', () => {
  const parse = (name: string) => parsePlanBytes(seed(name), { themeDayAliases: ALIASES });

  // Task counts come from the documents' own numbering (see the README table of seeds).
  it.each([
    ['changning-2021-kepu-14th-fyp.txt', 11, 0, '上海市长宁区', 2021, 2025],
    ['shanghai-2022-kepu-14th-fyp.txt', 21, 0, '上海市', 2021, 2025],
    ['nanjing-2022-science-literacy.txt', 31, 8, '南京市', 2021, 2025],
    ['haian-2022-science-literacy.txt', 33, 0, '海安市', 2021, 2035],
    ['qingyunpu-2022-science-literacy.md', 38, 0, '南昌市青云谱区', 2021, 2025],
  ])('%s: %i main and %i guarantee tasks, region and period', (name, main, guarantee, region, start, end) => {
    const plan = parse(name);
    expect(plan.tasks.filter((t) => t.part === 'main')).toHaveLength(main);
    expect(plan.tasks.filter((t) => t.part === 'guarantee')).toHaveLength(guarantee);
    expect(plan.region).toBe(region);
    expect(plan.period).toEqual({ start, end });
  });

  it('reads the metadata of each seed', () => {
    expect(parse('nanjing-2022-science-literacy.txt')).toMatchObject({
      title: '南京市全民科学素质行动规划纲要实施方案',
      issuer: '南京市人民政府办公厅',
      docNumber: '宁政办发〔2022〕27号',
      issuedOn: '2022-06-08',
    });
    expect(parse('shanghai-2022-kepu-14th-fyp.txt')).toMatchObject({
      title: '上海市科普事业“十四五”发展规划',
      docNumber: '沪科科普〔2022〕2号',
      issuedOn: '2022-03-15',
    });
    expect(parse('haian-2022-science-literacy.txt')).toMatchObject({
      issuer: '海安市人民政府',
      docNumber: '海政发〔2022〕45号',
      issuedOn: '2022-10-26',
    });
    expect(parse('qingyunpu-2022-science-literacy.md')).toMatchObject({
      issuer: '南昌市青云谱区人民政府',
      docNumber: '青政发〔2022〕14号',
      issuedOn: '2022-07-21',
    });
    expect(parse('changning-2021-kepu-14th-fyp.txt')).toMatchObject({
      title: '长宁区科普事业“十四五”规划',
      issuedOn: '2021-09-16',
    });
  });

  it('keeps the units of named tasks (Nanjing farmers, Qingyunpu group leads)', () => {
    const nanjing = parse('nanjing-2022-science-literacy.txt');
    const farmers = nanjing.tasks.find((t) => t.title === '实施高素质农民培育工程')!;
    expect(farmers.units).toEqual(['市农业农村局', '市妇联', '市科协', '各区政府', '江北新区管委会']);
    const first = nanjing.tasks.find((t) => t.title === '提升基础教育阶段科学教育水平')!;
    expect(first.units).toEqual(['市教育局', '市科技局', '团市委', '市科协', '各区政府', '江北新区管委会']);
    const qyp = parse('qingyunpu-2022-science-literacy.md');
    const t1 = qyp.tasks.find((t) => t.number === '1')!;
    expect(t1.leadUnits).toEqual(['区教体局', '区科协']);
    // its own list, then the group's leads
    expect(t1.units).toEqual(['区教育局', '区科协', '团区委', '区教体局']);
    expect(qyp.tasks.find((t) => t.number === '9')!.leadUnits).toEqual(['区总工会', '区人力资源社会保障局']);
  });

  it('splits Shanghai groups into their (1)(2)(3) measures, keeping the group in the path', () => {
    const sh = parse('shanghai-2022-kepu-14th-fyp.txt');
    expect(sh.tasks[0]!.path.at(-1)).toBe('1.完善学校科学教育');
    expect(sh.tasks[0]!.title).toBe('完善中小学科学教育架构');
  });

  it('finds the science-literacy goal of each literacy plan and the quantified 2025 goals of Shanghai', () => {
    const literacy = (name: string) =>
      parse(name).targets.find((t) => t.metric.includes('科学素质的比例') && t.taskSeq === null);
    expect(literacy('nanjing-2022-science-literacy.txt')).toMatchObject({
      comparator: '>',
      value: 22,
      unit: '%',
      year: 2025,
    });
    expect(literacy('haian-2022-science-literacy.txt')).toMatchObject({
      comparator: '=',
      value: 20,
      unit: '%',
      year: 2025,
    });
    expect(literacy('qingyunpu-2022-science-literacy.md')).toMatchObject({
      comparator: '=',
      value: 17,
      unit: '%',
      year: 2025,
    });
    const goals = parse('shanghai-2022-kepu-14th-fyp.txt').targets.filter((t) => t.taskSeq === null);
    expect(goals.map((t) => `${t.comparator}${t.value}${t.unit}`)).toEqual([
      '=3个',
      '~10个',
      '>=100部',
      '>=5部',
      '=1个',
      '>=5个',
    ]);
    const farmers = parse('nanjing-2022-science-literacy.txt').targets.find((t) => t.metric === '培训高素质农民');
    expect(farmers).toMatchObject({ comparator: 'range', value: 6000, valueMax: 8000, recurrence: 'annual' });
  });

  it('reads the Qingyunpu schedule and the theme days tasks name', () => {
    const qyp = parse('qingyunpu-2022-science-literacy.md');
    expect(qyp.milestones.map((m) => m.year)).toEqual([2021, 2022, 2025, 2025]);
    expect(qyp.tasks.find((t) => t.number === '36')!.themeDays).toEqual(
      expect.arrayContaining(['全国科普日', '科技活动周', '食品安全宣传周']),
    );
  });
});

describe('numbered items beyond 999', () => {
  it('keeps item 1000 and later as tasks of their own, not merged into 999', () => {
    const items = Array.from({ length: 1005 }, (_, i) => `${i + 1}. 开展第${i + 1}项科普活动。责任单位：区科协`);
    const plan = parsePlan(['某区科普工作方案', '一、重点任务', ...items].join('\n\n'));
    expect(plan.tasks).toHaveLength(1005);
    expect(plan.tasks.at(-1)!.number).toBe('1005');
  });
});
