/** Filter combinations the query tests run, from no filter to all of them at once. */

import type { Filters } from '../../../../../src/lib/state/url.ts';

const none: Filters = { cities: [], domains: [], yearFrom: null, yearTo: null };

/** Named filter cases, using the five cities of the target spec. */
export const FILTER_CASES: readonly [string, Filters][] = [
  ['no filter', none],
  ['one city', { ...none, cities: ['hangzhou'] }],
  ['two cities', { ...none, cities: ['linxia', 'shanwei'] }],
  ['one domain', { ...none, domains: ['environment'] }],
  ['two domains', { ...none, domains: ['product', 'foundation'] }],
  ['a year range', { ...none, yearFrom: 2014, yearTo: 2015 }],
  ['only a first year', { ...none, yearFrom: 2016 }],
  ['only a last year', { ...none, yearTo: 2014 }],
  ['a city no plan has', { ...none, cities: ['nowhere'] }],
  [
    'everything at once',
    { cities: ['linxia', 'taiyuan'], domains: ['product', 'environment'], yearFrom: 2014, yearTo: 2020 },
  ],
];
