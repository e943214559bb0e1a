import { describe, expect, it } from 'vitest';
import { activationCodeSvg } from '@/lib/esim/qr-svg';

const DOC_EXAMPLE = 'LPA:1$rsp-0001.linksfield.net$5H9MY-PTG45-3F5YM-ZFP9V';

describe('activationCodeSvg', () => {
  it('renders a self-contained, crisp SVG with a square viewBox', async () => {
    const svg = await activationCodeSvg(DOC_EXAMPLE);
    expect(svg.trimStart().startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('shape-rendering="crispEdges"');
    const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
    expect(viewBox).not.toBeNull();
    expect(viewBox?.[1]).toBe(viewBox?.[2]);
    // Version 3 (29 modules) for this 54-character code, plus the 4-module quiet zone on each side.
    expect(Number(viewBox?.[1])).toBeGreaterThanOrEqual(29 + 8);
  });

  it('carries its own size: whole pixels per module, at least 240 px, with no style to set', async () => {
    for (const code of [DOC_EXAMPLE, `${DOC_EXAMPLE}$1.3.6.1.4.1.31746$1`]) {
      const svg = await activationCodeSvg(code);
      const size = /width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) \d+"/.exec(svg);
      expect(size).not.toBeNull();
      const [, width, height, modules] = size!.map(Number);
      expect(height).toBe(width);
      expect(width).toBeGreaterThanOrEqual(240);
      expect(width! % modules!).toBe(0);
      // The smallest such size: one pixel less per module would be under 240 px.
      expect(width! - modules!).toBeLessThan(240);
    }
  });

  it('draws black on white, so it scans whatever the page colours', async () => {
    const svg = await activationCodeSvg(DOC_EXAMPLE);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('stroke="#000000"');
  });

  it('carries no script, link or reference to anything remote', async () => {
    const svg = await activationCodeSvg(DOC_EXAMPLE);
    expect(svg).not.toMatch(/<script|href=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    // The code itself is only in the drawing, never as readable text in the markup.
    expect(svg).not.toContain('5H9MY');
  });

  it('is deterministic', async () => {
    expect(await activationCodeSvg(DOC_EXAMPLE)).toBe(await activationCodeSvg(DOC_EXAMPLE));
  });
});
