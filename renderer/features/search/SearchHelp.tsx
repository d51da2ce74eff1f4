// The "?" beside the search box: a popover listing what the query language understands, one example each.
import { Icon } from '../../ui/Icon.tsx';
import './search-help.css';

const syntax: ReadonlyArray<{ example: string; meaning: string }> = [
  { example: 'niger coup', meaning: 'Articles with all of the words' },
  { example: '"security forces"', meaning: 'The words together, in this order' },
  { example: 'niger -france', meaning: 'Leaves out articles with a word' },
  { example: 'mali OR niger', meaning: 'Either word (OR in capitals)' },
  { example: 'elect*', meaning: 'Words beginning with “elect”' },
  { example: 'tuareg~1', meaning: 'The word with one letter wrong' },
  { example: 'title:coup', meaning: 'In the title only' },
  { example: 'source:"World Desk"', meaning: 'From one source' },
  { example: 'author:diallo', meaning: 'By one author' },
  { example: 'region:sahel', meaning: 'Tagged with a place; topic: and tag: too' },
  { example: 'after:2024-01-01', meaning: 'Published on that day or later' },
  { example: 'before:2024-07-01', meaning: 'Published before that day' },
  { example: 'is:unread', meaning: 'Only unread articles; also is:read' },
  { example: 'is:starred', meaning: 'Only starred articles; also is:unstarred' },
];

const popoverId = 'search-help';

export function SearchHelp() {
  return (
    <>
      <button
        type="button"
        className="icon-button search-help__button"
        aria-label="Search syntax"
        title="Search syntax"
        popoverTarget={popoverId}
        data-testid="search-help-button"
      >
        <Icon name="help" size={16} />
      </button>
      {/* An "auto" popover: the browser closes it on Escape or a click elsewhere. */}
      <div
        id={popoverId}
        popover="auto"
        role="dialog"
        aria-labelledby={`${popoverId}-title`}
        className="search-help"
        data-testid="search-help"
      >
        <h2 className="search-help__title" id={`${popoverId}-title`}>
          Search syntax
        </h2>
        <dl className="search-help__list">
          {syntax.map((row) => (
            <div key={row.example} className="search-help__row">
              <dt>
                <code>{row.example}</code>
              </dt>
              <dd>{row.meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="search-help__note">
          Parts are combined: <code>niger is:unread after:2024-01-01</code>.
        </p>
      </div>
    </>
  );
}
