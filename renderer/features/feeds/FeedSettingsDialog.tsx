// A feed's settings: how often it syncs, how much of each article to fetch, and whether images are kept offline.
import { useId, useState } from 'react';
import type { Feed, FeedSettings, FullTextPolicy } from '../../../shared/feeds.ts';
import { Choice } from '../../ui/Choice.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { DialogActions } from '../../ui/DialogActions.tsx';
import { DialogError } from '../../ui/DialogError.tsx';
import { useAsyncAction } from '../../ui/useAsyncAction.ts';
import { describeMinutes, fullTextChoices, intervalChoices } from './feed-settings.ts';

interface FeedSettingsDialogProps {
  feed: Feed;
  /** The app-wide interval, to say what "App default" means. */
  defaultMinutes: number | null;
  onSave: (patch: Partial<FeedSettings>) => Promise<unknown>;
  onClose: () => void;
}

export function FeedSettingsDialog({
  feed,
  defaultMinutes,
  onSave,
  onClose,
}: FeedSettingsDialogProps) {
  const [interval, setIntervalMinutes] = useState<number | null>(feed.intervalMinutes);
  const [fullText, setFullText] = useState<FullTextPolicy>(feed.fullText);
  const [images, setImages] = useState(feed.images);
  const action = useAsyncAction();
  const intervalId = useId();
  const radioName = useId();

  const choices = [...intervalChoices];
  // An interval set elsewhere (the CLI, an OPML file) stays choosable.
  if (feed.intervalMinutes !== null && !choices.some((c) => c.minutes === feed.intervalMinutes)) {
    const label = describeMinutes(feed.intervalMinutes);
    choices.push({
      minutes: feed.intervalMinutes,
      label: label[0]!.toUpperCase() + label.slice(1),
    });
  }

  const submit = () => {
    const patch: Partial<FeedSettings> = {};
    if (interval !== feed.intervalMinutes) patch.intervalMinutes = interval;
    if (fullText !== feed.fullText) patch.fullText = fullText;
    if (images !== feed.images) patch.images = images;
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
      title={`Settings for “${feed.title}”`}
      testId="feed-settings-dialog"
      description={<span className="dialog__url">{feed.feedUrl}</span>}
      wide
      onSubmit={submit}
      onClose={onClose}
    >
      <div className="field">
        <label className="field__label" htmlFor={intervalId}>
          Check for new articles
        </label>
        <select
          id={intervalId}
          className="select"
          value={interval === null ? '' : String(interval)}
          data-autofocus
          data-testid="feed-interval"
          onChange={(event) =>
            setIntervalMinutes(event.target.value === '' ? null : Number(event.target.value))
          }
        >
          {choices.map((choice) => (
            <option
              key={choice.label}
              value={choice.minutes === null ? '' : String(choice.minutes)}
            >
              {choice.minutes === null && defaultMinutes !== null
                ? `${choice.label} (${describeMinutes(defaultMinutes)})`
                : choice.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="choices" data-testid="feed-full-text">
        <legend className="choices__legend">Article text</legend>
        {fullTextChoices.map((choice) => (
          <Choice
            key={choice.value}
            type="radio"
            name={radioName}
            value={choice.value}
            label={choice.label}
            hint={choice.hint}
            checked={fullText === choice.value}
            onChange={() => setFullText(choice.value)}
          />
        ))}
      </fieldset>
      <Choice
        type="checkbox"
        label="Save images for offline reading"
        hint="Within the space set in Preferences."
        checked={images}
        testId="feed-images"
        onChange={setImages}
      />
      <DialogError message={action.error} />
      <DialogActions submitLabel="Save" busy={action.busy} onCancel={onClose} />
    </Dialog>
  );
}
