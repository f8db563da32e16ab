/** The Weights tab: profile, weights, tier cut-offs and tier names; every change previews before Apply. */
import { useContext } from 'react';
import { Button, Caption1, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { configProblems } from '../../../domain/configRules';
import { configProblemText } from '../../i18n/labels';
import type { ViewProps } from '../viewProps';
import { presetOf, withPreset, type PresetId } from '../../state/presets';
import { normalisedWeights, weightRows } from '../../state/selectors';
import { useI18n } from '../../i18n/I18nProvider';
import { TierNamesContext } from '../../i18n/tierNames';
import { Section } from '../../components/Section';
import { PREVIEW_DELAY_MS } from '../../state/usePane';
import { PreviewCard } from './PreviewCard';
import { previewTierNames, useSettled } from './previewNames';
import { TierRuleEditor } from './TierRuleEditor';
import { WeightControl } from './WeightControls';

const useStyles = makeStyles({
  total: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, position: 'sticky', bottom: 0, padding: `${tokens.spacingVerticalS} 0`, backgroundColor: tokens.colorNeutralBackground2 },
});

export function WeightsView({ state, actions }: ViewProps) {
  const { t, number } = useI18n();
  const tierNames = useContext(TierNamesContext);
  const styles = useStyles();
  const { draft, saved } = state;
  const rows = weightRows(draft);
  const total = rows.reduce((s, r) => s + r.raw, 0);
  // The same rules as the saved configuration and the CLI's --config (src/domain/configRules.ts),
  // among them: a tier name may not be another tier's default word in any language.
  const problems = configProblems(draft);
  const weightProblems = problems.filter((p) => p.field === 'weights');
  const ruleProblems = problems.filter((p) => p.field === 'tierRule');
  const nameProblems = problems.filter((p) => p.field === 'tierNames');
  const busy = state.status === 'running' || state.status === 'cancelling';
  // The preview names the tiers as typed, once typing rests, and says they are not applied yet.
  const previewNames = previewTierNames(useSettled(draft.tierNames, PREVIEW_DELAY_MS), saved.tierNames);
  const setWeight = (id: string, weight: number) => actions.setDraft({ ...draft, weights: { ...Object.fromEntries(rows.map((r) => [r.id, r.raw])), [id]: weight } });
  return (
    <>
      <Section title={t('weightsTitle')}>
        <Caption1>{t('weightsHint')}</Caption1>
        <Field label={t('profile')} size="small">
          <Select
            size="small"
            value={presetOf(draft)}
            onChange={(_, data) =>
              actions.setDraft(
                withPreset(draft, data.value as PresetId, { sales: t('starter_sales'), profit: t('starter_profit'), orders: t('starter_orders'), paymentDays: t('starter_paymentDays') }),
              )
            }
          >
            <option value="default">{t('profileDefault')}</option>
            <option value="distributor">{t('profileDistributor')}</option>
            <option value="satisfaction">{t('profileSatisfaction')}</option>
            <option value="custom">{t('profileCustom')}</option>
          </Select>
        </Field>
        {rows.map((row) => (
          <WeightControl key={row.id} row={row} onChange={setWeight} />
        ))}
        <div className={styles.total}>
          <Caption1>{t('weightTotal', { total: number(total) })}</Caption1>
          <Button size="small" disabled={total === 100 || total === 0} onClick={() => actions.setDraft({ ...draft, weights: normalisedWeights(rows) })}>
            {t('normalise')}
          </Button>
        </div>
        {weightProblems.map((p) => (
          <Caption1 key={p.code} role="alert">
            {configProblemText(t, p, tierNames)}
          </Caption1>
        ))}
      </Section>
      <Section title={t('tierRule')}>
        <TierRuleEditor
          rule={draft.tierRule}
          onChange={(tierRule) => actions.setDraft({ ...draft, tierRule })}
          names={draft.tierNames}
          onNamesChange={(names) => actions.setDraft({ ...draft, tierNames: names })}
          nameProblems={nameProblems}
        />
        {ruleProblems.map((p) => (
          <Caption1 key={`${p.code}-${p.tier ?? ''}`} role="alert">
            {configProblemText(t, p, tierNames)}
          </Caption1>
        ))}
      </Section>
      {state.preview && state.result ? (
        <TierNamesContext.Provider value={previewNames.names}>
          <PreviewCard preview={state.preview} before={state.result.tierCounts} draftNames={previewNames.pending} />
        </TierNamesContext.Provider>
      ) : (
        !state.result && <Caption1>{t('previewNeedsRun')}</Caption1>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={draft === saved || problems.length > 0 || busy} onClick={() => void actions.apply()}>
          {t('apply')}
        </Button>
        <Button disabled={draft === saved || busy} onClick={actions.reset}>
          {t('reset')}
        </Button>
      </div>
    </>
  );
}
