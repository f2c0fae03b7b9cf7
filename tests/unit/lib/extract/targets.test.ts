import { describe, expect, it } from 'vitest';
import type { Comparator } from '../../../../src/lib/extract/types.ts';
import { extractText, quantitative } from '../../helpers.ts';

type Expected = ReturnType<typeof quantitative>;
const pct = (value: number, comparator: Comparator = '='): Expected[number] => ({
  value,
  comparator,
  unit: '%',
});
const count = (value: number, comparator: Comparator = '='): Expected[number] => ({
  value,
  comparator,
  unit: 'count',
});

describe('targets in real sentences of the five plans', () => {
  it.each<[string, string, Expected]>([
    [
      'Shijiazhuang: 以上 makes a lower bound',
      '重点产业主要产品采用国际标准或国外先进标准组织生产达到90%以上,主要工业产品监督抽查合格率达到85%以上。',
      [pct(90, '>='), pct(85, '>=')],
    ],
    [
      'Shijiazhuang: several targets, a range and 以上 in one sentence',
      '培育140项以上生产规模大、市场占有率高的省级以上名牌产品或区域品牌产品、培育30-32项中国驰名商标和350项河北省著名商标。',
      [count(140, '>='), { value: 30, value_max: 32, comparator: 'range', unit: 'count' }, count(350)],
    ],
    [
      'Shijiazhuang: counts after 建设完成 and 培育',
      '积极发展无公害农产品、绿色食品和有机农产品,建设完成8个国家级农业标准化示范区,培育32项有一定规模的名牌农产品。',
      [count(8), count(32)],
    ],
    [
      'Shijiazhuang: 零事故 is a target of zero',
      '实现建设工程重大结构质量安全零事故,每年建设一批获国家和省优质奖的工程。',
      [count(0)],
    ],
    [
      'Taiyuan: 下降 and 提高 are changes; 二级以上 is a grade, not a bound',
      '到2014年底,环境空气质量方面:市区空气质量持续好转,PM2.5年均浓度值下降5%,二级以上优良天气达标率提高5%;',
      [pct(5, 'decrease_by'), pct(5, 'increase_by')],
    ],
    [
      'Taiyuan: 稳定保持 is an equality; a count of tasks',
      '水环境质量方面:集中式饮用水源地水质达标率稳定保持100%,市区地表水环境功能区水质达标率达到60%以上;污染减排方面:全面完成省政府下达的6项污染物减排指标任务。',
      [pct(100), pct(60, '>='), count(6)],
    ],
    ['Taiyuan: 增长率为 is growth', '每年名牌数增长率为10%。', [pct(10, 'increase_by')]],
    [
      'Taiyuan: the whole population of units is not a target',
      '着力推进全市300余家重点监控设备使用单位实现安全管理标准化达标,提升特种设备事故调查处理和应急救援能力。',
      [],
    ],
    ['Taiyuan: 五大工程 and 五项整治 are scope', '深入推进五大工程,深化五项整治。', []],
    [
      'Taiyuan: standards drafted and products organised',
      '到2014年末引导有实力企业主导或参与国际、国家、行业标准制修订5项以上,组织6个产品采用国际标准生产。',
      [count(5, '>='), count(6)],
    ],
    [
      'Hangzhou: two enumerated pass rates share one number',
      '杭产农产品抽检合格率、重点食品监督抽查合格率达到95%以上;农业标准化生产普及率达到30%;',
      [pct(95, '>='), pct(95, '>='), pct(30)],
    ],
    [
      'Hangzhou: a list of counts after one verb',
      '建成5个国家级服务业标准化试点、3个以上中华老字号和达标百货店、1个服务业“全国知名品牌创建示范区”,3个以上服务业企业获得服务业名牌或省级以上政府质量奖,消费者对服务质量满意度持续提升。',
      [count(5), count(3, '>='), count(1), count(3, '>=')],
    ],
    [
      'Hangzhou: a score of 800',
      '进行自查,达到800分以上后,向市人大、政协汇报创建成效。',
      [{ value: 800, comparator: '>=', unit: 'score' }],
    ],
    [
      'Hangzhou: per-mille funding share',
      '按照国质检质函〔2012〕841号文件明确的“每年对落实本城市质量发展规划或创建质量强市工作提供专项经费数额应占年财政一般预算收入比例达到1‰”的要求,继续实施市政府质量奖励。',
      [{ value: 1, comparator: '=', unit: '‰' }],
    ],
    [
      'Hangzhou: stages, dates and effective days are not targets',
      '全国质量强市示范城市创建工作分四个阶段。6月30日前,申报材料送国家质检总局。本方案自公布之日起30日后施行。',
      [],
    ],
    [
      'Shanwei: scope lists with 等 are not targets',
      '围绕国家部署的空气净化器、电饭煲、智能马桶盖等10种重点消费品,以及热水器、电声器材等省确定的5类重点产品,开展质量提升专项行动。',
      [],
    ],
    [
      'Shanwei: a range of 1~2 per industry',
      '选取汽车贸易、电子商务、旅游观光、家居装饰等4个重点行业进行重点培育,争取每个重点行业培育1~2家服务标杆企业。',
      [{ value: 1, value_max: 2, comparator: 'range', unit: 'count' }],
    ],
    [
      'Shanwei: satisfaction is a score; a rate without a verb',
      '到2017年,生产性服务业顾客满意度达80以上,规模以上企业电子商务应用率达90%以上。',
      [{ value: 80, comparator: '>=', unit: 'score' }, pct(90, '>=')],
    ],
    [
      'Shanwei: 100% without a verb and a concentration with 左右',
      '到2017年,全市环境质量保持稳定,集中式饮用水水源水质达标率100%,PM2.5年均浓度维持在30微克/立方米左右。',
      [pct(100), { value: 30, comparator: '~', unit: 'μg/m³' }],
    ],
    [
      'Shanwei: 新增 carries to the next listed count',
      '到2017年,全市力争新增认定省级工程技术研究中心10个以上、省级企业技术中心1家以上,全市研发投入占GDP(国内生产总值)比重达到1.0%以上。',
      [count(10, '>='), count(1, '>='), pct(1, '>=')],
    ],
    [
      'Shanwei: per 10,000 people and per million people',
      '到2017年,全市发明专利申请量力争新增42件以上,每万人发明专利拥有量力争新增220件以上,每百万人发明专利申请量力争新增12件以上。',
      [
        count(42, '>='),
        { value: 220, comparator: '>=', unit: 'per_10k_people' },
        { value: 12, comparator: '>=', unit: 'per_1m_people' },
      ],
    ],
    [
      'Shanwei: 力争 alone does not make a bound',
      '到2017年,农业类名牌产品达到23个,力争新增国家驰名商标2件、省著名商标5件。',
      [count(23), count(2), count(5)],
    ],
    ['Shanwei: hotline numbers are not targets', '进一步完善汕尾市12345投诉举报平台建设。', []],
    [
      'Shanwei: 零缺陷管理 is a method, 一支队伍 an article',
      '引导企业实践卓越绩效管理、零缺陷管理、六西格玛。主动建立一支适应我市经济社会发展的质量执法队伍。',
      [],
    ],
    [
      'Linxia: 分别 pairs three names with three numbers',
      '力争中国地理标志产品达到3个以上,无公害、绿色、有机食品认证产品分别达到45个、18个、3个;',
      [count(3, '>='), count(45), count(18), count(3)],
    ],
    [
      'Linxia: 均 splits enumerated rates, not enumerated subjects',
      '全州干线公路、农村公路竣工验收合格率均达到100%,水利与节水改造工程质量合格率、质量检测抽检率均达到100%,大型工程综合优良率达到75%以上。',
      [pct(100), pct(100), pct(100), pct(75, '>=')],
    ],
    [
      'Linxia: grades (4A级以上, 四星级及以上) are not bounds; 其中 adds sub-targets',
      '到2020年,建成扶贫旅游示范区1个,4A级以上旅游景区7个,其中5A级旅游景区3个;四星级及以上饭店达到11家以上,其中五星级3家。',
      [count(1), count(7), count(3), count(11, '>='), count(3)],
    ],
    [
      'Linxia: a range written 1—2个以上',
      '开发1—2个以上具有高技术含量、高附加值和自主知识产权的新产品;',
      [{ value: 1, value_max: 2, comparator: 'range', unit: 'count' }],
    ],
    [
      'Linxia: hotlines, quoted names and congress numbers are not targets',
      '以党的十八大精神为指导,深入实施“4+5+5”项目行动计划。充分发挥12315、12316、12319、12331、12365等投诉、举报、服务热线的作用。',
      [],
    ],
    [
      'Shijiazhuang: ordinals, 3·15 and 十二五 are not targets',
      '已经市政府第49次常务会研究通过。充分利用“质量月”、“3·15”、“世界标准日”等开展主题宣传活动。加快制定我市名牌产品“十二五”培育计划。',
      [],
    ],
  ])('%s', (_name, text, expected) => expect(quantitative(text)).toEqual(expected));
});

describe('targets in forms other plans use', () => {
  it.each<[string, string, Expected]>([
    ['百分之 in words', '主要农产品质量安全抽检合格率达到百分之九十八。', [pct(98)]],
    ['Chinese numeral counts', '新增国家级质检中心两个,培育三十二家品牌企业。', [count(2), count(32)]],
    [
      '以内 is an upper bound',
      'PM2.5年均浓度控制在45微克/立方米以内。',
      [{ value: 45, comparator: '<=', unit: 'μg/m³' }],
    ],
    ['不低于 is a lower bound', '质量投入占财政支出比重不低于1%。', [pct(1, '>=')]],
    ['下降 after 比 a base year', '万元GDP能耗比2015年下降15%。', [pct(15, 'decrease_by')]],
    [
      'an index without a unit',
      '制造业质量竞争力指数达到85。',
      [{ value: 85, comparator: '=', unit: 'index' }],
    ],
    [
      'percentage points',
      '空气质量优良天数比例提高2个百分点。',
      [{ value: 2, comparator: 'increase_by', unit: 'pp' }],
    ],
    [
      'a range of percentages',
      '产品质量监督抽查合格率保持在90%—95%。',
      [{ value: 90, value_max: 95, comparator: 'range', unit: '%' }],
    ],
    ['a rank', '质量竞争力进入全省前5位。', [{ value: 5, comparator: '<=', unit: 'rank' }]],
    ['traditional characters', '產品質量監督抽查合格率達到95%以上。', [pct(95, '>=')]],
    ['full-width digits and signs', '产品质量监督抽查合格率达到９５％以上。', [pct(95, '>=')]],
    ['a baseline in the past is not a target', '“十二五”期间,全市产品质量监督抽查合格率达到92%。', []],
    ['time windows are not targets', '3个月内制定详细的创建计划,30天内完成整改。', []],
    [
      'counts of the plan’s own parts are scope',
      '提出质量提升行动14个方面重点任务,推进全部120项分解任务,落实4项质量措施。',
      [],
    ],
    [
      'two rates joined by 和 share one number',
      '农产品质量安全例行监测合格率和食品抽检合格率均达到98%以上。',
      [pct(98, '>='), pct(98, '>=')],
    ],
    [
      'a range of benchmark firms after 选树',
      '选树2—3个质量标杆企业。',
      [{ value: 2, value_max: 3, comparator: 'range', unit: 'count' }],
    ],
    [
      'samples per thousand people',
      '食品抽检量达到4批次/千人。',
      [{ value: 4, comparator: '=', unit: 'per_1k_people' }],
    ],
    [
      'money per person',
      '全员劳动生产率达到30万元/人。',
      [{ value: 30, comparator: '=', unit: 'CNY 10k/person' }],
    ],
    [
      'a growth rate of a per-capita quantity stays in %',
      '每万人口高价值发明专利拥有量年均增长10%。',
      [pct(10, 'increase_by')],
    ],
    ['zero as a value', '农药残留检出率为零。', [pct(0)]],
    ['a number that qualifies a noun is not a target', '年营业收入超50亿元的企业达到20家。', [count(20)]],
    ['近 before a number means about', '完成近80个知名品牌建设任务。', [count(80, '~')]],
    ['pinyin glosses in a saved page', '产(chǎn)品质(zhì)量监督抽查合格率达到95%以上。', [pct(95, '>=')]],
  ])('%s', (_name, text, expected) => expect(quantitative(text)).toEqual(expected));
});

describe('fields of a target record', () => {
  it('marks additional counts', () => {
    const [a, b] = extractText('每年新增省名牌产品10个,累计推动120家规模以上企业实施技术改造。');
    expect([a!.is_new_count, b!.is_new_count]).toEqual([true, true]);
    expect(extractText('农业类名牌产品达到23个。')[0]!.is_new_count).toBe(false);
  });

  it('keeps the counting word as written', () => {
    const units = extractText(
      '培育河北省服务名牌20家、河北省服务质量奖60家,中国驰名商标3件,力争1户以上企业获得省政府质量奖。',
    ).map((r) => r.unit_zh);
    expect(units).toEqual(['家', '家', '件', '户']);
  });

  it('names the measured quantity as worded, with an English name', () => {
    const [r] = extractText('到2017年,我市制造业产品质量合格率稳定在93%以上。');
    expect(r).toMatchObject({
      indicator_zh: '制造业产品质量合格率',
      indicator_id: 'manufacturing_pass_rate',
      indicator_en: 'Manufacturing product quality pass rate',
      domain: 'product',
    });
  });

  it.each<[string, string, string[]]>([
    [
      'Hangzhou: each count in a list is named by the words after its own number',
      '建成5个国家级服务业标准化试点、3个以上中华老字号和达标百货店、1个服务业“全国知名品牌创建示范区”。',
      ['国家级服务业标准化试点', '中华老字号和达标百货店', '服务业全国知名品牌创建示范区'],
    ],
    [
      'Shijiazhuang: a list after one verb keeps each name',
      '培育河北省服务名牌20家、河北省服务质量奖60家,中国驰名商标3件。',
      ['河北省服务名牌', '河北省服务质量奖', '中国驰名商标'],
    ],
  ])('%s', (_name, sentence, wordings) => {
    expect(
      extractText(sentence)
        .filter((r) => r.comparator !== 'qualitative')
        .map((r) => r.indicator_zh),
    ).toEqual(wordings);
  });

  it.each<[string, string, string, string, string]>([
    [
      'Linxia: 接近或达到 is the verb, the long list keeps its noun phrase',
      '一、发展目标\n到2015年,清真食品、皮革毛纺、民族用品、装备制造、建材化工、酒类饮品、旅游文化工艺品、生物医药等特色产业的产品质量水平接近或达到国内先进水平。',
      '产品质量水平',
      'product',
      'product quality level',
    ],
    [
      'Linxia: a goal over all four quality domains belongs to the foundation',
      '一、发展目标\n到2020年,全州产品质量、工程质量、服务质量、环境质量均实现大幅提升。',
      '产品质量、工程质量、服务质量、环境质量',
      'foundation',
      'product quality, construction quality, service quality, environmental quality',
    ],
    [
      'Linxia: drinking water meeting a standard is about water, not standards work',
      '一、发展目标\n到2015年,农村人口饮水基本达到安全标准。',
      '农村人口饮水',
      'environment',
      'rural drinking water',
    ],
    [
      'Linxia: an inline 四是提升环境质量 decides the domain of what follows it',
      '二、重点工作\n(十)深入实施质量提升工程。四是提升环境质量。力争到2020年,生产过程污染物的产生和排放得到有效控制,资源消耗大幅降低。',
      '资源消耗',
      'environment',
      'resource consumption',
    ],
    [
      'Hangzhou: under 三、主要目标 a commitment without a number is kept, in its heading’s domain',
      '三、主要目标\n(四)环境质量。完成国家、省级生态创建目标的各项任务。',
      '完成国家、省级生态创建目标的各项任务',
      'environment',
      'tasks (completing national, provincial eco-city goals)',
    ],
  ])('%s', (_name, text, wordingZh, domain, wordingEn) => {
    const last = extractText(text, [2020])
      .filter((r) => r.comparator === 'qualitative')
      .pop();
    expect(last).toMatchObject({ indicator_zh: wordingZh, domain, indicator_en: wordingEn });
  });

  it('takes the year from the clause, the section or the document', () => {
    const text = [
      '三、主要目标',
      '到2015年,我市质量水平明显提高。',
      '(一)产品质量。国家监督抽查合格率稳定在90%以上。',
      '四、保障措施',
      '(一)加大投入。每年名牌数增长率为10%。',
      '(二)环境。到2017年,PM2.5年均浓度下降5%。',
    ].join('\n');
    const years = extractText(text, [2018])
      .filter((r) => r.comparator !== 'qualitative')
      .map((r) => [r.target_year, r.year_basis]);
    expect(years).toEqual([
      [2015, 'section'],
      [2018, 'document'],
      [2017, 'explicit'],
    ]);
  });

  it('reads 力争2018年 as a deadline and 比“十二五”末 as a base of comparison', () => {
    const text =
      '力争2018年通过考核验收,产品质量监督抽查合格率达到95%。到2020年,驰名商标总量比“十二五”末翻一番,地理标志产品达到12个。';
    expect(
      extractText(text, [2020])
        .filter((r) => r.value !== null)
        .map((r) => [r.value, r.target_year]),
    ).toEqual([
      [95, 2018],
      [12, 2020],
    ]);
  });

  it.each<[string, string, [number | null, number | null][]]>([
    [
      'a clause under 到1985年 states the past',
      '到1985年,主要工业产品监督抽查合格率达到85%以上。到2015年,主要工业产品监督抽查合格率达到90%以上。',
      [[90, 2015]],
    ],
    [
      'a heading with 1985年 sets no section year',
      '三、1985年以来的主要目标\n国家监督抽查合格率稳定在90%以上。',
      [[90, 2018]],
    ],
    [
      'a sentence under 到1985年 sets no year for what follows',
      '到1985年,全市质量水平明显提高。国家监督抽查合格率稳定在90%以上。',
      [[90, 2018]],
    ],
  ])('never gives a target a year before 1990: %s', (_, text, expected) => {
    expect(extractText(text, [2018]).map((r) => [r.value, r.target_year])).toEqual(expected);
  });

  it('gives the heading path as the section', () => {
    const text = [
      '一、发展目标',
      '(三)发展目标。到2020年,全州质量发展。',
      '1.产品质量:产品质量监督抽查合格率达到95%以上。',
    ].join('\n');
    expect(extractText(text).find((r) => r.value !== null)!.section).toBe(
      '一、发展目标 › (三)发展目标 › 1.产品质量',
    );
  });

  it('keeps qualitative commitments without a value', () => {
    const [r] = extractText('到2015年,全州生态环境得到有效改善和保护。');
    expect(r).toMatchObject({ comparator: 'qualitative', value: null, unit: null, target_year: 2015 });
  });

  it('cuts each quote out of the cleaned text at its offsets', () => {
    const text = '到2017年,我市制造业产品质量合格率稳定在93%以上,农产品质量安全例行监测总体合格率达96%以上。';
    for (const r of extractText(text)) expect(text.slice(r.quote_start, r.quote_end)).toBe(r.quote);
  });
});

describe('kinds of targets other cities’ plans state', () => {
  const records = (text: string) =>
    extractText(text)
      .filter((r) => r.comparator !== 'qualitative')
      .map((r) => [r.indicator_zh, r.comparator, r.value, r.unit, r.quote]);

  it.each<[string, string, unknown[][]]>([
    [
      'a target inside brackets, after the sentence’s own',
      '到2020年,全市研究与试验发展经费支出占地区生产总值比重达到2.5%(其中规模以上工业企业达到1.2%以上)。',
      [
        [
          '研究与试验发展经费支出占地区生产总值比重',
          '=',
          2.5,
          '%',
          '全市研究与试验发展经费支出占地区生产总值比重达到2.5%(其中规模以上工业企业达到1.2%以上)',
        ],
        ['规模以上工业企业', '>=', 1.2, '%', '其中规模以上工业企业达到1.2%以上'],
      ],
    ],
    [
      'targets inside brackets after a qualitative commitment, split at the comma inside',
      '品牌建设取得新进展(其中:中国驰名商标达到14件以上,广东省著名商标达到50件)。',
      [
        ['中国驰名商标', '>=', 14, 'count', '中国驰名商标达到14件以上'],
        ['广东省著名商标', '=', 50, 'count', '广东省著名商标达到50件'],
      ],
    ],
    [
      'a bracketed rate of part of the products',
      '主要农产品质量安全例行监测总体合格率稳定在97%以上(其中蔬菜、水果抽检合格率达到98%以上)。',
      [
        [
          '主要农产品质量安全例行监测总体合格率',
          '>=',
          97,
          '%',
          '主要农产品质量安全例行监测总体合格率稳定在97%以上(其中蔬菜、水果抽检合格率达到98%以上)',
        ],
        ['蔬菜、水果抽检合格率', '>=', 98, '%', '其中蔬菜、水果抽检合格率达到98%以上'],
      ],
    ],
    [
      'a change against the previous year',
      '制造业产品质量合格率比上年提升1个百分点以上。',
      [['制造业产品质量合格率', 'increase_by', 1, 'pp', '制造业产品质量合格率比上年提升1个百分点以上']],
    ],
    [
      'a fall against the previous year',
      '全市单位地区生产总值能耗较上年下降3.5%。',
      [['单位地区生产总值能耗', 'decrease_by', 3.5, '%', '全市单位地区生产总值能耗较上年下降3.5%']],
    ],
    [
      'a change on the same period of last year',
      '质量技术服务业营业收入同比增长10%以上。',
      [['质量技术服务业营业收入', 'increase_by', 10, '%', '质量技术服务业营业收入同比增长10%以上']],
    ],
    [
      'a small rate per 10,000 units of equipment',
      '万台特种设备死亡率控制在0.20以下。',
      [['万台特种设备死亡率', '<=', 0.2, 'per_10k_units', '万台特种设备死亡率控制在0.20以下']],
    ],
    [
      'a rate per 100 million yuan of GDP',
      '亿元国内生产总值生产安全事故死亡率控制在0.08以下。',
      [
        [
          '亿元国内生产总值生产安全事故死亡率',
          '<=',
          0.08,
          'per_100m_cny',
          '亿元国内生产总值生产安全事故死亡率控制在0.08以下',
        ],
      ],
    ],
    [
      'a rate per 10,000 vehicles',
      '道路交通万车死亡率下降到2.1以下。',
      [['道路交通万车死亡率', '<=', 2.1, 'per_10k_vehicles', '道路交通万车死亡率下降到2.1以下']],
    ],
  ])('%s', (_kind, sentence, expected) => {
    expect(records(sentence)).toEqual(expected);
  });

  it('still reads a figure of last year as a baseline, not a target', () => {
    expect(records('上年全市产品质量监督抽查合格率为92%,今年要继续提升。')).toEqual([]);
  });
});
