// Preferences: theme, how often feeds sync and whether at start, the disk space offline images may take, and tagging rules.
import { useId, useState } from 'react';
import type { Settings } from '../../../shared/settings.ts';
import { Choice } from '../../ui/Choice.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { DialogActions } from '../../ui/DialogActions.tsx';
import { DialogError } from '../../ui/DialogError.tsx';
import { useAsyncAction } from '../../ui/useAsyncAction.ts';
import { NumberSetting } from './NumberSetting.tsx';
import { numberFields, parseField, textsFrom } from './preferences-form.ts';
import { TaggingRules } from './TaggingRules.tsx';
import type { NumberTexts } from './preferences-form.ts';

interface PreferencesDialogProps {
  settings: Settings;
  onSave: (patch: Partial<Settings>) => Promise<unknown>;
  onClose: () => void;
}

const themes: Array<{ value: Settings['theme']; label: string }> = [
  { value: 'system', label: 'Match the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function PreferencesDialog({ settings, onSave, onClose }: PreferencesDialogProps) {
  const [theme, setTheme] = useState(settings.theme);
  const [syncOnStart, setSyncOnStart] = useState(settings.syncOnStart);
  const [texts, setTexts] = useState<NumberTexts>(() => textsFrom(settings));
  const [problems, setProblems] = useState<Partial<Record<keyof NumberTexts, string>>>({});
  const action = useAsyncAction();
  const themeName = useId();

  const setText = (key: keyof NumberTexts) => (text: string) => {
    setTexts((current) => ({ ...current, [key]: text }));
    setProblems((current) => ({ ...current, [key]: undefined }));
  };

  const submit = () => {
    const patch: Partial<Settings> = {};
    const found: Partial<Record<keyof NumberTexts, string>> = {};
    for (const field of Object.values(numberFields)) {
      const parsed = parseField(field, texts[field.key]);
      if ('problem' in parsed) found[field.key] = parsed.problem;
      else if (parsed.value !== settings[field.key]) patch[field.key] = parsed.value;
    }
    setProblems(found);
    const firstProblem = Object.keys(found)[0];
    if (firstProblem) {
      document.querySelector<HTMLElement>(`[data-testid="pref-${firstProblem}"]`)?.focus();
      return;
    }
    if (theme !== settings.theme) patch.theme = theme;
    if (syncOnStart !== settings.syncOnStart) patch.syncOnStart = syncOnStart;
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    void action
      .run(() => onSave(patch))
      .then((ok) => {
        if (ok) onClose();
      });
  };

  return (
    <Dialog
      title="Preferences"
      testId="preferences-dialog"
      wide
      onSubmit={submit}
      onClose={onClose}
    >
      <fieldset className="choices choices--inline">
        <legend className="choices__legend">Theme</legend>
        {themes.map((choice) => (
          <Choice
            key={choice.value}
            type="radio"
            name={themeName}
            value={choice.value}
            label={choice.label}
            checked={theme === choice.value}
            onChange={() => setTheme(choice.value)}
          />
        ))}
      </fieldset>
      <NumberSetting
        field={numberFields.syncIntervalMinutes}
        label="Sync feeds every"
        unit="minutes"
        hint="Feeds left at “App default” follow this; each feed can have its own."
        value={texts.syncIntervalMinutes}
        problem={problems.syncIntervalMinutes ?? null}
        autoFocus
        onChange={setText('syncIntervalMinutes')}
      />
      <Choice
        type="checkbox"
        label="Sync when Outpost starts"
        checked={syncOnStart}
        testId="pref-syncOnStart"
        onChange={setSyncOnStart}
      />
      <NumberSetting
        field={numberFields.imageBudgetMB}
        label="Space for offline images"
        unit="MB"
        hint="When it fills, the oldest images of unstarred articles go first. 0 keeps none."
        value={texts.imageBudgetMB}
        problem={problems.imageBudgetMB ?? null}
        onChange={setText('imageBudgetMB')}
      />
      <NumberSetting
        field={numberFields.maxImageMB}
        label="Largest image to keep"
        unit="MB"
        hint="Larger images stay on the web and show only when online."
        value={texts.maxImageMB}
        problem={problems.maxImageMB ?? null}
        onChange={setText('maxImageMB')}
      />
      <TaggingRules />
      <DialogError message={action.error} />
      <DialogActions submitLabel="Save" busy={action.busy} onCancel={onClose} />
    </Dialog>
  );
}
