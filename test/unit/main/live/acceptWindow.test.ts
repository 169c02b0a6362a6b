/**
 * One door to the live hub for both transports: a WebSocket must present the token first, and
 * nothing it sends before reaches the hub; a MessagePort (handed only to a checked window) is
 * connected at once. A channel that is gone leaves the hub once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptWindow } from '../../../../src/main/live/acceptWindow';
import type { LiveHub } from '../../../../src/main/live/liveHub';
import { encodeFrame, encodeJsonFrame, LiveType } from '../../../../src/shared/live/protocol';

function fakeHub() {
  const client = { receive: vi.fn(), dispose: vi.fn() };
  const hub = { connect: vi.fn(() => client) };
  return { hub: hub as unknown as LiveHub, connect: hub.connect, client };
}
const pipe = () => ({ send: vi.fn(), close: vi.fn() });
const hello = (token: string) => encodeJsonFrame(LiveType.hello, '', { token });
const subscribe = encodeFrame(LiveType.subscribe, 'note:n1');
const checkToken = (token: string | undefined) => token === 'secret';

afterEach(() => vi.useRealTimers());

describe('acceptWindow', () => {
  it('connects a trusted channel (a MessagePort) at once and passes its frames on', () => {
    const { hub, connect, client } = fakeHub();
    const peer = acceptWindow(hub, pipe());
    expect(connect).toHaveBeenCalledTimes(1);
    peer.receive(subscribe);
    expect(client.receive).toHaveBeenCalledWith(subscribe);
  });

  it('lets nothing through before the right token, then connects', () => {
    const { hub, connect, client } = fakeHub();
    const channel = pipe();
    const peer = acceptWindow(hub, channel, { checkToken });
    expect(connect).not.toHaveBeenCalled();
    peer.receive(hello('secret'));
    expect(connect).toHaveBeenCalledTimes(1);
    expect(client.receive).not.toHaveBeenCalled();
    peer.receive(subscribe);
    expect(client.receive).toHaveBeenCalledWith(subscribe);
    expect(channel.close).not.toHaveBeenCalled();
  });

  it.each([
    ['a wrong token', hello('guess')],
    ['a frame that is not a hello', subscribe],
    ['bytes that are no frame', new Uint8Array([1])],
  ])('closes the channel on %s and never reaches the hub', (_label, first) => {
    const { hub, connect } = fakeHub();
    const channel = pipe();
    acceptWindow(hub, channel, { checkToken }).receive(first);
    expect(channel.close).toHaveBeenCalledWith(4401, 'wrong token');
    expect(connect).not.toHaveBeenCalled();
  });

  it('closes a channel that does not present its token in time', () => {
    vi.useFakeTimers();
    const { hub } = fakeHub();
    const channel = pipe();
    acceptWindow(hub, channel, { checkToken, helloTimeoutMs: 1000 });
    vi.advanceTimersByTime(999);
    expect(channel.close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(channel.close).toHaveBeenCalledWith(4401, 'no token');
  });

  it('leaves the hub once when the channel is gone, and ignores what arrives after', () => {
    const { hub, client } = fakeHub();
    const peer = acceptWindow(hub, pipe());
    peer.closed();
    peer.closed();
    peer.receive(subscribe);
    expect(client.dispose).toHaveBeenCalledTimes(1);
    expect(client.receive).not.toHaveBeenCalled();
  });
});
