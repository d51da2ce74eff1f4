// The schema's history: numbered, forward-only migrations. Never edit one that has shipped; add the next.
import { initialSchema } from './001-initial.ts';
import { feedsSchema } from './002-feeds.ts';
import { searchSchema } from './003-search.ts';
import { tagsSchema } from './004-tags.ts';
import { reliabilitySchema } from './005-reliability.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  { version: 1, name: 'initial', sql: initialSchema },
  { version: 2, name: 'feeds', sql: feedsSchema },
  { version: 3, name: 'search', sql: searchSchema },
  { version: 4, name: 'tags', sql: tagsSchema },
  { version: 5, name: 'reliability', sql: reliabilitySchema },
];
