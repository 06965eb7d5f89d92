import { COMPARE_MESSAGES } from './compare';
import { EXPLORER_MESSAGES } from './explorer';
import { FIX_MESSAGES } from './fixes';
import { MAP_MESSAGES } from './map';
import { MEASURES_MESSAGES } from './measures';
import type { Messages } from './message';
import { PLACE_PAGE_MESSAGES } from './places';

/** The public portal's words (places, map): loaded with the first portal page a person opens (i18n.ts, MESSAGE_AREAS). */
export const PUBLIC_AREA_MESSAGES = {
  ...FIX_MESSAGES,
  ...PLACE_PAGE_MESSAGES,
  ...MAP_MESSAGES,
  ...COMPARE_MESSAGES,
  ...MEASURES_MESSAGES,
  ...EXPLORER_MESSAGES,
} as const satisfies Messages;
