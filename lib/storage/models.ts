import type { LearnedModel } from '../engine/suggest';
import type { LearnedModelRecord } from '../schema/storage';
import { db, type TrustOpsDb } from './db';

/** The stored suggestion model, if any (the row guard drops a malformed one: it is only a cache). */
export async function loadLearnedModel(database: TrustOpsDb = db()): Promise<LearnedModel | undefined> {
  const row = await database.models.get('suggest');
  if (!row) return undefined;
  const { id: _id, at: _at, ...model } = row;
  return model;
}

/**
 * Stores the model; true when reading it back gives the same fingerprint. A failed write (a full
 * quota) costs only training time at the next build, so the caller may ignore it.
 */
export async function saveLearnedModel(model: LearnedModel, database: TrustOpsDb = db()): Promise<boolean> {
  const row: LearnedModelRecord = { id: 'suggest', ...model, at: Date.now() };
  await database.models.put(row);
  const back = await database.models.get('suggest');
  return back?.fingerprint === model.fingerprint && back.weights.classes.length === model.weights.classes.length;
}

/** Drops the stored model (the library's replies were all removed, or a backup is restored). */
export async function clearLearnedModel(database: TrustOpsDb = db()): Promise<void> {
  await database.models.delete('suggest');
}
