/**
 * The route registry: one line per view. A view is a folder under src/components/views/<view>/ with a
 * component that takes no props and reads the app state with getAppState(). Only views listed here appear in
 * the navigation; `?view=` ids of the URL scheme (src/lib/state/url.ts) that are not listed open the
 * home view with the same filters.
 */

import type { Component } from 'svelte';
import type { Lang } from '../../lib/i18n/lang.ts';
import { HOME_VIEW, type ViewId } from '../../lib/state/url.ts';
import OverviewView from './overview/OverviewView.svelte';

/** A global filter a view can follow: the cities, the domains, the target-year range. */
export type FilterKey = 'cities' | 'domains' | 'years';

/** A view in the navigation. */
export interface ViewEntry {
  id: ViewId;
  /** The view's name in each language (its heading and the window's title). */
  title: Readonly<Record<Lang, string>>;
  /** A shorter name for the navigation, where the title is long (so every view fits one row on a laptop). */
  navTitle?: Partial<Readonly<Record<Lang, string>>>;
  /** The global filters the view follows; the filter bar shows only these, and none for a view without. */
  filters: readonly FilterKey[];
  /** Loads the view's component; use `() => import('./<view>/<View>.svelte')` so each view is its own chunk. */
  load: () => Promise<{ default: Component }>;
}

/** Every global filter. */
const ALL_FILTERS: readonly FilterKey[] = ['cities', 'domains', 'years'];

/** Every view users can open, in navigation order. */
export const VIEWS: readonly ViewEntry[] = [
  // The home view is bundled with the shell, not lazily loaded, so the first chart does not wait for a chunk.
  {
    id: 'overview',
    title: { zh: '总览', en: 'Overview' },
    filters: ALL_FILTERS,
    load: () => Promise.resolve({ default: OverviewView }),
  },
  {
    id: 'compare',
    title: { zh: '分领域比较', en: 'Compare by domain' },
    navTitle: { en: 'Compare' },
    filters: ['cities', 'years'],
    load: () => import('./compare/CompareView.svelte'),
  },
  {
    id: 'city',
    title: { zh: '城市档案', en: 'City profile' },
    filters: ALL_FILTERS,
    load: () => import('./city/CityView.svelte'),
  },
  {
    id: 'indicator',
    title: { zh: '指标详情', en: 'Indicator detail' },
    navTitle: { en: 'Indicators' },
    filters: ALL_FILTERS,
    load: () => import('./indicator/IndicatorView.svelte'),
  },
  {
    id: 'explorer',
    title: { zh: '目标浏览', en: 'Target explorer' },
    navTitle: { en: 'Explorer' },
    filters: ALL_FILTERS,
    load: () => import('./explorer/ExplorerView.svelte'),
  },
  {
    id: 'departments',
    title: { zh: '牵头部门', en: 'Departments' },
    filters: ALL_FILTERS,
    load: () => import('./departments/DepartmentsView.svelte'),
  },
  {
    id: 'outcomes',
    title: { zh: '目标与结果', en: 'Target vs outcome' },
    navTitle: { en: 'Outcomes' },
    filters: ALL_FILTERS,
    load: () => import('./outcomes/OutcomesView.svelte'),
  },
  {
    id: 'attainment',
    title: { zh: '达成概览', en: 'Attainment' },
    filters: ALL_FILTERS,
    load: () => import('./attainment/AttainmentView.svelte'),
  },
  {
    id: 'planner',
    title: { zh: '目标设定', en: 'Planner' },
    filters: ALL_FILTERS,
    load: () => import('./planner/PlannerView.svelte'),
  },
  {
    id: 'check',
    title: { zh: '草案核对', en: 'Check a draft' },
    filters: ALL_FILTERS,
    load: () => import('./check/CheckView.svelte'),
  },
  {
    id: 'plans',
    title: { zh: '添加规划', en: 'Add plans' },
    filters: [],
    load: () => import('./plans/PlansView.svelte'),
  },
  {
    id: 'sql',
    title: { zh: 'SQL 查询', en: 'SQL console' },
    navTitle: { en: 'SQL' },
    filters: [],
    load: () => import('./sql/SqlView.svelte'),
  },
  {
    id: 'methodology',
    title: { zh: '方法说明', en: 'Methodology' },
    filters: [],
    load: () => import('./methodology/MethodologyView.svelte'),
  },
];

/** The registered view with this id, if it is built. */
export function findView(id: ViewId): ViewEntry | undefined {
  return VIEWS.find((view) => view.id === id);
}

/** The view to show for a URL: the one it names if built, else the home view. */
export function resolveView(id: ViewId): ViewEntry {
  return findView(id) ?? (findView(HOME_VIEW) as ViewEntry);
}
