import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from './embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

/**
 * One PostgreSQL server for the whole run: the one at TEST_DATABASE_URL when set, otherwise an
 * embedded one on a free port in a temporary folder. Each test file makes its own database in it.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide('postgresAdminUrl', external);
    return undefined;
  }
  const server = await startEmbeddedPostgres();
  project.provide('postgresAdminUrl', server.adminUrl);
  return () => server.stop();
}
