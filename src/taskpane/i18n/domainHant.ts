/**
 * Traditional Chinese for the text the domain keeps in English and Simplified Chinese (field
 * names, the work area's clauses, stages, plays and messages). Typed against the domain's ids, so
 * a new domain message without its Traditional text is a type error.
 */
/** Field names in Traditional Chinese live beside the English and Simplified ones (src/domain/mapping/fieldLabelsHant.ts): problems and refusals use them too. */
export { FIELD_LABELS_HANT } from '../../domain/mapping/fieldLabelsHant';

/** The work area's Traditional Chinese lives beside its English and Simplified text (src/domain/work/workWords.ts): the sheets use it too. */
export { WORK_MESSAGES_HANT } from '../../domain/work';
