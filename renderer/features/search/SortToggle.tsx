// "Best match / Newest": the order of search results, as two pressed-or-not buttons.
import type { SearchSort } from '../../../shared/model.ts';

const orders: ReadonlyArray<{ value: SearchSort; label: string }> = [
  { value: 'relevance', label: 'Best match' },
  { value: 'date', label: 'Newest' },
];

interface SortToggleProps {
  sort: SearchSort;
  onSort: (sort: SearchSort) => void;
  labelId: string;
}

export function SortToggle({ sort, onSort, labelId }: SortToggleProps) {
  return (
    <div className="segmented" role="group" aria-labelledby={labelId}>
      {orders.map((order) => (
        <button
          key={order.value}
          type="button"
          className="segmented__option"
          aria-pressed={sort === order.value}
          data-testid={`sort-${order.value}`}
          onClick={() => onSort(order.value)}
        >
          {order.label}
        </button>
      ))}
    </div>
  );
}
