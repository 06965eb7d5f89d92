import { EN } from './en.js';
import { ES } from './es.js';
import type { NoticeDictionaries } from './types.js';

export type * from './types.js';

export const NOTICE_DICTIONARIES: NoticeDictionaries = { en: EN, es: ES };
