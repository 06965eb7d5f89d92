import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { researchImportDeps } from '../../src/composition/research-import';
import { importResearchRelease } from '../../src/core/research/import-release';
import { DataPage } from '../../web/src/features/data/DataPage';
import { PlaceStats } from '../../web/src/features/places/stats/PlaceStats';
import { LANG_STORAGE_KEY } from '../../web/src/shared/i18n';
import { I18nProvider } from '../../web/src/shared/I18nProvider';
import { startInProcessApi, type InProcessApi } from './support/in-process-api';
import { codedFacilityCsv as csv } from '../research/coded-facility-csv.js';

const { cleanup, fireEvent, render, waitFor, within } = await import('@testing-library/react');
const screen = () => within(document.body);

/**
 * Facilities as stable identities in the portal (issue 14, point 6): two SYNTHETIC releases in the
 * Deportation Data Project's layout with `Detention Facility Code`, the same Norristown jail spelled two
 * ways under one code. The place page's top facilities and the explorer name it with its code and list
 * the other spelling with the release that wrote it, in English and Spanish; a facility with no code
 * gets no code and no "also written".
 */
const BOOKED = 'Booked into Detention';
const FIRST = [
  ['2024-01-05', BOOKED, 'I-247A', 'SYNTHETIC COUNTY JAIL', 'SYNJAILPA', 'NORRISTOWN', 'PA'],
  ['2024-01-06', BOOKED, 'I-247A', 'SYNTHETIC COUNTY JAIL', 'SYNJAILPA', 'NORRISTOWN', 'PA'],
  ['2024-01-07', BOOKED, 'I-247A', 'SYNTHETIC UNCODED LOCKUP', '', 'NORRISTOWN', 'PA'],
];
const LATER = [
  ['2025-03-05', BOOKED, 'I-247A', 'SYNTHETIC CNTY JAIL', 'SYNJAILPA', 'NORRISTOWN', 'PA'],
  ['2025-03-06', BOOKED, 'I-247A', 'SYNTHETIC CNTY JAIL', 'SYNJAILPA', 'NORRISTOWN', 'PA'],
  ['2025-03-07', BOOKED, 'I-247A', 'SYNTHETIC CNTY JAIL', 'SYNJAILPA', 'NORRISTOWN', 'PA'],
];

let dir: string;
let api: InProcessApi;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dd-facility-spellings-'));
  writeFileSync(join(dir, 'first.csv'), csv(FIRST));
  writeFileSync(join(dir, 'later.csv'), csv(LATER));
  api = await startInProcessApi({
    prepare: async (db) => {
      const deps = researchImportDeps(db, { now: () => new Date('2026-01-02T03:04:05Z') });
      for (const [file, release] of [
        ['first.csv', 'pa-first'],
        ['later.csv', 'pa-later'],
      ] as const) {
        const report = await importResearchRelease(deps, { dataset: 'ddp', path: join(dir, file), release });
        expect(report.rowsLoaded).toBe(3);
      }
    },
  });
}, 60_000);
afterAll(async () => {
  await api?.dispose();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  cleanup();
  window.localStorage.removeItem(LANG_STORAGE_KEY);
});

function renderAt(address: string, lang: 'en' | 'es', page: ReactNode) {
  window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  window.history.replaceState(null, '', address);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider>{page}</I18nProvider>
    </QueryClientProvider>,
  );
}

const facilityItems = async (figure: string) => {
  const list = await waitFor(() => {
    const found = document.querySelector(`figure[data-chart="${figure}"] ol.facility-bars`);
    expect(found).not.toBeNull();
    return found!;
  });
  return [...list.querySelectorAll('li .facility-name')].map((li) => li.textContent);
};

it('the place page names the facility with its code and its other spelling, in English and Spanish', async () => {
  renderAt('/places/PA', 'en', <PlaceStats state="PA" />);
  await screen().findByRole('heading', { name: "ICE's numbers" });
  const en = await facilityItems('facilities');
  // The release charted (the page's choice) has both facilities; the coded one is named with every spelling.
  expect(en).toEqual([
    'SYNTHETIC COUNTY JAIL, NORRISTOWN (SYNJAILPA)also written: SYNTHETIC CNTY JAIL (pa-later)',
    'SYNTHETIC UNCODED LOCKUP, NORRISTOWN',
  ]);
  cleanup();

  renderAt('/places/PA', 'es', <PlaceStats state="PA" />);
  await screen().findByRole('heading', { name: 'Las cifras de ICE' });
  expect(await facilityItems('facilities')).toContain(
    'SYNTHETIC COUNTY JAIL, NORRISTOWN (SYNJAILPA)también escrito: SYNTHETIC CNTY JAIL (pa-later)',
  );
});

it('the explorer grouped by facility: the code in the name, the other spellings in a column of the table', async () => {
  renderAt('/data?groupBy=facility&release=pa-first%2Cpa-later', 'en', <DataPage />);
  expect(await facilityItems('explorer')).toEqual([
    'SYNTHETIC COUNTY JAIL, NORRISTOWN (SYNJAILPA)also written: SYNTHETIC CNTY JAIL (pa-later)',
    'SYNTHETIC UNCODED LOCKUP, NORRISTOWN',
  ]);
  fireEvent.click(document.querySelector('figure[data-chart="explorer"] button[aria-pressed]')!);
  const table = await waitFor(() => {
    const found = document.querySelector('figure[data-chart="explorer"] table');
    expect(found).not.toBeNull();
    return found as HTMLTableElement;
  });
  expect([...table.rows].map((r) => [...r.cells].map((c) => c.textContent))).toEqual([
    ['Facility', 'Facility also written', 'Detainers'],
    ['SYNTHETIC COUNTY JAIL, NORRISTOWN (SYNJAILPA)', 'SYNTHETIC CNTY JAIL (pa-later)', '5'],
    ['SYNTHETIC UNCODED LOCKUP, NORRISTOWN', '', '1'],
  ]);
  cleanup();

  renderAt('/data?groupBy=facility&release=pa-first%2Cpa-later', 'es', <DataPage />);
  expect((await facilityItems('explorer'))[0]).toBe(
    'SYNTHETIC COUNTY JAIL, NORRISTOWN (SYNJAILPA)también escrito: SYNTHETIC CNTY JAIL (pa-later)',
  );
});

it("the explorer's facility filter names each facility with its code", async () => {
  renderAt('/data?groupBy=fiscalYear&state=PA&release=pa-first%2Cpa-later', 'en', <DataPage />);
  const select = (await screen().findByLabelText('Facility', { selector: 'select' })) as HTMLSelectElement;
  await waitFor(() => expect(select.options.length).toBeGreaterThan(1));
  expect([...select.options].map((o) => o.textContent)).toEqual(
    expect.arrayContaining(['SYNTHETIC COUNTY JAIL, NORRISTOWN (SYNJAILPA)', 'SYNTHETIC UNCODED LOCKUP, NORRISTOWN']),
  );
});
