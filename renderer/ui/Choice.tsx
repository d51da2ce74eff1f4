// A radio button or checkbox with its label, and a hint that describes it without becoming part of its name.
import { useId } from 'react';
import type { ReactNode } from 'react';

interface ChoiceProps {
  type: 'radio' | 'checkbox';
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  /** Radio buttons of one group share a name. */
  name?: string;
  value?: string;
  testId?: string;
}

export function Choice({ type, label, checked, onChange, hint, name, value, testId }: ChoiceProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="choice">
      <input
        id={id}
        type={type}
        name={name}
        value={value}
        checked={checked}
        data-testid={testId}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <span className="choice__hint" id={hintId}>
            {hint}
          </span>
        ) : null}
      </span>
    </div>
  );
}
