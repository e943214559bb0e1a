import 'server-only';
import QRCode from 'qrcode';

/**
 * The activation code as an SVG QR code, drawn by the shop itself: the code is a secret and must
 * never be sent to a third-party QR image service. Level M and the standard 4-module quiet zone are
 * what phone cameras read most reliably from another screen.
 */
export function activationCodeSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}
