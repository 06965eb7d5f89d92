/**
 * A short description of a client for the session list ("Firefox on Linux"), so that a user can
 * tell their sessions apart. Only this summary is stored, never the full User-Agent header.
 */
export function summariseUserAgent(header: string | undefined): string | null {
  if (!header) return null;
  const browser = (
    [
      [/\bEdg(e|A|iOS)?\//, 'Edge'],
      [/\bOPR\//, 'Opera'],
      [/\bFirefox\//, 'Firefox'],
      [/\bChrom(e|ium)\//, 'Chrome'],
      [/\bSafari\//, 'Safari'],
      [/^curl\//, 'curl'],
    ] as const
  ).find(([pattern]) => pattern.test(header))?.[1];
  const system = (
    [
      [/Android/, 'Android'],
      [/iPhone|iPad|iOS/, 'iOS'],
      [/Windows/, 'Windows'],
      [/Mac OS X|Macintosh/, 'macOS'],
      [/CrOS/, 'ChromeOS'],
      [/Linux/, 'Linux'],
    ] as const
  ).find(([pattern]) => pattern.test(header))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? (system ? `a browser on ${system}` : 'another client');
}
