// One number in Preferences: label, field with its unit, a hint, and what is wrong with it when it is.
import { useId } from 'react';
import type { NumberField } from './preferences-form.ts';

interface NumberSettingProps {
  field: NumberField;
  label: string;
  unit: string;
  hint: string;
  value: string;
  problem: string | null;
  autoFocus?: boolean;
  onChange: (text: string) => void;
}

export function NumberSetting({
  field,
  label,
  unit,
  hint,
  value,
  problem,
  autoFocus = false,
  onChange,
}: NumberSettingProps) {
  const id = useId();
  const hintId = useId();
  const problemId = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <span className="field__row">
        <input
          id={id}
          className="input input--number"
          type="number"
          inputMode="numeric"
          min={field.min}
          max={field.max}
          step={1}
          value={value}
          data-autofocus={autoFocus ? true : undefined}
          data-testid={`pref-${field.key}`}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${problemId} ${hintId}` : hintId}
          onChange={(event) => onChange(event.target.value)}
        />
        <span className="field__unit">{unit}</span>
      </span>
      {problem ? (
        <span className="field__problem" id={problemId}>
          {problem}
        </span>
      ) : null}
      <span className="field__hint" id={hintId}>
        {hint}
      </span>
    </div>
  );
}
