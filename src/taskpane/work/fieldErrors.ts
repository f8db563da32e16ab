/** Field-level validation messages for Fluent Field: the first error (or warning) per field. */
import type { FieldError } from '../../domain/work';

export interface FieldMessage {
  validationMessage: string | null;
  validationState: 'error' | 'warning' | 'none';
}

export function fieldMessage(errors: readonly FieldError[], field: FieldError['field'], text: (e: FieldError) => string): FieldMessage {
  const found = errors.find((e) => e.field === field && e.severity === 'error') ?? errors.find((e) => e.field === field);
  return found ? { validationMessage: text(found), validationState: found.severity } : { validationMessage: null, validationState: 'none' };
}
