import { describe, expect, it } from 'vitest';
import { detectDevice } from '@/lib/esim/device';

const UA = {
  iphone16: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  iphone173: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
  iphone1731: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Mobile/15E148 Safari/604.1',
  iphone174: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  iphone1741: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1',
  iphone181: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  iphoneChrome: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  iphoneFirefox: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/121.0 Mobile/15E148 Safari/605.1.15',
  iphoneWechat: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800322f) NetType/WIFI Language/zh_CN',
  ipad175: 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  ipad165: 'Mozilla/5.0 (iPad; CPU OS 16_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Mobile/15E148 Safari/604.1',
  android14Chrome: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36',
  androidReduced: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  samsung: 'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
  androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0',
  desktopChrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  desktopFirefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
  macChrome: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  curl: 'curl/8.5.0',
};

describe('detectDevice', () => {
  it.each([
    ['iOS 16.6.1', UA.iphone16, false],
    ['iOS 17.3', UA.iphone173, false],
    ['iOS 17.3.1', UA.iphone1731, false],
    ['iOS 17.4', UA.iphone174, true],
    ['iOS 17.4.1', UA.iphone1741, true],
    ['iOS 18.1', UA.iphone181, true],
    ['Chrome on iOS 17.5', UA.iphoneChrome, true],
    ['Firefox on iOS 17.2', UA.iphoneFirefox, false],
    ['WeChat on iOS 18.0', UA.iphoneWechat, true],
    ['iPad on iPadOS 17.5', UA.ipad175, true],
    ['iPad on iPadOS 16.5', UA.ipad165, false],
  ])('%s is iOS (one tap: %s)', (_name, ua, oneTapInstall) => {
    expect(detectDevice(ua)).toEqual({ platform: 'ios', oneTapInstall });
  });

  it('treats an iPhone web view without a version as iOS without one-tap install', () => {
    expect(detectDevice('Mozilla/5.0 (iPhone; like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148')).toEqual({
      platform: 'ios',
      oneTapInstall: false,
    });
  });

  it.each([
    ['Android 14 Chrome', UA.android14Chrome],
    ['reduced Chrome UA', UA.androidReduced],
    ['Samsung Internet', UA.samsung],
    ['Firefox for Android', UA.androidFirefox],
  ])('%s is Android', (_name, ua) => {
    expect(detectDevice(ua)).toEqual({ platform: 'android', oneTapInstall: false });
  });

  it.each([
    ['desktop Chrome', UA.desktopChrome],
    ['desktop Firefox', UA.desktopFirefox],
    ['Linux Firefox', UA.linuxFirefox],
    ['macOS Safari (and iPadOS desktop mode)', UA.macSafari],
    ['macOS Chrome', UA.macChrome],
    ['curl', UA.curl],
    ['empty', ''],
  ])('%s is other', (_name, ua) => {
    expect(detectDevice(ua)).toEqual({ platform: 'other', oneTapInstall: false });
  });

  it('is other without a User-Agent header', () => {
    expect(detectDevice(null)).toEqual({ platform: 'other', oneTapInstall: false });
  });
});
