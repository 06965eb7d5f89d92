/**
 * Worker thread entry of the work pool (work-pool.ts): opens its own handle on the server's
 * database and the law library once, then runs the tasks it is given, one at a time.
 */
import { workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connect.js';
import { loadLaw } from './law.js';
import type { WorkerSetup } from './work-pool.js';
import { runWorkTask, workDeps, type WorkTask } from './work-tasks.js';

const setup = workerData as WorkerSetup;
const deps = workDeps(openDatabase(setup.target), loadLaw().engine, setup.caps);

export default function run(task: WorkTask): Promise<unknown> {
  return runWorkTask(deps, task);
}
