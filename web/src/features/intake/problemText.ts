import { isMessageKey, type I18n } from '../../shared/i18n';
import { formatLocalDate } from '../../shared/time';
import type { FieldId, Problem } from './intakeFields';

/** A problem in the reader's language (a server problem is shown in the server's words). */
export function problemText(problem: Problem, field: FieldId, { t, lang }: I18n): string {
  switch (problem.kind) {
    case 'server':
      return problem.problem;
    case 'tooLong':
    case 'tooMany':
      return t(`intake.problem.${problem.kind}`, { max: problem.max });
    case 'beforeEdition':
      return t('intake.problem.beforeEdition', { date: formatLocalDate(problem.date, lang) });
    case 'pattern': {
      const specific = `intake.problem.pattern.${field}`;
      return isMessageKey(specific) ? t(specific) : t('intake.problem.pattern');
    }
    case 'documentType':
      return t('document.problem.type');
    case 'documentEmpty':
      return t('document.problem.empty');
    default:
      return t(`intake.problem.${problem.kind}`);
  }
}
