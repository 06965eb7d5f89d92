import { GlobalRegistrator } from '@happy-dom/global-registrator';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { EMPTY_DRAFT, IntakeForm } from '../../web/src/features/intake/IntakeForm';
import { configureApi } from '../../web/src/shared/api/client';
import { I18nProvider } from '../../web/src/shared/I18nProvider';
import type { IntakeFormDto } from '../../web/src/shared/types';
import { openDatabase } from '../../src/db/connect';
import { bearer, buildTestApp, DEMO, tokenFor, type TestApp } from '../support/test-app';

/**
 * The intake form as a component, against the real API in-process: the app's fetch goes to the
 * server's own handler (app.inject, signed in with a records officer's token), so the answers are
 * the server's, in its own shapes. Field errors before submit; a server error mapped onto its field.
 */
// A DOM (happy-dom) in this Node test, registered before React's testing library loads: the server
// side runs as in every API test (a DOM environment would rewrite its `import.meta.url` paths).
GlobalRegistrator.register({ url: 'http://localhost/' });
const { cleanup, fireEvent, render, screen, waitFor } = await import('@testing-library/react');

let t: TestApp;
let restore: () => void;
let choices: IntakeFormDto;
let dispose: () => Promise<void>;

beforeAll(async () => {
  const db = openDatabase({ engine: 'sqlite', path: ':memory:' });
  dispose = () => db.close();
  t = await buildTestApp(db);
  const token = await tokenFor(t.services, DEMO.harris('records-officer'));
  const inProcess = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const answer = await t.app.inject({
      method: (init.method ?? 'GET') as 'GET',
      url: String(input),
      headers: { ...(init.headers as Record<string, string>), ...bearer(token) },
      ...(typeof init.body === 'string' ? { payload: init.body } : {}),
    });
    return new Response(answer.statusCode === 204 ? null : answer.body, {
      status: answer.statusCode,
      headers: { 'content-type': String(answer.headers['content-type'] ?? 'application/json') },
    });
  };
  restore = configureApi({ fetch: inProcess as typeof fetch });
  choices = (await (await inProcess('/api/v1/intake/form')).json()) as IntakeFormDto;
});
afterAll(async () => {
  restore?.();
  await t?.app.close();
  await dispose?.();
});
afterEach(cleanup);

function Harness() {
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  return (
    <IntakeForm
      choices={choices}
      timeZone="America/Chicago"
      timeZoneName="America/Chicago"
      draft={draft}
      onChange={setDraft}
    />
  );
}

function renderForm() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider>
        <Harness />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

const field = (id: string) => document.getElementById(`intake-${id}`) as HTMLInputElement | HTMLSelectElement;
const type = (id: string, value: string) => fireEvent.change(field(id), { target: { value } });

it('flags the fields to fix at each field before anything is sent', async () => {
  renderForm();
  fireEvent.click(screen.getByRole('button', { name: 'Log the request' }));
  await waitFor(() => expect(field('form').getAttribute('aria-invalid')).toBe('true'));
  expect(document.getElementById('intake-subjectReference-error')?.textContent).toBe('Enter this: it is required.');
  type('subjectANumber', 'B-12');
  fireEvent.blur(field('subjectANumber'));
  await waitFor(() =>
    expect(document.getElementById('intake-subjectANumber-error')?.textContent).toBe(
      'Write an A-number: A followed by 8 or 9 digits.',
    ),
  );
});

it('places the server’s error on the field it names (a federal reference already logged)', async () => {
  renderForm();
  const fill = () => {
    type('form', 'I-247A');
    type('federalReference', 'COMPONENT-DUP-1');
    type('issuedDate', '2026-11-28');
    type('issuedTime', '09:00');
    type('subjectReference', 'BK-COMPONENT-1');
  };
  fill();
  fireEvent.click(screen.getByRole('button', { name: 'Log the request' }));
  // The first one is logged (the form would navigate to it).
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Logging…' })).toBeNull());
  cleanup();
  renderForm();
  fill();
  fireEvent.click(screen.getByRole('button', { name: 'Log the request' }));
  await waitFor(() =>
    expect(document.getElementById('intake-federalReference-error')?.textContent).toContain('already logged'),
  );
  expect(field('federalReference').getAttribute('aria-invalid')).toBe('true');
});
