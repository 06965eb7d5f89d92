import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MapPage } from '../../web/src/features/map/MapPage';
import { I18nProvider } from '../../web/src/shared/I18nProvider';
import { startInProcessApi, type InProcessApi } from './support/in-process-api';

const { cleanup, fireEvent, render, waitFor, within } = await import('@testing-library/react');
const screen = () => within(document.body);
/** The map draws 3,142 counties in happy-dom: seconds each render on a busy machine. */
const SLOW = 180_000;

/**
 * The map page against the real API in-process: its whole state in the address (the controls show
 * it, changing one writes it, back and forward show what was shown), and the table's search, class
 * filter and pages. The map's geometry (a static file in the browser) is served from us-atlas.
 */
let api: InProcessApi;
beforeAll(async () => {
  api = await startInProcessApi();
  const topology = readFileSync(createRequire(import.meta.url).resolve('us-atlas/counties-albers-10m.json'), 'utf8');
  // Only the geometry goes through the global fetch (the API client has the in-process one).
  globalThis.fetch = (async (input: RequestInfo | URL) =>
    String(input).includes('counties-albers-10m')
      ? new Response(topology, { status: 200, headers: { 'content-type': 'application/json' } })
      : new Response('not found', { status: 404 })) as typeof fetch;
});
afterAll(async () => api?.dispose());
afterEach(() => cleanup());

function renderAt(address: string) {
  window.history.replaceState(null, '', address);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider>
        <MapPage />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

const select = (label: string) => screen().getByLabelText(label) as HTMLSelectElement;
const tableRows = () => document.querySelectorAll('.map-table tbody tr');
const cellsOf = (row: Element) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim());

describe('the map’s address', () => {
  it(
    'is the whole state: the controls show it, a change writes it, back shows the map before',
    async () => {
      renderAt('/map?at=2014-06-01&action=hold&profile=no-record');
      await waitFor(() => screen().getByText('June 1, 2014: Hold, for a person with no criminal record.'));
      expect(select('Action asked').value).toBe('hold');
      expect(select('Person').value).toBe('no-record');
      expect((screen().getByLabelText('Date') as HTMLInputElement).value).toBe('2014-06-01');
      // Every county drawn (50 states and DC), each named with its class.
      await waitFor(() => expect(document.querySelectorAll('.county-map path.county').length).toBe(3142));
      expect(document.querySelector('[data-fips="06001"]')?.getAttribute('aria-label')).toMatch(
        /^Alameda, California: Forbidden\./,
      );

      fireEvent.change(select('Action asked'), { target: { value: 'notify' } });
      expect(window.location.search).toBe('?at=2014-06-01&action=notify&profile=no-record');
      await waitFor(() =>
        screen().getByText('June 1, 2014: Notify ICE of release, for a person with no criminal record.'),
      );
      fireEvent.change(select('Person'), { target: { value: 'serious-felony' } });
      expect(window.location.search).toBe('?at=2014-06-01&action=notify&profile=serious-felony');

      window.history.back();
      await waitFor(() => expect(select('Person').value).toBe('no-record'));
      expect(window.location.search).toBe('?at=2014-06-01&action=notify&profile=no-record');
      window.history.back();
      await waitFor(() => expect(select('Action asked').value).toBe('hold'));
      window.history.forward();
      await waitFor(() => expect(select('Action asked').value).toBe('notify'));
    },
    SLOW,
  );

  it(
    'says plainly what was asked and what is shown when the date cannot be used',
    async () => {
      renderAt('/map?at=2014-02-30&action=hold&profile=no-record');
      await waitFor(() =>
        screen().getByText(/The date asked for, “2014-02-30”, is not a date from January 1, 2008 to today/),
      );
      expect(window.location.search).toBe('?at=2014-02-30&action=hold&profile=no-record');
    },
    SLOW,
  );
});

describe('the table under the map', () => {
  it(
    'searches by words in the address, with the class filter and pages',
    async () => {
      renderAt('/map?at=2018-01-01&action=hold&profile=no-record&q=alameda');
      await waitFor(() => expect(tableRows().length).toBe(1));
      expect(cellsOf(tableRows()[0]!).slice(0, 4)).toEqual(['Alameda', 'California (CA)', '06001', 'Forbidden']);

      const search = screen().getByLabelText('Search counties');
      fireEvent.change(search, { target: { value: 'texas' } });
      fireEvent.change(select('Class'), { target: { value: 'required' } });
      fireEvent.submit(search.closest('form')!);
      expect(window.location.search).toBe('?at=2018-01-01&action=hold&profile=no-record&q=texas&class=required');
      // SB 4 (from 2017-09-01): every Texas county is required to hold; 254 counties, 50 a page.
      await waitFor(() => screen().getByText(/Page 1 of 6 · 254 of 3,231 counties/));
      expect(tableRows().length).toBe(50);
      for (const row of tableRows()) expect(cellsOf(row)[1]).toBe('Texas (TX)');
      expect([...tableRows()].every((row) => cellsOf(row)[3] === 'Required')).toBe(true);

      fireEvent.click(screen().getByRole('link', { name: 'Next' }));
      expect(window.location.search).toBe(
        '?at=2018-01-01&action=hold&profile=no-record&q=texas&class=required&offset=50',
      );
      await waitFor(() => screen().getByText(/Page 2 of 6/));

      // A new date keeps the search, back on the first page.
      fireEvent.change(select('Person'), { target: { value: 'serious-felony' } });
      expect(window.location.search).toBe('?at=2018-01-01&action=hold&profile=serious-felony&q=texas&class=required');

      fireEvent.click(screen().getByRole('link', { name: 'Clear' }));
      expect(window.location.search).toBe('?at=2018-01-01&action=hold&profile=serious-felony');
      await waitFor(() => screen().getByText(/· 3,231 of 3,231 counties/));
    },
    SLOW,
  );
});
