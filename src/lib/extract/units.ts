/** What follows a number: its unit or counting word, and the 以上/以下/左右 that makes it a bound. */

export interface UnitMatch {
  /** Normalised unit (`%`, `count`, `μg/m³`, `score`, …), or null when the number stands alone. */
  unit: string | null;
  /** The unit or counting word as written (项, 个, 家, %, 微克/立方米). */
  unitZh: string | null;
  /** Length of the unit text. */
  length: number;
  /** Words after a number that mean it is a date, an ordinal, a grade or a name rather than a quantity. */
  excluded: boolean;
}

const COUNTERS = '个项家件户所座条名人种类处只支台套辆部本篇门场宗块位批';

/** Ordered: longer and more specific units first. */
const UNIT_RULES: [RegExp, string | null, boolean][] = [
  [/^个百分点/, 'pp', false],
  [/^%/, '%', false],
  [/^‰/, '‰', false],
  [/^(?:微克\/立方米|微克每立方米|μg\/m³|μg\/m3|ug\/m3|µg\/m³|µg\/m3)/, 'μg/m³', false],
  [/^(?:毫克\/升|mg\/L)/, 'mg/L', false],
  [/^万元\/人/, 'CNY 10k/person', false],
  [/^元\/人/, 'CNY/person', false],
  [/^批次\/千人/, 'per_1k_people', false],
  [/^[个项件家批次]{1,2}\/万人/, 'per_10k_people', false],
  [/^[个项件家批次]{1,2}\/千人/, 'per_1k_people', false],
  [/^亿元/, 'CNY 100m', false],
  [/^万元/, 'CNY 10k', false],
  [/^元/, 'CNY', false],
  [/^万吨/, '10k t', false],
  [/^吨/, 't', false],
  [/^(?:平方公里|平方千米)/, 'km²', false],
  [/^公顷/, 'ha', false],
  [/^万亩/, '10k mu', false],
  [/^亩/, 'mu', false],
  [/^(?:公里|千米)/, 'km', false],
  [/^小时/, 'hours', false],
  [/^倍/, 'times', false],
  [/^天(?!然|津|空|气|地|下)/, 'days', false],
  // 分 is a score only when it is not the first character of another word (分别, 分类, 分局…).
  [/^分(?![之类级别局钟配工析享布散解期批组队项区会段担管步)])/, 'score', false],
  [/^批次/, 'count', false],
  [/^(?:个月|周年|年|月|日|号|级|星|大|届|岁|时|点|周|代|期|次|轮|份|秒|分钟|倍数)/, null, true],
  [/^万(?=[个项家件户人名])./, 'count_10k', false],
  [new RegExp(`^[${COUNTERS}]`), 'count', false],
];

/** The rules that can match text starting with a given character (most characters start none). */
const RULES_BY_FIRST = new Map<string, typeof UNIT_RULES>();
const FIRST_CHARS = /\^(?:\(\?:)?(\[[^\]]+\]|\\?.)/;

function rulesFor(first: string): typeof UNIT_RULES {
  let rules = RULES_BY_FIRST.get(first);
  if (!rules) {
    rules = UNIT_RULES.filter(([pattern]) => {
      // A rule whose pattern cannot be read cheaply is always tried.
      const lead = FIRST_CHARS.exec(pattern.source)?.[1];
      return lead === undefined || pattern.source.includes('|') || new RegExp(`^${lead}`).test(first);
    });
    RULES_BY_FIRST.set(first, rules);
  }
  return rules;
}

/** Read the unit at the start of `after` (the text right after a number). */
export function parseUnit(after: string): UnitMatch {
  if (!after) return { unit: null, unitZh: null, length: 0, excluded: false };
  for (const [pattern, unit, excluded] of rulesFor(after[0]!)) {
    const m = pattern.exec(after);
    if (m) return { unit, unitZh: excluded ? null : m[0], length: m[0].length, excluded };
  }
  return { unit: null, unitZh: null, length: 0, excluded: false };
}

/** The bound word after a number and its unit. */
export function parseBound(after: string): { comparator: '>=' | '<=' | '~' | null; length: number } {
  const m = /^(?:及以上|以上|以下|以内|之内|左右|上下)/.exec(after);
  if (!m) return { comparator: null, length: 0 };
  const word = m[0];
  const comparator = word.endsWith('以上') ? '>=' : word === '左右' || word === '上下' ? '~' : '<=';
  return { comparator, length: word.length };
}
