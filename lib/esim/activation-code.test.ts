import { describe, expect, it } from 'vitest';
import { appleInstallLink, parseActivationCode } from '@/lib/esim/activation-code';

const DOC_EXAMPLE = 'LPA:1$rsp-0001.linksfield.net$5H9MY-PTG45-3F5YM-ZFP9V';

describe('parseActivationCode', () => {
  it("parses the provider documentation's example", () => {
    expect(parseActivationCode(DOC_EXAMPLE)).toEqual({
      smdpAddress: 'rsp-0001.linksfield.net',
      matchingId: '5H9MY-PTG45-3F5YM-ZFP9V',
      raw: DOC_EXAMPLE,
    });
  });

  it.each([
    ['lower-case prefix', 'lpa:1$rsp-0001.linksfield.net$5H9MY-PTG45-3F5YM-ZFP9V', 'rsp-0001.linksfield.net', '5H9MY-PTG45-3F5YM-ZFP9V'],
    ['mixed-case prefix', 'Lpa:1$smdp.example.com$ABC123', 'smdp.example.com', 'ABC123'],
    ['SM-DP+ with a port', 'LPA:1$smdp.example.com:8443$ABC-123', 'smdp.example.com:8443', 'ABC-123'],
    ['deep host name', 'LPA:1$a.b.c.rsp.example.co.uk$X', 'a.b.c.rsp.example.co.uk', 'X'],
    ['upper-case host', 'LPA:1$RSP.EXAMPLE.COM$ID1', 'RSP.EXAMPLE.COM', 'ID1'],
    ['with an OID', 'LPA:1$smdp.example.com$ABC$1.3.6.1.4.1.31746', 'smdp.example.com', 'ABC'],
    ['empty OID and confirmation flag', 'LPA:1$smdp.example.com$ABC$$1', 'smdp.example.com', 'ABC'],
    ['OID and confirmation flag', 'LPA:1$smdp.example.com$ABC$2.999.1$1', 'smdp.example.com', 'ABC'],
    ['empty OID', 'LPA:1$smdp.example.com$ABC$', 'smdp.example.com', 'ABC'],
    ['lower-case matching id', 'LPA:1$smdp.example.com$abc-def-123', 'smdp.example.com', 'abc-def-123'],
  ])('accepts %s', (_name, code, smdpAddress, matchingId) => {
    expect(parseActivationCode(code)).toEqual({ smdpAddress, matchingId, raw: code });
  });

  it('trims surrounding white space and returns the trimmed code as raw', () => {
    expect(parseActivationCode(`  \n${DOC_EXAMPLE}\t `)?.raw).toBe(DOC_EXAMPLE);
  });

  it('accepts exactly 255 characters', () => {
    const prefix = 'LPA:1$smdp.example.com$';
    const code = prefix + 'A'.repeat(255 - prefix.length);
    expect(code).toHaveLength(255);
    expect(parseActivationCode(code)?.matchingId).toHaveLength(255 - prefix.length);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['no prefix', '1$rsp-0001.linksfield.net$5H9MY-PTG45-3F5YM-ZFP9V'],
    ['other prefix', 'LPB:1$rsp-0001.linksfield.net$5H9MY'],
    ['prefix without colon', 'LPA1$rsp-0001.linksfield.net$5H9MY'],
    ['no dollar at all', 'LPA:1'],
    ['only the address', 'LPA:1$rsp-0001.linksfield.net'],
    ['format 2', 'LPA:2$rsp-0001.linksfield.net$5H9MY'],
    ['format 0', 'LPA:0$rsp-0001.linksfield.net$5H9MY'],
    ['format 01', 'LPA:01$rsp-0001.linksfield.net$5H9MY'],
    ['empty format', 'LPA:$rsp-0001.linksfield.net$5H9MY'],
    ['empty SM-DP+', 'LPA:1$$5H9MY'],
    ['empty matching id', 'LPA:1$rsp-0001.linksfield.net$'],
    ['empty matching id before OID', 'LPA:1$rsp-0001.linksfield.net$$1.2.3'],
    ['space inside the matching id', 'LPA:1$rsp-0001.linksfield.net$5H9MY PTG45'],
    ['space after a separator', 'LPA:1$ rsp-0001.linksfield.net$5H9MY'],
    ['tab inside', 'LPA:1$rsp-0001.linksfield.net$5H9MY\tX'],
    ['newline inside', 'LPA:1$rsp-0001.linksfield.net\n$5H9MY'],
    ['single-label host', 'LPA:1$localhost$5H9MY'],
    ['IPv4 address', 'LPA:1$192.168.1.10$5H9MY'],
    ['URL instead of host', 'LPA:1$https://rsp.example.com$5H9MY'],
    ['host with a path', 'LPA:1$rsp.example.com/x$5H9MY'],
    ['host with underscore', 'LPA:1$rsp_1.example.com$5H9MY'],
    ['label starting with a hyphen', 'LPA:1$-rsp.example.com$5H9MY'],
    ['label ending with a hyphen', 'LPA:1$rsp-.example.com$5H9MY'],
    ['empty label', 'LPA:1$rsp..example.com$5H9MY'],
    ['trailing dot', 'LPA:1$rsp.example.com.$5H9MY'],
    ['label over 63 characters', `LPA:1$${'a'.repeat(64)}.example.com$5H9MY`],
    ['port 0', 'LPA:1$rsp.example.com:0$5H9MY'],
    ['port too large', 'LPA:1$rsp.example.com:65536$5H9MY'],
    ['non-numeric port', 'LPA:1$rsp.example.com:https$5H9MY'],
    ['empty port', 'LPA:1$rsp.example.com:$5H9MY'],
    ['two ports', 'LPA:1$rsp.example.com:1:2$5H9MY'],
    ['matching id with punctuation', 'LPA:1$rsp.example.com$5H9MY/PTG45'],
    ['non-ASCII matching id', 'LPA:1$rsp.example.com$ÄBC'],
    ['malformed OID', 'LPA:1$rsp.example.com$5H9MY$abc'],
    ['confirmation flag other than 1', 'LPA:1$rsp.example.com$5H9MY$$0'],
    ['too many fields', 'LPA:1$rsp.example.com$5H9MY$1.2.3$1$extra'],
    ['256 characters', `LPA:1$smdp.example.com$${'A'.repeat(256 - 23)}`],
    ['a web link', 'https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=LPA%3A1'],
  ])('rejects %s', (_name, code) => {
    expect(parseActivationCode(code)).toBeNull();
  });
});

describe('appleInstallLink', () => {
  it('puts the URL-encoded code into carddata', () => {
    expect(appleInstallLink(DOC_EXAMPLE)).toBe(
      'https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=LPA%3A1%24rsp-0001.linksfield.net%245H9MY-PTG45-3F5YM-ZFP9V',
    );
  });

  it('encodes every $ and : so the code survives as one query value', () => {
    const link = new URL(appleInstallLink('LPA:1$smdp.example.com:8443$ABC$1.2.3$1'));
    expect(link.search).not.toMatch(/[$:]/);
    expect(link.search).toContain('%24');
    expect(link.search).toContain('%3A');
    expect(link.searchParams.get('carddata')).toBe('LPA:1$smdp.example.com:8443$ABC$1.2.3$1');
    expect(link.origin + link.pathname).toBe('https://esimsetup.apple.com/esim_qrcode_provisioning');
  });
});
