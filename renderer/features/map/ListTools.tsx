// Under the list's title: the List/Map switch, and how far back the list and the map look.
import { isTimeRange, timeRanges } from './time-range.ts';
import type { TimeRange } from './time-range.ts';

export type ListMode = 'list' | 'map';

interface ListToolsProps {
  mode: ListMode;
  onMode: (mode: ListMode) => void;
  /** Null while searching: a search says its own dates (after:, before:). */
  range: TimeRange | null;
  onRange: (range: TimeRange) => void;
}

const modes: ReadonlyArray<{ value: ListMode; label: string; hint: string }> = [
  { value: 'list', label: 'List', hint: 'The reader beside the list' },
  { value: 'map', label: 'Map', hint: 'A map of the countries the articles are about' },
];

export function ListTools({ mode, onMode, range, onRange }: ListToolsProps) {
  return (
    <div className="list-tools">
      <div className="segmented" role="group" aria-label="Show">
        {modes.map((option) => (
          <button
            key={option.value}
            type="button"
            className="segmented__option"
            aria-pressed={mode === option.value}
            title={option.hint}
            data-testid={`mode-${option.value}`}
            onClick={() => onMode(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
      {range !== null ? (
        <select
          className="list-tools__range"
          aria-label="Time range"
          data-testid="time-range"
          value={range}
          onChange={(event) => {
            if (isTimeRange(event.target.value)) onRange(event.target.value);
          }}
        >
          {timeRanges.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : null}
    </div>
  );
}
