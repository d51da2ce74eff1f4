// The title and count above the list: the view's name and size, or how many articles a search found.
interface ListHeaderProps {
  title: string;
  count: string | null;
}

export function ListHeader({ title, count }: ListHeaderProps) {
  return (
    <div className="list-header">
      <h2 className="list-header__title">{title}</h2>
      <span className="list-header__count" role="status" data-testid="list-count">
        {count}
      </span>
    </div>
  );
}
