/**
 * A researcher's own outcomes: files loaded in this browser (CSV or XLSX), validated against the published
 * cities, indicators and targets, kept in localStorage across reloads and never uploaded anywhere. Their
 * valid rows are the engine's `user_outcomes`, so every view's `outcomes` holds them beside the published ones,
 * and the targets they can touch are judged again into `user_attainment`, so `attainment` shows the result.
 */

import { publishOutcome } from '../build/publish.ts';
import { DEFAULT_VIEW_STATE } from '../data/answers.ts';
import { OUTCOME_CATALOG_QUERIES } from '../data/queries/outcome-catalog.ts';
import { judgeUserOutcomes } from '../data/queries/user-attainment.ts';
import type { AppState } from './app.svelte.ts';
import {
  calcOutcomeFiles,
  formatOutcomesCsv,
  parseStoredOutcomeSources,
  type OutcomeFile,
  type OutcomeFileSource,
} from '../outcomes/upload.ts';
import type { OutcomeCatalog, OutcomeRow } from '../outcomes/types.ts';

/** The localStorage key the loaded files are kept under. */
export const USER_OUTCOMES_STORAGE_KEY = 'city-quality-targets.user-outcomes.v1';

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

function isSpreadsheet(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

/** Reads the first sheet of an .xlsx file; the reader is loaded only when a spreadsheet is chosen. */
async function readSpreadsheet(file: File): Promise<unknown[][]> {
  const { readSheet } = await import('read-excel-file/browser');
  return (await readSheet(file)) as unknown[][];
}

/** The researcher's files and their validated rows. */
export class UserOutcomesState {
  /** Every loaded file, in the order loaded, with its rows and issues (empty until `attach`). */
  files = $state.raw<OutcomeFile[]>([]);
  /** The valid rows of every file, one array while the files do not change. */
  rows = $derived<readonly OutcomeRow[]>(this.files.flatMap((f) => f.rows));
  /** A file that could not be read at all, by name, with why. */
  error = $state.raw<OutcomeFileError | null>(null);

  #sources: OutcomeFileSource[];
  #catalog: OutcomeCatalog | null = null;
  #storage: Storage | null;
  #app: AppState | null = null;
  /** Counts revalidations, so a slower, older one never writes over a newer one. */
  #version = 0;

  /** @param storage where the files are kept (localStorage), or null to keep them only in memory */
  constructor(storage: Storage | null) {
    this.#storage = storage;
    this.#sources = parseStoredOutcomeSources(this.#read());
  }

  /**
   * Validates the stored files against the published data once the engine can say what that is, and keeps
   * the engine's `user_outcomes` equal to the valid rows. Call once, when the app starts.
   */
  connect(app: AppState): void {
    if (this.#app !== null) return;
    this.#app = app;
    // The build's answers know only the published outcomes: never show them for queries that read outcomes.
    if (this.#sources.length > 0) app.data.expectUserRows('outcomes', 'attainment');
    const { coordinator } = app.data;
    void Promise.all([
      coordinator.ask(OUTCOME_CATALOG_QUERIES.cities, DEFAULT_VIEW_STATE),
      coordinator.ask(OUTCOME_CATALOG_QUERIES.indicators, DEFAULT_VIEW_STATE),
      coordinator.ask(OUTCOME_CATALOG_QUERIES.targets, DEFAULT_VIEW_STATE),
    ]).then(
      ([cities, indicators, targets]) => {
        this.#catalog = { cities, indicators, targets };
        this.#revalidate();
      },
      () => undefined,
    );
  }

  /** Reads a CSV or XLSX file and adds it (replacing a file of the same name). */
  async add(file: File): Promise<void> {
    this.error = null;
    let source: OutcomeFileSource;
    try {
      source = isSpreadsheet(file.name)
        ? { name: file.name, kind: 'sheet', cells: await readSpreadsheet(file) }
        : { name: file.name, kind: 'csv', text: await file.text() };
    } catch (error) {
      this.error = new OutcomeFileError(file.name, error instanceof Error ? error.message : String(error));
      return;
    }
    this.#sources = [...this.#sources.filter((s) => s.name !== file.name), source];
    this.#save();
    this.#revalidate();
  }

  /** Removes a loaded file and its rows. */
  remove(name: string): void {
    this.#sources = this.#sources.filter((s) => s.name !== name);
    this.#save();
    this.#revalidate();
  }

  /** The valid rows of every file as one outcomes CSV. */
  exportCsv(): string {
    return formatOutcomesCsv(this.rows);
  }

  #revalidate(): void {
    const app = this.#app;
    if (this.#catalog === null || app === null) return;
    this.files = calcOutcomeFiles(this.#sources, this.#catalog);
    const rows = this.rows;
    const version = ++this.#version;
    judgeUserOutcomes(app.data.coordinator, rows)
      .then((attainment) => {
        if (version !== this.#version) return;
        return app.data.replaceUserTables({ outcomes: rows.map((row) => publishOutcome(row)), attainment });
      })
      .catch((error: unknown) => {
        this.error = new OutcomeFileError('', error instanceof Error ? error.message : String(error));
      });
  }

  #read(): string | null {
    try {
      return this.#storage?.getItem(USER_OUTCOMES_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  #save(): void {
    try {
      if (this.#sources.length === 0) this.#storage?.removeItem(USER_OUTCOMES_STORAGE_KEY);
      else this.#storage?.setItem(USER_OUTCOMES_STORAGE_KEY, JSON.stringify(this.#sources));
    } catch (error) {
      // A full or blocked storage keeps the files for this visit only; say so rather than fail.
      this.error = new OutcomeFileError(
        this.#sources.at(-1)?.name ?? '',
        `not kept for the next visit (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
}

function openStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The one instance for the page: every view that shows outcomes reads it. */
export const userOutcomes = new UserOutcomesState(openStorage());
