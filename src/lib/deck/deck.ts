/**
 * A deck: the charts a person has chosen for a briefing, each with the filters and parameters it was added
 * under, and the title and finding they wrote. Pure: read from and written to the URL's `deck` key.
 */

import type { ViewState } from '../data/query.ts';
import type { Lang } from '../i18n/lang.ts';
import { parseFilters, type Filters, type ViewId } from '../state/url.ts';

/** The charts a slide can show, as `<view>.<chart>`; each is drawn by one slide component. */
export const SLIDE_CHART_IDS = [
  'overview.matrix',
  'overview.timeline',
  'overview.specificity',
  'compare.indicator',
  'indicator.chart',
  'departments.matrix',
  'attainment.matrix',
] as const;

/** The id of a chart a slide can show. */
export type SlideChartId = (typeof SLIDE_CHART_IDS)[number];

/** A deck holds at most this many slides (a URL stays well under the length browsers and servers accept). */
export const MAX_SLIDES = 40;

/** The longest title or finding a person can write, in characters. */
export const MAX_SLIDE_TEXT = 400;

/** Which chart, under which filters and view parameters. */
export interface SlideRef {
  chart: SlideChartId;
  filters: Filters;
  /** The chart's view parameters that decide what it shows (`indicator`, …). */
  params: Readonly<Record<string, string>>;
}

/** One slide of a deck. */
export interface Slide extends SlideRef {
  /** The person's title; absent means the chart's own. */
  title?: string;
  /** The person's finding; absent means the one computed from the slide's data. */
  finding?: string;
}

/** Is this string a chart a slide can show? */
export function isSlideChartId(value: unknown): value is SlideChartId {
  return (SLIDE_CHART_IDS as readonly unknown[]).includes(value);
}

/** The view a slide's chart belongs to. */
export function calcSlideView(chart: SlideChartId): ViewId {
  return chart.slice(0, chart.indexOf('.')) as ViewId;
}

/** The state a slide's queries are asked with: its own filters and parameters, in the interface language. */
export function calcSlideState(slide: SlideRef, lang: Lang): ViewState {
  return { filters: slide.filters, params: slide.params, lang };
}

interface StoredSlide {
  c: string;
  f?: string;
  p?: Record<string, string>;
  t?: string;
  n?: string;
}

function buildFilterText(filters: Filters): string {
  const parts: string[] = [];
  if (filters.cities.length > 0) parts.push(`city=${filters.cities.join(',')}`);
  if (filters.domains.length > 0) parts.push(`domain=${filters.domains.join(',')}`);
  if (filters.yearFrom !== null) parts.push(`from=${filters.yearFrom}`);
  if (filters.yearTo !== null) parts.push(`to=${filters.yearTo}`);
  return parts.join('&');
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim().slice(0, MAX_SLIDE_TEXT);
  return text === '' ? undefined : text;
}

function readParams(value: unknown): Record<string, string> {
  const params: Record<string, string> = {};
  if (typeof value !== 'object' || value === null) return params;
  for (const [key, item] of Object.entries(value)) {
    if (/^[a-z_]{1,32}$/.test(key) && typeof item === 'string' && item.length <= 200) params[key] = item;
  }
  return params;
}

/** Reads a deck from the URL's `deck` value; anything that is not a valid slide is left out, never guessed at. */
export function parseDeck(text: string | undefined): Slide[] {
  if (text === undefined || text === '') return [];
  let stored: unknown;
  try {
    stored = JSON.parse(fromBase64Url(text));
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  const slides: Slide[] = [];
  for (const item of stored.slice(0, MAX_SLIDES) as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { c, f, p, t, n } = item as StoredSlide;
    if (!isSlideChartId(c)) continue;
    const title = cleanText(t);
    const finding = cleanText(n);
    slides.push({
      chart: c,
      filters: parseFilters(new URLSearchParams(typeof f === 'string' ? f : '')),
      params: readParams(p),
      ...(title === undefined ? {} : { title }),
      ...(finding === undefined ? {} : { finding }),
    });
  }
  return slides;
}

/** Writes a deck for the URL's `deck` key; null for an empty deck (the key is then left out). */
export function buildDeckText(slides: readonly Slide[]): string | null {
  if (slides.length === 0) return null;
  const stored = slides.slice(0, MAX_SLIDES).map((slide): StoredSlide => {
    const item: StoredSlide = { c: slide.chart };
    const filters = buildFilterText(slide.filters);
    if (filters !== '') item.f = filters;
    if (Object.keys(slide.params).length > 0) item.p = { ...slide.params };
    const title = cleanText(slide.title);
    const finding = cleanText(slide.finding);
    if (title !== undefined) item.t = title;
    if (finding !== undefined) item.n = finding;
    return item;
  });
  return toBase64Url(JSON.stringify(stored));
}

/** Is this slide's chart, with these filters and parameters, already in the deck? Its index, else -1. */
export function findSlide(slides: readonly Slide[], ref: SlideRef): number {
  const key = buildRefKey(ref);
  return slides.findIndex((slide) => buildRefKey(slide) === key);
}

function buildRefKey(ref: SlideRef): string {
  const params = Object.keys(ref.params)
    .sort()
    .map((key) => `${key}=${ref.params[key]}`)
    .join('&');
  return `${ref.chart}|${buildFilterText(ref.filters)}|${params}`;
}

/** The deck with a slide added at the end (unless it is full). */
export function addSlide(slides: readonly Slide[], ref: SlideRef): Slide[] {
  if (slides.length >= MAX_SLIDES) return [...slides];
  return [...slides, { chart: ref.chart, filters: ref.filters, params: { ...ref.params } }];
}

/** The deck with the slide at `from` moved to `to` (both clamped to the deck). */
export function moveSlide(slides: readonly Slide[], from: number, to: number): Slide[] {
  const next = [...slides];
  if (from < 0 || from >= next.length) return next;
  const [slide] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, slide as Slide);
  return next;
}

/** The deck without the slide at `index`. */
export function removeSlide(slides: readonly Slide[], index: number): Slide[] {
  return slides.filter((_, i) => i !== index);
}

/** The deck with the slide at `index` given a title or finding (an empty text returns to the computed one). */
export function editSlide(
  slides: readonly Slide[],
  index: number,
  patch: { title?: string; finding?: string },
): Slide[] {
  return slides.map((slide, i) => {
    if (i !== index) return slide;
    const next: Slide = { chart: slide.chart, filters: slide.filters, params: slide.params };
    const title = cleanText('title' in patch ? patch.title : slide.title);
    const finding = cleanText('finding' in patch ? patch.finding : slide.finding);
    if (title !== undefined) next.title = title;
    if (finding !== undefined) next.finding = finding;
    return next;
  });
}
