/**
 * Example queries to start from, each with a title in both languages; tests run every one against the data.
 * None names a city or a plan: what an example shows is chosen in SQL from whatever plans the data holds, so a
 * deployment built from other plans works unchanged.
 */

import type { Lang } from '../../../lib/i18n/lang.ts';

/** An example query of the console. */
export interface ConsoleExample {
  id: string;
  title: Readonly<Record<Lang, string>>;
  sql: string;
}

/** The examples, in the order shown; the first is what the console opens with. */
export const CONSOLE_EXAMPLES: readonly ConsoleExample[] = [
  {
    id: 'count',
    title: { zh: '记录总数', en: 'How many records' },
    sql: 'SELECT count(*) AS records FROM targets',
  },
  {
    id: 'city-domain',
    title: { zh: '各城市分领域的目标数', en: 'Targets per city and domain' },
    sql: `SELECT city_id, domain,
  count(*) FILTER (WHERE comparator <> 'qualitative') AS quantitative,
  count(*) FILTER (WHERE comparator = 'qualitative') AS qualitative
FROM targets
GROUP BY ALL
ORDER BY city_id, domain`,
  },
  {
    id: 'top-city',
    title: {
      zh: '量化目标最多的城市：各项目标及原文',
      en: 'The city with the most quantitative targets: each target and its sentence',
    },
    sql: `WITH top_city AS (
  SELECT city_id FROM targets WHERE comparator <> 'qualitative'
  GROUP BY city_id ORDER BY count(*) DESC, city_id LIMIT 1
)
SELECT target_id, city_id, indicator_zh, indicator_en, comparator, value, value_max, unit_zh, target_year, quote
FROM targets
WHERE city_id = (SELECT city_id FROM top_city) AND comparator <> 'qualitative'
ORDER BY target_id`,
  },
  {
    id: 'canonical',
    title: { zh: '按标准指标比较各城市', en: 'Cities compared on canonical indicators' },
    sql: `SELECT i.name_en, i.name_zh, t.city_id, t.comparator, t.value, t.unit, t.target_year
FROM targets t
JOIN indicators i USING (indicator_id)
ORDER BY i.name_en, t.city_id, t.target_year`,
  },
  {
    id: 'specificity',
    title: { zh: '各规划写明牵头部门的比例', en: 'Share of records naming a lead department, per plan' },
    sql: `SELECT d.doc_id, d.city_en, count(*) AS records,
  count(*) FILTER (WHERE coalesce(t.lead_department, '') <> '') AS with_department,
  round(100 * with_department / records, 1) AS percent
FROM targets t
JOIN documents d USING (doc_id)
GROUP BY ALL
ORDER BY percent DESC`,
  },
  {
    id: 'outcomes',
    title: { zh: '目标与公布的实际值', en: 'Targets beside published outcomes' },
    sql: `SELECT t.city_id, t.indicator_id, t.comparator, t.value AS target, t.target_year,
  o.year, o.value AS outcome, o.match, o.source_title
FROM targets t
JOIN outcomes o ON o.city_id = t.city_id AND o.indicator_id = t.indicator_id
ORDER BY t.city_id, t.indicator_id, o.year`,
  },
  {
    id: 'describe',
    title: { zh: 'targets 表的列', en: 'Columns of targets' },
    sql: 'DESCRIBE targets',
  },
];
