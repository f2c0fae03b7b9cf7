/** One facet of an indicator's chart (Compare, Indicator detail) as a table: each target, then each reference. */

import type { TargetFacet } from '../../../lib/chart/target-marks.ts';
import type { ComparedTargetRow, ReferenceTargetRow } from '../../../lib/data/queries/compare.ts';
import { formatTargetValue } from '../../../lib/i18n/common.ts';
import type { Formatters } from '../../../lib/i18n/format.ts';
import { pickName, type Lang } from '../../../lib/i18n/lang.ts';
import { CHART_STRINGS } from '../../chart/strings.ts';
import type { ChartTable } from '../../chart/table.ts';
import { COMPARE_STRINGS } from './strings.ts';

/** The rows a facet draws, as text: who, the target as written, the year. */
export function buildFacetTable(
  facet: TargetFacet<ComparedTargetRow, ReferenceTargetRow>,
  lang: Lang,
  format: Formatters,
): ChartTable {
  const c = CHART_STRINGS[lang].columns;
  const t = COMPARE_STRINGS[lang];
  const year = (value: number | null) => (value === null ? t.noYear : format.year(value));
  return {
    columns: [c.city, c.target, c.year],
    rows: [
      ...facet.targets.map((target) => [
        pickName(lang, target.cityZh, target.cityEn),
        formatTargetValue(lang, format, target),
        year(target.targetYear),
      ]),
      ...facet.references.map((reference) => [
        t.reference(pickName(lang, reference.regionZh, reference.regionEn), reference.scope),
        formatTargetValue(lang, format, { ...reference, unitZh: null }),
        year(reference.year),
      ]),
    ],
  };
}
