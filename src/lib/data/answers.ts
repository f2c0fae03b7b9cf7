/**
 * Build-time answers: each view's queries run for the view's default state (no filters, no view parameters)
 * by the build, with the same SQL, so the first view draws before the engine has started in the browser.
 */

import type { BuiltAnswers } from './coordinator.ts';
import type { Query, StatementRunner, ViewState } from './query.ts';
import { bindQuery } from './query.ts';
import { NO_FILTERS } from '../state/url.ts';
import { DATA_DIR } from './tables.ts';

/** The state a view opens in without a URL: every city, domain and year, no view parameters. */
export const DEFAULT_VIEW_STATE: ViewState = { filters: NO_FILTERS, params: {}, lang: 'zh' };

/** Where a view's build-time answers are published, relative to the site root. */
export function buildAnswersPath(view: string): string {
  return `${DATA_DIR}/answers/${view}.json`;
}

/** Runs the queries for the default state, all at once, and keeps their rows. */
export async function calcBuiltAnswers(
  runner: StatementRunner,
  queries: readonly Query<unknown>[],
): Promise<BuiltAnswers> {
  const statements = queries.map((query) => bindQuery(query, DEFAULT_VIEW_STATE));
  const rows = await Promise.all(runner.runBatch(statements));
  return {
    answers: queries.map((query, i) => ({
      name: query.name,
      params: statements[i]?.params ?? [],
      rows: rows[i] ?? [],
    })),
  };
}
