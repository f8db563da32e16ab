/** Tier cut-offs: by share of customers (the last tier takes the rest) or by minimum score. */
import { Caption1, Field, makeStyles, Radio, RadioGroup, SpinButton, tokens } from '@fluentui/react-components';
import { defaultScoreTierRule, defaultScoringConfig, type ScoringConfig } from '../../../domain/config';
import { TIER_NAMES } from '../../../domain/segments/tiers';
import { useI18n } from '../../i18n/I18nProvider';
import { useTierLabel } from '../../i18n/tierNames';

type TierRule = ScoringConfig['tierRule'];

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
});

const percent = (share: number): number => Math.round(share * 1000) / 10;

/** Shares with the last tier taking whatever the others leave. */
export function sharesWithRemainder(shares: readonly number[], index: number, value: number): number[] {
  const next = [...shares];
  next[index] = value;
  const last = next.length - 1;
  const others = next.slice(0, last).reduce((a, b) => a + b, 0);
  next[last] = Math.max(0, Math.round((1 - others) * 1000) / 1000);
  return next;
}

export function TierRuleEditor({ rule, onChange }: { rule: TierRule; onChange: (rule: TierRule) => void }) {
  const { t, number } = useI18n();
  const styles = useStyles();
  const tierName = useTierLabel();
  const setKind = (kind: string) => onChange(kind === 'score' ? defaultScoreTierRule() : defaultScoringConfig().tierRule);
  return (
    <>
      <RadioGroup layout="horizontal" value={rule.kind} onChange={(_, data) => setKind(data.value)} aria-label={t('tierRule')}>
        <Radio value="share" label={t('tierRuleByShare')} />
        <Radio value="score" label={t('tierRuleByScore')} />
      </RadioGroup>
      <div className={styles.grid}>
        {rule.kind === 'share'
          ? rule.shares.map((share, k) => {
              const tier = tierName(TIER_NAMES[k] ?? null);
              const last = k === rule.shares.length - 1;
              return last ? (
                <Field key={k} size="small" label={t('tierShareOf', { tier })}>
                  <Caption1 aria-live="polite">{number(percent(share))}</Caption1>
                </Field>
              ) : (
                <Field key={k} size="small" label={t('tierShareOf', { tier })}>
                  <SpinButton
                    size="small"
                    min={0}
                    max={100}
                    step={1}
                    value={percent(share)}
                    onChange={(_, data) => {
                      const v = data.value ?? Number(data.displayValue);
                      if (Number.isFinite(v)) onChange({ kind: 'share', shares: sharesWithRemainder(rule.shares, k, Math.max(0, Math.min(100, v)) / 100) });
                    }}
                  />
                </Field>
              );
            })
          : rule.cutoffs.map((cutoff, k) => (
              <Field key={k} size="small" label={t('tierCutoffOf', { tier: tierName(TIER_NAMES[k] ?? null) })}>
                <SpinButton
                  size="small"
                  min={0}
                  max={100}
                  step={1}
                  value={cutoff}
                  onChange={(_, data) => {
                    const v = data.value ?? Number(data.displayValue);
                    if (!Number.isFinite(v)) return;
                    const cutoffs = [...rule.cutoffs];
                    cutoffs[k] = Math.max(0, Math.min(100, v));
                    onChange({ kind: 'score', cutoffs });
                  }}
                />
              </Field>
            ))}
      </div>
    </>
  );
}
