import { describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET } from '../ingest/demo/demo-agencies.js';
import { startBanner } from './banner.js';
import type { RunningServer } from './start-server.js';

describe('startBanner', () => {
  it('tells a newcomer how to pass the second factor of the demo admins and supervisors', () => {
    const server = {
      url: 'http://localhost:3000',
      prepared: {
        migrationsApplied: [],
        demo: {
          agenciesAdded: 0,
          usersAdded: 0,
          requestsAdded: 0,
          signIns: [{ agency: 'Demo agency (synthetic)', role: 'admin', email: 'admin@alameda.demo.example' }],
          password: 'demo-password-2026',
          totpSecret: DEMO_TOTP_SECRET,
          totpRoles: ['admin', 'supervisor'],
        },
      },
    } as unknown as RunningServer;
    const banner = startBanner(server, 'sqlite');
    expect(banner).toContain(
      `DEMO second factor (TOTP) of every demo admin and supervisor: secret ${DEMO_TOTP_SECRET}`,
    );
    expect(banner).toContain(`detainer-desk totp-code --secret ${DEMO_TOTP_SECRET}`);
    expect(banner).toContain('never for real users');
  });
});
