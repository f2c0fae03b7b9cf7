/** The deck's words: adding charts, the deck panel, presenting, PowerPoint, and each chart's finding sentence. */

import type {
  AttainmentFinding,
  DepartmentsFinding,
  IndicatorFinding,
  MatrixFinding,
  SpecificityFinding,
  TimelineFinding,
} from '../../lib/data/queries/deck.ts';
import { DOMAIN_LABELS } from '../../lib/i18n/common.ts';
import type { Formatters } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';

function valueWithUnit(format: Formatters, value: number, unit: string, lang: Lang): string {
  if (unit === '%') return `${format.number(value)}%`;
  if (unit === 'count') return format.number(value);
  if (unit === 'score') return lang === 'zh' ? `${format.number(value)}分` : `${format.number(value)} points`;
  return `${format.number(value)} ${unit}`;
}

function differenceWithUnit(format: Formatters, value: number, unit: string, lang: Lang): string {
  if (unit === '%')
    return lang === 'zh' ? `${format.number(value)}个百分点` : `${format.number(value)} points`;
  return valueWithUnit(format, value, unit, lang);
}

const en = {
  deck: 'Deck',
  deckCount: (n: string) => `Deck (${n})`,
  deckTitle: 'Your deck',
  deckIntro:
    'Charts you add with “Add to deck” become slides. The deck is part of this page’s address: copy the link to share it.',
  addToDeck: 'Add to deck',
  inDeck: 'In deck ✓',
  inDeckHint: 'This chart, with these filters, is already a slide. Select to take it out.',
  copyImage: 'Copy image',
  copied: 'Copied',
  copyFailed: 'This browser did not allow the copy.',
  emptyDeck: 'The deck is empty. Add charts from any view with “Add to deck”.',
  slideNumber: (n: string) => `Slide ${n}`,
  slideTitle: 'Title',
  slideFinding: 'Finding',
  findingHint: 'Computed from the slide’s data; write your own to replace it, clear it to go back.',
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  removeSlide: (n: string) => `Remove slide ${n}`,
  moveSlideUp: (n: string) => `Move slide ${n} up`,
  moveSlideDown: (n: string) => `Move slide ${n} down`,
  clear: 'Empty the deck',
  close: 'Close',
  present: 'Present',
  presentHint: 'Show the slides full screen: arrow keys or Page Up/Down move, Esc leaves',
  downloadPptx: 'Download PowerPoint',
  preparingPptx: (n: string, total: string) => `Preparing slide ${n} of ${total}…`,
  pptxFailed: 'The PowerPoint file could not be made.',
  filtersOf: (filters: string) => `Filters: ${filters}`,
  noFilters: 'no filters',
  viewDeck: 'Open the deck',
  exitPresent: 'Exit presentation (Esc)',
  slideOf: (n: string, total: string) => `${n} / ${total}`,
  presentNav: 'Presentation',
  previous: 'Previous slide',
  next: 'Next slide',
  viewSlides: 'This view’s charts (the deck is empty)',
  noSlides: 'This view has no charts to present. Add charts to the deck from other views.',
  chartNames: {
    'overview.matrix': 'Targets by city and domain',
    'overview.timeline': 'Plans from issue to horizon',
    'overview.specificity': 'How specific is each plan?',
    'compare.indicator': 'One indicator across cities',
    'indicator.chart': 'Targets of an indicator by year',
    'departments.matrix': 'Records by lead department and city',
    'attainment.matrix': 'Attainment by city and domain',
  },
  matrixFinding: (f: MatrixFinding | null, format: Formatters): string =>
    f === null
      ? 'No quantitative targets under these filters.'
      : `${f.cityEn} sets the most quantitative targets in any one domain: ${format.count(f.quantitativeCount)} in ${DOMAIN_LABELS.en[f.domain].toLowerCase()} (${format.count(f.cityCount)} cities shown).`,
  timelineFinding: (f: TimelineFinding, format: Formatters): string =>
    f.planCount === 0 || f.firstIssueYear === null || f.lastIssueYear === null
      ? 'No plans under these filters.'
      : `${format.count(f.planCount)} plans, issued ${format.yearSpan(f.firstIssueYear, f.lastIssueYear)}${f.lastHorizonYear === null ? '' : `, with targets up to ${format.year(f.lastHorizonYear)}`}.`,
  specificityFinding: (f: SpecificityFinding | null, format: Formatters): string =>
    f === null
      ? 'No records under these filters.'
      : `${f.top.cityEn}’s plan is the most specific: ${format.percent(f.top.share)} of its records (${format.count(f.top.specificCount)} of ${format.count(f.top.recordCount)}) give a number, a year and a lead department${f.bottom === null ? '' : `; ${f.bottom.cityEn}’s, ${format.percent(f.bottom.share)}`}.`,
  indicatorFinding: (f: IndicatorFinding | null, format: Formatters): string => {
    if (f === null) return 'No indicator under these filters.';
    if (f.furthest !== null) {
      const d = f.furthest;
      const diff = differenceWithUnit(format, Math.abs(d.difference), f.unit, 'en');
      const side = d.difference === 0 ? 'equal to' : d.difference > 0 ? `${diff} above` : `${diff} below`;
      return `${d.cityEn}’s ${f.indicatorEn.toLowerCase()} target (${valueWithUnit(format, d.value, f.unit, 'en')}${d.targetYear === null ? '' : ` by ${format.year(d.targetYear)}`}) is the furthest from the national target: ${side} its ${valueWithUnit(format, d.referenceValue, f.unit, 'en')}${d.referenceYear === null ? '' : ` (${format.year(d.referenceYear)})`}.`;
    }
    if (f.lowest !== null && f.highest !== null && f.cityCount > 1)
      return `${format.count(f.cityCount)} cities set a level for ${f.indicatorEn.toLowerCase()}: from ${valueWithUnit(format, f.lowest.value, f.unit, 'en')} (${f.lowest.cityEn}) to ${valueWithUnit(format, f.highest.value, f.unit, 'en')} (${f.highest.cityEn}).`;
    if (f.highest !== null)
      return `${f.highest.cityEn} sets ${valueWithUnit(format, f.highest.value, f.unit, 'en')} for ${f.indicatorEn.toLowerCase()}.`;
    return `No city sets a level for ${f.indicatorEn.toLowerCase()} under these filters.`;
  },
  departmentsFinding: (f: DepartmentsFinding, format: Formatters): string =>
    f.recordCount === 0
      ? 'No records under these filters.'
      : `${f.department === null ? 'No department is named' : `${f.department} leads the most records (${format.count(f.departmentCount)})`}; ${format.count(f.noneCount)} of ${format.count(f.recordCount)} records name no lead department.`,
  attainmentFinding: (f: AttainmentFinding, format: Formatters): string =>
    f.judgedCount === 0
      ? `No outcome yet judges any of the ${format.count(f.quantitativeCount)} quantitative targets shown.`
      : `Of ${format.count(f.judgedCount)} targets that published outcomes can judge (of ${format.count(f.quantitativeCount)}), ${format.count(f.metCount)} were met, ${format.count(f.partlyMetCount)} partly met and ${format.count(f.missedCount)} missed${f.top === null ? '' : `; ${f.top.cityEn} met the most (${format.count(f.top.metCount)})`}.`,
};

/** The deck's dictionary. */
export const DECK_STRINGS: Readonly<Record<Lang, typeof en>> = {
  en,
  zh: {
    deck: '演示稿',
    deckCount: (n: string) => `演示稿（${n}）`,
    deckTitle: '我的演示稿',
    deckIntro: '用“加入演示”添加的图表会成为幻灯片。演示稿保存在本页地址中：复制链接即可分享。',
    addToDeck: '加入演示',
    inDeck: '已加入演示 ✓',
    inDeckHint: '该图表（含当前筛选条件）已在演示稿中。再次选择可将其移出。',
    copyImage: '复制图片',
    copied: '已复制',
    copyFailed: '此浏览器不允许复制。',
    emptyDeck: '演示稿为空。在任一视图中用“加入演示”添加图表。',
    slideNumber: (n: string) => `第 ${n} 页`,
    slideTitle: '标题',
    slideFinding: '结论',
    findingHint: '根据该页数据自动生成；可改写，清空后恢复自动生成的结论。',
    moveUp: '上移',
    moveDown: '下移',
    remove: '移除',
    removeSlide: (n: string) => `移除第 ${n} 页`,
    moveSlideUp: (n: string) => `上移第 ${n} 页`,
    moveSlideDown: (n: string) => `下移第 ${n} 页`,
    clear: '清空演示稿',
    close: '关闭',
    present: '演示',
    presentHint: '全屏放映：方向键或 Page Up/Down 翻页，Esc 退出',
    downloadPptx: '下载 PowerPoint',
    preparingPptx: (n: string, total: string) => `正在生成第 ${n} / ${total} 页…`,
    pptxFailed: '无法生成 PowerPoint 文件。',
    filtersOf: (filters: string) => `筛选：${filters}`,
    noFilters: '无筛选',
    viewDeck: '打开演示稿',
    exitPresent: '退出演示（Esc）',
    slideOf: (n: string, total: string) => `${n} / ${total}`,
    presentNav: '演示',
    previous: '上一页',
    next: '下一页',
    viewSlides: '本视图的图表（演示稿为空）',
    noSlides: '本视图没有可演示的图表。请从其他视图将图表加入演示稿。',
    chartNames: {
      'overview.matrix': '各城市分领域目标数量',
      'overview.timeline': '规划文件：从发布到目标期限',
      'overview.specificity': '各规划的具体程度',
      'compare.indicator': '单一指标的城市对比',
      'indicator.chart': '指标目标按年份',
      'departments.matrix': '各城市分牵头部门的记录数',
      'attainment.matrix': '各城市分领域的目标达成',
    },
    matrixFinding: (f: MatrixFinding | null, format: Formatters): string =>
      f === null
        ? '在当前筛选条件下没有量化目标。'
        : `${f.cityZh}在单一领域设定的量化目标最多：${DOMAIN_LABELS.zh[f.domain]}领域${format.count(f.quantitativeCount)}项（共显示${format.count(f.cityCount)}个城市）。`,
    timelineFinding: (f: TimelineFinding, format: Formatters): string =>
      f.planCount === 0 || f.firstIssueYear === null || f.lastIssueYear === null
        ? '在当前筛选条件下没有规划文件。'
        : `共${format.count(f.planCount)}份规划，发布于${format.yearSpan(f.firstIssueYear, f.lastIssueYear)}${f.lastHorizonYear === null ? '' : `，目标期限最晚至${format.year(f.lastHorizonYear)}年`}。`,
    specificityFinding: (f: SpecificityFinding | null, format: Formatters): string =>
      f === null
        ? '在当前筛选条件下没有记录。'
        : `${f.top.cityZh}的规划最具体：${format.percent(f.top.share)}的记录（${format.count(f.top.recordCount)}条中的${format.count(f.top.specificCount)}条）同时写明数值、年份和牵头部门${f.bottom === null ? '' : `；${f.bottom.cityZh}为${format.percent(f.bottom.share)}`}。`,
    indicatorFinding: (f: IndicatorFinding | null, format: Formatters): string => {
      if (f === null) return '在当前筛选条件下没有指标。';
      if (f.furthest !== null) {
        const d = f.furthest;
        const diff = differenceWithUnit(format, Math.abs(d.difference), f.unit, 'zh');
        const side = d.difference === 0 ? '持平' : d.difference > 0 ? `高${diff}` : `低${diff}`;
        return `${d.cityZh}的${f.indicatorZh}目标（${d.targetYear === null ? '' : `${format.year(d.targetYear)}年`}${valueWithUnit(format, d.value, f.unit, 'zh')}）与全国目标差距最大：比全国${d.referenceYear === null ? '' : `${format.year(d.referenceYear)}年`}目标${valueWithUnit(format, d.referenceValue, f.unit, 'zh')}${side}。`;
      }
      if (f.lowest !== null && f.highest !== null && f.cityCount > 1)
        return `${format.count(f.cityCount)}个城市设定了${f.indicatorZh}的目标水平：从${valueWithUnit(format, f.lowest.value, f.unit, 'zh')}（${f.lowest.cityZh}）到${valueWithUnit(format, f.highest.value, f.unit, 'zh')}（${f.highest.cityZh}）。`;
      if (f.highest !== null)
        return `${f.highest.cityZh}设定${f.indicatorZh}目标为${valueWithUnit(format, f.highest.value, f.unit, 'zh')}。`;
      return `在当前筛选条件下没有城市设定${f.indicatorZh}的目标水平。`;
    },
    departmentsFinding: (f: DepartmentsFinding, format: Formatters): string =>
      f.recordCount === 0
        ? '在当前筛选条件下没有记录。'
        : `${f.department === null ? '没有记录写明牵头部门' : `${f.department}牵头的记录最多（${format.count(f.departmentCount)}条）`}；${format.count(f.recordCount)}条记录中有${format.count(f.noneCount)}条未写明牵头部门。`,
    attainmentFinding: (f: AttainmentFinding, format: Formatters): string =>
      f.judgedCount === 0
        ? `所显示的${format.count(f.quantitativeCount)}项量化目标尚无可用于判断的公开结果。`
        : `在可依据公开结果判断的${format.count(f.judgedCount)}项目标中（共${format.count(f.quantitativeCount)}项），已达成${format.count(f.metCount)}项、部分达成${format.count(f.partlyMetCount)}项、未达成${format.count(f.missedCount)}项${f.top === null ? '' : `；${f.top.cityZh}达成最多（${format.count(f.top.metCount)}项）`}。`,
  },
};
