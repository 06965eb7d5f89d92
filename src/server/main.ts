#!/usr/bin/env node
import { startBanner } from '../composition/banner.js';
import { startServer, stopOnSignals } from '../composition/start-server.js';
import { ConfigError, loadConfig } from '../config/config.js';

/** Entry point of the HTTP server: reads the configuration once, then serves until SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const server = await startServer(config);
  stopOnSignals(server, config.shutdownTimeoutMs);
  process.stdout.write(startBanner(server, config.database.engine));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : `Could not start: ${String(error)}`}\n`);
  process.exit(error instanceof ConfigError ? 78 : 1);
});
