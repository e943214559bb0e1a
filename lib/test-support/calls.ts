import type { UpstreamCall } from '@/lib/call-log/types';

/** A raw call as the transport would report it, for tests; override what the test is about. */
export function sampleCall(overrides: Partial<UpstreamCall> = {}): UpstreamCall {
  return {
    at: '2026-11-26T10:00:00.000Z',
    endpoint: '/v1.1/package/preOrderPackage',
    url: 'https://api-uat.io.linksfield.net/cube/v4/v1.1/package/preOrderPackage',
    acceptLanguage: 'en-US',
    authenticated: true,
    httpStatus: 200,
    code: 0,
    message: 'SUCCESS',
    latencyMs: 245,
    requestBody:
      '{"currency":"USD","currencyId":2,"deviceType":"10","discountFlag":0,"id":1000000,"money":5,' +
      '"packageCode":"LP20220325000000","packageNum":1,"partnerCode":"1000000005","periodNum":1}',
    responseBody:
      '{"code":0,"data":{"amount":5,"id":1055200093,"orderNo":"ESIM_L202212050000000","currency":"USD"},"message":"SUCCESS"}',
    orderRef: 'ord_abc123',
    ...overrides,
  };
}
