// One tag as a chip: its name, who put it there (on hover), and confirm (for suggestions) and remove buttons.
import { Icon } from '../../ui/Icon.tsx';
import { chipClass } from './tag-chips.ts';
import type { TagChipModel } from './tag-chips.ts';

interface TagChipProps {
  chip: TagChipModel;
  disabled: boolean;
  onConfirm: (chip: TagChipModel) => void;
  onRemove: (chip: TagChipModel) => void;
}

export function TagChip({ chip, disabled, onConfirm, onRemove }: TagChipProps) {
  const { tag, label } = chip;
  return (
    <span
      className={`${chipClass(tag.kind)}${chip.suggestion ? ' tag-chip--suggested' : ''}`}
      title={chip.origin}
      data-testid="tag-chip"
      data-kind={tag.kind}
      data-code={tag.code}
      data-suggested={chip.suggestion ? true : undefined}
    >
      <span className="tag-chip__label">{label}</span>
      <span className="visually-hidden">
        {chip.suggestion ? ', suggested' : ''}, {chip.origin}
      </span>
      {chip.suggestion ? (
        <button
          type="button"
          className="tag-chip__action tag-chip__action--confirm"
          aria-label={`Confirm ${label}`}
          title={`Confirm ${label}`}
          disabled={disabled}
          onClick={() => onConfirm(chip)}
        >
          <Icon name="check" size={12} />
        </button>
      ) : null}
      <button
        type="button"
        className="tag-chip__action"
        aria-label={`Remove ${label}`}
        title={`Remove ${label}`}
        disabled={disabled}
        onClick={() => onRemove(chip)}
      >
        <Icon name="close" size={11} />
      </button>
    </span>
  );
}
