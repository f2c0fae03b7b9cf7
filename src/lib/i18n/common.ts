/** Words every view shares: domain names, comparators, units, and how a target's value is written. */

import type { Comparator, Domain } from '../extract/types.ts';
import type { Formatters } from './format.ts';
import type { Lang } from './lang.ts';

/** Domain names, as the target spec defines the domains. */
export const DOMAIN_LABELS: Readonly<Record<Lang, Readonly<Record<Domain, string>>>> = {
  zh: {
    product: '产品质量',
    engineering: '工程质量',
    service: '服务质量',
    environment: '环境质量',
    foundation: '质量基础',
  },
  en: {
    product: 'Products',
    engineering: 'Engineering',
    service: 'Services',
    environment: 'Environment',
    foundation: 'Foundations',
  },
};

/** Comparators in words, for tooltips and tables. */
export const COMPARATOR_LABELS: Readonly<Record<Lang, Readonly<Record<Comparator, string>>>> = {
  zh: {
    '>=': '不低于',
    '=': '达到',
    '<=': '不超过',
    '~': '左右',
    range: '区间',
    increase_by: '提高',
    decrease_by: '降低',
    qualitative: '定性承诺',
  },
  en: {
    '>=': 'at least',
    '=': 'reach',
    '<=': 'at most',
    '~': 'about',
    range: 'between',
    increase_by: 'increase by',
    decrease_by: 'decrease by',
    qualitative: 'qualitative commitment',
  },
};

/** Units written after a number when the data gives no wording of its own (`unit_zh`) to show. */
const UNIT_SUFFIX: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  zh: {
    '%': '%',
    '‰': '‰',
    count: '',
    score: '分',
    per_10k_people: '（每万人）',
    per_1m_people: '（每百万人）',
    index: '',
  },
  en: {
    '%': '%',
    '‰': '‰',
    count: '',
    score: ' points',
    per_10k_people: ' per 10,000 people',
    per_1m_people: ' per million people',
    index: '',
  },
};

/** The parts of a target that say what it promises. */
export interface TargetValue {
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  unitZh: string | null;
  /** An additional count (新增): so many new ones, not a total. */
  isNewCount?: boolean;
}

function formatUnit(lang: Lang, target: TargetValue): string {
  const { unit, unitZh } = target;
  if (unit === null) return '';
  // In Chinese the plan's own wording (个, 项, 微克/立方米) says it best.
  if (lang === 'zh' && unitZh !== null && unitZh !== '') return unitZh;
  return UNIT_SUFFIX[lang][unit] ?? ` ${unit}`;
}

/**
 * Writes what a target promises, exactly as the data has it: `≥ 95%`, `30–32个`, `decrease by 5%`; an
 * additional count says it is new (`新增 5件`, `5 new`). A qualitative commitment has no number and is
 * written as such.
 */
export function formatTargetValue(lang: Lang, format: Formatters, target: TargetValue): string {
  const { comparator, value, valueMax } = target;
  const words = COMPARATOR_LABELS[lang][comparator];
  if (comparator === 'qualitative' || value === null) return words;
  const unit = formatUnit(lang, target);
  let written: string;
  if (comparator === 'range' && valueMax !== null) {
    written = `${format.number(value)}–${format.number(valueMax)}${unit}`;
  } else {
    const symbol: Partial<Record<Comparator, string>> = { '>=': '≥ ', '<=': '≤ ', '~': '≈ ', '=': '' };
    written = `${symbol[comparator] ?? `${words} `}${format.number(value)}${unit}`;
  }
  if (target.isNewCount !== true) return written;
  return lang === 'zh' ? `新增 ${written}` : `${written} new`;
}

/** Kinds of plan document (`documents.kind`). */
export const DOCUMENT_KIND_LABELS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  zh: { opinion: '意见', 'action plan': '行动计划', 'work plan': '工作方案', outline: '纲要' },
  en: { opinion: 'Opinion', 'action plan': 'Action plan', 'work plan': 'Work plan', outline: 'Outline' },
};

/** A document kind in words, or the raw value when the kind is not one the dashboard knows. */
export function formatDocumentKind(lang: Lang, kind: string | null): string {
  if (kind === null) return lang === 'zh' ? '规划文件' : 'Plan';
  return DOCUMENT_KIND_LABELS[lang][kind] ?? kind;
}
