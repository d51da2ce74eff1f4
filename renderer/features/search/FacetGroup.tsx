// One row of facet chips (sources or years): the largest first, "+N more" for the rest, each a toggle.
import { useState } from 'react';
import { Icon } from '../../ui/Icon.tsx';

export interface FacetValue {
  value: string;
  count: number;
  /** The query already narrows to it: pressing the chip again takes that part out. */
  active: boolean;
}

interface FacetGroupProps {
  /** "Source" or "Year": the row's label and the start of each chip's name. */
  name: string;
  /** Plural for the "+N more" button: "sources". */
  plural: string;
  facet: 'source' | 'year';
  values: FacetValue[];
  limit: number;
  onToggle: (value: string) => void;
}

export function FacetGroup({ name, plural, facet, values, limit, onToggle }: FacetGroupProps) {
  const [expanded, setExpanded] = useState(false);
  const labelId = `facet-${facet}-label`;
  // Pressed chips always show, whatever their rank, so a narrowing can always be undone.
  const shown = expanded ? values : values.filter((value, index) => index < limit || value.active);
  const hidden = values.length - shown.length;

  return (
    <div className="search-tools__row">
      <span className="search-tools__label" id={labelId}>
        {name}
      </span>
      <div className="facet-chips" role="group" aria-labelledby={labelId}>
        {shown.map((value) => (
          <button
            key={value.value}
            type="button"
            className="facet-chip"
            aria-pressed={value.active}
            aria-label={`${name}: ${value.value}, ${value.count.toLocaleString()} ${value.count === 1 ? 'article' : 'articles'}`}
            title={value.active ? `Show articles from any ${name.toLowerCase()}` : undefined}
            data-testid="facet-chip"
            data-facet={facet}
            data-value={value.value}
            onClick={() => onToggle(value.value)}
          >
            <span className="facet-chip__label">{value.value}</span>
            <span className="facet-chip__count">{value.count.toLocaleString()}</span>
            {value.active ? <Icon name="close" size={11} /> : null}
          </button>
        ))}
        {hidden > 0 || (expanded && values.length > limit) ? (
          <button
            type="button"
            className="facet-chips__more"
            aria-expanded={expanded}
            aria-label={expanded ? `Show fewer ${plural}` : `Show ${hidden} more ${plural}`}
            data-testid={`facet-more-${facet}`}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Fewer' : `+${hidden.toLocaleString()} more`}
          </button>
        ) : null}
      </div>
    </div>
  );
}
