import { useEffect, useMemo, useRef, useState } from 'react';
import { toApiError } from '../../shared/api';
import { useCreateDetainer } from '../../shared/api/hooks';
import { errorText } from '../../shared/errorText';
import { isMessageKey, useI18n } from '../../shared/i18n';
import { navigate } from '../../shared/router';
import { href } from '../../shared/routes';
import type { IntakeFormDto, NewDetainerBody } from '../../shared/types';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { checkDraft, toBody, type Draft } from './intakeDraft';
import { FIELD_IDS, type FieldId, type JsonSchema } from './intakeFields';
import { IntakeFields } from './IntakeFields';
import { problemText } from './problemText';
import { placeServerErrors, type PlacedErrors } from './serverErrors';

export const EMPTY_DRAFT: Draft = {
  form: '',
  formEdition: '',
  warrant: '',
  probableCause: [],
  issuedDate: '',
  issuedTime: '',
  receivedDate: '',
  receivedTime: '',
  issuingOffice: '',
  federalReference: '',
  facilityId: '',
  subjectReference: '',
  subjectFullName: '',
  subjectBirthDate: '',
  subjectANumber: '',
  document: null,
};

/** A field's name in the summary: "Issued by ICE, Date" for the parts of a date and time. */
function labelOf(field: FieldId, t: ReturnType<typeof useI18n>['t']): string {
  const parts = /^(issued|received)(Date|Time)$/.exec(field);
  if (parts)
    return `${t(parts[1] === 'issued' ? 'intake.issued' : 'intake.received')}, ${t(parts[2] === 'Date' ? 'intake.date' : 'intake.time')}`;
  const key = `intake.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

/**
 * The intake form: fields checked as they are left (in the reader's language, from the schema's
 * constraints), a summary of every problem on submit (focused, linking to each field), the
 * server's field errors placed on their fields; on success, the new detainer's page.
 */
export function IntakeForm(props: {
  readonly choices: IntakeFormDto;
  readonly timeZone: string;
  /** The zone as the reader sees it named, e.g. "America/Chicago (Central Standard Time)". */
  readonly timeZoneName: string;
  readonly draft: Draft;
  readonly onChange: (draft: Draft) => void;
  /** Facts about the person answered beside the law preview, logged with the request. */
  readonly facts?: Readonly<Record<string, boolean>>;
}) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { choices, timeZone, timeZoneName, draft, onChange } = props;
  const create = useCreateDetainer();
  const [touched, setTouched] = useState<ReadonlySet<FieldId>>(new Set());
  const [submitted, setSubmitted] = useState(0);
  const [server, setServer] = useState<PlacedErrors | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const problems = useMemo(
    () =>
      checkDraft(draft, { schema: choices.request as JsonSchema, catalogue: choices.forms, timeZone, now: Date.now() }),
    [draft, choices, timeZone],
  );

  const errorOf = (field: FieldId): string | undefined => {
    const fromServer = server?.fields[field];
    if (fromServer) return fromServer;
    const problem = problems[field];
    return problem && (submitted > 0 || touched.has(field)) ? problemText(problem, field, i18n) : undefined;
  };
  const items: SummaryItem[] = [
    ...FIELD_IDS.flatMap((field) => {
      const text = errorOf(field);
      return text ? [{ field, label: labelOf(field, t), text }] : [];
    }),
    ...(server?.general ?? []).map((text) => ({ field: null, label: '', text })),
  ];
  const showSummary = submitted > 0 && items.length > 0;

  useEffect(() => {
    if (submitted > 0) summaryRef.current?.focus();
  }, [submitted]);

  const set = (field: FieldId, value: Draft[FieldId]) => {
    if (server?.fields[field]) setServer({ ...server, fields: { ...server.fields, [field]: undefined } });
    onChange({ ...draft, [field]: value });
  };
  const touch = (field: FieldId) => setTouched((before) => new Set(before).add(field));

  const submit = () => {
    setServer(null);
    if (Object.keys(problems).length > 0) {
      setSubmitted((n) => n + 1);
      return;
    }
    // toBody writes exactly the fields of NewDetainerSchema that the checks above passed.
    const facts = props.facts ?? {};
    const body = { ...toBody(draft, timeZone), ...(Object.keys(facts).length > 0 ? { facts } : {}) };
    create.mutate(body as NewDetainerBody, {
      onSuccess: (created) => navigate(href('detainer', { id: created.id })),
      onError: (caught) => {
        const error = toApiError(caught);
        setServer(placeServerErrors(error.details, errorText(error, lang), lang));
        setSubmitted((n) => n + 1);
      },
    });
  };

  return (
    <form
      className="form intake-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {showSummary && <ErrorSummary ref={summaryRef} items={items} />}
      <IntakeFields
        draft={draft}
        choices={choices}
        timeZoneName={timeZoneName}
        errorOf={errorOf}
        set={set}
        touch={touch}
      />
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {create.isPending ? t('intake.submitting') : t('intake.submit')}
      </button>
    </form>
  );
}
