/** Short English names for plan wordings, from a glossary of quality-plan terms (longest match first). */

const TERMS: Record<string, string> = {
  // Whole phrases that read badly word by word.
  每万人发明专利拥有量: 'invention patents held per 10,000 people',
  每百万人发明专利申请量: 'invention patent applications per million people',
  发明专利申请量: 'invention patent applications',
  发明专利拥有量: 'invention patents held',
  研发投入占GDP: 'R&D expenditure as share of GDP',
  国内生产总值: 'GDP',
  一次验收合格率: 'first-time acceptance rate',
  竣工验收合格率: 'completion acceptance rate',
  质量等级品率: 'quality-graded product rate',
  监督抽查合格率: 'supervisory spot-check pass rate',
  例行监测总体合格率: 'routine monitoring pass rate',
  例行监测合格率: 'routine monitoring pass rate',
  评价性抽检合格率: 'evaluative sampling pass rate',
  评价性抽验合格: 'evaluative sampling pass rate',
  抽检合格率: 'sampling pass rate',
  抽查合格率: 'spot-check pass rate',
  总体合格率: 'overall pass rate',
  质量合格率: 'quality pass rate',
  合格率: 'pass rate',
  抽检率: 'sampling rate',
  达标率: 'compliance rate',
  覆盖率: 'coverage',
  普及率: 'coverage rate',
  执行率: 'implementation rate',
  应用率: 'adoption rate',
  处理率: 'treatment rate',
  优良率: 'good rate',
  综合优良率: 'overall good-quality rate',
  受检率: 'inspection rate',
  周期受检率: 'periodic inspection rate',
  配备率: 'equipping rate',
  增长率: 'growth rate',
  满意度: 'satisfaction',
  满意率: 'satisfaction rate',
  顾客满意度: 'customer satisfaction',
  年均浓度值: 'annual mean concentration',
  年均浓度: 'annual mean concentration',
  浓度: 'concentration',
  比重: 'share',
  比例: 'share',
  排放量: 'discharge',
  达标排放量: 'compliant discharge',
  // Things counted.
  中国驰名商标: 'China well-known trademarks',
  国家驰名商标: 'China well-known trademarks',
  驰名商标: 'well-known trademarks',
  著名商标: 'famous trademarks',
  地理标志证明商标: 'geographical-indication certification marks',
  地理标志保护产品: 'geographical-indication protected products',
  地理标志产品: 'geographical-indication products',
  名牌产品: 'brand-name products',
  名牌农产品: 'agricultural brand-name products',
  区域品牌产品: 'regional brand products',
  区域品牌: 'regional brand',
  中国名牌: 'China brand-name products',
  名牌: 'brand-name products',
  品牌: 'brand',
  服务名牌: 'service brands',
  服务业名牌: 'service brands',
  服务质量奖: 'service quality award',
  政府质量奖: 'government quality award',
  工程质量奖: 'engineering quality award',
  质量奖: 'quality award',
  飞天奖: '"Feitian" award',
  优质工程: 'quality projects',
  标准化示范区: 'standardisation demonstration zones',
  农业标准化示范区: 'agricultural standardisation demonstration zones',
  农业标准化生产: 'agricultural standardised production',
  标准化试点: 'standardisation pilots',
  服务业标准化试点: 'service-sector standardisation pilots',
  工程技术研究中心: 'engineering technology research centres',
  企业技术中心: 'enterprise technology centres',
  检验检测中心: 'testing centres',
  实验室: 'laboratory',
  社会公用计量标准: 'public measurement standards',
  计量标准器具: 'measurement standard instruments',
  计量器具: 'measuring instruments',
  能源计量器具: 'energy measuring instruments',
  工作计量器具: 'working measuring instruments',
  强制检定: 'mandatory verification',
  量值传递: 'value transfer',
  质量管理体系认证: 'quality management system certification',
  环境管理体系认证: 'environmental management system certification',
  职业健康安全管理体系认证: 'occupational health and safety certification',
  测量管理体系认证: 'measurement management system certification',
  计量保证体系确认: 'metrological assurance confirmation',
  体系认证: 'system certification',
  无公害: 'pollution-free',
  绿色: 'green',
  有机: 'organic',
  食品认证产品: 'certified food products',
  认证产品: 'certified products',
  旅游景区: 'tourist attractions',
  扶贫旅游示范区: 'poverty-alleviation tourism demonstration zones',
  饭店: 'hotels',
  星级: '-star',
  四星级及以上: 'four-star and above',
  五星级: 'five-star',
  '4A级以上': '4A-or-higher',
  '5A级': '5A',
  老字号: 'time-honoured brands',
  中华老字号: 'China time-honoured brands',
  达标百货店: 'compliant department stores',
  服务标杆企业: 'service benchmark enterprises',
  全国知名品牌创建示范区: 'national famous-brand demonstration zones',
  知名品牌创建示范区: 'famous-brand demonstration zones',
  试点区或示范区: 'pilot or demonstration zones',
  产业集群区域品牌建设: 'industrial-cluster regional brand building',
  技术改造: 'technology upgrading',
  新产品: 'new products',
  // Subjects and qualifiers.
  产品质量监督抽查: 'product quality spot checks',
  国家监督抽查: 'national supervisory spot-check',
  产品质量安全指标: 'product safety indicators',
  产品质量: 'product quality',
  产品: 'products',
  主要工业产品: 'major industrial products',
  工业产品: 'industrial products',
  主导产品: 'leading products',
  主要产品: 'main products',
  重点产业: 'key industries',
  重点食品: 'key foods',
  农产品质量安全: 'agricultural product safety',
  主要农产品: 'major agricultural products',
  农产品: 'agricultural products',
  杭产农产品: 'locally produced agricultural products',
  水产品: 'aquatic products',
  蔬菜: 'vegetables',
  畜禽: 'livestock and poultry',
  果品: 'fruit',
  基地: 'base',
  食品: 'food',
  药品: 'drugs',
  大宗日常消费品: 'staple consumer goods',
  消费品: 'consumer goods',
  粮: 'grain',
  油: 'oil',
  肉: 'meat',
  蛋乳: 'eggs and dairy',
  制造业: 'manufacturing',
  先进制造业: 'advanced manufacturing',
  规模以上企业: 'above-scale enterprises',
  规模以上: 'above-scale',
  企业: 'enterprises',
  企事业单位: 'enterprises and institutions',
  有实力企业: 'capable enterprises',
  服务业企业: 'service enterprises',
  生产性服务业: 'producer services',
  生活性服务业: 'consumer services',
  服务业: 'services',
  服务质量: 'service quality',
  消费者: 'consumers',
  电子商务: 'e-commerce',
  信息技术: 'information technology',
  大中型工程: 'large and medium works',
  大中型工程建设项目主体工程: 'main works of large and medium projects',
  其他工程建设项目: 'other construction projects',
  其他工程: 'other works',
  保障房工程: 'social housing works',
  保障房新开工受监工程: 'new social housing under supervision',
  新开工建筑节能标准: 'building energy standards for new construction',
  建筑节能: 'building energy efficiency',
  工程质量监督: 'construction quality supervision',
  工程质量: 'construction quality',
  竣工工程: 'completed works',
  干线公路: 'trunk roads',
  农村公路: 'rural roads',
  公路: 'roads',
  水利与节水改造工程: 'water conservancy and water-saving works',
  质量检测: 'quality testing',
  大型工程: 'large works',
  建设工程重大结构质量安全: 'major structural safety of construction works',
  事故: 'accidents',
  集中式饮用水源地: 'centralised drinking-water sources',
  集中式饮用水水源地: 'centralised drinking-water sources',
  集中式饮用水水源: 'centralised drinking-water sources',
  城镇集中式饮用水水源地: 'urban centralised drinking-water sources',
  饮用水: 'drinking water',
  水质: 'water quality',
  市区地表水环境功能区: 'urban surface-water functional zones',
  地表水: 'surface water',
  二级以上优良天气: 'good-air days (grade II or better)',
  优良天气: 'good-air days',
  优良天数: 'good-air days',
  空气质量: 'air quality',
  细颗粒物: 'PM2.5',
  'PM2.5': 'PM2.5',
  工业废水: 'industrial wastewater',
  城镇污水: 'urban sewage',
  污水: 'sewage',
  城镇生活垃圾: 'urban household waste',
  生活垃圾: 'household waste',
  无害化: 'harmless',
  资源化: 'resource recovery',
  污染物减排指标任务: 'pollutant reduction targets',
  污染物: 'pollutants',
  研发投入: 'R&D expenditure',
  标准: 'standards',
  国际标准: 'international standards',
  国外先进标准: 'advanced foreign standards',
  国家标准: 'national standards',
  行业标准: 'industry standards',
  地方标准: 'local standards',
  企业标准: 'enterprise standards',
  先进企业标准: 'advanced enterprise standards',
  采用: 'adopting',
  采用国际标准: 'adopting international standards',
  采用国际标准率: 'international standards adoption rate',
  组织生产: 'in production',
  制修订: 'drafting or revising',
  制定: 'drafting',
  修订: 'revising',
  主导或参与: 'led or co-drafted',
  主导: 'leading',
  参与: 'participating',
  专项经费: 'dedicated funding',
  一般预算收入: 'general budget revenue',
  财政: 'fiscal',
  自查: 'self-assessment score',
  进行自查: 'self-assessment score',
  获得: 'winning',
  通过: 'passing',
  认证: 'certification',
  培育: 'cultivated',
  建成: 'built',
  省级以上: 'provincial-or-higher',
  省级: 'provincial',
  国家级: 'national',
  省: 'provincial',
  市: 'municipal',
  国家: 'national',
  河北省: 'Hebei',
  甘肃省: 'Gansu',
  甘肃: 'Gansu',
  山西省: 'Shanxi',
  广东省: 'Guangdong',
  州政府: 'prefecture government',
  省政府: 'provincial government',
  工业类: 'industrial',
  农业类: 'agricultural',
  新增: 'new',
  累计: 'cumulative',
  名牌数: 'brand-name products',
  年均: 'annual',
  总体: 'overall',
  安全: 'safety',
  质量: 'quality',
  水平: 'level',
};

const KEYS = Object.keys(TERMS).sort((a, b) => b.length - a.length);
const MAX_KEY = KEYS[0]?.length ?? 1;

function translatePhrase(zh: string): string {
  const words: string[] = [];
  let i = 0;
  while (i < zh.length) {
    let matched = false;
    for (let len = Math.min(MAX_KEY, zh.length - i); len > 0; len--) {
      const piece = zh.slice(i, i + len);
      const en = TERMS[piece];
      if (en !== undefined) {
        words.push(en);
        i += len;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const ch = zh[i]!;
    if (ch === '、' || ch === ',') words.push(',');
    else if (ch === '和' || ch === '及' || ch === '与') words.push('and');
    else if (ch === '或') words.push('or');
    else if (ch === '(' || ch === ')') words.push(ch);
    else if (/[A-Za-z0-9.]/.test(ch)) words.push(ch);
    i++;
  }
  return words
    .join(' ')
    .replace(/ ,/g, ',')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .replace(/\(\)/g, '')
    .replace(/(?<=[A-Za-z0-9.]) (?=[A-Za-z0-9.](?: |$))/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[,\s]+|[,\s]+$/g, '')
    .replace(/^(?:and|or) |(?: and| or)$/g, '');
}

/**
 * A short English name for a Chinese indicator wording. "A的B" reads "B (A)". Unknown words are
 * left out; the result is empty when nothing is known.
 */
export function translateIndicator(zh: string): string {
  const de = zh.lastIndexOf('的');
  if (de > 0 && de < zh.length - 1) {
    const head = translatePhrase(zh.slice(de + 1));
    const modifier = translatePhrase(zh.slice(0, de));
    if (head && modifier) return `${head} (${modifier})`;
    return head || modifier;
  }
  return translatePhrase(zh);
}
