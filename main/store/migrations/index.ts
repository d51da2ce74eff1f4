// The schema's history: numbered, forward-only migrations. Never edit one that has shipped; add the next.
import { initialSchema } from './001-initial.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [{ version: 1, name: 'initial', sql: initialSchema }];
