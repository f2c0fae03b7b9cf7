/** Targets grouped by canonical indicator, in the order the query gives them, with the references of each. */

import type { ComparedTargetRow, ReferenceTargetRow } from '../data/queries/compare.ts';

/** One canonical indicator's targets and references. */
export interface IndicatorGroup {
  indicatorId: string;
  nameZh: string;
  nameEn: string;
  unit: string | null;
  targets: ComparedTargetRow[];
  references: ReferenceTargetRow[];
  /** Cities with at least one of these targets. */
  cityCount: number;
}

/**
 * Groups targets by indicator, keeping the order of first appearance (the query orders indicators by how
 * many cities set them). Targets without an indicator are left out; references join their indicator.
 */
export function calcIndicatorGroups(
  targets: readonly ComparedTargetRow[],
  references: readonly ReferenceTargetRow[],
): IndicatorGroup[] {
  const groups: IndicatorGroup[] = [];
  const byId: Record<string, IndicatorGroup> = {};
  for (const target of targets) {
    if (target.indicatorId === null) continue;
    let group = byId[target.indicatorId];
    if (group === undefined) {
      group = {
        indicatorId: target.indicatorId,
        nameZh: target.indicatorNameZh ?? target.indicatorZh,
        nameEn: target.indicatorNameEn ?? target.indicatorEn,
        unit: target.indicatorUnit,
        targets: [],
        references: references.filter((r) => r.indicatorId === target.indicatorId),
        cityCount: 0,
      };
      byId[target.indicatorId] = group;
      groups.push(group);
    }
    group.targets.push(target);
  }
  for (const group of groups) group.cityCount = new Set(group.targets.map((t) => t.cityId)).size;
  return groups;
}
