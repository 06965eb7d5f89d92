import type { RuleDetailDto } from '../../shared/types';

/** Where a rule applies, as the API gives it. */
export type RulePlaceDto = RuleDetailDto['place'];
export type CitationDto = RuleDetailDto['citations'][number];
