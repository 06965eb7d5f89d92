import { useMutation, useQuery } from '@tanstack/react-query';
import { checkDetainersCsv, getIntakeForm } from './intakeEndpoints';

/** The intake screens' reads and checks (the writes are useCreateDetainer and useImportDetainers). */

export const intakeKeys = { form: ['intake', 'form'] as const };

/** The catalogue and the agency's facilities change rarely: kept for the session. */
export const useIntakeForm = () =>
  useQuery({ queryKey: intakeKeys.form, queryFn: ({ signal }) => getIntakeForm(signal), staleTime: Infinity });

/** A dry run of a CSV file: the per-row report, nothing written. */
export const useCheckDetainersCsv = () => useMutation({ mutationFn: checkDetainersCsv });
