/** The words of the Methodology view, in both languages; numbers arrive formatted, read from data or code. */

import type { Lang } from '../../../lib/i18n/lang.ts';
import type { StatusNumbers } from '../../../lib/outcomes/words.ts';

/** The constants of src/lib/outcomes that the text states, formatted for the language. */
export interface MethodNumbers extends StatusNumbers {
  /** Open SDG thresholds with a target (ratios) and without (annual growth rates). */
  withTarget: { high: string; med: string; low: string };
  withoutTarget: { high: string; med: string; low: string };
  limitExponent: string;
  zeroReplacement: string;
}

const en = {
  title: 'Methodology',
  intro:
    'How every number in this dashboard is made: where targets come from, how they are read, how outcomes are judged against them, and what the data cannot tell you.',
  countsTitle: 'The dataset in numbers',
  countsNote: 'Counted from the published tables as you read this.',
  figures: {
    documents: 'Plan documents',
    cities: 'Cities',
    records: 'Records',
    quantitative: 'Quantitative targets',
    qualitative: 'Qualitative commitments',
    indicators: 'Canonical indicators',
    shared: 'Indicators targeted by 2+ cities',
    outcomes: 'City outcomes',
    references: 'National and provincial references',
  },
  extractionTitle: 'How targets are extracted',
  extractionNote:
    'The same TypeScript code runs in the build and in this browser (it reads drafts in “Check a draft”).',
  steps: [
    [
      'Decoding and cleaning',
      'Files are read as UTF-8, UTF-16 or GB18030/GBK. Web-page chrome (navigation, share widgets, footers) is removed line by line; full-width characters become half-width. Every quote offset refers to this cleaned text.',
    ],
    [
      'Traditional characters',
      'A simplified-character copy of the same length (OpenCC’s table) is what the rules read, so traditional plans are read too while quotes stay as written.',
    ],
    [
      'Structure',
      'Headings (一、 （一） 1. （1） ①) form a tree; paragraphs split into sentences and clauses; deadline phrases (到2015年, 2014年底, “十三五”末) are found.',
    ],
    [
      'Numbers',
      'Arabic and Chinese numerals, 百分之…, ranges (30—32), with their unit or counting word. Document numbers, dates, hotlines, ordinals, quoted names, scope lists (10种重点消费品) and baselines are rejected.',
    ],
    [
      'Comparators',
      '以上, 不低于 → at least (≥); 以下, 以内, 不超过, 控制在 → at most (≤); 左右 → about (~); 达到 X without 以上 → reach (=); a–b → range; 提高/增长 X → increase by; 下降/降低 X → decrease by. A commitment with no number (持续提升, 全部达到国家标准) is kept as qualitative.',
    ],
    [
      'Target year',
      'Explicit when the clause states it (到2015年); section when a heading or an earlier sentence of the section sets it; document when only the plan’s horizon implies it.',
    ],
    [
      'Domain and indicator',
      'A target maps to a canonical indicator when one of the indicator’s wording patterns matches and the units agree; it then takes the indicator’s domain. Other targets get a domain and topic from keyword rules and their section heading.',
    ],
    [
      'Review',
      'Corrections (data/curation/overrides.csv) are applied after extraction; a corrected number must appear in the record’s quote. Each record says whether a person has checked it (auto, reviewed, corrected).',
    ],
  ] as [string, string][],
  attainmentTitle: 'What each attainment status means',
  attainmentNote: (n: MethodNumbers) =>
    `A target is judged against the city’s annual outcome for its target year. Only outcomes of ${n.assessingMatches} match may assess a target; others are shown as context.`,
  progressTitle: 'Progress: the Open SDG method',
  progressNote: (n: MethodNumbers) =>
    `Where two or more annual outcomes exist up to the target year, progress compares the observed compound annual growth rate since the base year with the rate needed to reach the target on time (ratio R). R ≥ ${n.withTarget.high}: on track; ${n.withTarget.med} ≤ R < ${n.withTarget.high}: acceleration needed; ${n.withTarget.low} ≤ R < ${n.withTarget.med}: limited progress; below: deterioration. Without a numeric target the observed growth rate, signed by the better direction, is compared with ${n.withoutTarget.high}, ${n.withoutTarget.med} and ${n.withoutTarget.low} a year, scaled near a natural limit by C = 1 − (base / limit)^${n.limitExponent}. A zero base or target is replaced by ${n.zeroReplacement}.`,
  progressSource: 'Method and thresholds: Open SDG progress methodology',
  specificityTitle: 'The specificity score',
  specificityText:
    'The share of a plan’s records (quantitative targets and qualitative commitments alike) that state a number, a target year and a lead department (牵头部门). A plan that names who is responsible, by when, for how much scores higher.',
  limitsTitle: 'Known limits',
  limits: {
    unmapped: (n: string, total: string) =>
      `${n} of ${total} quantitative targets map to no canonical indicator: they are counted and searchable but cannot be compared across cities.`,
    documentYear: (n: string) =>
      `${n} records take their target year only from the plan’s horizon (year basis “document”), not from their own sentence.`,
    noYear: (n: string) => `${n} records have no target year at all.`,
    review: (auto: string, total: string, corrected: string) =>
      `${auto} of ${total} records are as extracted, not yet checked by a person; ${corrected} were corrected.`,
    indicators: (n: string, total: string) =>
      `${n} of ${total} canonical indicators have no target in these plans; they carry outcomes or references only.`,
    outcomes: (assessing: string, total: string) =>
      `Only ${assessing} of ${total} city outcomes are annual figures of exact or approximate match and can assess a target; the rest are context (other definitions, monthly figures, forum reprints).`,
    sample: (documents: string, first: string, last: string) =>
      `${documents} plans, issued from ${first}, with horizons up to ${last}: a small sample of cities, not a census.`,
  },
  citeTitle: 'How to cite this dataset',
  citeNote: 'Cite the version and build date, and quote the plan sentence a number comes from.',
  citation: (version: string, date: string, url: string) =>
    `City Quality Targets (城市质量发展目标), version ${version}, built ${date}. ${url}`,
  sourcesTitle: 'The plans it is built from',
  copy: 'Copy citation',
  copied: 'Copied',
  loading: 'Counting…',
};

/** The Methodology view's dictionary. */
export const METHODOLOGY_STRINGS: Readonly<Record<Lang, typeof en>> = {
  en,
  zh: {
    title: '方法说明',
    intro: '本看板中每个数字的来历：目标从何而来、如何识别、如何对照实际结果评估，以及数据无法说明的事项。',
    countsTitle: '数据集概况',
    countsNote: '数字由已发布的数据表实时统计。',
    figures: {
      documents: '规划文件',
      cities: '城市',
      records: '记录',
      quantitative: '量化目标',
      qualitative: '定性承诺',
      indicators: '标准指标',
      shared: '两个及以上城市设定目标的指标',
      outcomes: '城市实际结果',
      references: '国家和省级参照',
    },
    extractionTitle: '目标如何提取',
    extractionNote: '构建数据和本浏览器使用同一套 TypeScript 代码（“草案核对”也用它读取草案）。',
    steps: [
      [
        '解码与清理',
        '文件按 UTF-8、UTF-16 或 GB18030/GBK 读取。逐行去除网页导航、分享组件、页脚等内容；全角字符转为半角。所有原文位置均以清理后的文本为准。',
      ],
      ['繁体字', '规则读取一份等长的简体副本（OpenCC 字表），因此繁体规划同样可读，而引文保持原样。'],
      [
        '结构',
        '标题（一、（一）1.（1）①）构成层级；段落切分为句子和分句；识别期限短语（到2015年、2014年底、“十三五”末）。',
      ],
      [
        '数值',
        '阿拉伯数字、中文数字、百分之……、区间（30—32）及其单位或量词。文号、日期、热线、序号、引号中的名称、范围列举（10种重点消费品）和基数均被排除。',
      ],
      [
        '比较方式',
        '以上、不低于 → 不低于（≥）；以下、以内、不超过、控制在 → 不超过（≤）；左右 → 左右（~）；达到X（无“以上”）→ 达到（=）；a–b → 区间；提高/增长X → 提高；下降/降低X → 降低。无数值的承诺（持续提升、全部达到国家标准）记为定性承诺。',
      ],
      [
        '目标年份',
        '“明确”指该分句写明年份（到2015年）；“章节”指标题或本节前文设定；“文件”指仅由规划期限推定。',
      ],
      [
        '领域与指标',
        '当某标准指标的表述模式匹配且单位一致时，目标对应到该指标，并采用该指标的领域；其余目标按关键词规则和所在章节标题确定领域与主题。',
      ],
      [
        '人工核对',
        '提取后应用更正（data/curation/overrides.csv）；更正后的数值必须出现在该记录的引文中。每条记录注明是否经人工核对（自动、已核对、已更正）。',
      ],
    ],
    attainmentTitle: '各达成状态的含义',
    attainmentNote: (n: MethodNumbers) =>
      `以城市在目标年份的年度实际结果评估目标。只有${n.assessingMatches}的结果可用于评估，其余仅作参考。`,
    progressTitle: '进展：Open SDG 方法',
    progressNote: (n: MethodNumbers) =>
      `当目标年份前有两个及以上年度结果时，比较自基准年以来的实际年均复合增长率与按期达标所需的增长率（比值 R）。R ≥ ${n.withTarget.high}：进展顺利；${n.withTarget.med} ≤ R < ${n.withTarget.high}：需要加速；${n.withTarget.low} ≤ R < ${n.withTarget.med}：进展有限；更低：倒退。无数值目标时，按有利方向取符号的实际年增长率与每年 ${n.withoutTarget.high}、${n.withoutTarget.med}、${n.withoutTarget.low} 比较，接近自然上限时按 C = 1 − (基数 / 上限)^${n.limitExponent} 缩放。基数或目标为零时以 ${n.zeroReplacement} 代替。`,
    progressSource: '方法与阈值：Open SDG 进展评估方法',
    specificityTitle: '具体程度得分',
    specificityText:
      '一份规划的全部记录（量化目标和定性承诺）中，同时写明数值、目标年份和牵头部门的比例。写明由谁负责、何时完成、完成多少的规划得分更高。',
    limitsTitle: '已知局限',
    limits: {
      unmapped: (n: string, total: string) =>
        `${total} 项量化目标中有 ${n} 项无对应标准指标：可计数和检索，但无法跨城市比较。`,
      documentYear: (n: string) =>
        `${n} 条记录的目标年份仅由规划期限推定（年份依据为“文件”），而非出自其所在句子。`,
      noYear: (n: string) => `${n} 条记录没有目标年份。`,
      review: (auto: string, total: string, corrected: string) =>
        `${total} 条记录中有 ${auto} 条为自动提取结果，尚未经人工核对；${corrected} 条经过更正。`,
      indicators: (n: string, total: string) =>
        `${total} 个标准指标中有 ${n} 个在这些规划中没有目标，仅有实际结果或参照数据。`,
      outcomes: (assessing: string, total: string) =>
        `${total} 条城市实际结果中只有 ${assessing} 条是精确或近似匹配的年度数据，可用于评估目标；其余仅作参考（口径不同、月度数据、论坛转载等）。`,
      sample: (documents: string, first: string, last: string) =>
        `共 ${documents} 份规划，最早发布于 ${first} 年，期限最晚至 ${last} 年：只是少数城市的样本，并非普查。`,
    },
    citeTitle: '如何引用本数据集',
    citeNote: '请注明版本和构建日期，并引用数字所出自的规划原句。',
    citation: (version: string, date: string, url: string) =>
      `城市质量发展目标（City Quality Targets），版本 ${version}，构建于 ${date}。${url}`,
    sourcesTitle: '数据来源规划',
    copy: '复制引用',
    copied: '已复制',
    loading: '正在统计……',
  },
};
