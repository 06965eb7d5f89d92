import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { DetainerPage } from '../../web/src/features/detainer/DetainerPage';
import { RulePage } from '../../web/src/features/policies/RulePage';
import { LANG_STORAGE_KEY } from '../../web/src/shared/i18n';
import { I18nProvider } from '../../web/src/shared/I18nProvider';
import type { RuleDetailDto } from '../../web/src/shared/types';
import { newDetainerBody } from '../support/test-app';
import { startInProcessApi, type InProcessApi } from './support/in-process-api';

const { cleanup, render, waitFor, within } = await import('@testing-library/react');
const screen = () => within(document.body);

/**
 * The law library's unofficial Spanish, against the real API in-process: a Spanish reader sees a
 * rule's title, its formula's summary and its duties in Spanish, each marked "(traducción no
 * oficial)", on the rule page and on a detainer's rules applied; an English reader the English.
 */
let api: InProcessApi;
let rule: RuleDetailDto;
beforeAll(async () => {
  api = await startInProcessApi();
  rule = (await (await api.fetch('/api/v1/policies/tx-ccp-2.251')).json()) as RuleDetailDto;
});
afterAll(async () => api?.dispose());
afterEach(() => {
  cleanup();
  window.localStorage.removeItem(LANG_STORAGE_KEY);
});

function renderIn(lang: 'en' | 'es', page: React.ReactNode) {
  window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider>{page}</I18nProvider>
    </QueryClientProvider>,
  );
}

it('the API gives the rule its unofficial Spanish title and summary', () => {
  expect(rule.titleEs).toBe(
    'Cumpla, acate y lleve a cabo la solicitud de retención, e informe a la persona de que está retenida por ella',
  );
  expect(rule.summaryEs).toMatch(/^las acciones indicadas son obligatorias/);
});

it('shows the rule page in Spanish: title, summary and duty in the library’s Spanish, marked unofficial', async () => {
  renderIn('es', <RulePage id="tx-ccp-2.251" />);
  const heading = await waitFor(() => screen().getByRole('heading', { level: 1 }));
  expect(heading.textContent).toBe(`${rule.titleEs} (traducción no oficial)`);
  expect(heading.querySelector('[lang="es"]')?.textContent).toBe(rule.titleEs);
  expect(document.title).toContain(rule.titleEs!);
  const timeline = document.querySelector('.timeline')!;
  expect(timeline.textContent).toContain(`${rule.summaryEs} (traducción no oficial)`);
  const duty = rule.versions[0]!.duties[0]!;
  expect(timeline.textContent).toContain(`${duty.textEs} (traducción no oficial)`);
  expect(timeline.textContent).not.toContain(duty.text);
  expect(timeline.textContent).not.toContain(rule.versions[0]!.formulaSummary!);
  // Case sentences have no Spanish yet: they are marked English for screen readers.
  const sentence = screen().getByText(rule.cases[0]!.sentence);
  expect(sentence.getAttribute('lang')).toBe('en');
});

it('shows the rule page in English with the library’s English, unmarked', async () => {
  renderIn('en', <RulePage id="tx-ccp-2.251" />);
  const heading = await waitFor(() => screen().getByRole('heading', { level: 1 }));
  expect(heading.textContent).toBe(rule.title);
  expect(document.body.textContent).not.toContain('traducción no oficial');
});

it('names the rules a detainer’s decision applied in Spanish, marked unofficial, outside the link', async () => {
  const created = await (
    await api.fetch('/api/v1/detainers', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(newDetainerBody({ facts: { proofOfLawfulStatus: false } })),
    })
  ).json();
  const { id } = created as { id: string };
  renderIn('es', <DetainerPage id={id} />);
  const heading = await waitFor(() => screen().getByRole('heading', { name: 'Normas aplicadas' }));
  const section = heading.closest('section')!;
  const link = within(section).getByRole('link', { name: rule.titleEs! });
  expect(link.closest('li')!.textContent).toContain(`${rule.titleEs} (traducción no oficial)`);
});
