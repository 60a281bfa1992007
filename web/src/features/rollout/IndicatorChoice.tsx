import { useTranslation } from 'react-i18next';
import { type IndicatorKey, indicatorKeys } from './types.js';

/** Checkboxes of the indicators, in a fieldset with its legend. */
export function IndicatorChoice({
  value,
  onChange,
  error,
}: {
  value: IndicatorKey[];
  onChange: (next: IndicatorKey[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="rollout-choice">
      <legend>{t('rollout.indicatorsLegend')}</legend>
      {indicatorKeys.map((key) => (
        <label key={key} className="check">
          <input
            type="checkbox"
            checked={value.includes(key)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? indicatorKeys.filter((k) => k === key || value.includes(k))
                  : value.filter((k) => k !== key),
              )
            }
          />{' '}
          {t(`rollout.indicators.${key}`)}
        </label>
      ))}
      {error ? (
        <p className="field-error" role="alert">
          ⚠ {error}
        </p>
      ) : null}
    </fieldset>
  );
}
