import { LOCALES, useI18n } from '../../shared/i18n';

/**
 * A button that saves text as a CSV file (made in the browser from the table's own cells, so the
 * file is exactly the table shown, every page of it as searched).
 */
export function CsvDownload({
  fileName,
  rowCount,
  csv,
}: {
  readonly fileName: string;
  readonly rowCount: number;
  /** Made on click only (the whole table's text). */
  readonly csv: () => string;
}) {
  const { t, lang } = useI18n();
  const save = () => {
    // A byte-order mark, so spreadsheet programs read the names' accents as UTF-8.
    const blob = new Blob(['\uFEFF', csv()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <p className="map-download">
      <button type="button" className="button" onClick={save} aria-describedby="map-download-hint">
        {t('map.download', { count: rowCount.toLocaleString(LOCALES[lang]) })}
      </button>{' '}
      <span id="map-download-hint" className="small muted">
        {t('map.downloadHint')}
      </span>
    </p>
  );
}
