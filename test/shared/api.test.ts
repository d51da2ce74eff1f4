import { describe, expect, it } from 'vitest';
import {
  apiMethods,
  eventNames,
  invokeApi,
  ipcChannel,
  isApiMethod,
  isEventName,
} from '../../shared/api.ts';
import { apiArgs, validateArgs } from '../../shared/api-schema.ts';

describe('the API contract', () => {
  it('has a runtime schema for exactly the declared methods', () => {
    expect(Object.keys(apiArgs).sort()).toEqual([...apiMethods].sort());
  });

  it('recognises only its own methods and events', () => {
    expect(isApiMethod('search')).toBe(true);
    expect(isApiMethod('toString')).toBe(false);
    expect(isApiMethod('__proto__')).toBe(false);
    expect(isEventName('articles-changed')).toBe(true);
    expect(isEventName('constructor')).toBe(false);
    expect(eventNames).toContain('settings-changed');
  });

  it('derives one channel per method and event', () => {
    expect(new Set(apiMethods.map(ipcChannel.call)).size).toBe(apiMethods.length);
    expect(ipcChannel.call('search')).toBe('outpost:call:search');
    expect(ipcChannel.event('articles-changed')).toBe('outpost:event:articles-changed');
  });

  it('accepts valid calls, dropping trailing undefined optionals', () => {
    expect(validateArgs('search', ['niger'])).toEqual({ ok: true, args: ['niger'] });
    expect(validateArgs('search', ['niger', undefined])).toEqual({ ok: true, args: ['niger'] });
    expect(validateArgs('search', ['niger', { limit: 5, sort: 'date' }])).toEqual({
      ok: true,
      args: ['niger', { limit: 5, sort: 'date' }],
    });
    expect(validateArgs('setRead', [3, true]).ok).toBe(true);
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
      ['importFiles', ['not-a-list']],
      ['importFiles', [['']]],
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
    ) as unknown as Parameters<typeof invokeApi>[0];
    await invokeApi(api, 'setStarred', [7, true]);
    expect(calls).toEqual([['setStarred', 7, true]]);
  });
});
