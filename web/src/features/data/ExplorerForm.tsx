import { useState, type FormEvent } from 'react';
import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { navigate } from '../../shared/router';
import { href } from '../../shared/routes';
import type { ReleaseListDto } from '../../shared/types';
import { explorerSearch, type ExplorerState } from './explorerState';
import { FilterFields } from './FilterFields';
import { GroupFields } from './GroupFields';
import { ReleaseChoice } from './ReleaseChoice';

/**
 * What to count, as a form: groupings, filters and releases, shown by "Show" (a navigation, so the
 * address holds the view and back goes to the one before). Keyed by the address, it starts from it.
 */
export function ExplorerForm({
  state,
  releases,
}: {
  readonly state: ExplorerState;
  readonly releases: ReleaseListDto;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<ExplorerState>(state);
  const change = (next: Partial<ExplorerState>) => setDraft((current) => ({ ...current, ...next }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href('data', {}, explorerSearch(draft)));
  };
  return (
    <form className="explorer-form" onSubmit={submit} aria-label={t('data.controls')}>
      <GroupFields groupBy={draft.groupBy} change={change} />
      <FilterFields draft={draft} change={change} />
      <ReleaseChoice releases={releases} chosen={draft.release} change={(release) => change({ release })} />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('data.show')}
        </button>
        <Link to={href('data')} className="button">
          {t('data.reset')}
        </Link>
      </div>
    </form>
  );
}
