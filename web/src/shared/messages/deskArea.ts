import { ADMIN_MESSAGES } from './admin';
import { ALARM_MESSAGES } from './alarms';
import { AUDIT_MESSAGES } from './audit';
import { DETAINER_MESSAGES } from './detainer';
import { DOCUMENT_MESSAGES } from './document';
import { EVENT_MESSAGES } from './event';
import { INBOX_MESSAGES } from './inbox';
import { INTAKE_MESSAGES } from './intake';
import type { Messages } from './message';
import { SECURITY_EVENT_MESSAGES } from './securityEvents';

/** The desk's words (staff screens): loaded with the first desk page a person opens (i18n.ts, MESSAGE_AREAS). */
export const DESK_AREA_MESSAGES = {
  ...INBOX_MESSAGES,
  ...INTAKE_MESSAGES,
  ...DETAINER_MESSAGES,
  ...SECURITY_EVENT_MESSAGES,
  ...DOCUMENT_MESSAGES,
  ...ALARM_MESSAGES,
  ...EVENT_MESSAGES,
  ...AUDIT_MESSAGES,
  ...ADMIN_MESSAGES,
} as const satisfies Messages;
