import type { RunningServer } from './start-server.js';

/** What `npm start` prints once the server listens: where to go and how to sign in to the demo. */
export function startBanner(server: RunningServer, engine: string): string {
  const lines = [
    '',
    `Detainer Desk is running at ${server.url}`,
    `  API docs: ${server.url}/api/docs   OpenAPI: ${server.url}/api/openapi.json`,
    `  Database: ${engine}; migrations applied now: ${server.prepared.migrationsApplied.length || 'none (up to date)'}`,
  ];
  const demo = server.prepared.demo;
  if (demo) {
    lines.push(
      '',
      'SYNTHETIC DEMO DATA: every agency, person and request below is invented.',
      `  Demo password for every demo user: ${demo.password}`,
    );
    for (const signIn of demo.signIns.filter((s) => s.role === 'records-officer' || s.role === 'admin')) {
      lines.push(`  ${signIn.role.padEnd(16)} ${signIn.email.padEnd(40)} ${signIn.agency}`);
    }
    lines.push('  Other roles: supervisor@, auditor@, federal-liaison@ on the same demo domains.');
    lines.push(
      `  DEMO second factor (TOTP) of every demo ${demo.totpRoles.join(' and ')}: secret ${demo.totpSecret}`,
      '    (a published demo secret, never for real users). Get the 6-digit code from any authenticator app',
      `    (add the secret by hand), or run: detainer-desk totp-code --secret ${demo.totpSecret}`,
    );
    lines.push('  Public statistics: release "synthetic-demo" holds 20,000 generated records (not ICE data);');
    lines.push('  import real FOIA files with: detainer-desk import npr <file>');
  }
  return lines.join('\n') + '\n';
}
