/**
 * The Chinese words plans use for what people name in English (farmers → 农民), so an English question finds
 * the tasks of a Chinese plan: "tasks about farmers" reads as /tasks 农民, "what is the education bureau
 * responsible for?" as /unit 教育局.
 */
const WORDS: [english: RegExp, chinese: string][] = [
  [/^(?:science (?:popularization|popularisation|communication|outreach)|popular science|outreach)$/, '科普'],
  [/^(?:scientific|science) (?:literacy|quality)$/, '科学素质'],
  [/^(?:farmers?|peasants?|rural residents?)$/, '农民'],
  [/^(?:rural areas?|countryside|villages?)$/, '农村'],
  [/^(?:teenagers?|youth|young people|adolescents?|minors?)$/, '青少年'],
  [/^(?:students?|pupils?)$/, '学生'],
  [/^schools?$/, '学校'],
  [/^teachers?$/, '教师'],
  [/^(?:(?:the )?elderly|older (?:people|adults)|seniors?|senior citizens?)$/, '老年人'],
  [/^(?:workers?|industrial workers?)$/, '职工'],
  [/^(?:women|mothers)$/, '妇女'],
  [/^(?:civil servants?|officials?|cadres?|leaders?)$/, '干部'],
  [/^(?:communit(?:y|ies)|neighbou?rhoods?)$/, '社区'],
  [/^(?:volunteers?|volunteering)$/, '志愿'],
  [/^(?:science (?:museums?|cent(?:er|re)s?)|museums?)$/, '科技馆'],
  [/^(?:venues?|facilities)$/, '场馆'],
  [/^(?:infrastructure)$/, '基础设施'],
  [/^(?:bases?|demonstration bases?)$/, '基地'],
  [/^(?:training|trainings)$/, '培训'],
  [/^(?:competitions?|contests?)$/, '竞赛'],
  [/^(?:innovation)$/, '创新'],
  [/^(?:scientists?)$/, '科学家'],
  [/^(?:lectures?|talks?)$/, '讲座'],
  [/^(?:media|press)$/, '媒体'],
  [/^(?:internet|online|network)$/, '网络'],
  [/^(?:digital|digitali[sz]ation)$/, '数字'],
  [/^(?:artificial intelligence|ai)$/, '人工智能'],
  [/^(?:health|healthcare|medical)$/, '健康'],
  [/^(?:disasters?|disaster (?:prevention|reduction|relief))$/, '防灾减灾'],
  [/^(?:emergenc(?:y|ies)|emergency response)$/, '应急'],
  [/^(?:earthquakes?)$/, '地震'],
  [/^(?:fire safety|fire)$/, '消防'],
  [/^(?:weather|meteorology)$/, '气象'],
  [/^(?:environment|ecology|ecological)$/, '生态'],
  [/^(?:carbon|low carbon|climate)$/, '碳'],
  [/^(?:agriculture|farming)$/, '农业'],
  [/^(?:talent|talents|personnel)$/, '人才'],
  [/^(?:funding|funds|budget)$/, '经费'],
  [/^(?:culture|cultural)$/, '文化'],
  [/^(?:tourism)$/, '旅游'],
  [/^(?:technology|sci-tech)$/, '科技'],
];

/** Units as people name them in English, by the key /unit looks up (教育局 finds 区教育局, 市教体局 …); a level
 * before the name (district, city) is the name's prefix (区, 市). */
const UNITS: [english: RegExp, chinese: string][] = [
  [/^(?:science (?:and technology )?association|association for science and technology|cast|kexie)$/, '科协'],
  [/^(?:education|education and sports) bureau$/, '教育局'],
  [/^(?:science and technology|science|technology) bureau$/, '科技局'],
  [/^(?:agriculture(?: and rural affairs)?) bureau$/, '农业农村局'],
  [/^health commission$/, '卫健委'],
  [/^emergency management bureau$/, '应急局'],
  [/^(?:meteorological|weather) bureau$/, '气象局'],
  [/^(?:culture and tourism|culture|tourism) bureau$/, '文旅局'],
  [/^civil affairs bureau$/, '民政局'],
  [/^finance bureau$/, '财政局'],
  [/^propaganda department$/, '宣传部'],
  [/^(?:communist )?youth league(?: committee)?$/, '团委'],
  [/^women'?s federation$/, '妇联'],
];

const plain = (words: string) =>
  words
    .trim()
    .toLowerCase()
    .replace(/^(?:the|a|an) /, '')
    .replace(/\s+/g, ' ');

/** The Chinese word for an English topic (farmers → 农民, the elderly → 老年人); null when none is known. */
export function chineseFor(topic: string): string | null {
  return WORDS.find(([english]) => english.test(plain(topic)))?.[1] ?? null;
}

const LEVELS: Record<string, string> = { district: '区', city: '市', municipal: '市', county: '县', provincial: '省' };

/** A unit named in English (the education bureau → 教育局, the district CAST → 区科协); null when none is known. */
export function chineseUnit(name: string): string | null {
  const [, level, rest] = /^(?:(district|city|municipal|county|provincial) )?(.+)$/.exec(plain(name))!;
  const unit = UNITS.find(([english]) => english.test(rest!))?.[1];
  return unit ? (level ? LEVELS[level]! : '') + unit : null;
}
