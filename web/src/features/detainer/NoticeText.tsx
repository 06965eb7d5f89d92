import { useI18n } from '../../shared/i18n';
import { useState, type ReactNode } from 'react';
import { useNoticePreview } from '../../shared/api/hooks';
import { Loading } from '../../shared/ui/Loading';

/**
 * A served notice's words, in its own language (marked with lang so a screen reader reads it in
 * that language), fetched only when the reader opens it: each read names the person and is recorded.
 * A notice served before texts were kept has none: the summary and the PDF stand in for it.
 */
export function NoticeText(props: {
  readonly detainerId: string;
  readonly noticeId: string;
  readonly language: string;
  readonly summary: ReactNode;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const preview = useNoticePreview(props.detainerId, props.noticeId, open);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('detainer.notices.preview')}</summary>
      {preview.isPending && open ? (
        <Loading />
      ) : preview.data ? (
        <div className="notice-preview" lang={preview.data.locale}>
          <p>
            <strong>{preview.data.title}</strong>
          </p>
          {preview.data.text.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index} className="notice-paragraph">
              {paragraph}
            </p>
          ))}
        </div>
      ) : (
        <div className="notice-preview" lang={props.language}>
          {props.summary}
        </div>
      )}
    </details>
  );
}
