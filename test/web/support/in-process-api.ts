import { openDatabase } from '../../../src/db/connect';
import type { DatabaseHandle } from '../../../src/db/engine';
import { attachDom, detachDom } from './dom';
import { configureApi } from '../../../web/src/shared/api/client';
import { bearer, buildTestApp, DEMO, tokenFor, type TestApp } from '../../support/test-app';

/**
 * For component tests: a DOM (happy-dom) registered in this Node test before React's testing
 * library loads (a DOM environment would rewrite the server's `import.meta.url` paths), and the
 * real API in-process: the web client's fetch goes to the server's own handler (app.inject), as a
 * Harris records officer. Answers are the server's, in its own shapes.
 */
// Before React and the testing library load (react-dom looks for a DOM once, when it loads); each
// start puts the worker's window back on the global object and each dispose takes it off (support/dom.ts).
attachDom();

export interface InProcessApi {
  readonly t: TestApp;
  /** The database behind it (explorer: fixtures written straight into the research tables). */
  readonly db: DatabaseHandle;
  readonly fetch: typeof fetch;
  readonly dispose: () => Promise<void>;
}

export async function startInProcessApi(
  options: {
    /** Runs on the database once the app is built (e.g. imports a release), before any request. */
    readonly prepare?: (db: DatabaseHandle) => Promise<void>;
    readonly statsMaxRows?: number;
  } = {},
): Promise<InProcessApi> {
  attachDom();
  // waitFor's 1 s default is short on a busy machine: each answer is a real server's, writing to a database.
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 15_000 });
  const db = openDatabase({ engine: 'sqlite', path: ':memory:' });
  const t = await buildTestApp(
    db,
    options.statsMaxRows === undefined ? {} : { work: { threads: 0, statsMaxRows: options.statsMaxRows } },
  );
  await options.prepare?.(db);
  const token = await tokenFor(t.services, DEMO.harris('records-officer'));
  const inProcess = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const answer = await t.app.inject({
      method: (init.method ?? 'GET') as 'GET',
      url: String(input),
      headers: { ...(init.headers as Record<string, string>), ...bearer(token) },
      ...(typeof init.body === 'string' ? { payload: init.body } : {}),
    });
    return new Response(answer.statusCode === 204 ? null : answer.body, {
      status: answer.statusCode,
      headers: { 'content-type': String(answer.headers['content-type'] ?? 'application/json') },
    });
  };
  const restore = configureApi({ fetch: inProcess as typeof fetch });
  return {
    t,
    db,
    fetch: inProcess as typeof fetch,
    dispose: async () => {
      restore();
      await t.app.close();
      db.close();
      // React's scheduler may still have work queued (it reads `window`): let it run out first.
      await new Promise((resolve) => setTimeout(resolve, 50));
      detachDom();
    },
  };
}
