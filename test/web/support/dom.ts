import { GlobalWindow } from 'happy-dom';

/**
 * One happy-dom window per test worker, put on the global object while a component test file runs
 * and taken off after it. Test files share loaded modules (vitest.config.ts: isolate false), and
 * React, react-dom and the testing library keep the window they first saw (its timers, its
 * document): so the window must outlive a file, while its globals (fetch, URL, setTimeout, …) must
 * not leak into the other files of the worker. (happy-dom's GlobalRegistrator closes its window on
 * unregister, which leaves those modules holding a dead one.)
 */
const IGNORED = new Set<PropertyKey>(['constructor', 'undefined', 'NaN', 'global', 'globalThis']);
let window: GlobalWindow | null = null;
let saved: Map<PropertyKey, PropertyDescriptor | undefined> | null = null;

export function attachDom(): void {
  if (saved) return;
  window ??= new GlobalWindow({ url: 'http://localhost/', console: globalThis.console });
  saved = new Map();
  const target = globalThis as unknown as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(window)) {
    if (IGNORED.has(key)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(window, key)!;
    const own = Object.getOwnPropertyDescriptor(globalThis, key);
    if (own && 'value' in own && 'value' in descriptor && own.value === descriptor.value) continue;
    saved.set(key, own);
    // The window's references to itself point at the global object, as in a browser.
    const value = 'value' in descriptor && descriptor.value === window ? globalThis : undefined;
    Object.defineProperty(target, key, { ...descriptor, ...(value ? { value } : {}), configurable: true });
  }
}

export function detachDom(): void {
  if (!saved) return;
  const target = globalThis as unknown as Record<PropertyKey, unknown>;
  for (const [key, own] of saved) {
    if (own) Object.defineProperty(target, key, own);
    else delete target[key];
  }
  saved = null;
}
