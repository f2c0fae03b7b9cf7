/** Names of the performance marks and events the app sets, which scripts/bench-ui.ts and the e2e tests read. */

/** Marked when the first chart of the first view is in the DOM. */
export const FIRST_CHART_MARK = 'cqt:first-chart';

/** Marked when the data files are fetched and decoded. */
export const DATA_DECODED_MARK = 'cqt:data-decoded';

/** Marked when DuckDB holds every table and answers queries. */
export const ENGINE_READY_MARK = 'cqt:engine-ready';

/** Fired on `window` when every pending query has its answer drawn. */
export const DRAWN_EVENT = 'cqt:drawn';
