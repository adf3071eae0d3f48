/** `loadNow`: a value the request's loader already holds comes back as itself, anything else through the loader. */
import { describe, expect, it } from 'vitest';
import { type Context, type LoaderFactory, loadedValue, loader, loadNow, primeLoader } from './context.js';

const request = () => ({ loaders: new Map() }) as unknown as Context;

/** A loader factory answering `key` → `value-key`, counting its batches. */
function counting() {
  const batches: string[][] = [];
  const factory: LoaderFactory<string, string> = () => async (keys) => {
    batches.push([...keys]);
    return keys.map((key) => `value-${key}`);
  };
  return { factory, batches };
}

describe('loadNow', () => {
  it('answers through the loader first, then with the value itself', async () => {
    const ctx = request();
    const { factory, batches } = counting();
    const first = loadNow(ctx, factory, 'a');
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toBe('value-a');
    expect(loadNow(ctx, factory, 'a')).toBe('value-a');
    expect(batches).toEqual([['a']]);
  });

  it('answers a primed key at once, and never overrides a value it holds', async () => {
    const ctx = request();
    const { factory, batches } = counting();
    expect(loadedValue(ctx, factory, 'b')).toBeUndefined();
    primeLoader(ctx, factory, 'b', 'primed-b');
    primeLoader(ctx, factory, 'b', 'other-b');
    expect(loadNow(ctx, factory, 'b')).toBe('primed-b');
    expect(loadedValue(ctx, factory, 'b')).toBe('primed-b');
    expect(batches).toEqual([]);
  });

  it('loads a key again once the loader has cleared it', async () => {
    const ctx = request();
    const { factory, batches } = counting();
    await loadNow(ctx, factory, 'd');
    loader(ctx, factory).clear('d');
    expect(loadedValue(ctx, factory, 'd')).toBeUndefined();
    const again = loadNow(ctx, factory, 'd');
    expect(again).toBeInstanceOf(Promise);
    expect(await again).toBe('value-d');
    primeLoader(ctx, factory, 'e', 'primed-e');
    loader(ctx, factory).clearAll();
    expect(loadedValue(ctx, factory, 'd')).toBeUndefined();
    expect(loadedValue(ctx, factory, 'e')).toBeUndefined();
    expect(batches).toEqual([['d'], ['d']]);
  });

  it('keeps nothing between requests', async () => {
    const { factory } = counting();
    const one = request();
    await loadNow(one, factory, 'c');
    expect(loadedValue(request(), factory, 'c')).toBeUndefined();
  });
});
