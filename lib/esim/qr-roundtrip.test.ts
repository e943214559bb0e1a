import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeQrFromPng } from '@/e2e/support/qr';
import { parseActivationCode } from '@/lib/esim/activation-code';

const DOC_EXAMPLE = 'LPA:1$rsp-0001.linksfield.net$5H9MY-PTG45-3F5YM-ZFP9V';
// Near the 255-character ceiling, with the optional OID and confirmation flag fields.
const LONG = `LPA:1$smdp-plus.rsp.eu-central-1.example-operator.com:8443$${'K7Q2-'.repeat(35)}X$1.3.6.1.4.1.31746$1`;

async function png(text: string, scale = 4): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale });
}

describe('decodeQrFromPng', () => {
  it("round-trips the documentation's example code", async () => {
    expect(decodeQrFromPng(await png(DOC_EXAMPLE))).toBe(DOC_EXAMPLE);
  });

  it('round-trips a long code', async () => {
    expect(LONG.length).toBeGreaterThan(240);
    expect(parseActivationCode(LONG)?.raw).toBe(LONG);
    expect(decodeQrFromPng(await png(LONG))).toBe(LONG);
  });

  it('reads a small rendering too', async () => {
    expect(decodeQrFromPng(await png(DOC_EXAMPLE, 2))).toBe(DOC_EXAMPLE);
  });

  it('returns null for an image without a QR code', async () => {
    const { PNG } = await import('pngjs');
    const blank = new PNG({ width: 64, height: 64 });
    blank.data.fill(255);
    expect(decodeQrFromPng(PNG.sync.write(blank))).toBeNull();
  });
});
