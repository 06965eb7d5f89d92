/** Every migration, in order, as a new database applies them (written out here, not read from migrate.ts). */
export const EVERY_MIGRATION = [
  '0001-foundation',
  '0002-lifecycle',
  '0003-research',
  '0004-research-bulk-load',
  '0005-research-profiles',
  '0006-research-rollup-brin',
  '0007-sign-in-security',
  '0008-token-expiry-second-factor',
  '0009-identity-conflicts',
  '0010-audit-page-notice-previews',
  '0011-inbox-urgency',
  '0012-agency-request-counts',
  '0013-alarm-parameters',
  '0014-inbox-closed-last',
  '0015-research-what-followed',
  '0016-research-release-coverage',
] as const;
