import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataPage } from '../../web/src/features/data/DataPage';
import { I18nProvider } from '../../web/src/shared/I18nProvider';
import { writeGeneratedRelease, type FixtureRecord } from '../research/stats-fixture';
import { startInProcessApi, type InProcessApi } from './support/in-process-api';

const { cleanup, fireEvent, render, waitFor, within } = await import('@testing-library/react');
const screen = () => within(document.body);

/**
 * The data explorer against the real API in-process, with two releases that cover the same years
 * (one of them only up to 2011): each month is counted from one release, and the page says which release
 * each period comes from (issue 14); a grouping too broad for the server is explained in words; the form writes the address and
 * back shows the view before.
 */
let api: InProcessApi;
let early: FixtureRecord[];
let whole: FixtureRecord[];
beforeAll(async () => {
  api = await startInProcessApi({ statsMaxRows: 200 });
  early = await writeGeneratedRelease(api.db.db, {
    id: 'early',
    dataset: 'npr',
    records: 800,
    seed: 'explorer-early',
    dates: { from: '1990-01-01', to: '2011-12-31' },
  });
  whole = await writeGeneratedRelease(api.db.db, {
    id: 'whole',
    dataset: 'synthetic',
    records: 800,
    seed: 'explorer-whole',
  });
}, 60_000);
afterAll(async () => api?.dispose());
afterEach(() => cleanup());

function renderAt(address: string) {
  window.history.replaceState(null, '', address);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider>
        <DataPage />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

const lastMonth = (records: FixtureRecord[]) =>
  records
    .map((r) => r.date)
    .sort()
    [records.length - 1]!.slice(0, 7);

describe('the data explorer', () => {
  it('counts overlapping releases one per month, says which release each period comes from, offers each alone', async () => {
    renderAt('/data');
    const heading = await waitFor(() => screen().getByRole('heading', { name: 'Release used for each period' }));
    const section = heading.parentElement!;
    await waitFor(() => expect(document.querySelector('figure.stats-chart svg')).not.toBeNull());
    expect(section.textContent).toContain('They are not added up: each month is counted from the newest release');
    expect(section.textContent).toContain(`early and whole both have records prepared from`);
    expect(section.textContent).toContain(`to ${lastMonth(early)}.`);
    expect(section.textContent).toContain('Re-issues left out: 0');
    // The periods listed are the counts' sources: the total is theirs, each month once.
    const periods = [...section.querySelectorAll('.release-periods-list li')].map((li) => {
      const [months, release] = li.textContent!.split(': ') as [string, string];
      const [from, to] = months.split(' to ') as [string, string | undefined];
      return { release, from, to: to ?? from };
    });
    expect(periods.map((p) => p.release)).toContain('whole');
    const byRelease: Record<string, FixtureRecord[]> = { early, whole };
    const counted = periods.reduce(
      (n, p) =>
        n + byRelease[p.release]!.filter((r) => r.date.slice(0, 7) >= p.from && r.date.slice(0, 7) <= p.to).length,
      0,
    );
    expect(counted).toBeLessThan(early.length + whole.length);
    expect(screen().getByText(`Total: ${counted.toLocaleString('en-US')} detainers.`)).toBeTruthy();

    fireEvent.click(screen().getByRole('link', { name: 'Use only early' }));
    expect(window.location.search).toBe('?release=early');
    await waitFor(() =>
      expect(document.querySelector('figure.stats-chart .source-stamp')?.textContent).toMatch(/^Source: early /),
    );
    expect(document.querySelectorAll('figure.stats-chart .source-stamp')).toHaveLength(1);
    expect(screen().getByText(`Total: ${early.length.toLocaleString('en-US')} detainers.`)).toBeTruthy();
  });

  it('counts the one release covering the dates asked, and stamps only it', async () => {
    renderAt('/data?fy=2014&release=early,whole&groupBy=outcome');
    await waitFor(() => expect(document.querySelectorAll('figure.stats-chart .source-stamp')).toHaveLength(1));
    const inFy2014 = whole.filter((r) => r.date >= '2013-10-01' && r.date <= '2014-09-30').length;
    expect(screen().getByText(`Total: ${inFy2014.toLocaleString('en-US')} detainers.`)).toBeTruthy();
    expect(document.querySelector('.release-periods-list')?.textContent).toBe('2013-10 to 2014-09: whole');
    // The synthetic release is labelled so on the chart.
    expect(document.querySelector('figure.stats-chart .synthetic-label')).not.toBeNull();
  });

  it('explains in words a grouping too broad for the server', async () => {
    renderAt('/data?groupBy=month,facility&release=whole');
    await waitFor(() => screen().getByText('Too many groups to show at once'));
    expect(
      screen().getByText(/This grouping would give about [\d,]+ rows; the server sends at most 200\./),
    ).toBeTruthy();
  });

  it('writes the form to the address on Show, and back shows the view before', async () => {
    renderAt('/data?release=early');
    await waitFor(() => document.querySelector('figure.stats-chart svg'));
    fireEvent.change(screen().getByLabelText('Group by', { selector: 'select' }), { target: { value: 'outcome' } });
    fireEvent.change(screen().getByLabelText('Then by'), { target: { value: 'state' } });
    fireEvent.change(screen().getByLabelText('Fiscal year'), { target: { value: '2010' } });
    fireEvent.click(screen().getByRole('button', { name: 'Show' }));
    expect(window.location.search).toBe('?groupBy=outcome%2Cstate&fy=2010&release=early');
    await waitFor(() => expect(screen().getByRole('heading', { name: 'Detainers by outcome, state' })).toBeTruthy());
    window.history.back();
    await waitFor(() => expect(window.location.search).toBe('?release=early'));
    await waitFor(() =>
      expect((screen().getByLabelText('Group by', { selector: 'select' }) as HTMLSelectElement).value).toBe(
        'fiscalYear',
      ),
    );
  });
});
