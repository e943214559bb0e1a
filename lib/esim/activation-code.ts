/**
 * The GSMA SGP.22 (section 4.1) activation code carried by an eSIM QR code:
 * `LPA:1$<SM-DP+ address>$<matching ID>[$<SM-DP+ OID>[$<confirmation code required flag>]]`.
 * Pure: used by server and client components alike.
 */

export type ActivationCode = {
  /** The SM-DP+ server's FQDN, with its port when one is given. */
  smdpAddress: string;
  /** What phones call "activation code" when entering details by hand. */
  matchingId: string;
  /** The whole trimmed code, exactly as it goes into the QR code. */
  raw: string;
};

/** SGP.22 caps the activation code at 255 characters. */
const MAX_LENGTH = 255;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
// The spec asks for upper case; lower case is tolerated because phones accept it and SM-DP+ servers
// compare case-insensitively, so rejecting it would only strand a customer.
const MATCHING_ID = /^[a-z0-9-]+$/i;
const OID = /^[0-2](?:\.(?:0|[1-9][0-9]*))+$/;

function isSmdpAddress(value: string): boolean {
  const [host = '', port, ...rest] = value.split(':');
  if (rest.length > 0) return false;
  if (port !== undefined) {
    if (!/^[1-9][0-9]{0,4}$/.test(port) || Number(port) > 65535) return false;
  }
  if (host.length > 253) return false;
  const labels = host.split('.');
  // A fully qualified name: at least two labels, and a top-level label that is not all digits
  // (which also keeps bare IPv4 addresses out).
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return false;
  return !/^[0-9]+$/.test(labels[labels.length - 1] ?? '');
}

/** Parses an activation code; null for anything a phone could not install. */
export function parseActivationCode(code: string): ActivationCode | null {
  const raw = code.trim();
  if (raw.length === 0 || raw.length > MAX_LENGTH || /\s/.test(raw)) return null;
  if (raw.slice(0, 4).toUpperCase() !== 'LPA:') return null;

  const fields = raw.slice(4).split('$');
  if (fields.length < 3 || fields.length > 5) return null;
  const [format, smdpAddress = '', matchingId = '', oid, confirmationFlag] = fields;
  if (format !== '1') return null;
  if (!isSmdpAddress(smdpAddress)) return null;
  // The spec allows an empty matching id (the SM-DP+ then finds the profile by other means), but this
  // shop's codes always carry one, and without it manual installation is impossible.
  if (!MATCHING_ID.test(matchingId)) return null;
  if (oid !== undefined && oid !== '' && !OID.test(oid)) return null;
  if (confirmationFlag !== undefined && confirmationFlag !== '1') return null;

  return { smdpAddress, matchingId, raw };
}

/** Apple's one-tap installation link (iOS 17.4 and later); it must open in the system browser. */
export function appleInstallLink(code: string): string {
  return `https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=${encodeURIComponent(code)}`;
}
