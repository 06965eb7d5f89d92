import { useEffect, useState } from 'react';
import { toApiError } from '../../shared/api';
import { useIdentityConflicts } from '../../shared/api/hooks';
import { isMessageKey, useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { href } from '../../shared/routes';
import type { FilterSpec, SearchText } from '../../shared/urlFilters';
import { useUrlFilters } from '../../shared/useUrlFilters';
import { formatInstant } from '../../shared/time';
import type { ConflictItem } from './conflictItem';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { Paging } from '../../shared/ui/Paging';
import { useReturnFocus } from './Dialog';
import { ResolveConflictDialog } from './ResolveConflictDialog';

export const CONFLICTS_PAGE = 50;

/** The conflicts list in the address: no filters, its page (the section parameter is kept as it is). */
const CONFLICTS_SEARCH: FilterSpec<Record<string, never>> = { params: {}, offsetParam: 'offset' };
const adminAt = (search: SearchText) => href('admin', {}, search);

/**
 * The agency's open identity conflicts, as the API lists them: the booking number and the NAMES of
 * the fields that differ (never their values); each resolved in a dialog.
 */
export function ConflictsSection({ timeZone }: { readonly timeZone: string }) {
  const { t, lang } = useI18n();
  const { offset, pageHref } = useUrlFilters(CONFLICTS_SEARCH, adminAt);
  const conflicts = useIdentityConflicts({ limit: CONFLICTS_PAGE, offset });
  const [open, setOpen] = useState<ConflictItem | null>(null);
  const [resolved, setResolved] = useState<string | null>(null);
  const focus = useReturnFocus();
  // After a resolution (once the dialog is gone and gave the focus back): the focus goes to the heading.
  useEffect(() => {
    if (resolved) document.getElementById('conflicts-heading')?.focus();
  }, [resolved]);
  const fieldNames = (fields: readonly string[]) =>
    fields
      .map((field) =>
        isMessageKey(`admin.field.${field}`) ? t(`admin.field.${field}` as 'admin.field.fullName') : field,
      )
      .join(', ');

  return (
    <section aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading" tabIndex={-1}>
        {t('admin.section.conflicts')}
      </h2>
      <p className="muted">{t('admin.conflicts.intro')}</p>
      <div aria-live="polite">
        {resolved && <p className="message message-note">{t('admin.conflicts.resolved', { reference: resolved })}</p>}
      </div>
      {conflicts.isPending ? (
        <Loading />
      ) : conflicts.error ? (
        <ErrorMessage error={toApiError(conflicts.error)} />
      ) : conflicts.data.items.length === 0 ? (
        <p className="message message-note" id="conflicts-empty" tabIndex={-1}>
          {t('admin.conflicts.empty')}
        </p>
      ) : (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="conflicts-caption">
            <table className="stack-table">
              <caption id="conflicts-caption">{t('admin.conflicts.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.conflicts.col.reference')}</th>
                  <th scope="col">{t('admin.conflicts.col.fields')}</th>
                  <th scope="col">{t('admin.conflicts.col.detected')}</th>
                  <th scope="col">{t('admin.conflicts.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {conflicts.data.items.map((item) => (
                  <tr key={item.detainerId}>
                    <th scope="row" data-label={t('admin.conflicts.col.reference')} className="mono break">
                      {item.reference}
                    </th>
                    <td data-label={t('admin.conflicts.col.fields')}>{fieldNames(item.fields)}</td>
                    <td data-label={t('admin.conflicts.col.detected')}>
                      {formatInstant(item.detectedAt, timeZone, lang)}
                    </td>
                    <td data-label={t('admin.conflicts.col.actions')} className="cell-actions">
                      <button
                        type="button"
                        className="button"
                        aria-label={t('admin.conflicts.resolveNamed', { reference: item.reference })}
                        onClick={() => {
                          focus.remember();
                          setResolved(null);
                          setOpen(item);
                        }}
                      >
                        {t('admin.conflicts.resolve')}
                      </button>
                      <Link to={href('detainer', { id: item.detainerId })}>{t('admin.conflicts.openRequest')}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Paging
            label={t('admin.conflicts.caption')}
            total={conflicts.data.total}
            limit={CONFLICTS_PAGE}
            offset={offset}
            hrefAt={pageHref}
          />
        </>
      )}
      {open && (
        <ResolveConflictDialog
          item={open}
          fields={fieldNames(open.fields)}
          onClose={() => {
            setOpen(null);
            focus.restore();
          }}
          onResolved={() => {
            setResolved(open.reference);
            setOpen(null);
          }}
        />
      )}
    </section>
  );
}
