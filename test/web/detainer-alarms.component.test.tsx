import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { DetainerPage } from '../../web/src/features/detainer/DetainerPage';
import { LANG_STORAGE_KEY } from '../../web/src/shared/i18n';
import { I18nProvider } from '../../web/src/shared/I18nProvider';
import type { DetainerViewDto } from '../../web/src/shared/types';
import { newDetainerBody } from '../support/test-app';
import { startInProcessApi, type InProcessApi } from './support/in-process-api';

const { cleanup, render, waitFor, within } = await import('@testing-library/react');
const screen = () => within(document.body);

/**
 * The detainer page's alarms in the reader's language, against the real API in-process: an overdue
 * duty is said in Spanish, its text the law library's unofficial Spanish marked as such (the
 * server's `message` is English, for the CLI and API clients).
 */
let api: InProcessApi;
afterEach(() => {
  cleanup();
  window.localStorage.removeItem(LANG_STORAGE_KEY);
});
beforeAll(async () => {
  api = await startInProcessApi();
});
afterAll(async () => api?.dispose());

const json = async <T,>(method: string, url: string, body?: unknown): Promise<T> =>
  (await (
    await api.fetch(url, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  ).json()) as T;

/**
 * A Harris request (Texas, art. 2.251) whose person became eligible for release days ago: the duty
 * owed at release eligibility is past its grace (overdue), and release is due.
 */
async function heldPastItsDeadline(): Promise<{ id: string; view: DetainerViewDto }> {
  const { id } = await json<{ id: string }>(
    'POST',
    '/api/v1/detainers',
    newDetainerBody({
      issuedAt: '2026-11-28T07:30:00-06:00',
      receivedAt: '2026-11-28T08:00:00-06:00',
      facts: { proofOfLawfulStatus: false },
    }),
  );
  const before = await json<DetainerViewDto>('GET', `/api/v1/detainers/${id}`);
  await json('POST', `/api/v1/detainers/${id}/events`, {
    type: 'release-eligible',
    expectedVersion: before.version,
    at: '2026-11-30T10:00:00-06:00',
    reason: 'bond-posted',
  });
  return { id, view: await json<DetainerViewDto>('GET', `/api/v1/detainers/${id}`) };
}

function renderPage(id: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider>
        <DetainerPage id={id} />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

it('shows an overdue duty’s alarm in Spanish, in the library’s unofficial Spanish, marked as such', async () => {
  const { id, view } = await heldPastItsDeadline();
  const overdue = view.alarms.find((a) => a.kind === 'duty-overdue');
  expect(overdue?.duty?.textEs).toBeTruthy();
  expect(overdue?.message).toMatch(/^Duty overdue: /);

  window.localStorage.setItem(LANG_STORAGE_KEY, 'es');
  renderPage(id);
  const heading = await waitFor(() => screen().getByRole('heading', { name: 'Alarmas' }));
  const section = heading.closest('section')!;
  const item = within(section).getByText(overdue!.duty!.textEs!).closest('li')!;
  expect(item.textContent).toBe(`Obligación vencida: ${overdue!.duty!.textEs} (traducción no oficial)`);
  expect(item.querySelector('[lang="es"]')?.textContent).toBe(overdue!.duty!.textEs);
  // The release alarm too (no lawful basis to hold any more); nothing of the alarms is left in English.
  expect(section.textContent).toContain('No hay base legal para retener: libere a la persona ahora.');
  expect(section.textContent).not.toContain('Duty overdue');
  expect(section.textContent).not.toContain('release the person');
  expect(section.textContent).not.toContain(overdue!.duty!.text);
});

it('shows the same alarm in English with the law’s own text', async () => {
  const { id, view } = await heldPastItsDeadline();
  const overdue = view.alarms.find((a) => a.kind === 'duty-overdue')!;
  window.localStorage.setItem(LANG_STORAGE_KEY, 'en');
  renderPage(id);
  const heading = await waitFor(() => screen().getByRole('heading', { name: 'Alarms' }));
  expect(heading.closest('section')!.textContent).toContain(`Duty overdue: ${overdue.duty!.text}`);
});
