import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PEER_ADDRESS_HEADER, stampPeerAddresses } from '@/lib/security/peer-address';

// Outside Next there is no cache to revalidate: the test checks that the route asks for it.
const nextCache = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock('next/cache', () => nextCache);

/** The process's own mark, as `stampPeerAddresses` writes it on each request it accepts. */
const markOf = () => (globalThis as Record<symbol, string | undefined>)[Symbol.for('esim-qr-mall.peer-address-mark')]!;

describe('the internal pages route', () => {
  beforeEach(() => {
    stampPeerAddresses();
    nextCache.revalidatePath.mockClear();
  });

  const call = async (headers: Record<string, string>) => {
    const { POST } = await import('@/app/api/internal/catalog-pages/route');
    return POST(new Request('http://127.0.0.1:3000/api/internal/catalog-pages', { method: 'POST', headers }));
  };

  it('renders every cached page again for this process, over loopback, with its key', async () => {
    const { PAGES_KEY_HEADER, pagesKey } = await import('@/lib/fanout/pages-key');
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const answer = await call({ [PAGES_KEY_HEADER]: pagesKey(), [PEER_ADDRESS_HEADER]: `${markOf()} ${address}` });
      expect(answer.status).toBe(204);
    }
    expect(nextCache.revalidatePath).toHaveBeenCalledTimes(3);
    expect(nextCache.revalidatePath).toHaveBeenCalledWith('/', 'layout');
  });

  it('is a 404 for anyone else', async () => {
    const { PAGES_KEY_HEADER, pagesKey } = await import('@/lib/fanout/pages-key');
    const key = pagesKey();
    const refused: Record<string, string>[] = [
      {},
      { [PEER_ADDRESS_HEADER]: `${markOf()} 127.0.0.1` },
      { [PAGES_KEY_HEADER]: `${key.slice(0, -1)}x`, [PEER_ADDRESS_HEADER]: `${markOf()} 127.0.0.1` },
      // The key, but from another machine, or with a peer note the client wrote itself.
      { [PAGES_KEY_HEADER]: key, [PEER_ADDRESS_HEADER]: `${markOf()} 192.0.2.7` },
      { [PAGES_KEY_HEADER]: key, [PEER_ADDRESS_HEADER]: `${'x'.repeat(markOf().length)} 127.0.0.1` },
      { [PAGES_KEY_HEADER]: key },
    ];
    for (const headers of refused) expect((await call(headers)).status).toBe(404);
    expect(nextCache.revalidatePath).not.toHaveBeenCalled();
  });
});
