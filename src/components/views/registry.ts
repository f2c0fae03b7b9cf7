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

/** A view in the navigation. */
export interface ViewEntry {
  id: ViewId;
  /** The navigation label in each language. */
  title: Readonly<Record<Lang, string>>;
  /** Loads the view's component; use `() => import('./<view>/<View>.svelte')` so each view is its own chunk. */
  load: () => Promise<{ default: Component }>;
}

/** Every view users can open, in navigation order. */
export const VIEWS: readonly ViewEntry[] = [
  // The home view is bundled with the shell, not lazily loaded, so the first chart does not wait for a chunk.
  {
    id: 'overview',
    title: { zh: '总览', en: 'Overview' },
    load: () => Promise.resolve({ default: OverviewView }),
  },
  {
    id: 'check',
    title: { zh: '草案核对', en: 'Check a draft' },
    load: () => import('./check/CheckView.svelte'),
  },
  {
    id: 'methodology',
    title: { zh: '方法说明', en: 'Methodology' },
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
