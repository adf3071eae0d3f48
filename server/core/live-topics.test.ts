import { describe, expect, it, vi } from 'vitest';
import { pushEvents, topicEvents } from './live-topics.js';
import { createEventBus } from './pubsub.js';

type Change = { userIds: string[] };
const change = (id: string): Change => ({ userIds: [id] });
const ids = (result: IteratorResult<Change>) => (result.done ? null : result.value.userIds[0]);

describe('topicEvents', () => {
  it('subscribes to the bus once per topic, whatever the number of subscribers, and leaves it with the last', async () => {
    const bus = createEventBus();
    const subscribe = vi.spyOn(bus, 'subscribe');
    const a = topicEvents(bus, 'ACCESS_CHANGED', () => true);
    const b = topicEvents(bus, 'ACCESS_CHANGED', () => true);
    expect(subscribe).toHaveBeenCalledTimes(1);
    const [nextA, nextB] = [a.next(), b.next()];
    // The pump starts on the next tick; an event published after it reaches both, as one object.
    await Promise.resolve();
    const event = change('1');
    bus.publish('ACCESS_CHANGED', event);
    const [gotA, gotB] = await Promise.all([nextA, nextB]);
    expect(gotA.value).toBe(gotB.value);
    await a.return(undefined);
    await b.return(undefined);
    topicEvents(bus, 'ACCESS_CHANGED', () => true);
    expect(subscribe).toHaveBeenCalledTimes(2);
  });

  it('hands each subscriber the events it accepts, in order, even when a check has to wait', async () => {
    const bus = createEventBus();
    let release!: (accepted: boolean) => void;
    const slow = new Promise<boolean>((resolve) => (release = resolve));
    const odd = topicEvents(bus, 'ACCESS_CHANGED', (p) => Number(p.userIds[0]) % 2 === 1);
    const waits = topicEvents(bus, 'ACCESS_CHANGED', (p) => (p.userIds[0] === '1' ? slow : true));
    await Promise.resolve();
    for (const id of ['1', '2', '3']) bus.publish('ACCESS_CHANGED', change(id));
    expect(ids(await odd.next())).toBe('1');
    expect(ids(await odd.next())).toBe('3');
    const first = waits.next();
    release(true);
    expect(ids(await first)).toBe('1');
    expect(ids(await waits.next())).toBe('2');
    expect(ids(await waits.next())).toBe('3');
  });

  it('ends a subscriber whose check fails, and no other', async () => {
    const bus = createEventBus();
    const failing = topicEvents(bus, 'ACCESS_CHANGED', () => {
      throw new Error('no access');
    });
    const other = topicEvents(bus, 'ACCESS_CHANGED', () => true);
    await Promise.resolve();
    bus.publish('ACCESS_CHANGED', change('1'));
    await expect(failing.next()).rejects.toThrow('no access');
    expect(ids(await other.next())).toBe('1');
    bus.publish('ACCESS_CHANGED', change('2'));
    expect(await failing.next()).toEqual({ done: true, value: undefined });
    expect(ids(await other.next())).toBe('2');
  });

  it('ends a waiting subscriber at once on return, and sends it nothing more', async () => {
    const bus = createEventBus();
    const accepts = vi.fn(() => true);
    const events = topicEvents(bus, 'ACCESS_CHANGED', accepts);
    const other = topicEvents(bus, 'ACCESS_CHANGED', () => true);
    const waiting = events.next();
    await events.return(undefined);
    expect(await waiting).toEqual({ done: true, value: undefined });
    await Promise.resolve();
    bus.publish('ACCESS_CHANGED', change('1'));
    expect(ids(await other.next())).toBe('1');
    expect(accepts).not.toHaveBeenCalled();
  });

  it('ends every subscriber with the error when the bus fails, and subscribes again for the next one', async () => {
    const bus = createEventBus();
    const broken = {
      next: () => Promise.reject(new Error('bus down')),
      return: () => Promise.resolve({ done: true, value: undefined }),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    const subscribe = vi.spyOn(bus, 'subscribe').mockReturnValueOnce(broken as never);
    const events = topicEvents(bus, 'ACCESS_CHANGED', () => true);
    await expect(events.next()).rejects.toThrow('bus down');
    const again = topicEvents(bus, 'ACCESS_CHANGED', () => true);
    expect(subscribe).toHaveBeenCalledTimes(2);
    await again.return(undefined);
  });
});

describe('pushEvents', () => {
  it('hands accepted events to the sink in the dispatch loop, in order even when a check or a delivery waits', async () => {
    const bus = createEventBus();
    let release!: (accepted: boolean) => void;
    const slow = new Promise<boolean>((resolve) => (release = resolve));
    const accepts = vi.fn((p: Change) => (p.userIds[0] === '2' ? slow : p.userIds[0] !== '4'));
    const events = topicEvents(bus, 'ACCESS_CHANGED', accepts);
    const got: string[] = [];
    let finish!: () => void;
    const delivering = new Promise<void>((resolve) => (finish = resolve));
    const sink = (p: Change) => {
      got.push(p.userIds[0]);
      if (p.userIds[0] === '1') return delivering;
    };
    expect(pushEvents(events, sink)).toBe(true);
    await Promise.resolve();
    for (const id of ['1', '2', '3', '4', '5']) bus.publish('ACCESS_CHANGED', change(id));
    // All dispatched: the first handed over, the others behind its delivery and the waiting check.
    await vi.waitFor(() => expect(accepts).toHaveBeenCalledTimes(5));
    expect(got).toEqual(['1']);
    finish();
    release(true);
    await vi.waitFor(() => expect(got).toEqual(['1', '2', '3', '5']));
    // The stream yields nothing and ends when the subscriber leaves.
    const pending = events.next();
    await events.return(undefined);
    expect(await pending).toEqual({ done: true, value: undefined });
  });

  it('ends the stream with the error when a check fails, and hands nothing after it', async () => {
    const bus = createEventBus();
    const events = topicEvents(bus, 'ACCESS_CHANGED', (p) =>
      p.userIds[0] === '1' ? Promise.reject(new Error('no access')) : true,
    );
    const sink = vi.fn();
    pushEvents(events, sink);
    const pending = events.next();
    await Promise.resolve();
    bus.publish('ACCESS_CHANGED', change('1'));
    bus.publish('ACCESS_CHANGED', change('2'));
    await expect(pending).rejects.toThrow('no access');
    expect(sink).not.toHaveBeenCalled();
  });

  it('switches nothing for another iterable', () => {
    const other: AsyncIterable<Change> = {
      [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true, value: undefined }) }),
    };
    expect(pushEvents(other, () => {})).toBe(false);
  });
});
