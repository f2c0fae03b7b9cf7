/** Every view's queries, by view: what the build answers for each view's default state. */

import type { ViewId } from '../../state/url.ts';
import { CONSOLE_SCHEMA_QUERY } from '../console.ts';
import type { Query, QuerySet } from '../query.ts';
import { CHECK_QUERIES } from './check.ts';
import { CITY_QUERIES } from './city.ts';
import { COMPARE_QUERIES } from './compare.ts';
import { DEPARTMENTS_QUERIES } from './departments.ts';
import { EXPLORER_QUERIES } from './explorer.ts';
import { INDICATOR_QUERIES } from './indicator.ts';
import { METHODOLOGY_QUERIES } from './methodology.ts';
import { ATTAINMENT_VIEW_QUERIES } from './attainment.ts';
import { JUDGEMENT_QUERY } from './outcome-shared.ts';
import { OUTCOMES_VIEW_QUERIES } from './outcomes.ts';
import { PLANNER_VIEW_QUERIES } from './planner.ts';
import { PLANS_QUERIES } from './plans.ts';
import { OVERVIEW_QUERIES } from './overview.ts';
import { SHELL_QUERIES } from './shell.ts';

function listQueries(...sets: QuerySet[]): Query<unknown>[] {
  return [...new Set(sets.flatMap((set) => Object.values(set)))];
}

/** The queries each view asks in its default state, with the page's own (the filter bar). */
export const VIEW_QUERIES: Readonly<Record<ViewId, readonly Query<unknown>[]>> = {
  overview: listQueries(SHELL_QUERIES, OVERVIEW_QUERIES),
  compare: listQueries(SHELL_QUERIES, COMPARE_QUERIES),
  city: listQueries(SHELL_QUERIES, CITY_QUERIES),
  indicator: listQueries(SHELL_QUERIES, INDICATOR_QUERIES),
  explorer: listQueries(SHELL_QUERIES, EXPLORER_QUERIES),
  departments: listQueries(SHELL_QUERIES, DEPARTMENTS_QUERIES),
  sql: listQueries(SHELL_QUERIES, { schema: CONSOLE_SCHEMA_QUERY }),
  outcomes: listQueries(SHELL_QUERIES, OUTCOMES_VIEW_QUERIES),
  attainment: listQueries(SHELL_QUERIES, ATTAINMENT_VIEW_QUERIES),
  planner: listQueries(SHELL_QUERIES, PLANNER_VIEW_QUERIES),
  check: listQueries(SHELL_QUERIES, CHECK_QUERIES),
  plans: listQueries(SHELL_QUERIES, PLANS_QUERIES),
  methodology: listQueries(SHELL_QUERIES, METHODOLOGY_QUERIES, { judgement: JUDGEMENT_QUERY }),
};
