/** zod schemas for a saved mapping, so the adapter can validate what it reads back from workbook settings. */
import { z } from 'zod';
import { CUSTOMER_FIELDS, ORDER_FIELDS, SURVEY_FIELDS, type SheetKind } from '../model';

const columnIndex = z.number().int().min(0).max(16383); // Excel has 16,384 columns

function mappingSchemaOf<F extends readonly [string, ...string[]]>(fields: F) {
  return z.object({
    sheet: z.string().min(1),
    headerRow: z.number().int().min(0),
    columns: z.partialRecord(z.enum(fields), columnIndex),
  });
}

export const orderSheetMappingSchema = mappingSchemaOf(ORDER_FIELDS);
export const customerSheetMappingSchema = mappingSchemaOf(CUSTOMER_FIELDS);
export const surveySheetMappingSchema = mappingSchemaOf(SURVEY_FIELDS);

/** Either kind of sheet mapping (fields of both kinds accepted). */
export const sheetMappingSchema = mappingSchemaOf([...ORDER_FIELDS, ...CUSTOMER_FIELDS.filter((f) => !(ORDER_FIELDS as readonly string[]).includes(f))] as [string, ...string[]]);

export function sheetMappingSchemaFor(kind: SheetKind) {
  return kind === 'orders' ? orderSheetMappingSchema : customerSheetMappingSchema;
}
