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
  #version = 0;

  constructor(data: DataState) {
    this.#data = data;
  }

  /** A researcher's valid outcome rows; resolves once they (and the attainment judged with them) are written. */
  setOutcomes(rows: readonly OutcomeRow[]): Promise<void> {
    this.#outcomes = rows;
    return this.#write(['outcomes']);
  }

  /** The plans a person added; resolves once they (and their attainment) are written. */
  setPlans(plans: UserPlanRows): Promise<void> {
    this.#plans = plans;
    return this.#write(['documents', 'targets']);
  }

  async #write(changed: readonly UserTableName[]): Promise<void> {
    for (const table of changed) this.#dirty.add(table);
    const version = ++this.#version;
    const attainment = await judgeUserRows(this.#data.coordinator, {
      outcomes: this.#outcomes,
      targets: this.#plans.targets,
    });
    // A later change judges everything again and writes what this one would have.
    if (version !== this.#version) return;
    const tables: Partial<Record<UserTableName, readonly object[]>> = { attainment };
    if (this.#dirty.has('outcomes')) tables.outcomes = this.#outcomes.map(publishOutcome);
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
