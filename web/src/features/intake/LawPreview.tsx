import { useEffect, useMemo, useState } from 'react';
import { toApiError } from '../../shared/api';
import { useEvaluation } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { LawText, UnofficialMark } from '../../shared/ui/LawText';
import { href } from '../../shared/routes';
import type { EvaluateBodyDto, MeDto } from '../../shared/types';
import { AssumedFact, BOOLEAN_FACTS } from './AssumedFact';
import { previewRequest, type Draft } from './intakeDraft';
import { useDebounced } from './useDebounced';

const ACTIONS = ['hold', 'notify', 'transfer'] as const;
const DEBOUNCE_MS = 400;

/**
 * The decision of the law in force for the request being typed, beside the form: per action the
 * modality and decision, the rules applied (linked to their pages), or the fact the law is missing.
 * Asked through POST /evaluate once the fields have settled; the query is keyed by its input, so
 * an older answer arriving late never replaces a newer one. A polite live region announces only
 * changes of decision.
 */
export function LawPreview(props: {
  readonly draft: Draft;
  readonly agency: MeDto['agency'];
  readonly discretion: 'comply' | 'decline';
  /** Facts about the person the officer answered beside the preview: sent with the request (IntakePage). */
  readonly assumed: Readonly<Record<string, boolean>>;
  readonly onAssume: (facts: Readonly<Record<string, boolean>>) => void;
}) {
  const { t } = useI18n();
  const { agency, discretion } = props;
  // The law in force today: the instant is fixed when the page opens (to the minute), so typing does not move it.
  const [asOf] = useState(() => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString());
  const { assumed, onAssume } = props;
  const request = useDebounced(
    useMemo(() => previewRequest(props.draft), [props.draft]),
    DEBOUNCE_MS,
  );
  const settledKey = JSON.stringify(request);
  const input = useMemo(
    () =>
      request === null
        ? null
        : ({
            asOf,
            place: { state: agency.stateCode, ...(agency.countyFips ? { countyFips: agency.countyFips } : {}) },
            agencyKind: agency.kind,
            discretion,
            request,
            ...(Object.keys(assumed).length > 0 ? { subject: assumed } : {}),
          } as EvaluateBodyDto),
    [settledKey, asOf, agency, discretion, assumed],
  );
  const answer = useEvaluation(input);
  const decision = answer.data && !Array.isArray(answer.data) && !answer.isPlaceholderData ? answer.data : null;
  const error = answer.error && !answer.isFetching ? toApiError(answer.error) : null;

  // Facts the law asked for (now or after an assumption), which the officer may assume for the preview.
  const [missing, setMissing] = useState<readonly string[]>([]);
  const fact = error?.code === 'POLICY.MISSING_FACT' ? String(error.details.fact ?? '').replace(/^subject\./, '') : '';
  useEffect(() => {
    if (BOOLEAN_FACTS.includes(fact)) setMissing((before) => (before.includes(fact) ? before : [...before, fact]));
  }, [fact]);

  const line = (action: (typeof ACTIONS)[number]) => {
    const a = decision!.actions[action];
    if (!a.requested) return `${t(`intake.preview.action.${action}`)}: ${t('intake.preview.notAsked')}`;
    return t('intake.preview.line', {
      action: t(`intake.preview.action.${action}`),
      modality: a.modality ? t(`intake.preview.modality.${a.modality}`) : '—',
      decision: a.decision ? t(`intake.preview.decision.${a.decision}`) : '—',
    });
  };
  const summary = decision ? ACTIONS.map(line).join('; ') : error ? errorLine(error, t) : '';
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    if (summary !== '') setAnnounced(t('intake.preview.changed', { decision: summary }));
  }, [summary, t]);

  return (
    <aside className="law-preview" aria-labelledby="law-preview-title">
      <h2 id="law-preview-title">{t('intake.preview.title')}</h2>
      <p className="hint">{t('intake.preview.hint')}</p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
      {input === null && <p>{t('intake.preview.empty')}</p>}
      {input !== null && answer.isFetching && <p className="muted">{t('intake.preview.asking')}</p>}
      {decision && (
        <>
          <ul className="preview-actions">
            {ACTIONS.map((action) => (
              <li
                key={action}
                data-action={action}
                className={`modality-${decision.actions[action].modality ?? 'none'}`}
              >
                {line(action)}
              </li>
            ))}
          </ul>
          {decision.applied.length > 0 && (
            <>
              <h3>{t('intake.preview.rules')}</h3>
              <ul className="preview-rules">
                {decision.applied.map((rule) => (
                  <li key={rule.rule}>
                    <Link to={href('rule', { id: rule.rule })}>
                      <LawText en={rule.title} es={rule.titleEs} mark={false} />
                    </Link>{' '}
                    <UnofficialMark es={rule.titleEs} />
                    <span className="small muted"> — {rule.citations.map((c) => c.title).join('; ')}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {error && <p className="message message-note">{errorLine(error, t)}</p>}
      {missing.map((fact) => (
        <AssumedFact
          key={fact}
          fact={fact}
          value={assumed[fact]}
          onChange={(value) => onAssume({ ...assumed, [fact]: value })}
        />
      ))}
    </aside>
  );
}

function errorLine(error: ReturnType<typeof toApiError>, t: ReturnType<typeof useI18n>['t']): string {
  const fact = error.details.fact;
  if (error.code === 'POLICY.MISSING_FACT' && typeof fact === 'string')
    return t('intake.preview.missingFact', { fact });
  return t('intake.preview.error', { message: error.message });
}
