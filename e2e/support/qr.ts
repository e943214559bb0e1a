import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Reads the text of the QR code in a PNG (e.g. a Playwright element screenshot); null if none is found. */
export function decodeQrFromPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const rgba = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  // A screenshot may come out light-on-dark under forced colours; trying both costs little.
  const result = jsQR(rgba, image.width, image.height, { inversionAttempts: 'attemptBoth' });
  return result ? result.data : null;
}
