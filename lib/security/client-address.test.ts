import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/security/client-address';

const request = (entries: Record<string, string>) => new Headers(entries);

describe('clientAddress behind trusted proxies', () => {
  it('takes the address the nearest proxy appended, not what the client put in front of it', () => {
    const forged = request({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7' });
    expect(clientAddress(forged, 1)).toBe('198.51.100.7');
  });

  it('counts back past every trusted proxy', () => {
    const viaCdn = request({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7, 10.0.0.2' });
    expect(clientAddress(viaCdn, 2)).toBe('198.51.100.7');
    expect(clientAddress(viaCdn, 5)).toBe('203.0.113.9');
  });

  it('reads the single address Next sets from the socket when the proxy sent none, else nothing', () => {
    expect(clientAddress(request({ 'x-forwarded-for': ' 127.0.0.1 ' }), 1)).toBe('127.0.0.1');
    expect(clientAddress(request({ 'x-forwarded-for': '::ffff:192.0.2.1' }), 1)).toBe('192.0.2.1');
    expect(clientAddress(request({ 'x-forwarded-for': ' , ' }), 1)).toBeUndefined();
    expect(clientAddress(request({}), 1)).toBeUndefined();
  });
});

describe('clientAddress reached directly (no trusted proxy)', () => {
  it('believes neither X-Forwarded-For nor X-Real-IP: without the connection stamp there is no address', () => {
    const forged = request({ 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '198.51.100.7' });
    expect(clientAddress(forged, 0)).toBeUndefined();
  });
});
