/**
 * Stage 5: responsible units (责任单位) and lead units (牵头部门) named in a text,
 * e.g. （责任单位：市教育局、市科协等，各区政府） or （区教育局、区科协按职责分工负责）.
 */
const LABELLED = /（((?:责任|牵头|配合|参与|主责)(?:单位|部门)[：][^（）]*)）/g;
/** The same clause as a line of its own: 责任单位：市科协、市教育局 */
const LABELLED_LINE = /^((?:责任|牵头|配合|参与|主责)(?:单位|部门)[：].*?)[。；]?$/gm;
const DUTY = /（([^（）]{2,200}?)按职责分工负责）/g;
const LEAD_LABEL = /^牵头(?:单位|部门)$/;

export interface UnitMentions {
  lead: string[];
  units: string[];
}

/** Splits a printed list on 、，；, dropping a trailing 等 and empty names. */
export function splitUnits(list: string): string[] {
  return list
    .split(/[、，；,]|以及|和(?=[市区县省各])/)
    .map((s) =>
      s
        .trim()
        .replace(/等$/, '')
        .replace(/[。；：]$/, '')
        .trim(),
    )
    .filter((s) => s.length >= 2 && s.length <= 40);
}

export function findUnits(text: string): UnitMentions {
  const flat = text.replace(/\n/g, '');
  const lead: string[] = [];
  const units: string[] = [];
  for (const m of [...flat.matchAll(LABELLED), ...text.matchAll(LABELLED_LINE)]) {
    for (const clause of m[1]!.split('；')) {
      const [label, list] = clause.split('：', 2);
      if (!list) continue;
      (LEAD_LABEL.test(label!.trim()) ? lead : units).push(...splitUnits(list));
    }
  }
  for (const m of flat.matchAll(DUTY)) units.push(...splitUnits(m[1]!));
  return { lead: unique(lead), units: unique(units) };
}

/** Search key of a unit: the name without its level prefix, so 科协 finds 市科协 and 区科协. */
export function unitKey(name: string): string {
  return name.replace(/\s/g, '').replace(/^(?:各|市|区|县|省|镇)/, '');
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
