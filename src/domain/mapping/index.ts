export { detectMapping, REQUIRED_FIELDS, HEADER_SCAN_ROWS, missingColumnMessage, type MappingDetection } from './detectMapping';
export { detectSheets, type NamedGrid, type SheetDetection } from './detectSheets';
export { FIELD_LABELS, fieldLabel, type FieldLabel } from './fieldLabels';
export { ORDER_SYNONYMS, CUSTOMER_SYNONYMS, SURVEY_SYNONYMS, type SynonymSet } from './synonyms';
export { normaliseHeader, headerTokens } from './normaliseHeader';
export { prepareHeader, compileSynonyms, headerConfidence, MIN_CONFIDENCE } from './matchHeader';
export { columnLetter } from './columnLetter';
export { sheetMappingSchema, orderSheetMappingSchema, customerSheetMappingSchema, surveySheetMappingSchema, sheetMappingSchemaFor } from './sheetMappingSchema';
