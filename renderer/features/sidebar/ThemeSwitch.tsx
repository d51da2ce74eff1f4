// The theme switch in the sidebar's footer: follow the system, or always light, or always dark.
import type { Settings } from '../../../shared/settings.ts';
import { Icon } from '../../ui/Icon.tsx';
import type { IconName } from '../../ui/Icon.tsx';

type Theme = Settings['theme'];

const choices: Array<{ value: Theme; label: string; icon: IconName }> = [
  { value: 'system', label: 'Match the system', icon: 'system' },
  { value: 'light', label: 'Light', icon: 'sun' },
  { value: 'dark', label: 'Dark', icon: 'moon' },
];

interface ThemeSwitchProps {
  theme: Theme;
  onChange: (theme: Theme) => void;
}

export function ThemeSwitch({ theme, onChange }: ThemeSwitchProps) {
  return (
    <fieldset className="theme-switch">
      <legend className="visually-hidden">Theme</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="theme-switch__option" title={choice.label}>
          <input
            type="radio"
            name="theme"
            value={choice.value}
            className="visually-hidden"
            checked={theme === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span className="theme-switch__face">
            <Icon name={choice.icon} size={15} />
            <span className="visually-hidden">{choice.label}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
