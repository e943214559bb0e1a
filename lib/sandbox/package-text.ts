import type { PlanTemplate } from '@/lib/sandbox/plans';
import type { Localized, SandboxCountry } from '@/lib/sandbox/types';

export type PackageText = { showName: Localized; shortDesc: Localized; desc: Localized };

function volume(flowMb: number): Localized {
  if (flowMb < 0) return { zh: '无限流量', en: 'Unlimited' };
  const text = flowMb >= 1024 ? `${flowMb / 1024}GB` : `${flowMb}MB`;
  return { zh: text, en: text };
}

function coverage(countries: readonly SandboxCountry[]): Localized {
  if (countries.length > 40) {
    return { zh: `${countries.length}个国家和地区`, en: `${countries.length} countries and regions` };
  }
  return {
    zh: countries.map((country) => country.name.zh).join('、'),
    en: countries.map((country) => country.name.en).join(', '),
  };
}

function names(area: Localized, plan: PlanTemplate): Pick<PackageText, 'showName' | 'shortDesc'> {
  const vol = volume(plan.flowMb);
  if (plan.flowMb < 0) {
    return {
      showName: { zh: `${area.zh}无限流量日套餐`, en: `${area.en} Unlimited Day Pass` },
      shortDesc: {
        zh: '每天不限流量，前2GB高速，之后限速512kbps',
        en: 'Unlimited data every day: the first 2GB at full speed, then 512 kbps',
      },
    };
  }
  if (plan.period === 1) {
    return {
      showName: { zh: `${area.zh}每日${vol.zh}`, en: `${area.en} ${vol.en} per Day` },
      shortDesc: {
        zh: `每天${vol.zh}高速流量，用完后限速128kbps，可购买${plan.minPeriod}-${plan.maxPeriod}天`,
        en: `${vol.en} of full-speed data per day, then 128 kbps; buy ${plan.minPeriod} to ${plan.maxPeriod} days`,
      },
    };
  }
  return {
    showName: { zh: `${area.zh} ${vol.zh} ${plan.period}天`, en: `${area.en} ${vol.en} ${plan.period} Days` },
    shortDesc: {
      zh: `${vol.zh}高速流量，${plan.period}天有效`,
      en: `${vol.en} of full-speed data, valid for ${plan.period} days`,
    },
  };
}

/** Display name and descriptions of a package in both languages. */
export function packageText(area: Localized, plan: PlanTemplate, countries: readonly SandboxCountry[]): PackageText {
  const cover = coverage(countries);
  return {
    ...names(area, plan),
    desc: {
      zh: `适用国家/地区：${cover.zh}。扫描二维码安装eSIM，抵达后开启数据漫游即可上网。有效期自首次连接网络起计算。支持热点分享，仅提供数据服务，不含电话和短信。`,
      en: `Coverage: ${cover.en}. Install the eSIM by scanning its QR code, then turn on data roaming on arrival. The validity starts at the first connection to a network. Hotspot sharing is allowed; data only, no calls or SMS.`,
    },
  };
}
