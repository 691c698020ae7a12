// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lastUnansweredCustomerMessage } from '../../lib/schema/thread';
import { pickAdapter, safeThread } from '../../lib/sites/registry';
import { vkAdapter } from '../../lib/sites/vk';
import { click, loadFixture, type LoadedFixture } from '../fixtures/sites/load';

const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).toISOString();

let fixture: LoadedFixture | undefined;
beforeEach(() => {
  vi.useFakeTimers({ now: new Date(2026, 10, 23, 12, 0), toFake: ['Date'] });
});
afterEach(async () => {
  vi.useRealTimers();
  await fixture?.close();
  fixture = undefined;
});

describe('VK new messenger', () => {
  it('reads the conversation', () => {
    fixture = loadFixture('vk-convo.html', 'https://vk.com/im/convo/123456789');
    const { adapter, health } = pickAdapter(fixture.url(), fixture.document);
    expect(adapter.id).toBe('vk');
    expect(health).toBe('ok');
    const snapshot = safeThread(adapter, fixture.document, fixture.url())!;
    console.log(JSON.stringify(snapshot, null, 1));
  });
});
