/**
 * Tier cut-offs (by share of customers, the last tier taking the rest, or by minimum score) and,
 * on each tier's row, the manager's own name for the tier (ScoringConfig.tierNames; empty keeps
 * the default, docs/sheet-language.md "Tier names").
 */
import { Caption1, Field, Input, makeStyles, Radio, RadioGroup, SpinButton, tokens } from '@fluentui/react-components';
import type { ConfigProblem } from '../../../domain/configRules';
import { defaultScoreTierRule, defaultScoringConfig, type ScoringConfig } from '../../../domain/config';
import { TIER_NAMES, type TierName, type TierNames } from '../../../domain/segments/tiers';
import { useI18n } from '../../i18n/I18nProvider';
import { configProblemText, tierLabel } from '../../i18n/labels';
import { useTierLabel } from '../../i18n/tierNames';

type TierRule = ScoringConfig['tierRule'];

const useStyles = makeStyles({
  // minmax(0, 1fr): a long label or name wraps inside its column instead of widening the pane.
  grid: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS, alignItems: 'start' },
  input: { minWidth: 0, width: '100%' },
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

/** The names with one tier's name set as typed; a blank name removes it (the tier keeps its default). */
export function withTierName(names: TierNames, tier: TierName, typed: string): TierNames {
  const next: TierNames = { ...names };
  if (typed.trim() === '') delete next[tier];
  else next[tier] = typed;
  return next;
}

interface TierRuleEditorProps {
  rule: TierRule;
  onChange: (rule: TierRule) => void;
  names: TierNames;
  onNamesChange: (names: TierNames) => void;
  /** The tierNames problems of configRules (tierNamesProblems), each shown under its tier's name field. */
  nameProblems: readonly ConfigProblem[];
}

export function TierRuleEditor({ rule, onChange, names, onNamesChange, nameProblems }: TierRuleEditorProps) {
  const { t, number } = useI18n();
  const styles = useStyles();
  const tierName = useTierLabel();
  const setKind = (kind: string) => onChange(kind === 'score' ? defaultScoreTierRule() : defaultScoringConfig().tierRule);

  const cutoffField = (k: number) => {
    const tier = tierName(TIER_NAMES[k] ?? null);
    if (rule.kind === 'share') {
      const share = rule.shares[k] ?? 0;
      return k === rule.shares.length - 1 ? (
        <Field size="small" label={t('tierShareOf', { tier })}>
          <Caption1 aria-live="polite">{number(percent(share))}</Caption1>
        </Field>
      ) : (
        <Field size="small" label={t('tierShareOf', { tier })}>
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
    }
    const cutoff = rule.cutoffs[k];
    if (cutoff === undefined) {
      // The lowest tier has no cut-off: it takes every score below the one above it.
      return (
        <Field size="small" label={t('tierCutoffOf', { tier })}>
          <Caption1>{t('tierCutoffRest')}</Caption1>
        </Field>
      );
    }
    return (
      <Field size="small" label={t('tierCutoffOf', { tier })}>
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
    );
  };

  return (
    <>
      <RadioGroup layout="horizontal" value={rule.kind} onChange={(_, data) => setKind(data.value)} aria-label={t('tierRule')}>
        <Radio value="share" label={t('tierRuleByShare')} />
        <Radio value="score" label={t('tierRuleByScore')} />
      </RadioGroup>
      <Caption1>{t('tierNamesHint')}</Caption1>
      <div className={styles.grid}>
        {TIER_NAMES.map((tier, k) => {
          const fallback = tierLabel(t, tier);
          const problems = nameProblems.filter((p) => p.tier === tier);
          return [
            <Field
              key={`name-${tier}`}
              size="small"
              label={t('tierNameOf', { tier: fallback })}
              validationState={problems.length > 0 ? 'error' : 'none'}
              validationMessage={problems.length > 0 ? problems.map((p) => configProblemText(t, p)).join(' ') : null}
            >
              <Input
                className={styles.input}
                size="small"
                maxLength={200}
                placeholder={fallback}
                value={names[tier] ?? ''}
                onChange={(_, data) => onNamesChange(withTierName(names, tier, data.value))}
                onBlur={(event) => {
                  const typed = event.currentTarget.value;
                  if (typed !== typed.trim()) onNamesChange(withTierName(names, tier, typed.trim()));
                }}
              />
            </Field>,
            <div key={`cut-${tier}`}>{cutoffField(k)}</div>,
          ];
        })}
      </div>
    </>
  );
}
