/** Give a target its domain, topic, canonical indicator and English name. */
import type { Comparator, Domain, Indicator } from './types.ts';
import { translateIndicator } from './glossary.ts';

/** Ordered: the first rule whose pattern matches the wording decides domain and topic. */
const TOPIC_RULES: [RegExp, Domain, string][] = [
  [/工程质量奖|优质工程|飞天奖|鲁班奖|詹天佑/, 'engineering', 'engineering awards'],
  [/质量奖/, 'foundation', 'quality awards'],
  [/专利|知识产权|版权|著作权/, 'foundation', 'IP'],
  [/研发|研究与试验|研究中心|技术中心|科技成果|高新技术企业|创新/, 'foundation', 'R&D and innovation'],
  [/计量|测量管理/, 'foundation', 'metrology'],
  [/检验检测|检测中心|实验室|检测机构/, 'foundation', 'testing'],
  [/体系认证|认证的企业|认证企业|认证或/, 'foundation', 'certification'],
  [/建筑节能|节能标准执行/, 'engineering', 'building energy'],
  [/采用国际标准|国际标准率|采标/, 'product', 'standards adoption'],
  [/农业标准化生产/, 'product', 'agri-food safety'],
  [/质量基础设施|一站式服务/, 'foundation', 'quality infrastructure'],
  [/高标准农田|农田/, 'product', 'agriculture'],
  [/(?<!高)标准|标准化/, 'foundation', 'standards'],
  [/经费|预算|财政|资金/, 'foundation', 'funding'],
  [/自查|验收申请|考核|评价得分|得分/, 'foundation', 'governance'],
  [/满意度|满意率|满意指数/, 'service', 'customer satisfaction'],
  [/旅游|景区|游客/, 'service', 'tourism'],
  [/饭店|酒店|宾馆/, 'service', 'hotels'],
  [/电子商务|物流|快递|电商/, 'service', 'e-commerce and logistics'],
  [/服务名牌|服务业名牌|老字号|百货|服务标杆|服务企业|服务业|金融|服务/, 'service', 'service quality'],
  [/PM2\.5|PM10|颗粒物|空气|优良天|大气|二氧化硫|臭氧/, 'environment', 'air'],
  [/饮用水|饮水|水质|地表水|污水|废水|水环境|水功能区/, 'environment', 'water'],
  [/垃圾|固体废物|固废|危险废物/, 'environment', 'waste'],
  [/减排|排放|污染物|化学需氧量|氨氮|二氧化碳/, 'environment', 'emissions'],
  [/森林|绿化|生态|湿地|水土/, 'environment', 'ecology'],
  [/能耗|能源消耗|资源消耗|单位GDP能|可再生能源/, 'environment', 'energy'],
  [/绿色工厂|绿色制造|绿色设计产品|绿色园区/, 'environment', 'green manufacturing'],
  [/公路|道路|桥梁|交通工程/, 'engineering', 'roads'],
  [/水利|节水改造|水运/, 'engineering', 'water works'],
  [/特种设备|电梯|设备|锅炉/, 'engineering', 'equipment'],
  [/工程|验收|建筑|房|施工|监理|勘察|设计质量/, 'engineering', 'construction'],
  [/名牌|品牌|商标|地理标志/, 'product', 'brands'],
  [/药品|药|医疗器械|化妆品/, 'product', 'drugs'],
  [/农产品|食品|蔬菜|畜禽|水产|粮|肉|蛋|乳|农业|果品|茶/, 'product', 'agri-food safety'],
  [/出口/, 'product', 'export goods'],
  [/消费品|儿童用品/, 'product', 'consumer goods'],
  [/信息技术应用|信息化|两化融合|智能化|技术改造|制造业|工业|规模以上企业/, 'product', 'manufacturing'],
  [/抽查|抽检|合格率|产品|等级品率/, 'product', 'product quality'],
];

/** Section headings name a plan's domains (产品质量, 工程质量 …); used when the wording says nothing. */
const SECTION_DOMAINS: [RegExp, Domain, string][] = [
  [/环境|生态|大气|节能/, 'environment', 'environment'],
  [/工程|建筑/, 'engineering', 'construction'],
  [/服务/, 'service', 'service quality'],
  [/产品|制造|农产品|食品|消费品/, 'product', 'product quality'],
  [/标准|计量|认证|检验检测|知识产权|品牌|创新/, 'foundation', 'quality infrastructure'],
];

/**
 * A clause's text with the topic rules it matches, each tested once: a clause that holds many targets
 * is then not rescanned for every one of them.
 */
export class ClauseText {
  readonly text: string;
  readonly #matches: (boolean | undefined)[] = [];

  constructor(text: string) {
    this.text = text;
  }

  /** Does TOPIC_RULES[rule] match the clause? */
  matches(rule: number): boolean {
    return (this.#matches[rule] ??= TOPIC_RULES[rule]![0].test(this.text));
  }
}

export interface ClassifyInput {
  /** The target's wording, in simplified characters. */
  indicatorZh: string;
  /** Its clause, in simplified characters (a ClauseText when several targets share it). */
  clause: string | ClauseText;
  /** Heading titles above it. */
  section: string;
  unit: string | null;
  comparator: Comparator;
  indicators: readonly Indicator[];
}

export interface Classification {
  domain: Domain;
  topic: string;
  indicatorId: string | null;
  indicatorEn: string;
}

const compiled = new WeakMap<Indicator, { wordings: RegExp[]; exclude: RegExp[] }>();

function patternsOf(indicator: Indicator) {
  let p = compiled.get(indicator);
  if (!p) {
    p = {
      wordings: indicator.wordings.map((w) => new RegExp(w)),
      exclude: indicator.exclude.map((w) => new RegExp(w)),
    };
    compiled.set(indicator, p);
  }
  return p;
}

/** Is a target in `unit` with `comparator` comparable with an indicator measured in `indicatorUnit`? */
export function isUnitCompatible(
  unit: string | null,
  comparator: Comparator,
  indicatorUnit: string,
): boolean {
  if (comparator === 'qualitative' || comparator === 'increase_by' || comparator === 'decrease_by')
    return true;
  if (unit === indicatorUnit) return true;
  return indicatorUnit === 'score' && unit === null;
}

/**
 * The canonical indicator a wording maps to: the first indicator (in file order) with a wording that
 * matches, no exclusion that matches, and a compatible unit.
 */
export function matchIndicator(
  indicatorZh: string,
  unit: string | null,
  comparator: Comparator,
  indicators: readonly Indicator[],
): Indicator | null {
  for (const indicator of indicators) {
    const { wordings, exclude } = patternsOf(indicator);
    if (!wordings.length || !wordings.some((w) => w.test(indicatorZh))) continue;
    if (exclude.some((w) => w.test(indicatorZh))) continue;
    if (isUnitCompatible(unit, comparator, indicator.unit)) return indicator;
  }
  return null;
}

/** A heading that names one of the four quality domains (产品质量, 工程质量, 服务质量, 环境质量). */
const QUALITY_SECTION: [RegExp, Domain][] = [
  [/产品质量|制造业质量/, 'product'],
  [/工程质量/, 'engineering'],
  [/服务质量/, 'service'],
  [/环境质量/, 'environment'],
];

/** The first rule that matches the wording, else the first that matches the clause. */
function firstRule(
  wording: string,
  clause: ClauseText,
  domain?: Domain,
): { domain: Domain; topic: string } | null {
  for (const [pattern, d, topic] of TOPIC_RULES) {
    if ((!domain || d === domain) && pattern.test(wording)) return { domain: d, topic };
  }
  for (let rule = 0; rule < TOPIC_RULES.length; rule++) {
    const [, d, topic] = TOPIC_RULES[rule]!;
    if ((!domain || d === domain) && clause.matches(rule)) return { domain: d, topic };
  }
  return null;
}

/**
 * Domain and topic from the wording, then the clause, then the section headings. Foundation topics
 * (standards, metrology, awards…) win wherever they sit; otherwise a heading that names a quality
 * domain decides between product, engineering, service and environment.
 */
export function classifyTopic(
  indicatorZh: string,
  clauseText: string | ClauseText,
  section: string,
): { domain: Domain; topic: string } {
  const clause = typeof clauseText === 'string' ? new ClauseText(clauseText) : clauseText;
  // 产品质量、工程质量、服务质量、环境质量均实现大幅提升: a goal over the whole plan belongs to no one domain.
  if (QUALITY_SECTION.filter(([pattern]) => pattern.test(indicatorZh)).length >= 3)
    return { domain: 'foundation', topic: 'overall quality' };
  const rule = firstRule(indicatorZh, clause);
  if (rule?.domain === 'foundation') return rule;
  const headed = QUALITY_SECTION.filter(([pattern]) => pattern.test(section)).pop();
  if (headed && rule?.domain !== headed[1]) {
    const [, domain] = headed;
    return (
      firstRule(indicatorZh, clause, domain) ?? {
        domain,
        topic: SECTION_DOMAINS.find(([, d]) => d === domain)![2],
      }
    );
  }
  if (rule) return rule;
  for (const [pattern, domain, topic] of SECTION_DOMAINS) if (pattern.test(section)) return { domain, topic };
  return { domain: 'foundation', topic: 'governance' };
}

/** Classify one target: a mapped target takes its indicator's domain and topic, so charts agree. */
export function classifyTarget(input: ClassifyInput): Classification {
  const indicator = matchIndicator(input.indicatorZh, input.unit, input.comparator, input.indicators);
  if (indicator) {
    return {
      domain: indicator.domain,
      topic: indicator.topic,
      indicatorId: indicator.indicator_id,
      indicatorEn: indicator.name_en,
    };
  }
  const { domain, topic } = classifyTopic(input.indicatorZh, input.clause, input.section);
  return { domain, topic, indicatorId: null, indicatorEn: translateIndicator(input.indicatorZh) || topic };
}
