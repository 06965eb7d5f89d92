import { loadAllMessageAreas } from './shared/i18n';

/** Component and unit tests render any screen: every area of words is loaded first (the app loads them per page). */
await loadAllMessageAreas();
