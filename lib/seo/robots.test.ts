import { describe, expect, it } from 'vitest';
import { shopRobots } from '@/lib/seo/robots';

describe('shopRobots', () => {
  const robots = shopRobots('https://shop.example/');
  const rule = [robots.rules].flat()[0]!;

  it('lets crawlers read the catalog', () => {
    expect(rule.userAgent).toBe('*');
    expect(rule.allow).toBe('/');
  });

  it('keeps them out of private and transactional pages', () => {
    expect(rule.disallow).toEqual(['/staff', '/api/', '/orders/', '/my-esims', '/sign-in', '/register', '/find-order']);
  });

  it('names the sitemap by its absolute address, without a doubled slash', () => {
    expect(robots.sitemap).toBe('https://shop.example/sitemap.xml');
  });
});
