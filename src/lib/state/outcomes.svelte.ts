/**
 * A researcher's own outcomes: files loaded in this browser (CSV or XLSX), validated against the published
 * cities, indicators and targets, kept in IndexedDB one record per file (src/lib/state/store.ts) across reloads
 * and tabs, and never uploaded anywhere. Their valid rows are the engine's `user_outcomes`, so every view's
 * `outcomes` holds them beside the published ones, and the targets they can touch are judged again into
 * `user_attainment`, so `attainment` shows the result.
 */

import { DEFAULT_VIEW_STATE } from '../data/answers.ts';
import { OUTCOME_CATALOG_QUERIES } from '../data/queries/outcome-catalog.ts';
import type { AppState } from './app.svelte.ts';
import {
  formatOutcomesCsv,
  isOutcomeFileSource,
  parseStoredOutcomeSources,
  type OutcomeFile,
  type OutcomeFileSource,
} from '../outcomes/upload.ts';
import type { OutcomeCatalog, OutcomeRow } from '../outcomes/types.ts';
import { OutcomeFileWorker } from '../outcomes/file-worker.ts';
import type { OutcomeProgress } from '../outcomes/parse.ts';
import {
  getBrowserStore,
  StorageFullError,
  waitAtMost,
  type UnreadableEntry,
  type UserStore,
} from './store.ts';
import { getUserRows } from './user-rows.ts';

/** Where earlier versions kept the files (one localStorage value); moved into IndexedDB on the first visit. */
export const LEGACY_OUTCOMES_STORAGE_KEY = 'city-quality-targets.user-outcomes.v1';

/** Why a file could not be read at all (as opposed to rows with issues). */
export class OutcomeFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'OutcomeFileError';
  }
}

/** Why files are used in this visit but not kept for the next: the site's storage is full, or there is none. */
export interface NotKept {
  reason: 'full' | 'unavailable';
  /** The files concerned. */
  files: readonly string[];
}

function isSpreadsheet(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

/** Reads spreadsheets and checks files off the main thread (`outcomes/file.worker.ts`), started on first use. */
const fileWorker = new OutcomeFileWorker();

const parseSource = (value: unknown): OutcomeFileSource | null => (isOutcomeFileSource(value) ? value : null);

/** The researcher's files and their validated rows. */
export class UserOutcomesState {
  /** Every loaded file, in the order loaded, with its rows and issues (empty until `connect`). */
  files = $state.raw<OutcomeFile[]>([]);
  /** The valid rows of every file, one array while the files do not change. */
  rows = $derived<readonly OutcomeRow[]>(this.files.flatMap((f) => f.rows));
  /** A file that could not be read at all, by name, with why. */
  error = $state.raw<OutcomeFileError | null>(null);
  /** While files are read or checked: which file, and how many of its rows are checked (null while reading). */
  progress = $state.raw<{ file: string; done: number | null; total: number | null } | null>(null);
  /** Stored files this version cannot read: kept as they are, named, not used. */
  unreadable = $state.raw<readonly UnreadableEntry[]>([]);
  /** Files used in this visit but not kept for the next, and why. */
  notKept = $state.raw<NotKept | null>(null);

  #sources: OutcomeFileSource[] = [];
  /** Files the storage did not keep: still used in this visit. Not drawn from: a plain set. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #unsaved = new Set<string>();
  #catalog: OutcomeCatalog | null = null;
  #store: UserStore;
  #legacy: Storage | null;
  #app: AppState | null = null;
  /** Counts revalidations, so a slower, older one never writes over a newer one. */
  #version = 0;

  /**
   * @param store where the files are kept
   * @param legacy the localStorage earlier versions kept them in, to move them from (null for none)
   */
  constructor(store: UserStore, legacy: Storage | null) {
    this.#store = store;
    this.#legacy = legacy;
  }

  /**
   * Reads the stored files, validates them against the published data once the engine can say what that is,
   * and keeps the engine's `user_outcomes` equal to the valid rows. Call once, when the app starts.
   */
  connect(app: AppState): void {
    if (this.#app !== null) return;
    this.#app = app;
    // The build's answers wait until the stored files are read, so they are never shown for queries that read
    // outcomes while the files are loading (a slow or blocked storage waits no more than 3 s).
    const loaded = this.#load().then((sources) => {
      if (sources.length > 0) getUserRows(app.data).expect('outcomes');
    });
    app.data.holdAnswers(waitAtMost(loaded, 3000));
    this.#store.subscribe('outcome-files', () => void this.#load().then(() => this.#revalidate()));
    const { coordinator } = app.data;
    void Promise.all([
      loaded,
      coordinator.ask(OUTCOME_CATALOG_QUERIES.cities, DEFAULT_VIEW_STATE),
      coordinator.ask(OUTCOME_CATALOG_QUERIES.indicators, DEFAULT_VIEW_STATE),
      coordinator.ask(OUTCOME_CATALOG_QUERIES.targets, DEFAULT_VIEW_STATE),
    ]).then(
      ([, cities, indicators, targets]) => {
        this.#catalog = { cities, indicators, targets };
        this.#revalidate();
      },
      () => getUserRows(app.data).abandon('outcomes'),
    );
  }

  /** Reads a CSV or XLSX file and adds it (replacing a file of the same name). */
  async add(file: File): Promise<void> {
    this.error = null;
    let source: OutcomeFileSource;
    this.progress = { file: file.name, done: null, total: null };
    try {
      source = isSpreadsheet(file.name)
        ? { name: file.name, kind: 'sheet', cells: await fileWorker.readSheet(file) }
        : { name: file.name, kind: 'csv', text: await file.text() };
    } catch (error) {
      this.progress = null;
      this.error = new OutcomeFileError(file.name, error instanceof Error ? error.message : String(error));
      return;
    }
    this.#sources = [...this.#sources.filter((s) => s.name !== file.name), source];
    this.#revalidate();
    try {
      await this.#store.put([{ store: 'outcome-files', key: source.name, value: source }]);
      this.#unsaved.delete(source.name);
    } catch (error) {
      this.#unsaved.add(source.name);
      this.notKept = {
        reason: error instanceof StorageFullError ? 'full' : 'unavailable',
        files: [...this.#unsaved],
      };
    }
  }

  /** Removes a loaded file and its rows, or a stored file that cannot be read. */
  async remove(name: string): Promise<void> {
    this.#sources = this.#sources.filter((s) => s.name !== name);
    this.unreadable = this.unreadable.filter((u) => u.key !== name);
    this.#unsaved.delete(name);
    if (this.notKept !== null) {
      const files = this.notKept.files.filter((f) => f !== name);
      this.notKept = files.length === 0 ? null : { ...this.notKept, files };
    }
    this.#revalidate();
    if (name === LEGACY_OUTCOMES_STORAGE_KEY) this.#removeLegacy();
    else await this.#store.remove([{ store: 'outcome-files', key: name }]).catch(() => undefined);
  }

  /** The valid rows of every file as one outcomes CSV. */
  exportCsv(): string {
    return formatOutcomesCsv(this.rows);
  }

  /** Reads the stored files (moving those an earlier version kept in localStorage first). */
  async #load(): Promise<OutcomeFileSource[]> {
    try {
      await this.#moveLegacy();
      const listing = await this.#store.list('outcome-files', parseSource);
      const stored = listing.entries.map((entry) => entry.value);
      const unsaved = this.#sources.filter(
        (s) => this.#unsaved.has(s.name) && !stored.some((kept) => kept.name === s.name),
      );
      this.#sources = [...stored, ...unsaved];
      this.unreadable = [
        ...this.unreadable.filter((u) => u.key === LEGACY_OUTCOMES_STORAGE_KEY),
        ...listing.unreadable,
      ];
    } catch {
      this.notKept = { reason: 'unavailable', files: this.#sources.map((s) => s.name) };
    }
    return this.#sources;
  }

  /** Moves the files of the one localStorage value earlier versions wrote; an unreadable value is left there. */
  async #moveLegacy(): Promise<void> {
    let text: string | null = null;
    try {
      text = this.#legacy?.getItem(LEGACY_OUTCOMES_STORAGE_KEY) ?? null;
    } catch {
      return;
    }
    if (text === null) return;
    const sources = parseStoredOutcomeSources(text);
    await this.#store.put(
      sources.map((source) => ({ store: 'outcome-files' as const, key: source.name, value: source })),
    );
    if (countStoredItems(text) === sources.length) this.#removeLegacy();
    else
      this.unreadable = [
        { key: LEGACY_OUTCOMES_STORAGE_KEY, reason: 'a value an earlier version wrote that cannot be read' },
      ];
  }

  #removeLegacy(): void {
    try {
      this.#legacy?.removeItem(LEGACY_OUTCOMES_STORAGE_KEY);
    } catch {
      // Nothing to remove where the storage is blocked.
    }
  }

  #revalidate(): void {
    const app = this.#app;
    const catalog = this.#catalog;
    if (catalog === null || app === null) {
      this.progress = null;
      return;
    }
    const version = ++this.#version;
    const onProgress = (progress: OutcomeProgress) => {
      if (version === this.#version) this.progress = progress;
    };
    fileWorker
      .check(this.#sources, catalog, onProgress)
      .then((files) => {
        if (version !== this.#version) return;
        this.progress = null;
        this.files = files;
        return getUserRows(app.data).setOutcomes(this.rows);
      })
      .catch((error: unknown) => {
        if (version === this.#version) this.progress = null;
        this.error = new OutcomeFileError('', error instanceof Error ? error.message : String(error));
      });
  }
}

/** How many files a legacy value holds (-1 when it is not a list), to tell whether every one was read. */
function countStoredItems(text: string): number {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.length : -1;
  } catch {
    return -1;
  }
}

function openLegacyStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The one instance for the page: every view that shows outcomes reads it. */
export const userOutcomes = new UserOutcomesState(getBrowserStore(), openLegacyStorage());
