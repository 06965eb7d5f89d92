import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { EMPTY_DRAFT, IntakeForm } from '../../web/src/features/intake/IntakeForm';
import { I18nProvider } from '../../web/src/shared/I18nProvider';
import { newDetainerBody } from '../support/test-app';
import type { IntakeFormDto } from '../../web/src/shared/types';
import { startInProcessApi, type InProcessApi } from './support/in-process-api';

const { cleanup, fireEvent, render, waitFor, within } = await import('@testing-library/react');
// Queries on the DOM of this file (not the library's `screen`, bound to the DOM present when it first loaded).
const screen = () => within(document.body);

/**
 * The intake form as a component, against the real API in-process (support/in-process-api.ts):
 * field errors before submit; a server error mapped onto its field.
 */
let api: InProcessApi;
let choices: IntakeFormDto;

beforeAll(async () => {
  api = await startInProcessApi();
  choices = (await (await api.fetch('/api/v1/intake/form')).json()) as IntakeFormDto;
});
afterAll(async () => api?.dispose());
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
  fireEvent.click(screen().getByRole('button', { name: 'Log the request' }));
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
  // The request is logged once through the API, as another desk would have; the form then logs it again.
  const first = await api.fetch('/api/v1/detainers', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(newDetainerBody({ federalReference: 'COMPONENT-DUP-1' })),
  });
  expect(first.status).toBe(201);
  renderForm();
  type('form', 'I-247A');
  type('federalReference', 'COMPONENT-DUP-1');
  type('issuedDate', '2026-11-28');
  type('issuedTime', '09:00');
  type('subjectReference', 'BK-COMPONENT-1');
  fireEvent.click(screen().getByRole('button', { name: 'Log the request' }));
  await waitFor(() =>
    expect(document.getElementById('intake-federalReference-error')?.textContent).toContain('already logged'),
  );
  expect(field('federalReference').getAttribute('aria-invalid')).toBe('true');
});
