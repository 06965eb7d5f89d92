import { lawPanelCsvUrl } from '../../shared/api/mapEndpoints';
import { useI18n } from '../../shared/i18n';
import { CsvDownload } from './CsvDownload';
import { toCsv } from './mapRows';
import { FIRST_DAY } from './mapState';
import { MapTable } from './MapTable';
import { TableSearch } from './TableSearch';
import type { MapModel } from './useMapModel';
import type { MapStateHandle } from './useMapState';

/** Under the map: the same data as a searchable, paged table, and its CSV. */
export function MapTableSection({ view, model }: { readonly view: MapStateHandle; readonly model: MapModel }) {
  const { t } = useI18n();
  const { state, tableHref, today } = view;
  const { filtered, rows, words, headings } = model;
  const fileName = `detainer-law-map-${state.at}-${state.action}-${state.profile}.csv`;
  return (
    <section className="map-table-section" aria-labelledby="map-table-title">
      <h2 id="map-table-title" tabIndex={-1}>
        {t('map.table')}
      </h2>
      <TableSearch q={state.q} modality={state.modality} searchHref={({ q, modality }) => tableHref({ q, modality })} />
      {model.data && (
        <>
          <MapTable
            rows={filtered}
            total={rows.length}
            offset={state.offset}
            caption={t('map.tableCaption', { subject: model.subject })}
            words={words}
            headings={headings}
            pageHref={(offset) => tableHref({ offset })}
          />
          {filtered.length > 0 && (
            <CsvDownload fileName={fileName} rowCount={filtered.length} csv={() => toCsv(headings, filtered, words)} />
          )}
          <p>
            <a
              href={lawPanelCsvUrl({ from: FIRST_DAY, to: today, action: state.action, profile: state.profile })}
              download
            >
              {t('map.panelDownload', { action: t(`map.action.${state.action}`) })}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
