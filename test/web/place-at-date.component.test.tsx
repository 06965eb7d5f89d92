import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { PlaceRules } from '../../web/src/features/policies/PlaceRules';
import { LANG_STORAGE_KEY } from '../../web/src/shared/i18n';
import { I18nProvider } from '../../web/src/shared/I18nProvider';
import { startInProcessApi, type InProcessApi } from './support/in-process-api';

const { cleanup, render, waitFor, within } = await import('@testing-library/react');
const screen = () => within(document.body);

/**
 * The rules of a place at the date in the address (?at=), against the real API in-process: what was
 * asked, what is shown and up to when the law library is known to be current are said plainly, in
 * both languages; an address that is not a date never shows today's rules silently, nor the API's
 * raw message.
 */
let api: InProcessApi;
let today: string;
let reviewed: string;
beforeAll(async () => {
  api = await startInProcessApi();
  const answer = (await (await api.fetch('/api/v1/places/TX/policies')).json()) as {
    at: string;
    reviewedThrough: string;
  };
  today = answer.at;
  reviewed = answer.reviewedThrough;
});
afterAll(async () => api?.dispose());
afterEach(() => {
  cleanup();
  window.localStorage.removeItem(LANG_STORAGE_KEY);
});

function renderAt(lang: 'en' | 'es', search: string) {
  window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  window.history.replaceState(null, '', `/places/TX${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider>
        <PlaceRules state="TX" />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

const long = (date: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${date}T00:00:00Z`));

const section = async () => {
  const heading = await waitFor(() => screen().getByRole('heading', { level: 2 }));
  const root = heading.closest('section')!;
  await waitFor(() => expect(root.querySelector('[data-testid="at-date-review"]')).not.toBeNull());
  return root;
};

it('knows the library’s review date and today’s local date', () => {
  expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

it('says back an address that is not a date and shows today, in English and Spanish', async () => {
  renderAt('en', '?at=garbage');
  let root = await section();
  expect(root.querySelector('[data-testid="at-date-invalid"]')!.textContent).toBe(
    `The address asks for the date “garbage”, which is not a date written YYYY-MM-DD. Shown instead: the rules in force today, ${long(today, 'en-US')}.`,
  );
  expect(root.textContent).toContain(`in force here on ${long(today, 'en-US')}`);
  cleanup();

  renderAt('es', '?at=garbage');
  root = await section();
  expect(root.querySelector('[data-testid="at-date-invalid"]')!.textContent).toBe(
    `La dirección pide la fecha «garbage», que no es una fecha escrita AAAA-MM-DD. Se muestran en su lugar las normas vigentes hoy, ${long(today, 'es-US')}.`,
  );
});

it('says a date that is not a day of the calendar is not one, instead of the API’s raw message', async () => {
  renderAt('en', '?at=2014-02-30');
  const root = await section();
  expect(root.querySelector('[data-testid="at-date-invalid"]')!.textContent).toContain(
    '“2014-02-30”, which is not a day of the calendar. Shown instead: the rules in force today',
  );
  expect(root.textContent).not.toMatch(/must be a date/);
  expect(root.querySelector('.message-error')).toBeNull();
  cleanup();

  renderAt('es', '?at=2014-02-30');
  const es = await section();
  expect(es.querySelector('[data-testid="at-date-invalid"]')!.textContent).toContain(
    '«2014-02-30», que no es un día del calendario.',
  );
});

it('says a date after the library’s review date shows the rules as last known', async () => {
  renderAt('en', '?at=2099-01-01');
  const root = await section();
  expect(root.querySelector('[data-testid="at-date-invalid"]')).toBeNull();
  expect(root.querySelector('[data-testid="at-date-review"]')!.textContent).toBe(
    `Asked for January 1, 2099, after ${long(reviewed, 'en-US')}, the last day the law library is known to be current. Shown: the rules as last known, which would be in force on January 1, 2099 if the law has not changed since; a later change is not in the library.`,
  );
  // Texas's art. 2.251 is still listed: the last known law, not nothing.
  expect(root.textContent).toContain('tx-ccp-2.251');
  cleanup();

  renderAt('es', '?at=2099-01-01');
  const es = await section();
  expect(es.querySelector('[data-testid="at-date-review"]')!.textContent).toContain(
    `Se pidió el 1 de enero de 2099, después del ${long(reviewed, 'es-US')}, el último día en que se sabe que la biblioteca de leyes está al día.`,
  );
});

it('says how current the library is on a date before its review, and warns for today once today is after it', async () => {
  renderAt('en', '?at=2018-01-01');
  const root = await section();
  expect(root.querySelector('[data-testid="at-date-review"]')!.textContent).toBe(
    `The law library is known to be current up to ${long(reviewed, 'en-US')}.`,
  );
  cleanup();

  renderAt('en', '');
  const now = await section();
  // Up to the review day (Texas may still be on the eve of it) there is no warning; on any later day the page warns.
  expect(now.querySelector('[data-testid="at-date-review"]')!.textContent).toContain(
    today > reviewed
      ? `Today, ${long(today, 'en-US')}, is after ${long(reviewed, 'en-US')}, the last day the law library is known to be current.`
      : `The law library is known to be current up to ${long(reviewed, 'en-US')}.`,
  );
});
