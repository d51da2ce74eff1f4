// The sidebar's Places, Topics and (once the reader has any) Tags: trees of what the articles in
// view are about, each heading opening and closing its tree.
import type { ReactNode } from 'react';
import type { ArticleView } from '../../../shared/model.ts';
import { Icon } from '../../ui/Icon.tsx';
import type { Place } from '../sidebar/place.ts';
import type { TagNode } from './tag-tree.ts';
import { tagKey } from './tag-tree.ts';
import { TagBranch } from './TagBranch.tsx';
import { sectionKey } from './usePlaces.ts';
import type { PlacesState } from './usePlaces.ts';
import './places.css';

interface PlacesSectionProps {
  places: PlacesState;
  /** Null while a saved search is on screen: no row is current then. */
  place: Place | null;
  view: ArticleView;
  onPlace: (place: Place) => void;
}

export function PlacesSection({ places, place, view, onPlace }: PlacesSectionProps) {
  const { trees, disclosure } = places;
  if (!trees) return null;
  const section = (
    id: 'places' | 'topics' | 'tags',
    title: string,
    nodes: TagNode[],
  ): ReactNode => {
    if (nodes.length === 0) return null;
    const key = sectionKey(id);
    const open = disclosure.isOpen(key, true);
    const listId = `sidebar-${id}-tree`;
    return (
      <section
        className="tag-section"
        data-testid={`${id}-section`}
        aria-labelledby={`sidebar-${id}`}
      >
        <div className="sidebar__section-head">
          <h2 className="sidebar__heading">
            <button
              type="button"
              className="tag-section__toggle"
              id={`sidebar-${id}`}
              aria-expanded={open}
              aria-controls={open ? listId : undefined}
              onClick={() => disclosure.toggle(key, true)}
            >
              {title}
              <span className="sidebar__chevron" aria-hidden="true">
                <Icon name="chevron" size={11} />
              </span>
            </button>
          </h2>
        </div>
        {open ? (
          <ul className="sidebar__list tag-tree" id={listId} aria-labelledby={`sidebar-${id}`}>
            {nodes.map((node) => (
              <TagBranch
                key={tagKey(node)}
                node={node}
                place={place}
                view={view}
                onPlace={onPlace}
                disclosure={disclosure}
              />
            ))}
          </ul>
        ) : null}
      </section>
    );
  };
  return (
    <>
      {section('places', 'Places', trees.places)}
      {section('topics', 'Topics', trees.topics)}
      {section('tags', 'Tags', trees.tags)}
    </>
  );
}
