import { describe, expect, it } from 'vitest';
import { contract, isOperationName, operationNames } from '../../../../src/shared/api/contract';
import { bridgeName } from '../../../../src/shared/api/bridge';

describe('API contract', () => {
  it('names every operation area:verb', () => {
    for (const name of operationNames) expect(name).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
  });

  it('covers what the foundation promised', () => {
    expect(operationNames).toEqual(
      expect.arrayContaining([
        'notebook:open', 'notebook:create', 'notebook:info',
        'articles:createFromText', 'articles:list', 'articles:firstPage', 'articles:get', 'articles:delete',
        'actors:list', 'actors:create', 'actors:update', 'tags:list', 'tags:create',
        'quotes:list', 'quotes:create', 'quotes:update', 'quotes:delete',
        'notes:list', 'notes:get', 'notes:save', 'notes:rename', 'notes:delete', 'notes:restore', 'notes:backlinks',
      ]),
    );
  });

  it('gives each operation a distinct bridge function name', () => {
    const names = operationNames.map(bridgeName);
    expect(new Set(names).size).toBe(names.length);
    expect(bridgeName('articles:createFromText')).toBe('articlesCreateFromText');
  });

  it('rejects unknown fields and path-like ids', () => {
    expect(contract['articles:get'].input.safeParse({ id: 'a1' }).success).toBe(true);
    expect(contract['articles:get'].input.safeParse({ id: '../../etc/passwd' }).success).toBe(false);
    expect(contract['articles:list'].input.safeParse({ extra: 1 }).success).toBe(false);
    expect(contract['quotes:create'].input.safeParse({ articleId: 'a', start: 0, end: 1, speakerId: 'x', evil: true }).success).toBe(false);
  });

  it('recognises operation names only from the contract itself', () => {
    expect(isOperationName('articles:list')).toBe(true);
    expect(isOperationName('toString')).toBe(false);
    expect(isOperationName('__proto__')).toBe(false);
    expect(isOperationName(42)).toBe(false);
  });
});
