/**
 * The words of attainment in both languages, in one place: status names, what each status means, how an
 * outcome matches its indicator, progress statuses, and why a target has its status. The build writes the
 * reasons into the published `attainment` table with these words; every view and the Methodology read them
 * here, so a status is called the same everywhere.
 */

import type { Lang } from '../i18n/lang';
import type { AttainmentReason, AttainmentStatus, OutcomeMention } from './attainment';
import type { ProgressStatus } from './progress';
import type { OutcomeMatch } from './types';

/** Attainment statuses in words: the one set of names every legend, list and definition uses. */
export const STATUS_LABELS: Readonly<Record<Lang, Readonly<Record<AttainmentStatus, string>>>> = {
  en: {
    met: 'Met',
    partly_met: 'Partly met',
    missed: 'Missed',
    no_baseline: 'No baseline',
    no_outcome: 'No outcome reported',
    not_due: 'Not due yet',
    not_assessable: 'Cannot be assessed',
  },
  zh: {
    met: '已达成',
    partly_met: '部分达成',
    missed: '未达成',
    no_baseline: '缺少基期值',
    no_outcome: '未见公布结果',
    not_due: '尚未到期',
    not_assessable: '无法评估',
  },
};

/** Open SDG progress statuses in words. */
export const PROGRESS_STATUS_LABELS: Readonly<Record<Lang, Readonly<Record<ProgressStatus, string>>>> = {
  en: {
    target_achieved: 'Target achieved',
    substantial_progress: 'On track',
    moderate_progress: 'Progress made but acceleration needed',
    limited_progress: 'Limited progress',
    deterioration: 'Deterioration',
  },
  zh: {
    target_achieved: '已实现目标',
    substantial_progress: '进展顺利',
    moderate_progress: '有进展但需加快',
    limited_progress: '进展有限',
    deterioration: '出现倒退',
  },
};

/** How an outcome figure matches the indicator it is filed under, in words. */
export const MATCH_LABELS: Readonly<Record<Lang, Readonly<Record<OutcomeMatch, string>>>> = {
  en: {
    exact: 'exact',
    approximate: 'approximate',
    different_definition: 'different definition, context only',
    context: 'context only',
  },
  zh: {
    exact: '口径一致',
    approximate: '口径相近',
    different_definition: '口径不同，仅供参考',
    context: '仅供参考',
  },
};

/** The constants of the rules that the definitions state, already formatted for the language. */
export interface StatusNumbers {
  /** APPROX_TOLERANCE as a percentage, e.g. `5%`. */
  tolerance: string;
  /** NEAR_CEILING_PERCENT, e.g. `90%`. */
  nearCeiling: string;
  /** The matches that may assess a target, in words, e.g. `exact or approximate`. */
  assessingMatches: string;
}

/** What each status means (the Methodology's definitions), after the status's name. */
export const STATUS_DEFINITIONS: Readonly<
  Record<Lang, Readonly<Record<AttainmentStatus, (n: StatusNumbers) => string>>>
> = {
  en: {
    met: (n) =>
      `the outcome reaches the target (at least, at most, or reach in the indicator’s better direction); for “about” targets, within ±${n.tolerance} of the value or better; for ranges, the whole range is reached.`,
    partly_met: () => 'a range target whose outcome is inside the range but short of its far end.',
    missed: (n) =>
      `the outcome falls short; the gap is given in the indicator’s unit. For percentage targets of ${n.nearCeiling} or more, the share of the baseline’s gap that was closed is also given.`,
    no_baseline: () =>
      'a change target (increase or decrease by) needs the outcome of the base year, the year before the plan, and there is none.',
    no_outcome: (n) =>
      `no annual outcome of ${n.assessingMatches} match for the target year. For a target without a canonical indicator, only an outcome filed under the target itself could assess it.`,
    not_due: () => 'the target year is later than the latest year an annual outcome could exist.',
    not_assessable: () =>
      'the target cannot be checked against a number, whatever is published: a qualitative commitment; a target without a target year; an additional count (新增), whose period is unknown; a unit that differs from its indicator’s; a relative change from a base of zero; or a target to reach a value (达到, a range) without a canonical indicator, which alone says whether higher or lower is better.',
  },
  zh: {
    met: (n) =>
      `实际结果达到目标（按指标的有利方向，不低于、不超过或达到）；“左右”目标在数值 ±${n.tolerance} 以内或更好；区间目标达到整个区间。`,
    partly_met: () => '区间目标的实际结果落在区间内，但未达到区间的远端。',
    missed: (n) =>
      `实际结果未达到目标，差距以指标单位给出。对于 ${n.nearCeiling} 及以上的百分比目标，同时给出自基期以来已缩小差距的比例。`,
    no_baseline: () => '变化类目标（提高或降低）需要基期（规划前一年）的结果，但没有。',
    no_outcome: (n) =>
      `目标年份没有${n.assessingMatches}的年度结果。没有标准指标的目标，只能由直接对应该目标的结果来评估。`,
    not_due: () => '目标年份晚于可能已有年度结果的最近年份。',
    not_assessable: () =>
      '无论公布什么结果，都无法用数字核对：定性承诺；没有目标年份的目标；新增数量（不知其统计期）；单位与指标不一致；以零为基数的相对变化；或没有标准指标的“达到某值”或区间目标（只有标准指标能说明数值越高越好还是越低越好）。',
  },
};

/** A value in its unit, as the reasons write it: `95%`, `59 μg/m³`, `7`, `rank 1`. */
function formatValue(lang: Lang, value: number, unit: string | null): string {
  if (unit === '%') return `${value}%`;
  if (unit === 'count' || unit === null) return String(value);
  if (unit === 'rank') return lang === 'zh' ? `第${value}名` : `rank ${value}`;
  if (unit === 'pp' || unit === 'percentage_points')
    return lang === 'zh' ? `${value}个百分点` : `${value} percentage points`;
  return `${value} ${unit}`;
}

/**
 * formatOutcomeMention(lang, outcome) writes an outcome briefly, with what keeps it from being an annual
 * exact figure: `2018: 59 μg/m³`, `2017-08: 16 μg/m³ (monthly, context)`, `2014: 44 (as of 2014-06-27, approximate)`.
 */
export function formatOutcomeMention(lang: Lang, outcome: OutcomeMention): string {
  const when = outcome.period === 'annual' ? String(outcome.year) : outcome.period.replace(/^\w+ /, '');
  const kind = outcome.period.split(' ')[0] ?? '';
  const notes =
    lang === 'zh'
      ? [
          outcome.period === 'annual' ? null : ({ monthly: '月度', quarterly: '季度' }[kind] ?? kind),
          outcome.as_of ? `截至 ${outcome.as_of}` : null,
          outcome.match === 'exact' ? null : MATCH_LABELS.zh[outcome.match],
        ]
      : [
          outcome.period === 'annual' ? null : kind,
          outcome.as_of ? `as of ${outcome.as_of}` : null,
          outcome.match === 'exact' ? null : outcome.match.replace('_', ' '),
        ];
  const shown = notes.filter((note) => note !== null);
  const value = formatValue(lang, outcome.value, outcome.unit);
  if (shown.length === 0) return `${when}: ${value}`;
  return lang === 'zh'
    ? `${when}：${value}（${shown.join('，')}）`
    : `${when}: ${value} (${shown.join(', ')})`;
}

/** Unit codes as a Chinese reason names them (the others, such as % and μg/m³, are written as they are). */
const UNIT_WORDS_ZH: Readonly<Record<string, string>> = {
  count: '个数',
  score: '分',
  index: '指数',
  rank: '名次',
  pp: '百分点',
  percentage_points: '百分点',
  per_10k_people: '每万人',
};

function nameUnitZh(unit: string | null): string {
  return unit === null ? '无单位' : (UNIT_WORDS_ZH[unit] ?? unit);
}

/** Comparators as a Chinese reason names them (the English reasons keep the symbols). */
const COMPARATOR_WORDS_ZH: Readonly<Record<string, string>> = {
  '=': '达到',
  '>=': '不低于',
  '<=': '不超过',
  '~': '左右',
  range: '区间',
  increase_by: '提高',
  decrease_by: '降低',
};

function describeEn(reason: AttainmentReason): string {
  switch (reason.code) {
    case 'qualitative':
      return 'A qualitative commitment is never assessed against a number.';
    case 'no_target_year':
      return 'The target has no target year.';
    case 'additional_count':
      return 'An additional count (新增) cannot be checked against stock outcomes without knowing its period.';
    case 'not_due':
      return `Due in ${reason.year}, after ${reason.latestYear}, the latest year an outcome could exist.`;
    case 'change_unit':
      return `A change in "${reason.targetUnit}" cannot be read against outcomes in ${reason.unit}.`;
    case 'unit_mismatch':
      return `The target is in "${reason.targetUnit}" but its indicator is measured in ${reason.unit}.`;
    case 'no_direction':
      return `No canonical indicator: nothing says whether higher or lower is better, so a target to ${reason.comparator === 'range' ? 'fall in a range' : 'reach a value'} cannot be judged met or missed.`;
    case 'no_outcome': {
      const base = `No annual exact or approximate outcome for ${reason.year}.`;
      if (reason.context.length === 0) return base;
      return `${base} Context only: ${reason.context.map((o) => formatOutcomeMention('en', o)).join('; ')}.`;
    }
    case 'no_outcome_unmapped':
      return `No canonical indicator, and no outcome for ${reason.year} filed under this target.`;
    case 'no_baseline':
      return `A change needs the ${reason.baseYear ?? 'base-year'} outcome (the year before the plan).`;
    case 'zero_baseline':
      return 'A relative change from 0 is undefined.';
    case 'change_met':
    case 'change_missed': {
      const what = `Changed by ${reason.change}${reason.basis === 'relative' ? '%' : ''} from ${reason.fromYear} to ${reason.toYear}`;
      return reason.code === 'change_met'
        ? `${what}; the target was ${reason.comparator} ${reason.value}.`
        : `${what}; the target was ${reason.comparator} ${reason.value} (a level of ${reason.required}).`;
    }
    case 'about_within':
      return `${formatValue('en', reason.outcome, reason.unit)} is within ±${reason.tolerance}% of ~${reason.value}.`;
    case 'about_better':
      return `${formatValue('en', reason.outcome, reason.unit)} is better than ~${reason.value} by more than the tolerance.`;
    case 'about_outside':
      return `${formatValue('en', reason.outcome, reason.unit)} is outside ±${reason.tolerance}% of ~${reason.value}.`;
    case 'range_met':
      return `${formatValue('en', reason.outcome, reason.unit)} reaches the whole range ${reason.low}–${reason.high}.`;
    case 'range_partly':
      return `${formatValue('en', reason.outcome, reason.unit)} is inside the range ${reason.low}–${reason.high} but short of ${reason.full}.`;
    case 'range_missed':
      return `${formatValue('en', reason.outcome, reason.unit)} does not reach the range ${reason.low}–${reason.high}.`;
    case 'level_met':
      return `${formatValue('en', reason.outcome, reason.unit)} ${reason.floor ? 'reaches' : 'stays within'} the target ${reason.comparator} ${reason.value}.`;
    case 'level_missed':
      return `${formatValue('en', reason.outcome, reason.unit)} falls short of the target ${reason.comparator} ${reason.value}.`;
  }
}

function describeZh(reason: AttainmentReason): string {
  const zh = COMPARATOR_WORDS_ZH;
  switch (reason.code) {
    case 'qualitative':
      return '定性承诺不以数字评估。';
    case 'no_target_year':
      return '该目标没有目标年份。';
    case 'additional_count':
      return '新增数量不知其统计期，无法与存量结果比较。';
    case 'not_due':
      return `目标年份为 ${reason.year} 年，晚于可能已有年度结果的最近年份（${reason.latestYear} 年）。`;
    case 'change_unit':
      return `以“${nameUnitZh(reason.targetUnit)}”表示的变化无法与以${nameUnitZh(reason.unit)}计的结果对照。`;
    case 'unit_mismatch':
      return `目标单位为“${nameUnitZh(reason.targetUnit)}”，而其指标以${nameUnitZh(reason.unit)}计量。`;
    case 'no_direction':
      return `没有标准指标说明数值越高越好还是越低越好，因此“${reason.comparator === 'range' ? '落在区间内' : '达到某值'}”类目标无法判断是否达成。`;
    case 'no_outcome': {
      const base = `${reason.year} 年没有口径一致或相近的年度结果。`;
      if (reason.context.length === 0) return base;
      return `${base}仅供参考：${reason.context.map((o) => formatOutcomeMention('zh', o)).join('；')}。`;
    }
    case 'no_outcome_unmapped':
      return `没有标准指标，也没有直接对应该目标的 ${reason.year} 年结果。`;
    case 'no_baseline':
      return reason.baseYear === null
        ? '变化类目标需要基期（规划前一年）的结果。'
        : `变化类目标需要基期 ${reason.baseYear} 年（规划前一年）的结果。`;
    case 'zero_baseline':
      return '以零为基数的相对变化无从计算。';
    case 'change_met':
    case 'change_missed': {
      const what = `${reason.fromYear} 年至 ${reason.toYear} 年变化 ${reason.change}${reason.basis === 'relative' ? '%' : ''}`;
      const target = `目标为${zh[reason.comparator] ?? reason.comparator} ${reason.value}`;
      return reason.code === 'change_met'
        ? `${what}；${target}。`
        : `${what}；${target}（即达到 ${reason.required}）。`;
    }
    case 'about_within':
      return `${formatValue('zh', reason.outcome, reason.unit)} 在 ${reason.value} 的 ±${reason.tolerance}% 以内。`;
    case 'about_better':
      return `${formatValue('zh', reason.outcome, reason.unit)} 优于 ${reason.value} 左右，且超出容差。`;
    case 'about_outside':
      return `${formatValue('zh', reason.outcome, reason.unit)} 超出 ${reason.value} 的 ±${reason.tolerance}%。`;
    case 'range_met':
      return `${formatValue('zh', reason.outcome, reason.unit)} 达到整个区间 ${reason.low}–${reason.high}。`;
    case 'range_partly':
      return `${formatValue('zh', reason.outcome, reason.unit)} 落在区间 ${reason.low}–${reason.high} 内，但未达到 ${reason.full}。`;
    case 'range_missed':
      return `${formatValue('zh', reason.outcome, reason.unit)} 未达到区间 ${reason.low}–${reason.high}。`;
    case 'level_met':
      return `${formatValue('zh', reason.outcome, reason.unit)} ${reason.floor ? '达到' : '未超过'}目标（${zh[reason.comparator] ?? reason.comparator} ${reason.value}）。`;
    case 'level_missed':
      return `${formatValue('zh', reason.outcome, reason.unit)} 未达到目标（${zh[reason.comparator] ?? reason.comparator} ${reason.value}）。`;
  }
}

/** describeReason(lang, reason) is one sentence saying why a target has its status. */
export function describeReason(lang: Lang, reason: AttainmentReason): string {
  return lang === 'zh' ? describeZh(reason) : describeEn(reason);
}
