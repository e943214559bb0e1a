import { describe, expect, it } from 'vitest';
import {
  isSecretKey,
  REDACTED,
  REDACTED_ACTIVATION_CODE,
  redactBody,
  redactSecrets,
  redactText,
} from '@/lib/call-log/redact';

const LPA = 'LPA:1$rsp-0001.linksfield.net$5H9MY-PTG45-3F5YM-ZFP9V';
const MATCHING_ID = '5H9MY-PTG45-3F5YM-ZFP9V';
const MD5 = '5f4dcc3b5aa765d61d8327deb882cf99';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMDAwIn0.c2lnbmF0dXJlLXZhbHVl';

const parsed = (text: string | null) => JSON.parse(text ?? 'null') as unknown;

describe('isSecretKey', () => {
  it.each([
    'token',
    'Token',
    'TOKEN',
    'accessToken',
    'access_token',
    'x-access-token',
    'X-Access-Token',
    'passwd',
    'password',
    'PassWord',
    'secret',
    'qrCode',
    'qrcode',
    'qr_code',
    'activationCode',
    'matchingId',
    'matching_id',
    'cardNumber',
    'card_number',
    'cvc',
    'CVC',
    'refreshToken',
    'newPassword',
    'clientSecret',
    'qrCodeUrl',
  ])('%s is secret', (key) => expect(isSecretKey(key)).toBe(true));

  it.each([
    'smdpAddress',
    'paypalId',
    'clientId',
    'iccid',
    'orderNo',
    'email',
    'partnerCode',
    'expireTime',
    'tokenExpireTime',
    'message',
    'data',
    'code',
    'type',
  ])('%s is not secret', (key) => expect(isSecretKey(key)).toBe(false));
});

describe('redactBody on JSON', () => {
  it('passes null through and keeps an empty body', () => {
    expect(redactBody(null)).toBeNull();
    expect(redactBody('')).toBe('');
  });

  it('hides the password digest of a login request and keeps the rest', () => {
    const body = `{"email":"shop@example.com","passwd":"${MD5}","partnerCode":"1000000005","appId":14,"userType":4}`;
    const out = redactBody(body);
    expect(out).toBe(`{"email":"shop@example.com","passwd":"${REDACTED}","partnerCode":"1000000005","appId":14,"userType":4}`);
    expect(out).not.toContain(MD5);
  });

  it("hides the token in the provider's login answer and keeps its expiry", () => {
    const body = `{"code":0,"data":{"token":"${JWT}","expireTime":"2026-11-29T10:00:00Z"},"message":"SUCCESS"}`;
    expect(parsed(redactBody(body))).toEqual({
      code: 0,
      data: { token: REDACTED, expireTime: '2026-11-29T10:00:00Z' },
      message: 'SUCCESS',
    });
  });

  it('hides a login token that comes as a bare string in data', () => {
    const token = 'a3f9c0d2e1b4a5c6d7e8f9a0b1c2d3e4f5a6b7c8';
    const out = redactBody(`{"code":0,"data":"${token}","message":"SUCCESS"}`);
    expect(parsed(out)).toEqual({ code: 0, data: REDACTED, message: 'SUCCESS' });
    expect(out).not.toContain(token);
  });

  it('keeps short or spaced data strings, which are not tokens', () => {
    expect(redactBody('{"code":0,"data":"OK","message":"SUCCESS"}')).toBe('{"code":0,"data":"OK","message":"SUCCESS"}');
    expect(redactBody('{"code":9999,"data":"something went wrong here","message":"error"}')).toBe(
      '{"code":9999,"data":"something went wrong here","message":"error"}',
    );
  });

  it('hides qrCode and activationCode of a myEsimDetail answer but keeps smdpAddress and the rest', () => {
    const body = JSON.stringify({
      code: 0,
      data: {
        orderId: 1055200093,
        orderNo: 'ESIM_L202212050000000',
        iccid: '89852000000000000001',
        packageName: 'Japan 5 GB',
        qrCode: LPA,
        smdpAddress: 'rsp-0001.linksfield.net',
        activationCode: MATCHING_ID,
        status: 1,
        packageFlow: 5120,
        usedFlow: 0,
        validFrom: '2026-11-26T00:00:00Z',
        validTo: '2026-12-26T00:00:00Z',
      },
      message: 'SUCCESS',
    });
    const out = redactBody(body);
    expect(out).not.toContain(MATCHING_ID);
    expect(out).not.toContain('LPA:');
    expect(parsed(out)).toMatchObject({
      data: {
        qrCode: REDACTED,
        activationCode: REDACTED,
        smdpAddress: 'rsp-0001.linksfield.net',
        iccid: '89852000000000000001',
        orderNo: 'ESIM_L202212050000000',
      },
    });
  });

  it('hides the QR code of a paid status answer and keeps a missing one visible', () => {
    expect(parsed(redactBody(`{"code":0,"data":{"orderPayStatus":1,"qrCode":"${LPA}"}}`))).toEqual({
      code: 0,
      data: { orderPayStatus: 1, qrCode: REDACTED },
    });
    // A null or empty QR code is itself the clue staff look for, and gives nothing away.
    expect(redactBody('{"code":0,"data":{"orderPayStatus":0,"qrCode":null}}')).toBe(
      '{"code":0,"data":{"orderPayStatus":0,"qrCode":null}}',
    );
    expect(redactBody('{"code":0,"data":{"orderPayStatus":0,"qrCode":""}}')).toBe(
      '{"code":0,"data":{"orderPayStatus":0,"qrCode":""}}',
    );
  });

  it('leaves a webhook body untouched, paypalId included', () => {
    const body =
      '{"dateTime":1764151200,"orderId":1055200093,"partnerCode":"1000000005","payAmount":5.00,' +
      '"payCurrency":"USD","paypalId":"PAYID-NBXYZ123ABC456DEF789","type":"payment_intent.succeeded"}';
    expect(redactBody(body)).toBe(body);
  });

  it('walks nested objects and arrays, whatever the key case or spelling', () => {
    const body = JSON.stringify({
      a: {
        list: [{ Token: 't1-abcdef' }, { ACCESS_TOKEN: 't2-abcdef' }, { 'x-access-token': 't3-abcdef' }],
        deeper: [[{ refreshToken: 't4-abcdef', keep: 'visible' }]],
      },
      payment: { cardNumber: '4242424242424242', cvc: '123', card: { cvc: 456, expiry: '12/30' } },
      user: { password: 'hunter2', secret: { nested: 'object-secret' }, passwords: ['x'] },
    });
    const out = redactBody(body);
    for (const value of ['t1-abcdef', 't2-abcdef', 't3-abcdef', 't4-abcdef', '4242424242424242', '"123"', '456', 'hunter2', 'object-secret']) {
      expect(out).not.toContain(value);
    }
    expect(parsed(out)).toEqual({
      a: {
        list: [{ Token: REDACTED }, { ACCESS_TOKEN: REDACTED }, { 'x-access-token': REDACTED }],
        deeper: [[{ refreshToken: REDACTED, keep: 'visible' }]],
      },
      payment: { cardNumber: REDACTED, cvc: REDACTED, card: { cvc: REDACTED, expiry: '12/30' } },
      user: { password: REDACTED, secret: REDACTED, passwords: ['x'] },
    });
  });

  it('replaces any LPA activation code, wherever it is and whatever its case', () => {
    const body = JSON.stringify({
      profiles: [LPA, 'lpa:1$smdp.example.com$ABC-123', { note: LPA }],
      message: `Your code ${LPA} is ready.`,
      link: `https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=${encodeURIComponent(LPA)}`,
    });
    const out = redactBody(body);
    expect(out).not.toMatch(/LPA(:|%3A)1/i);
    expect(out).not.toContain(MATCHING_ID);
    expect(parsed(out)).toEqual({
      profiles: [REDACTED_ACTIVATION_CODE, REDACTED_ACTIVATION_CODE, { note: REDACTED_ACTIVATION_CODE }],
      message: `Your code ${REDACTED_ACTIVATION_CODE} is ready.`,
      link: `https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=${REDACTED_ACTIVATION_CODE}`,
    });
  });

  it('redacts an LPA code in the envelope message of an error', () => {
    const body = `{"code":3004,"data":null,"message":"profile ${LPA} already bound"}`;
    expect(redactBody(body)).toBe(`{"code":3004,"data":null,"message":"profile ${REDACTED_ACTIVATION_CODE} already bound"}`);
  });

  it('redacts JSON documents carried inside strings, at any depth', () => {
    const inner = JSON.stringify({ token: 'inner-token-123', n: 1, deeper: JSON.stringify({ passwd: MD5, ok: true }) });
    const out = redactBody(JSON.stringify({ payload: inner, other: 'plain' }));
    expect(out).not.toContain('inner-token-123');
    expect(out).not.toContain(MD5);
    const payload = parsed(String((parsed(out) as { payload: string }).payload)) as { token: string; n: number; deeper: string };
    expect(payload).toMatchObject({ token: REDACTED, n: 1 });
    expect(parsed(payload.deeper)).toEqual({ passwd: REDACTED, ok: true });
    expect(parsed(out)).toMatchObject({ other: 'plain' });
  });

  it('redacts key=value and header-like text inside string values', () => {
    const out = redactBody(
      JSON.stringify({ debug: `email=a%40b.c&passwd=${MD5}&appId=14`, header: 'x-access-token: 0123456789abcdef0123' }),
    );
    expect(parsed(out)).toEqual({ debug: `email=a%40b.c&passwd=${REDACTED}&appId=14`, header: `x-access-token: ${REDACTED}` });
  });

  it('hides JWTs and bearer tokens in free text', () => {
    const out = redactBody(JSON.stringify({ note: `got ${JWT} back`, auth: 'Bearer abc.def-ghi_jkl' }));
    expect(parsed(out)).toEqual({ note: `got ${REDACTED} back`, auth: `Bearer ${REDACTED}` });
  });

  it('keeps numbers, duplicate keys and Chinese text exactly while redacting', () => {
    const body = '{"iccid":89852000000000000001,"amount":5.10,"name":"马来西亚","token":"abcdef123","token":"ghijkl456"}';
    expect(redactBody(body)).toBe(
      `{"iccid":89852000000000000001,"amount":5.10,"name":"马来西亚","token":"${REDACTED}","token":"${REDACTED}"}`,
    );
  });

  it('writes the answer back compactly', () => {
    expect(redactBody('{\n  "code": 0,\n  "data": { "token": "abcdef123456" }\n}')).toBe(`{"code":0,"data":{"token":"${REDACTED}"}}`);
  });
});

describe('redactBody on text that is not JSON', () => {
  it('keeps a malformed answer readable and hides what it can', () => {
    const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    expect(redactBody(html)).toBe(html);
  });

  it('hides values in a truncated JSON answer', () => {
    expect(redactBody('{"code":0,"data":{"token":"abcdef123456')).toBe(`{"code":0,"data":{"token":"${REDACTED}"`);
    expect(redactBody(`{"code":0,"data":{"orderPayStatus":1,"qrCode":"${LPA}`)).toBe(
      `{"code":0,"data":{"orderPayStatus":1,"qrCode":"${REDACTED}"`,
    );
  });

  it('hides values in JSON with a syntax error', () => {
    const out = redactBody(`{"email":"a@b.c","passwd":"${MD5}",}`);
    expect(out).toBe(`{"email":"a@b.c","passwd":"${REDACTED}",}`);
    expect(redactBody(`{'token': 'abc', "cvc": 123, "qrCode": null, "activationCode": "", x}`)).toBe(
      `{'token': 'abc', "cvc": "${REDACTED}", "qrCode": null, "activationCode": "", x}`,
    );
  });

  it('hides a secret whose value is an object or array in malformed JSON', () => {
    expect(redactBody('{"token":{"value":"abc","n":[1,"}"]},"ok":1,')).toBe(`{"token":"${REDACTED}","ok":1,`);
    expect(redactBody('{"secret":["a","b"],"ok":1,')).toBe(`{"secret":"${REDACTED}","ok":1,`);
  });

  it('keeps quotes and escapes inside a hidden value from leaking the rest', () => {
    expect(redactBody('{"password":"pa\\"ss,word","next":"visible"')).toBe(`{"password":"${REDACTED}","next":"visible"`);
  });

  it('hides pairs escaped inside a string of a broken document', () => {
    const out = redactBody(`oops {"payload":"{\\"token\\":\\"abcdef123\\",\\"qrCode\\":\\"${LPA}\\"}"`);
    expect(out).toBe(`oops {"payload":"{\\"token\\":\\"${REDACTED}\\",\\"qrCode\\":\\"${REDACTED}\\"}"`);
    expect(redactBody(`oops {"note":"{\\"x\\":\\"${LPA}\\"}"`)).toBe(`oops {"note":"{\\"x\\":\\"${REDACTED_ACTIVATION_CODE}\\"}"`);
  });

  it('replaces LPA codes, JWTs and bearer tokens in plain text', () => {
    expect(redactBody(`Error: ${LPA} expired; auth Bearer ${JWT}; raw ${JWT}`)).toBe(
      `Error: ${REDACTED_ACTIVATION_CODE} expired; auth Bearer ${REDACTED}; raw ${REDACTED}`,
    );
  });

  it('hides MD5 digests and long tokens after secret keys in form or header text', () => {
    expect(redactBody(`email=a%40b.c&passwd=${MD5}&partnerCode=1000000005`)).toBe(
      `email=a%40b.c&passwd=${REDACTED}&partnerCode=1000000005`,
    );
    expect(redactBody('x-access-token: 9f86d081884c7d659a2feaa0c55ad015\naccept-language: en-US')).toBe(
      `x-access-token: ${REDACTED}\naccept-language: en-US`,
    );
    expect(redactBody("token='abcdefghijklmnop'")).toBe(`token='${REDACTED}'`);
  });

  it('leaves prose about tokens and passwords alone', () => {
    for (const text of ['token: expired', 'password: incorrect', 'Invalid token, please log in again']) {
      expect(redactBody(text)).toBe(text);
    }
  });
});

describe('redactText', () => {
  it('applies the same text rules to a single line such as a message', () => {
    expect(redactText(`activation failed for ${LPA}`)).toBe(`activation failed for ${REDACTED_ACTIVATION_CODE}`);
    expect(redactText('timeout')).toBe('timeout');
  });
});

describe('redactSecrets', () => {
  it('replaces every occurrence of each secret', () => {
    const token = 'configured-token-0001';
    expect(redactSecrets(`a ${token} b ${token}`, [token])).toBe(`a ${REDACTED} b ${REDACTED}`);
  });

  it('ignores values shorter than 6 characters and empty entries', () => {
    expect(redactSecrets('the code is 12345 here', ['12345', '', null, undefined])).toBe('the code is 12345 here');
    expect(redactSecrets('abcdef', ['abcdef'])).toBe(REDACTED);
  });

  it('replaces the longer of two overlapping secrets whole', () => {
    expect(redactSecrets('x secret-long-value y', ['secret', 'secret-long-value'])).toBe(`x ${REDACTED} y`);
  });

  it('finds a secret in its JSON-escaped and URL-encoded spellings', () => {
    const password = 'pa"ss\\word/日本';
    const json = JSON.stringify({ note: password });
    expect(redactSecrets(json, [password])).toBe(`{"note":"${REDACTED}"}`);
    expect(redactSecrets(`p=${encodeURIComponent(password)}&x=1`, [password])).toBe(`p=${REDACTED}&x=1`);
  });

  it('treats secrets as plain text, not patterns', () => {
    expect(redactSecrets('a.b*c+d(e) and axbxc', ['a.b*c+d(e)'])).toBe(`${REDACTED} and axbxc`);
  });

  it('passes null through', () => {
    expect(redactSecrets(null, ['abcdefgh'])).toBeNull();
  });

  it('catches a secret the structural rules cannot know about', () => {
    const staffPassword = 'staff-pass-2026';
    const body = redactBody(JSON.stringify({ note: `pasted ${staffPassword} by mistake` }));
    expect(redactSecrets(body, [staffPassword])).toBe(`{"note":"pasted ${REDACTED} by mistake"}`);
  });
});
