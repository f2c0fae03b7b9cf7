/** A chart's data as a table, for the "show as table" alternative every chart offers (Chart.svelte). */

/** Column headers and rows of cell text; the first cell of a row names it. */
export interface ChartTable {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}
