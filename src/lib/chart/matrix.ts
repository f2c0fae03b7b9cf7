/** The city × domain matrix: every cell of the selected cities and domains, zeros included. */

import type { Domain } from '../extract/types.ts';

/** Counts for one city and domain. */
export interface MatrixCount {
  cityId: string;
  domain: Domain;
  quantitativeCount: number;
  qualitativeCount: number;
  firstTargetYear: number | null;
  lastTargetYear: number | null;
}

/** One cell, with bar lengths as shares of the largest cell total. */
export interface MatrixCell extends MatrixCount {
  quantitativeShare: number;
  qualitativeShare: number;
}

/** One row of cells, in the order of the domains given. */
export interface MatrixRow {
  cityId: string;
  cells: MatrixCell[];
}

/**
 * Builds the full grid for `cityIds` × `domains` from the non-empty counts; cells with no records get zero
 * counts. Bar shares are relative to the largest cell total, so bars compare across the whole matrix.
 */
export function calcMatrixRows(
  cityIds: readonly string[],
  domains: readonly Domain[],
  counts: readonly MatrixCount[],
): MatrixRow[] {
  const byKey = new Map(counts.map((c) => [`${c.cityId}\u0000${c.domain}`, c]));
  const max = Math.max(1, ...counts.map((c) => c.quantitativeCount + c.qualitativeCount));
  return cityIds.map((cityId) => ({
    cityId,
    cells: domains.map((domain) => {
      const count = byKey.get(`${cityId}\u0000${domain}`) ?? {
        cityId,
        domain,
        quantitativeCount: 0,
        qualitativeCount: 0,
        firstTargetYear: null,
        lastTargetYear: null,
      };
      return {
        ...count,
        quantitativeShare: count.quantitativeCount / max,
        qualitativeShare: count.qualitativeCount / max,
      };
    }),
  }));
}
