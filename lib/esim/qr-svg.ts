import 'server-only';
import QRCode from 'qrcode';

/** Smallest QR edge in CSS px: readable by a phone camera from a laptop screen at arm's length. */
const MIN_EDGE_PX = 240;
/** The standard quiet zone, in modules, on each side. */
const MARGIN = 4;

/**
 * The activation code as an SVG QR code, drawn by the shop itself: the code is a secret and must
 * never be sent to a third-party QR image service. Level M and the standard 4-module quiet zone are
 * what phone cameras read most reliably from another screen. The SVG carries its own width and
 * height, a whole number of pixels per module (every module the same size, so edges stay sharp) and
 * at least 240 px: the page's policy allows no style attribute to size it.
 */
export function activationCodeSvg(code: string): Promise<string> {
  const modules = QRCode.create(code, { errorCorrectionLevel: 'M' }).modules.size + 2 * MARGIN;
  const width = modules * Math.ceil(MIN_EDGE_PX / modules);
  return QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: MARGIN, width });
}
