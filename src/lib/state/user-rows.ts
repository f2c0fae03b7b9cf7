/**
 * A person's own rows in the engine, kept together: their outcome rows and the plans they added (documents and
 * targets), and the attainment judged once for both. Outcome files and added plans each hand their rows here;
 * every change is judged with all of them, so neither overwrites the other's attainment.
 */

import type { PublishedDocument, PublishedTarget } from '../build/publish.ts';
import { publishOutcome } from '../build/publish.ts';
import { judgeUserRows } from '../data/queries/user-attainment.ts';
import type { UserTableName } from '../data/tables.ts';
import type { OutcomeRow } from '../outcomes/types.ts';
import type { DataState } from './data.svelte.ts';

/** The plans a person added, as rows of `documents` and `targets`. */
export interface UserPlanRows {
  documents: readonly PublishedDocument[];
  targets: readonly PublishedTarget[];
}

/** Writes a person's rows to the engine, the latest of each kind, with their attainment judged again. */
export class UserRows {
  #data: DataState;
  #outcomes: readonly OutcomeRow[] = [];
  #plans: UserPlanRows = { documents: [], targets: [] };
  /** Tables changed since the last write. */
  #dirty = new Set<UserTableName>();
  /** Kinds of rows read from storage but not handed over yet: nothing is written before they are. */
  #awaiting = new Set<'outcomes' | 'plans'>();
  #version = 0;

  constructor(data: DataState) {
    this.#data = data;
  }

  /**
   * Rows of this kind were found in storage and will be handed over: the tables they go to wait for them
   * (DataState.expectUserRows), and the first write waits until every kind expected has been handed over, so
   * the attainment is judged once with all of them.
   */
  expect(kind: 'outcomes' | 'plans'): void {
    this.#awaiting.add(kind);
    if (kind === 'outcomes') this.#data.expectUserRows('outcomes', 'attainment');
    else this.#data.expectUserRows('documents', 'targets', 'attainment');
  }

  /** Rows of this kind that were expected will not come (they could not be read or checked). */
  abandon(kind: 'outcomes' | 'plans'): void {
    if (!this.#awaiting.delete(kind)) return;
    if (this.#awaiting.size > 0) return;
    void this.#write([]).catch(() => {
      this.#data.abandonUserRows('documents', 'targets', 'outcomes', 'attainment');
    });
  }

  /** A researcher's valid outcome rows; resolves once they (and the attainment judged with them) are written. */
  setOutcomes(rows: readonly OutcomeRow[]): Promise<void> {
    this.#outcomes = rows;
    this.#awaiting.delete('outcomes');
    return this.#write(['outcomes']);
  }

  /** The plans a person added; resolves once they (and their attainment) are written. */
  setPlans(plans: UserPlanRows): Promise<void> {
    this.#plans = plans;
    this.#awaiting.delete('plans');
    return this.#write(['documents', 'targets']);
  }

  async #write(changed: readonly UserTableName[]): Promise<void> {
    for (const table of changed) this.#dirty.add(table);
    // Rows still to come from storage: the write that hands them over writes these too.
    if (this.#awaiting.size > 0) return;
    const version = ++this.#version;
    const attainment = await judgeUserRows(this.#data.coordinator, {
      outcomes: this.#outcomes,
      targets: this.#plans.targets,
    });
    // A later change judges everything again and writes what this one would have.
    if (version !== this.#version) return;
    const tables: Partial<Record<UserTableName, readonly object[]>> = { attainment };
    if (this.#dirty.has('outcomes')) tables.outcomes = this.#outcomes.map((row) => publishOutcome(row));
    if (this.#dirty.has('documents')) tables.documents = this.#plans.documents;
    if (this.#dirty.has('targets')) tables.targets = this.#plans.targets;
    this.#dirty.clear();
    await this.#data.replaceUserTables(tables);
  }
}

const writers = new WeakMap<DataState, UserRows>();

/** The one writer of a page's own rows. */
export function getUserRows(data: DataState): UserRows {
  let writer = writers.get(data);
  if (writer === undefined) writers.set(data, (writer = new UserRows(data)));
  return writer;
}
