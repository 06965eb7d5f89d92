import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { CommandDialog } from '../../web/src/features/detainer/CommandDialog';
import type { Draft } from '../../web/src/features/detainer/commandModel';
import { I18nProvider } from '../../web/src/shared/I18nProvider';
import type { DetainerViewDto } from '../../web/src/shared/types';
import { newDetainerBody } from '../support/test-app';
import { startInProcessApi, type InProcessApi } from './support/in-process-api';

const { cleanup, fireEvent, render, waitFor, within } = await import('@testing-library/react');
// Queries on the DOM of this file (not the library's `screen`, bound to the DOM present when it first loaded).
const screen = () => within(document.body);

/**
 * The command dialog as a component, against the real API in-process: the confirmation shows what
 * will be recorded; a 409 (another change recorded first) reloads the detainer, says so, and keeps
 * what the officer typed.
 */
let api: InProcessApi;
afterEach(cleanup);
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

function Harness({ view }: { readonly view: DetainerViewDto }) {
  const [draft, setDraft] = useState<Draft>({});
  const offer = view.commands.find((c) => c.type === 'lifted')!;
  return (
    <CommandDialog
      offer={offer}
      offered
      view={view}
      timeZone="America/Chicago"
      draft={draft}
      onDraft={setDraft}
      reload={() => json<DetainerViewDto>('GET', `/api/v1/detainers/${view.id}`)}
      onClose={() => undefined}
      fallbackFocus={() => undefined}
      onRecorded={() => undefined}
    />
  );
}

it('confirms what will be recorded; a 409 keeps what was typed and says another change came first', async () => {
  const created = await json<{ id: string }>(
    'POST',
    '/api/v1/detainers',
    newDetainerBody({
      issuedAt: '2026-11-28T07:30:00-06:00',
      receivedAt: '2026-11-28T08:00:00-06:00',
    }),
  );
  const view = await json<DetainerViewDto>('GET', `/api/v1/detainers/${created.id}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider>
        <Harness view={view} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  const reason = document.getElementById('cmd-reason') as HTMLTextAreaElement;
  fireEvent.change(reason, { target: { value: 'ICE withdrew the request by phone' } });
  fireEvent.click(screen().getByRole('button', { name: 'Review', hidden: true }));
  // The confirmation lists what will be recorded.
  await waitFor(() =>
    expect(screen().getAllByText('ICE withdrew the request by phone', { exact: false }).length).toBe(1),
  );
  expect(document.querySelector('dl.facts')?.textContent).toContain('ICE withdrew the request by phone');

  // Meanwhile another desk records something: the detainer's version moves on.
  await json('POST', `/api/v1/detainers/${view.id}/events`, {
    type: 'facts-updated',
    expectedVersion: view.version,
    facts: { proofOfLawfulStatus: false },
  });
  fireEvent.click(screen().getByRole('button', { name: 'Record', hidden: true }));
  await waitFor(() => expect(document.querySelector('.conflict')).not.toBeNull());
  // The form is back with what was typed.
  expect((document.getElementById('cmd-reason') as HTMLTextAreaElement).value).toBe(
    'ICE withdrew the request by phone',
  );
});
