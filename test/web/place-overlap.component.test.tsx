import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { researchImportDeps } from '../../src/composition/research-import';
import { importResearchRelease } from '../../src/core/research/import-release';
import { PlaceStats } from '../../web/src/features/places/stats/PlaceStats';
import { LANG_STORAGE_KEY } from '../../web/src/shared/i18n';
import { I18nProvider } from '../../web/src/shared/I18nProvider';
import { startInProcessApi, type InProcessApi } from './support/in-process-api';

const { cleanup, render, within } = await import('@testing-library/react');
const screen = () => within(document.body);

/**
 * A place page over two releases that cover the same months (two SYNTHETIC NPR-layout files of the
 * same Pennsylvania jail): it says so, names the pair, and charts one release at a time; with one
 * release there is nothing to say.
 */
const HEADER = 'date,lift_reason,det_facility,city,state,detainer_type';
const row = (date: string) => `${date} 00:00:00,Case Closed,"SYNTHETIC CNTY JAIL, PA",DOYLESTOWN,PENNSYLVANIA,`;
let dir: string;
let single: InProcessApi | undefined;
let both: InProcessApi | undefined;

async function apiWith(files: readonly string[]): Promise<InProcessApi> {
  return startInProcessApi({
    prepare: async (db) => {
      const deps = researchImportDeps(db, { now: () => new Date('2026-01-02T03:04:05Z') });
      for (const [i, file] of files.entries()) {
        const report = await importResearchRelease(deps, {
          dataset: 'npr',
          path: join(dir, file),
          release: `pa-${i + 1}`,
        });
        expect(report.rowsLoaded).toBe(2);
      }
    },
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dd-overlap-'));
  writeFileSync(join(dir, 'a.csv'), `${[HEADER, row('2013-02-01'), row('2014-05-01')].join('\n')}\n`);
  writeFileSync(join(dir, 'b.csv'), `${[HEADER, row('2014-01-01'), row('2015-03-01')].join('\n')}\n`);
  single = await apiWith(['a.csv']);
});
afterAll(async () => {
  await single?.dispose();
  await both?.dispose();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  cleanup();
  window.localStorage.removeItem(LANG_STORAGE_KEY);
});

function renderPennsylvania(lang: 'en' | 'es') {
  window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  window.history.replaceState(null, '', '/places/PA');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider>
        <PlaceStats state="PA" />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

it('says nothing of overlaps with one release', async () => {
  renderPennsylvania('en');
  await screen().findByRole('heading', { name: "ICE's numbers" });
  await screen().findByText(/Detainers per fiscal year, by outcome/);
  expect(screen().queryByText(/cover the same months/)).toBeNull();
});

it('says which releases cover the same months, in English and Spanish, and charts one at a time', async () => {
  await single?.dispose();
  single = undefined;
  both = await apiWith(['a.csv', 'b.csv']);
  renderPennsylvania('en');
  const note = await screen().findByText(/Releases that cover the same months \(pa-1 \/ pa-2\)/);
  expect(note.textContent).toMatch(/one release at a time, never their sum/);
  expect(screen().getByLabelText('Data release')).toBeTruthy();
  cleanup();
  renderPennsylvania('es');
  await screen().findByText(/Las publicaciones que cubren los mismos meses \(pa-1 \/ pa-2\)/);
});
