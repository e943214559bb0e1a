import type { Continent, SandboxCountry } from '@/lib/sandbox/types';

type Row = readonly [mcc: number, iso2: string, isoName: string, zh: string];

const rows: Record<Continent, readonly Row[]> = {
  Asia: [
    [460, 'CN', 'China', '中国'],
    [454, 'HK', 'Hong Kong', '中国香港'],
    [455, 'MO', 'Macao', '中国澳门'],
    [466, 'TW', 'Taiwan', '中国台湾'],
    [440, 'JP', 'Japan', '日本'],
    [450, 'KR', 'South Korea', '韩国'],
    [525, 'SG', 'Singapore', '新加坡'],
    [502, 'MY', 'Malaysia', '马来西亚'],
    [520, 'TH', 'Thailand', '泰国'],
    [452, 'VN', 'Vietnam', '越南'],
    [510, 'ID', 'Indonesia', '印度尼西亚'],
    [515, 'PH', 'Philippines', '菲律宾'],
    [456, 'KH', 'Cambodia', '柬埔寨'],
    [457, 'LA', 'Laos', '老挝'],
    [414, 'MM', 'Myanmar', '缅甸'],
    [404, 'IN', 'India', '印度'],
    [413, 'LK', 'Sri Lanka', '斯里兰卡'],
    [472, 'MV', 'Maldives', '马尔代夫'],
    [470, 'BD', 'Bangladesh', '孟加拉国'],
    [410, 'PK', 'Pakistan', '巴基斯坦'],
    [429, 'NP', 'Nepal', '尼泊尔'],
    [428, 'MN', 'Mongolia', '蒙古'],
    [401, 'KZ', 'Kazakhstan', '哈萨克斯坦'],
    [424, 'AE', 'United Arab Emirates', '阿联酋'],
    [420, 'SA', 'Saudi Arabia', '沙特阿拉伯'],
    [427, 'QA', 'Qatar', '卡塔尔'],
    [422, 'OM', 'Oman', '阿曼'],
    [426, 'BH', 'Bahrain', '巴林'],
    [419, 'KW', 'Kuwait', '科威特'],
    [416, 'JO', 'Jordan', '约旦'],
    [425, 'IL', 'Israel', '以色列'],
  ],
  Europe: [
    [202, 'GR', 'Greece', '希腊'],
    [204, 'NL', 'Netherlands', '荷兰'],
    [206, 'BE', 'Belgium', '比利时'],
    [208, 'FR', 'France', '法国'],
    [212, 'MC', 'Monaco', '摩纳哥'],
    [214, 'ES', 'Spain', '西班牙'],
    [216, 'HU', 'Hungary', '匈牙利'],
    [218, 'BA', 'Bosnia and Herzegovina', '波斯尼亚和黑塞哥维那'],
    [219, 'HR', 'Croatia', '克罗地亚'],
    [220, 'RS', 'Serbia', '塞尔维亚'],
    [222, 'IT', 'Italy', '意大利'],
    [226, 'RO', 'Romania', '罗马尼亚'],
    [228, 'CH', 'Switzerland', '瑞士'],
    [230, 'CZ', 'Czech Republic', '捷克'],
    [231, 'SK', 'Slovakia', '斯洛伐克'],
    [232, 'AT', 'Austria', '奥地利'],
    [234, 'GB', 'United Kingdom', '英国'],
    [238, 'DK', 'Denmark', '丹麦'],
    [240, 'SE', 'Sweden', '瑞典'],
    [242, 'NO', 'Norway', '挪威'],
    [244, 'FI', 'Finland', '芬兰'],
    [246, 'LT', 'Lithuania', '立陶宛'],
    [247, 'LV', 'Latvia', '拉脱维亚'],
    [248, 'EE', 'Estonia', '爱沙尼亚'],
    [255, 'UA', 'Ukraine', '乌克兰'],
    [260, 'PL', 'Poland', '波兰'],
    [262, 'DE', 'Germany', '德国'],
    [268, 'PT', 'Portugal', '葡萄牙'],
    [270, 'LU', 'Luxembourg', '卢森堡'],
    [272, 'IE', 'Ireland', '爱尔兰'],
    [274, 'IS', 'Iceland', '冰岛'],
    [276, 'AL', 'Albania', '阿尔巴尼亚'],
    [278, 'MT', 'Malta', '马耳他'],
    [280, 'CY', 'Cyprus', '塞浦路斯'],
    [284, 'BG', 'Bulgaria', '保加利亚'],
    [286, 'TR', 'Turkey', '土耳其'],
    [293, 'SI', 'Slovenia', '斯洛文尼亚'],
    [294, 'MK', 'North Macedonia', '北马其顿'],
    [295, 'LI', 'Liechtenstein', '列支敦士登'],
    [297, 'ME', 'Montenegro', '黑山'],
  ],
  'North America': [
    [310, 'US', 'United States', '美国'],
    [302, 'CA', 'Canada', '加拿大'],
    [334, 'MX', 'Mexico', '墨西哥'],
    [712, 'CR', 'Costa Rica', '哥斯达黎加'],
    [714, 'PA', 'Panama', '巴拿马'],
    [370, 'DO', 'Dominican Republic', '多米尼加'],
  ],
  'South America': [
    [724, 'BR', 'Brazil', '巴西'],
    [722, 'AR', 'Argentina', '阿根廷'],
    [730, 'CL', 'Chile', '智利'],
    [732, 'CO', 'Colombia', '哥伦比亚'],
    [716, 'PE', 'Peru', '秘鲁'],
    [748, 'UY', 'Uruguay', '乌拉圭'],
    [740, 'EC', 'Ecuador', '厄瓜多尔'],
  ],
  Oceania: [
    [505, 'AU', 'Australia', '澳大利亚'],
    [530, 'NZ', 'New Zealand', '新西兰'],
    [542, 'FJ', 'Fiji', '斐济'],
  ],
  Africa: [
    [602, 'EG', 'Egypt', '埃及'],
    [655, 'ZA', 'South Africa', '南非'],
    [604, 'MA', 'Morocco', '摩洛哥'],
    [639, 'KE', 'Kenya', '肯尼亚'],
    [621, 'NG', 'Nigeria', '尼日利亚'],
    [640, 'TZ', 'Tanzania', '坦桑尼亚'],
    [605, 'TN', 'Tunisia', '突尼斯'],
  ],
};

/** Every country the sandbox knows, ordered by MCC. */
export const SANDBOX_COUNTRIES: readonly SandboxCountry[] = (Object.entries(rows) as [Continent, readonly Row[]][])
  .flatMap(([continent, list]) =>
    list.map(([mcc, iso2, isoName, zh]) => ({ mcc, iso2, isoName, name: { zh, en: isoName }, continent })),
  )
  .sort((a, b) => a.mcc - b.mcc);

const byIso2 = new Map(SANDBOX_COUNTRIES.map((country) => [country.iso2, country]));

/** The country with this ISO 3166-1 alpha-2 code; throws for a code outside the seed list. */
export function countryByIso2(iso2: string): SandboxCountry {
  const country = byIso2.get(iso2);
  if (!country) throw new Error(`sandbox seed: unknown country ${iso2}`);
  return country;
}
