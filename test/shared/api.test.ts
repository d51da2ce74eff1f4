// The contract: one table of methods whose schemas are the types, so the two cannot drift apart.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  apiMethods,
  apiSpec,
  eventNames,
  invokeApi,
  ipcChannel,
  isApiMethod,
  isEventName,
  validateArgs,
  type OutpostApi,
} from '../../shared/api.ts';
import type {
  articleFilter,
  feedPatch,
  newTagRule,
  searchOptions,
  tagEdit,
} from '../../shared/api-inputs.ts';
import type { FeedPatch } from '../../shared/feeds.ts';
import type { ArticleFilter, NewTagRule, SearchOptions, TagEdit } from '../../shared/model.ts';

describe('the API contract', () => {
  it('has a runtime schema for exactly the declared methods', () => {
    expect(Object.keys(apiSpec).sort()).toEqual([...apiMethods].sort());
    for (const method of apiMethods) expect(apiSpec[method].args.safeParse).toBeTypeOf('function');
  });

  it('types every argument by its schema, so a field cannot exist on one side only', () => {
    expectTypeOf<ArticleFilter>().toEqualTypeOf<z.infer<typeof articleFilter>>();
    expectTypeOf<SearchOptions>().toEqualTypeOf<z.infer<typeof searchOptions>>();
    expectTypeOf<TagEdit>().toEqualTypeOf<z.infer<typeof tagEdit>>();
    expectTypeOf<NewTagRule>().toEqualTypeOf<z.infer<typeof newTagRule>>();
    expectTypeOf<FeedPatch>().toEqualTypeOf<z.infer<typeof feedPatch>>();
    expectTypeOf<Parameters<OutpostApi['listArticles']>>().toEqualTypeOf<[ArticleFilter]>();
    expectTypeOf<Parameters<OutpostApi['search']>>().toEqualTypeOf<
      [query: string, options?: SearchOptions]
    >();
    // A field the schema does not know is not part of the type…
    // @ts-expect-error: `colour` is not an ArticleFilter field
    const unknownField: ArticleFilter = { view: 'all', colour: 'red' };
    // …and is refused at run time with a sentence naming the method.
    const refused = validateArgs('listArticles', [unknownField]);
    expect(refused.ok).toBe(false);
    // Every field the type has is accepted at run time.
    const everyField: Required<ArticleFilter> = {
      view: 'unread',
      sourceId: 1,
      folderId: 2,
      tag: { kind: 'region', code: 'sahel' },
      after: '2024-01-01',
      before: '2025-01-01',
      limit: 10,
      offset: 20,
    };
    expect(validateArgs('listArticles', [everyField])).toEqual({ ok: true, args: [everyField] });
  });

  it('recognises only its own methods and events', () => {
    expect(isApiMethod('search')).toBe(true);
    // Reading files by path is for the CLI and the shell's own dialog, never for a window.
    expect(isApiMethod('importFiles')).toBe(false);
    expect(isApiMethod('toString')).toBe(false);
    expect(isApiMethod('__proto__')).toBe(false);
    expect(isEventName('changed')).toBe(true);
    expect(isEventName('articles-changed')).toBe(false);
    expect(isEventName('constructor')).toBe(false);
    expect(eventNames).toContain('settings-changed');
  });

  it('derives one channel per method and event', () => {
    expect(new Set(apiMethods.map(ipcChannel.call)).size).toBe(apiMethods.length);
    expect(ipcChannel.call('search')).toBe('outpost:call:search');
    expect(ipcChannel.event('changed')).toBe('outpost:event:changed');
  });

  it('accepts valid calls, dropping trailing undefined optionals', () => {
    expect(validateArgs('search', ['niger'])).toEqual({ ok: true, args: ['niger'] });
    expect(validateArgs('search', ['niger', undefined])).toEqual({ ok: true, args: ['niger'] });
    expect(validateArgs('search', ['niger', { limit: 5, sort: 'date' }])).toEqual({
      ok: true,
      args: ['niger', { limit: 5, sort: 'date' }],
    });
    expect(validateArgs('setRead', [3, true]).ok).toBe(true);
    expect(validateArgs('openArticle', [3]).ok).toBe(true);
    expect(validateArgs('stats', []).ok).toBe(true);
  });

  it('rejects bad calls with a message naming the method', () => {
    const cases: Array<[Parameters<typeof validateArgs>[0], unknown]> = [
      ['getArticle', ['1']],
      ['getArticle', [-1]],
      ['setRead', [1]],
      ['setRead', [1, 'yes']],
      ['search', [42]],
      ['search', ['x', { limit: 5, evil: true }]],
      ['listArticles', [{ view: 'everything' }]],
      ['importDocuments', ['not-a-list']],
      ['importDocuments', [[{ name: '', base64: '' }]]],
      ['updateSettings', [{ theme: 'neon' }]],
      ['stats', [1]],
      ['stats', 'not-a-list'],
    ];
    for (const [method, args] of cases) {
      const result = validateArgs(method, args);
      expect(result.ok, `${method} ${JSON.stringify(args)}`).toBe(false);
      if (!result.ok) expect(result.message).toContain(method);
    }
  });

  it('invokes a method on any implementation with its arguments', async () => {
    const calls: unknown[][] = [];
    const api = Object.fromEntries(
      apiMethods.map((method) => [
        method,
        async (...args: unknown[]) => calls.push([method, ...args]),
      ]),
    ) as unknown as OutpostApi;
    await invokeApi(api, 'setStarred', [7, true]);
    expect(calls).toEqual([['setStarred', 7, true]]);
  });
});
