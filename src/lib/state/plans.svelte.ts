/**
 * Plans a person adds in the browser: files read and extracted in the reader's worker, one at a time with their
 * progress; each plan kept in IndexedDB (its text, records and review, and its original file) across reloads and
 * tabs; those put into the dashboard written to the engine's `user_documents` and `user_targets` (with their
 * attainment), so every view and the SQL console see them as the person's own.
 */

import { DEFAULT_VIEW_STATE } from '../data/answers.ts';
import { PLANS_QUERIES } from '../data/queries/plans.ts';
import type { Indicator } from '../extract/types.ts';
import type { KnownCity, KnownPlan, PlanMeta, PlanTwin, UserPlan } from '../plans/review.ts';
import type { AppState } from './app.svelte.ts';
import { formatTooLargeReason, MAX_DOCUMENT_BYTES } from '../read/types.ts';
import { PlanReader, PlanReadError } from './plan-reader.ts';
import {
  getBrowserStore,
  StorageFullError,
  waitAtMost,
  type UnreadableEntry,
  type UserStore,
} from './store.ts';
import { getUserRows } from './user-rows.ts';

/** At most this many files are read from one choice or drop; the rest are named and left out. */
export const MAX_FILES_AT_ONCE = 50;

/** Why a file was not kept as a plan. */
export type ImportProblem =
  | { kind: 'reader'; reason: string }
  | { kind: 'too-many'; limit: number }
  | { kind: 'no-targets' }
  | { kind: 'twin'; twin: PlanTwin }
  | { kind: 'storage'; reason: 'full' | 'unavailable' }
  | { kind: 'catalog'; message: string };

/** A file being added: waiting, being read, kept as a plan, or not kept (and why). */
export interface PlanImport {
  key: number;
  fileName: string;
  bytes: number;
  status: 'waiting' | 'reading' | 'done' | 'failed';
  /** The plan it became. */
  planId?: string;
  problem?: ImportProblem;
}

/** Why a plan is not put into the dashboard. */
export type AddProblem =
  | { kind: 'twin'; twin: PlanTwin }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'storage'; reason: 'full' | 'unavailable' };

/**
 * The review's rules (with the extraction and the build's checks they use), loaded only when a plan is added or
 * one is kept: the first view's JavaScript does not carry them.
 */
const loadRules = () => import('../plans/review.ts');

/** What is kept of a plan (the original file apart, in `plan-files`). */
function parseStoredPlan(value: unknown): UserPlan | null {
  if (typeof value !== 'object' || value === null) return null;
  const plan = value as Record<string, unknown>;
  const isPlan =
    typeof plan.id === 'string' &&
    typeof plan.fileName === 'string' &&
    typeof plan.text === 'string' &&
    typeof plan.meta === 'object' &&
    plan.meta !== null &&
    typeof (plan.meta as Record<string, unknown>).doc_id === 'string' &&
    Array.isArray(plan.extracted) &&
    Array.isArray(plan.edits) &&
    typeof plan.inDashboard === 'boolean';
  return isPlan ? (value as UserPlan) : null;
}

function parseStoredFile(value: unknown): Uint8Array | null {
  return value instanceof Uint8Array ? value : null;
}

/** The SHA-256 of a text's UTF-8 bytes, as hex (what DuckDB's sha256() gives for the same text). */
async function calcTextSha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function createPlanId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** What the plans are checked and extracted against: indicators, cities, the published plans. */
interface PlanCatalog {
  indicators: readonly Indicator[];
  indicatorIds: ReadonlySet<string>;
  cities: readonly KnownCity[];
  published: readonly KnownPlan[];
}

/** The plans a person added, and the files being added. */
export class UserPlansState {
  /** Every kept plan, oldest first: in review, or in the dashboard. */
  plans = $state.raw<readonly UserPlan[]>([]);
  /** Files of the latest choices, with their progress. */
  imports = $state.raw<readonly PlanImport[]>([]);
  /** Stored plans this version cannot read: kept as they are, named, not used. */
  unreadable = $state.raw<readonly UnreadableEntry[]>([]);
  /** The storage does not work in this browser: plans last only for this visit. */
  isStorageUnavailable = $state(false);
  /** Why the plans in the dashboard could not be written to the engine, if they could not. */
  publishError = $state.raw<Error | null>(null);

  #store: UserStore;
  #reader = new PlanReader();
  #app: AppState | null = null;
  #catalog: Promise<PlanCatalog> | null = null;
  #nextImport = 0;
  /** Digests of kept plans' texts, by plan id (for the same-plan check). Not drawn from: a plain map. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #digests = new Map<string, Promise<string>>();

  constructor(store: UserStore) {
    this.#store = store;
  }

  /** Reads the kept plans and puts those in the dashboard into the engine. Call once, when the app starts. */
  connect(app: AppState): void {
    if (this.#app !== null) return;
    this.#app = app;
    const loaded = this.#load().then(() => {
      if (this.plans.some((p) => p.inDashboard)) getUserRows(app.data).expect('plans');
    });
    // The build's answers know only the published plans: they wait until the kept plans are read.
    app.data.holdAnswers(waitAtMost(loaded, 3000));
    void loaded.then(() => this.#publish());
    this.#store.subscribe('plans', () => void this.#load().then(() => this.#publish()));
  }

  /** The plan with this id. */
  find(id: string): UserPlan | undefined {
    return this.plans.find((p) => p.id === id);
  }

  /** Reads files (at most {@link MAX_FILES_AT_ONCE} of one choice) and keeps each readable plan for review. */
  async addFiles(files: readonly File[]): Promise<void> {
    const batch: PlanImport[] = files.map((file, i) => ({
      key: ++this.#nextImport,
      fileName: file.name,
      bytes: file.size,
      ...(i < MAX_FILES_AT_ONCE
        ? { status: 'waiting' as const }
        : { status: 'failed' as const, problem: { kind: 'too-many', limit: MAX_FILES_AT_ONCE } as const }),
    }));
    this.imports = [...batch, ...this.imports.filter((i) => i.status !== 'done' && i.status !== 'failed')];
    let catalog: PlanCatalog;
    try {
      catalog = await this.#getCatalog();
    } catch (error) {
      // Without the indicators and the plans already there, no file can be checked: say so on each.
      const message = error instanceof Error ? error.message : String(error);
      for (const item of batch)
        if (item.status === 'waiting')
          this.#setImport(item.key, { status: 'failed', problem: { kind: 'catalog', message } });
      return;
    }
    for (const [i, file] of files.slice(0, MAX_FILES_AT_ONCE).entries()) {
      const key = batch[i]!.key;
      this.#setImport(key, { status: 'reading' });
      try {
        this.#setImport(key, await this.#import(file, catalog));
      } catch (error) {
        const reason =
          error instanceof PlanReadError ? error.reason : String((error as Error).message ?? error);
        this.#setImport(key, { status: 'failed', problem: { kind: 'reader', reason } });
      }
    }
  }

  async #import(file: File, catalog: PlanCatalog): Promise<Partial<PlanImport>> {
    // Refused before its bytes are read into the page.
    if (file.size > MAX_DOCUMENT_BYTES)
      return {
        status: 'failed',
        problem: { kind: 'reader', reason: formatTooLargeReason(file.size, MAX_DOCUMENT_BYTES) },
      };
    const original = new Uint8Array(await file.arrayBuffer());
    const read = await this.#reader.read(original.slice().buffer, file.name, catalog.indicators);
    if (!read.plan.records.some((r) => r.comparator !== 'qualitative'))
      return { status: 'failed', problem: { kind: 'no-targets' } };
    const { calcPlanMeta, findPlanTwin, renamePlan } = await loadRules();
    const textSha256 = await calcTextSha256(read.document.text);
    const twin = findPlanTwin({ docNumber: read.plan.meta.docNumber, textSha256 }, [
      ...catalog.published,
      ...(await this.#knownOwnPlans()),
    ]);
    if (twin !== null) return { status: 'failed', problem: { kind: 'twin', twin } };
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a value computed once, never drawn from
    const taken = new Set([
      ...catalog.published.map((p) => p.docId),
      ...this.plans.map((p) => p.meta.doc_id),
    ]);
    const meta = calcPlanMeta(read.plan.meta, read.document.properties, catalog.cities, taken);
    const draft: UserPlan = {
      id: createPlanId(),
      fileName: file.name,
      format: read.document.format,
      encoding: read.document.encoding ?? read.document.format,
      text: read.document.text,
      warnings: read.document.warnings,
      meta: { ...meta, doc_id: 'draft', city_id: 'draft' },
      detectedHorizon: read.plan.meta.horizonYears,
      extracted: read.plan.records,
      edits: [],
      inDashboard: false,
    };
    const plan = renamePlan(draft, meta);
    try {
      await this.#store.put([
        { store: 'plans', key: plan.id, value: plan },
        { store: 'plan-files', key: plan.id, value: original },
      ]);
    } catch (error) {
      return {
        status: 'failed',
        problem: { kind: 'storage', reason: error instanceof StorageFullError ? 'full' : 'unavailable' },
      };
    }
    this.#digests.set(plan.id, Promise.resolve(textSha256));
    this.plans = [...this.plans, plan];
    return { status: 'done', planId: plan.id };
  }

  /** Keeps a plan's review (its edits, or its metadata: the records follow a new id, horizon or issue year). */
  async update(plan: UserPlan): Promise<void> {
    const before = this.find(plan.id);
    let next = plan;
    if (before !== undefined && before.meta !== plan.meta)
      next = await this.#followMeta(
        { ...before, edits: plan.edits, inDashboard: plan.inDashboard },
        plan.meta,
      );
    await this.#put(next);
    if (next.inDashboard || before?.inDashboard) this.#publish();
  }

  /** A plan with new metadata: ids renamed; extracted again where the horizon or the issue year changed. */
  async #followMeta(before: UserPlan, meta: PlanMeta): Promise<UserPlan> {
    const { renamePlan } = await loadRules();
    const renamed = renamePlan(before, meta);
    const sameYears =
      before.meta.horizon_years.join(';') === meta.horizon_years.join(';') &&
      before.meta.issue_date?.slice(0, 4) === meta.issue_date?.slice(0, 4);
    if (sameYears) return renamed;
    const catalog = await this.#getCatalog();
    const extracted = await this.#reader.extract(before.text, {
      docId: meta.doc_id,
      cityId: meta.city_id,
      horizonYears: meta.horizon_years,
      issueYear: meta.issue_date ? Number(meta.issue_date.slice(0, 4)) : null,
      indicators: catalog.indicators,
    });
    return { ...renamed, extracted: extracted.records };
  }

  /**
   * Puts a plan into every view (加入看板), unless it repeats a plan already there (the same 文号 or text) or
   * a record breaks the target spec; returns why not, or null.
   */
  async addToDashboard(id: string): Promise<AddProblem | null> {
    const plan = this.find(id);
    if (plan === undefined) return null;
    const [catalog, { calcPlanRows, findPlanTwin }] = await Promise.all([this.#getCatalog(), loadRules()]);
    const others = (await this.#knownOwnPlans()).filter((k) => k.docId !== plan.meta.doc_id);
    const inDashboard = this.plans.filter((p) => p.inDashboard).map((p) => p.meta.doc_id);
    const twin = findPlanTwin({ docNumber: plan.meta.doc_number, textSha256: await this.#digestOf(plan) }, [
      ...catalog.published,
      ...others.filter((k) => inDashboard.includes(k.docId)),
    ]);
    if (twin !== null) return { kind: 'twin', twin };
    const { problems } = calcPlanRows(plan, catalog.indicatorIds);
    if (problems.length > 0) return { kind: 'invalid', problems };
    try {
      await this.#put({ ...plan, inDashboard: true });
    } catch (error) {
      return { kind: 'storage', reason: error instanceof StorageFullError ? 'full' : 'unavailable' };
    }
    await this.#publish();
    return null;
  }

  /** Removes a plan from the dashboard and from this browser (or a stored plan that cannot be read). */
  async remove(id: string): Promise<void> {
    const plan = this.find(id);
    this.plans = this.plans.filter((p) => p.id !== id);
    this.unreadable = this.unreadable.filter((u) => u.key !== id);
    this.#digests.delete(id);
    await this.#store.remove([
      { store: 'plans', key: id },
      { store: 'plan-files', key: id },
    ]);
    if (plan?.inDashboard !== false) await this.#publish();
  }

  /** The export for the build (a zip) of a plan, with its name; null when its original file is not kept. */
  async exportBundle(id: string): Promise<{ name: string; bytes: Uint8Array } | null> {
    const plan = this.find(id);
    if (plan === undefined) return null;
    const original = await this.#store.get('plan-files', id, parseStoredFile);
    if (original === null) return null;
    const { buildBundleName, buildPlanBundle } = await import('../plans/export.ts');
    return { name: buildBundleName(plan.meta), bytes: buildPlanBundle(plan, original) };
  }

  /** Indicator ids, cities and published plans, once (the build's answers, or the engine). */
  #getCatalog(): Promise<PlanCatalog> {
    const app = this.#app;
    if (app === null) return Promise.reject(new Error('plans are not connected to the app'));
    this.#catalog ??= Promise.all([
      app.data.coordinator.ask(PLANS_QUERIES.indicators, DEFAULT_VIEW_STATE),
      app.data.coordinator.ask(PLANS_QUERIES.cities, DEFAULT_VIEW_STATE),
      app.data.coordinator.ask(PLANS_QUERIES.published, DEFAULT_VIEW_STATE),
    ]).then(
      ([indicators, cities, published]) => ({
        indicators: indicators.forExtraction,
        // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read only, never changed
        indicatorIds: new Set(indicators.forExtraction.map((i) => i.indicator_id)),
        cities,
        published,
      }),
      (error: unknown) => {
        this.#catalog = null;
        throw error;
      },
    );
    return this.#catalog;
  }

  #digestOf(plan: UserPlan): Promise<string> {
    let digest = this.#digests.get(plan.id);
    if (digest === undefined) this.#digests.set(plan.id, (digest = calcTextSha256(plan.text)));
    return digest;
  }

  async #knownOwnPlans(): Promise<KnownPlan[]> {
    return Promise.all(
      this.plans.map(async (p) => ({
        docId: p.meta.doc_id,
        title: p.meta.title,
        docNumber: p.meta.doc_number,
        textSha256: await this.#digestOf(p),
        origin: 'yours' as const,
      })),
    );
  }

  async #put(plan: UserPlan): Promise<void> {
    await this.#store.put([{ store: 'plans', key: plan.id, value: plan }]);
    this.plans = this.plans.map((p) => (p.id === plan.id ? plan : p));
  }

  #setImport(key: number, change: Partial<PlanImport>): void {
    this.imports = this.imports.map((i) => (i.key === key ? { ...i, ...change } : i));
  }

  async #load(): Promise<void> {
    try {
      const listing = await this.#store.list('plans', parseStoredPlan);
      this.plans = listing.entries.map((e) => e.value);
      this.unreadable = listing.unreadable;
    } catch {
      this.isStorageUnavailable = true;
    }
  }

  /** Writes the plans in the dashboard (their records with the review applied) to the engine; never throws. */
  async #publish(): Promise<void> {
    try {
      await this.#writeRows();
      this.publishError = null;
    } catch (error) {
      this.publishError = error instanceof Error ? error : new Error(String(error));
      if (this.#app !== null) getUserRows(this.#app.data).abandon('plans');
    }
  }

  async #writeRows(): Promise<void> {
    const app = this.#app;
    if (app === null) return;
    const shown = this.plans.filter((p) => p.inDashboard);
    const documents = [];
    const targets = [];
    if (shown.length > 0) {
      const [catalog, { calcPlanRows }] = await Promise.all([this.#getCatalog(), loadRules()]);
      for (const plan of shown) {
        try {
          const rows = calcPlanRows(plan, catalog.indicatorIds);
          documents.push(rows.document);
          targets.push(...rows.targets);
        } catch {
          // A plan whose review no longer applies (the indicators changed) stays out until it is reviewed.
        }
      }
    }
    await getUserRows(app.data).setPlans({ documents, targets });
  }
}

/** The one instance for the page. */
export const userPlans = new UserPlansState(getBrowserStore());
