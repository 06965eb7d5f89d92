import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { researchImportDeps } from '../../src/composition/research-import';
import { importResearchRelease } from '../../src/core/research/import-release';
import { PlaceMeasures } from '../../web/src/features/places/measures/PlaceMeasures';
import { LANG_STORAGE_KEY } from '../../web/src/shared/i18n';
import { I18nProvider } from '../../web/src/shared/I18nProvider';
import type { ResearchReleaseDto } from '../../web/src/shared/types';
import { startInProcessApi, type InProcessApi } from './support/in-process-api';

const { cleanup, render, waitFor, within, fireEvent } = await import('@testing-library/react');

/**
 * The measures of a place for a release that names its person and records criminality (a SYNTHETIC
 * DDP-style file: keys P-1..P-3, no name, birth date or A-number), against the real API in-process:
 * what followed the declines is drawn (no "cannot be traced" note), and the no-conviction chart counts
 * pending charges and other immigration violators, in English and Spanish.
 */
const ROWS = [
  ['2014-01-10T09:00:00', 'Detainer Declined by LEA', 'P-1', '3 Other Immigration Violator'],
  ['2014-03-10T09:00:00', 'Booked into Detention', 'P-1', '3 Other Immigration Violator'],
  ['2014-02-10T09:00:00', 'Detainer Declined by LEA', 'P-2', '2 Pending Criminal Charges'],
  ['2014-02-11T09:00:00', 'Lifted', 'P-3', '1 Convicted Criminal'],
];
let api: InProcessApi;
let dir: string;
let release: ResearchReleaseDto;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dd-measures-'));
  const header =
    'Detainer_Prepare_Date,Detainer_Lift_Reason,Facility,Facility_City,Facility_State,Unique_Identifier,Detainer_Prepared_Criminality';
  const lines = ROWS.map(
    ([date, reason, person, crim]) => `${date},${reason},SYNTHETIC CNTY JAIL,DOYLESTOWN,PA,${person},${crim}`,
  );
  writeFileSync(join(dir, 'ddp.csv'), `${[header, ...lines].join('\n')}\n`);
  api = await startInProcessApi({
    prepare: async (db) => {
      const deps = researchImportDeps(db, { now: () => new Date('2026-01-02T03:04:05Z') });
      await importResearchRelease(deps, { dataset: 'ddp', path: join(dir, 'ddp.csv'), release: 'ddp-measures' });
    },
  });
  const answer = (await (await api.fetch('/api/v1/stats/detainers?release=ddp-measures')).json()) as {
    releases: ResearchReleaseDto[];
  };
  release = answer.releases[0]!;
});
afterAll(async () => {
  await api?.dispose();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  cleanup();
  window.localStorage.removeItem(LANG_STORAGE_KEY);
});

function renderMeasures(lang: 'en' | 'es') {
  window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider>
        <PlaceMeasures place={{ county: '42017' }} release={release} marks={[]} fileStem="42017-ddp-measures" />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

/** A figure's data table as text cells, once shown. */
async function tableOf(root: HTMLElement, chart: string, show: RegExp) {
  const figure = await waitFor(() => {
    const found = root.querySelector(`figure[data-chart="${chart}"]`);
    expect(found?.querySelector('.chart-legend, .message')).toBeTruthy();
    return found as HTMLElement;
  });
  fireEvent.click(within(figure).getByRole('button', { name: show }));
  const table = await waitFor(() => within(figure).getByRole('table'));
  return Array.from(table.querySelectorAll('tr'), (tr) => Array.from(tr.children, (c) => c.textContent));
}

it('knows the release records criminality', () => {
  expect(release.recordsCriminality).toBe(true);
});

it('draws what followed the declines and the people with no conviction, in English', async () => {
  const { container } = renderMeasures('en');
  const followed = await tableOf(container, 'declined-followed', /Show the data table/);
  expect(followed).toEqual([
    [
      'Fiscal year',
      'A later detainer: booked into ICE detention',
      'No later detainer for the person in this release',
      'Total',
    ],
    ['2014', '1', '1', '2'],
  ]);
  expect(container.textContent).not.toContain('cannot be traced in it');
  const noConviction = await tableOf(container, 'no-conviction', /Show the data table/);
  expect(noConviction).toEqual([
    [
      'Fiscal year',
      'Pending criminal charges, no conviction',
      'Other immigration violator (no conviction, no charges)',
      'Total',
    ],
    ['2014', '1', '2', '3'],
  ]);
});

it('says the same in Spanish', async () => {
  const { container } = renderMeasures('es');
  const noConviction = await tableOf(container, 'no-conviction', /Mostrar la tabla de datos/);
  expect(noConviction[0]).toEqual([
    'Año fiscal',
    'Cargos penales pendientes, sin condena',
    'Otro infractor migratorio (sin condena ni cargos)',
    'Total',
  ]);
});
