import type { Localized } from '@/lib/sandbox/types';

/** Every human text the sandbox answers with, in both languages. */
export const MESSAGES = {
  notFound: (path: string): Localized => ({ zh: `接口不存在：${path}`, en: `no such interface: ${path}` }),
  methodNotAllowed: (method: string): Localized => ({
    zh: `不支持的请求方法 ${method}，请使用 POST`,
    en: `request method ${method} is not supported, use POST`,
  }),
  bodyTooLarge: (limit: number): Localized => ({
    zh: `请求体过大（上限 ${limit} 字节）`,
    en: `request body too large (limit ${limit} bytes)`,
  }),
  bodyNotObject: { zh: '参数错误：请求体必须是JSON对象', en: 'parameter error: the request body must be a JSON object' },
  required: (field: string): Localized => ({ zh: `参数错误：${field}不能为空`, en: `parameter error: ${field} is required` }),
  notString: (field: string): Localized => ({ zh: `参数错误：${field}必须是字符串`, en: `parameter error: ${field} must be a string` }),
  notInteger: (field: string): Localized => ({ zh: `参数错误：${field}必须是整数`, en: `parameter error: ${field} must be an integer` }),
  notNumber: (field: string): Localized => ({ zh: `参数错误：${field}必须是数字`, en: `parameter error: ${field} must be a number` }),
  outOfRange: (field: string, min: number, max: number): Localized => ({
    zh: `参数错误：${field}必须在${min}到${max}之间`,
    en: `parameter error: ${field} must be between ${min} and ${max}`,
  }),
  notOneOf: (field: string, allowed: readonly (string | number)[]): Localized => ({
    zh: `参数错误：${field}只能是${allowed.map((value) => JSON.stringify(value)).join('、')}`,
    en: `parameter error: ${field} must be ${allowed.map((value) => JSON.stringify(value)).join(' or ')}`,
  }),
  notMd5: { zh: '参数错误：passwd必须是密码的小写MD5值', en: 'parameter error: passwd must be the lower-case MD5 hex digest of the password' },
  unknownPartner: { zh: '参数错误：partnerCode无效', en: 'parameter error: partnerCode is unknown' },
  countryRequired: {
    zh: '参数错误：countryCode和isoCountryName不能同时为空',
    en: 'parameter error: countryCode or isoCountryName is required',
  },
  packageMissing: { zh: '套餐不存在', en: 'package does not exist' },
  packageCodeMismatch: {
    zh: '参数错误：packageCode与套餐id不匹配',
    en: 'parameter error: packageCode does not match the package id',
  },
  currencyNotOffered: (currency: string): Localized => ({
    zh: `参数错误：currency ${currency} 不在该套餐的币种中`,
    en: `parameter error: currency ${currency} is not offered for this package`,
  }),
  currencyIdMismatch: { zh: '参数错误：currencyId与currency不匹配', en: 'parameter error: currencyId does not match currency' },
  moneyMismatch: { zh: 'money与套餐价格不符', en: 'money does not match the package price' },
  loginFailed: { zh: '邮箱或密码错误', en: 'incorrect email or password' },
  tokenInvalid: { zh: 'token已过期或无效，请重新登录', en: 'token expired or invalid, please log in' },
  notEmail: { zh: '参数错误：email格式不正确', en: 'parameter error: email must be an e-mail address' },
  emailRegistered: { zh: '该邮箱已注册', en: 'this email is already registered' },
  badParameter: { zh: '参数错误', en: 'parameter error' },
  notIsoCurrency: (field: string): Localized => ({
    zh: `参数错误：${field}必须是ISO 4217币种代码，如USD`,
    en: `parameter error: ${field} must be an ISO 4217 currency code, e.g. USD`,
  }),
  negative: (field: string): Localized => ({ zh: `参数错误：${field}不能为负数`, en: `parameter error: ${field} must not be negative` }),
  timeConversion: { zh: '时间转换错误：dateTime必须是以秒为单位的整数时间戳', en: 'time conversion error: dateTime must be an integer number of seconds' },
  orderSystemError: { zh: '订单系统错误', en: 'order system error' },
  noProfile: { zh: '无可用二维码：eSIM资源不足', en: 'no QR code: no free eSIM profile' },
  preOrderTimeout: { zh: '预订单已超时，请重新下单', en: 'PreOrder Timeout' },
  orderMissing: { zh: '订单不存在', en: 'order does not exist' },
  payAmountMismatch: { zh: '支付金额或币种与订单不符', en: 'payAmount or payCurrency differs from the order price' },
  paymentAlreadyReported: { zh: '该订单的支付结果已上报', en: 'payment already reported for this order' },
  esimNotIssued: { zh: 'eSIM尚未发放', en: 'the eSIM is not issued yet' },
  internalError: { zh: '系统错误', en: 'error' },
} as const;
