/** The words of "Check a draft", in both languages. */

import type { DraftFlag, Direction, TargetKind } from '../../../lib/draft/compare.ts';
import type { PeerScope } from '../../../lib/draft/check.ts';
import type { Lang } from '../../../lib/i18n/lang.ts';

/** What a flag's words say a target was compared with. */
export interface FlagContext {
  /** Which way the number is more ambitious (for a change: its size, the better way). */
  direction: Direction;
  kind: TargetKind;
  /** The peers' targets compared: how many of each scope. */
  peers: Readonly<Record<PeerScope, number>>;
  /** The reported outcomes compared, named (`Shanwei 2020`, `China 2015`). */
  outcomes: readonly string[];
}

type FlagWords = (c: FlagContext) => string;

const flagWords = (words: Record<DraftFlag, FlagWords>): Record<DraftFlag, FlagWords> => words;

function countPeers(c: FlagContext): number {
  return c.peers.city + c.peers.national + c.peers.provincial;
}

/** `3 cities, 1 national` / `3 个城市、1 个国家`: what the peer targets compared were. */
function describePeersEn(c: FlagContext): string {
  const parts = [
    c.peers.city > 0 ? `${c.peers.city} ${c.peers.city === 1 ? 'city' : 'cities'}` : null,
    c.peers.provincial > 0 ? `${c.peers.provincial} provincial` : null,
    c.peers.national > 0 ? `${c.peers.national} national` : null,
  ];
  return parts.filter((p) => p !== null).join(', ');
}

function describePeersZh(c: FlagContext): string {
  const parts = [
    c.peers.city > 0 ? `城市 ${c.peers.city} 个` : null,
    c.peers.provincial > 0 ? `省级 ${c.peers.provincial} 个` : null,
    c.peers.national > 0 ? `国家 ${c.peers.national} 个` : null,
  ];
  return parts.filter((p) => p !== null).join('、');
}

/** The outcomes compared, at most three named. */
function nameOutcomes(names: readonly string[], separator: string, more: (n: number) => string): string {
  const shown = names.slice(0, 3).join(separator);
  return names.length > 3 ? `${shown}${more(names.length - 3)}` : shown;
}

const KIND_EN: Record<TargetKind, string> = {
  level: 'targets',
  change: 'change targets',
  addition: 'targets for new ones',
};
const KIND_ZH: Record<TargetKind, string> = { level: '目标', change: '变化目标', addition: '新增目标' };

const en = {
  title: 'Check a draft',
  intro:
    'Paste a draft plan, or open its text file: the same extraction that built this dataset reads it here, in your browser, and sets each target beside the targets other plans set and the outcomes reported for the same indicator. Nothing you paste leaves this computer.',
  inputTitle: 'Draft text',
  inputNote:
    'Plain text, UTF-8 or GB18030; simplified or traditional characters. Targets are read as you type.',
  textLabel: 'Text of the draft plan',
  placeholder: '例如：到2025年，产品质量监督抽查合格率稳定在95%以上……',
  openFile: 'Open a .txt file',
  tryExample: 'Try a paragraph from a real plan',
  exampleFrom: (plan: string) => `Example: a paragraph from ${plan}.`,
  clear: 'Clear',
  horizonLabel: 'Target year, if the draft does not say',
  horizonHint: 'e.g. 2025',
  fileError: (file: string, reason: string) => `Could not read ${file}: ${reason}.`,
  fileRead: (file: string, encoding: string) => `Read ${file} (${encoding}).`,
  working: 'Reading the draft…',
  found: (targets: string, commitments: string, chars: string, ms: string) =>
    `${targets} quantitative targets and ${commitments} qualitative commitments in ${chars} characters (read in ${ms} ms).`,
  nothingFound: 'No target found in this text yet.',
  empty: 'Paste a draft above, open a file, or try the example.',
  extractError: (reason: string) => `The draft could not be read: ${reason}`,
  notKept:
    'This draft is too long to keep in this tab: it is checked below, but it will not be here if you leave the view and come back.',
  stripCapped: (shown: string, total: string) =>
    `The first ${shown} of ${total} comparable targets are drawn, in the draft's order; every target is in the list below.`,
  listCapped: (shown: string, total: string) => `The first ${shown} of ${total} targets are listed.`,
  showMore: (n: string) => `Show ${n} more`,
  stripTitle: 'Draft targets beside peers',
  stripNote:
    'One row per draft target that maps to a canonical indicator, each on its own scale. Black bar: the draft. Filled dots: cities’ targets; hollow squares: national and provincial targets; grey diamonds: reported outcomes. Hover or focus a mark to read it; select a city’s dot to open its plan at that sentence.',
  stripEmpty: 'No draft target maps to an indicator other plans have targets or outcomes for.',
  listTitle: 'Every target found',
  listNote:
    'Each quantitative target of the draft, with its number marked in the sentence, the canonical indicator it maps to, and how it compares. Qualitative commitments are counted above but not compared.',
  indicator: 'Indicator',
  unmapped: 'No canonical indicator: not comparable across cities',
  lowerBetter: 'lower is better',
  higherBetter: 'higher is better',
  targetYear: 'Target year',
  noTargetYear: 'not stated',
  peersTitle: 'Peers’ targets',
  outcomesTitle: 'Reported outcomes',
  none: 'none',
  draft: 'This draft',
  draftShort: 'Draft',
  scope: { city: 'city', national: 'national', provincial: 'provincial' } satisfies Record<PeerScope, string>,
  source: 'Source',
  summary: (n: string) => `${n} targets compared`,
  flags: flagWords({
    below_every_peer: (c) =>
      `${c.direction === 'lower' ? 'More' : 'Less'} ambitious than all ${countPeers(c)} peer ${KIND_EN[c.kind]} compared (${describePeersEn(c)})${c.direction === 'lower' ? ', lower being better' : ''}`,
    within_peer_range: (c) =>
      `Within the range of the ${countPeers(c)} peer ${KIND_EN[c.kind]} compared (${describePeersEn(c)})`,
    above_every_peer: (c) =>
      `${c.direction === 'higher' ? 'More' : 'Less'} ambitious than all ${countPeers(c)} peer ${KIND_EN[c.kind]} compared (${describePeersEn(c)})${c.direction === 'lower' ? ', lower being better' : ''}`,
    no_peer_data: (c) =>
      c.kind === 'change'
        ? 'No peer sets a change of this kind for this indicator: a change is not compared with levels'
        : c.kind === 'addition'
          ? 'No peer sets a number of new ones for this indicator: an addition is not compared with totals'
          : 'No peer target for this indicator in this unit',
    above_any_outcome: (c) =>
      c.outcomes.length === 1
        ? `Above the one reported outcome compared (${c.outcomes[0]}), not above every city’s`
        : `Above all ${c.outcomes.length} reported outcomes compared (${nameOutcomes(c.outcomes, '; ', (n) => ` and ${n} more`)})`,
    below_any_outcome: (c) =>
      c.outcomes.length === 1
        ? `Below the one reported outcome compared (${c.outcomes[0]}), lower being better`
        : `Below all ${c.outcomes.length} reported outcomes compared (${nameOutcomes(c.outcomes, '; ', (n) => ` and ${n} more`)}), lower being better`,
  }),
  summaryTitle: 'At a glance',
  summaryCompared: (n: string, total: string) =>
    `${n} of ${total} quantitative targets have peer targets of their kind to compare with:`,
  summaryMore: (n: string) => `${n} more ambitious than every peer target compared`,
  summaryWithin: (n: string) => `${n} within the range of the peer targets compared`,
  summaryLess: (n: string) => `${n} less ambitious than every peer target compared`,
  summaryNoPeers: (n: string, unmapped: string) =>
    `${n} without peer targets of their kind (${unmapped} of them map to no canonical indicator)`,
  summaryOutcomes: (n: string) => `${n} beyond every reported outcome compared`,
  summaryLinks: 'Read them beside their peers, or one by one:',
  peersWaiting: 'Loading peers’ targets…',
};

/** The dictionary of "Check a draft". */
export const CHECK_STRINGS: Readonly<Record<Lang, typeof en>> = {
  en,
  zh: {
    title: '草案核对',
    intro:
      '粘贴规划草案或打开其文本文件：本数据集所用的同一套提取程序在您的浏览器中读取草案，并把每个目标与其他规划对同一指标设定的目标及已公布的实际结果并列比较。粘贴的内容不会离开本机。',
    inputTitle: '草案文本',
    inputNote: '纯文本，UTF-8 或 GB18030 编码，简体或繁体均可。输入时即自动识别目标。',
    textLabel: '规划草案文本',
    placeholder: '例如：到2025年，产品质量监督抽查合格率稳定在95%以上……',
    openFile: '打开 .txt 文件',
    tryExample: '试用真实规划中的一段',
    exampleFrom: (plan: string) => `示例：摘自《${plan}》。`,
    clear: '清空',
    horizonLabel: '草案未写明时的目标年份',
    horizonHint: '如 2025',
    fileError: (file: string, reason: string) => `无法读取 ${file}：${reason}。`,
    fileRead: (file: string, encoding: string) => `已读取 ${file}（${encoding}）。`,
    working: '正在读取草案……',
    found: (targets: string, commitments: string, chars: string, ms: string) =>
      `在 ${chars} 个字符中识别出量化目标 ${targets} 项、定性承诺 ${commitments} 项（用时 ${ms} 毫秒）。`,
    nothingFound: '这段文本中暂未识别出目标。',
    empty: '请在上方粘贴草案、打开文件，或试用示例。',
    extractError: (reason: string) => `无法读取草案：${reason}`,
    notKept: '此草案过长，无法保存在本标签页中：下方已完成核对，但离开本视图后再回来时将不再保留。',
    stripCapped: (shown: string, total: string) =>
      `按草案顺序绘出 ${total} 个可比目标中的前 ${shown} 个；全部目标见下方列表。`,
    listCapped: (shown: string, total: string) => `列出 ${total} 个目标中的前 ${shown} 个。`,
    showMore: (n: string) => `再显示 ${n} 个`,
    stripTitle: '草案目标与同类目标对照',
    stripNote:
      '每行是一个可对应到标准指标的草案目标，各行刻度独立。黑色竖条为草案；实心圆点为各城市目标；空心方块为国家和省级目标；灰色菱形为已公布的实际结果。将鼠标移到标记上或用键盘聚焦可查看详情；选择城市圆点可打开该规划并定位到原句。',
    stripEmpty: '草案中没有目标对应到其他规划设有目标或结果的指标。',
    listTitle: '识别出的全部目标',
    listNote:
      '草案中的每个量化目标：原句中标出数值，列出对应的标准指标及比较结果。定性承诺只计数，不作比较。',
    indicator: '指标',
    unmapped: '无对应标准指标：无法跨城市比较',
    lowerBetter: '越低越好',
    higherBetter: '越高越好',
    targetYear: '目标年份',
    noTargetYear: '未写明',
    peersTitle: '同类目标',
    outcomesTitle: '已公布结果',
    none: '无',
    draft: '本草案',
    draftShort: '草案',
    scope: { city: '城市', national: '国家', provincial: '省级' },
    source: '来源',
    summary: (n: string) => `已比较 ${n} 项目标`,
    flags: flagWords({
      below_every_peer: (c) =>
        `${c.direction === 'lower' ? '比' : '不及'}所比较的全部 ${countPeers(c)} 个同类${KIND_ZH[c.kind]}${c.direction === 'lower' ? '更严格（越低越好）' : '积极'}（${describePeersZh(c)}）`,
      within_peer_range: (c) =>
        `处于所比较的 ${countPeers(c)} 个同类${KIND_ZH[c.kind]}的范围内（${describePeersZh(c)}）`,
      above_every_peer: (c) =>
        `${c.direction === 'higher' ? '比' : '不及'}所比较的全部 ${countPeers(c)} 个同类${KIND_ZH[c.kind]}${c.direction === 'higher' ? '更积极' : '严格（越低越好）'}（${describePeersZh(c)}）`,
      no_peer_data: (c) =>
        c.kind === 'change'
          ? '没有同类城市对该指标设定同类变化目标：变化幅度不与水平值比较'
          : c.kind === 'addition'
            ? '没有同类城市对该指标设定新增数量：新增量不与总量比较'
            : '该指标在此单位下没有同类目标',
      above_any_outcome: (c) =>
        c.outcomes.length === 1
          ? `高于所比较的唯一一个已公布结果（${c.outcomes[0]}），并非高于所有城市`
          : `高于所比较的全部 ${c.outcomes.length} 个已公布结果（${nameOutcomes(c.outcomes, '；', (n) => `等，另有 ${n} 个`)}）`,
      below_any_outcome: (c) =>
        c.outcomes.length === 1
          ? `低于所比较的唯一一个已公布结果（${c.outcomes[0]}），越低越好`
          : `低于所比较的全部 ${c.outcomes.length} 个已公布结果（${nameOutcomes(c.outcomes, '；', (n) => `等，另有 ${n} 个`)}），越低越好`,
    }),
    summaryTitle: '概览',
    summaryCompared: (n: string, total: string) => `${total} 项量化目标中有 ${n} 项可与同类目标比较：`,
    summaryMore: (n: string) => `${n} 项比所比较的全部同类目标更积极`,
    summaryWithin: (n: string) => `${n} 项处于所比较的同类目标范围内`,
    summaryLess: (n: string) => `${n} 项不及所比较的全部同类目标积极`,
    summaryNoPeers: (n: string, unmapped: string) =>
      `${n} 项没有同类目标可比（其中 ${unmapped} 项无对应标准指标）`,
    summaryOutcomes: (n: string) => `${n} 项超过所比较的全部已公布结果`,
    summaryLinks: '逐项查看：',
    peersWaiting: '正在载入同类目标……',
  },
};
