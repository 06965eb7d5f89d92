import { isMessageKey, useI18n } from '../../shared/i18n';
import type { DetainerViewDto } from '../../shared/types';

type AlarmDto = DetainerViewDto['alarms'][number];

/**
 * What needs attention now, in the reader's language: each alarm worded from its kind and its
 * parameters (the server's `message` is English, for the CLI and API clients). An overdue duty is
 * said in the law library's unofficial Spanish for a Spanish reader, marked as such, else in English.
 */
export function AlarmsSection({ alarms }: { readonly alarms: readonly AlarmDto[] }) {
  const { t } = useI18n();
  if (alarms.length === 0) return null;
  return (
    <section aria-labelledby="alarms-heading" className="message message-error">
      <h2 id="alarms-heading">{t('detainer.alarms.heading')}</h2>
      <ul>
        {alarms.map((alarm) => (
          <li key={`${alarm.kind}-${alarm.duty?.id ?? ''}-${alarm.at ?? ''}`}>
            <AlarmText alarm={alarm} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function AlarmText({ alarm }: { readonly alarm: AlarmDto }) {
  const { t, lang } = useI18n();
  if (alarm.kind === 'duty-overdue' && alarm.duty) {
    const spanish = lang === 'es' && alarm.duty.textEs;
    return (
      <>
        {t('alarm.duty-overdue')}{' '}
        {spanish ? (
          <>
            <span lang="es">{alarm.duty.textEs}</span> <span className="small">{t('detainer.duties.unofficial')}</span>
          </>
        ) : (
          <span lang="en">{alarm.duty.text}</span>
        )}
      </>
    );
  }
  if (alarm.kind === 'decision-blocked') return <>{t('alarm.decision-blocked', { reason: blockedReason(alarm, t) })}</>;
  if (alarm.kind === 'duty-overdue') return <span lang="en">{alarm.message}</span>;
  return <>{t(`alarm.${alarm.kind}`)}</>;
}

function blockedReason(alarm: AlarmDto, t: ReturnType<typeof useI18n>['t']): string {
  const code = alarm.blocked?.code ?? '';
  const key = `alarm.blocked.${code}`;
  const name = alarm.blocked?.fact ?? '';
  const factKey = [`detainer.fact.${name}`, `detainer.fact.${name.replace(/^subject\./, '')}`].find(isMessageKey);
  const fact = factKey ? t(factKey) : name;
  return isMessageKey(key) ? t(key, { fact }) : t('alarm.blocked.other');
}
