/** Every field a form still needs, named at once above its Save button (each field is also marked). */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useWorkText } from './useWorkText';

export function MissingFields({ fields }: { fields: readonly string[] }) {
  const { t } = useWorkText();
  if (fields.length === 0) return null;
  return (
    <MessageBar intent="error" data-missing-fields={fields.length}>
      <MessageBarBody>{t('missingFields', { count: fields.length, fields: fields.join(t('listSeparator')) })}</MessageBarBody>
    </MessageBar>
  );
}
