import { DestinationList, type BareDestination } from './destination-list';

// 100 places in six continents: a few more than the shop's default catalog (94), for a document
// near the home page's size (49 kB against 63, which also has a header and a footer).
const REGIONS: Record<string, string[]> = {
  Asia: 'BH BD KH CN HK IN ID IL JP JO KZ KW LA MO MY MV MN MM NP OM PK PH QA SA SG KR LK TW TH AE VN'.split(' '),
  Europe: 'AL AT BE BA BG HR CY CZ DK EE FI FR DE GR HU IS IE IT LV LI LT LU MT MC ME NL MK NO PL PT RO RS SK SI ES SE CH TR UA GB'.split(' '),
  'North America': 'CA CR DO MX PA US'.split(' '),
  'South America': 'AR BR CL CO EC PE UY'.split(' '),
  Oceania: 'AU FJ NZ'.split(' '),
  Africa: 'EG KE MA NG ZA TZ TN DZ GH SN UG ZM ZW'.split(' '),
};

/**
 * A second baseline for throughput: a page the size and shape of the shop's home page (a heading, a
 * search and 100 destination cards from a client component's props), prerendered like the bare page.
 * It tells how much of the shop's gap to the bare page is the size of its document. Only the
 * throughput runs load it, as autocannon does (no browser): its flag addresses point at no file.
 */
export default function BareListPage() {
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const chinese = new Intl.DisplayNames(['zh-CN'], { type: 'region' });
  const traditional = new Intl.DisplayNames(['zh-HK'], { type: 'region' });
  let mcc = 200;
  const destinations: BareDestination[] = Object.entries(REGIONS).flatMap(([continent, codes]) =>
    codes.map((code) => {
      const name = english.of(code) ?? code;
      mcc += 7;
      return {
        mcc,
        name,
        flagSrc: `/_next/static/media/${code.toLowerCase()}.${(mcc * 7919).toString(36).padStart(13, '0')}.webp`,
        continent,
        priceLabel: `From $${(1.49 + (mcc % 8)).toFixed(2)}`,
        searchText: `${name.toLowerCase()} ${chinese.of(code)} ${traditional.of(code)} ${code.toLowerCase()} ${mcc}`,
      };
    }),
  );
  return (
    <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:py-10">
      <div className="space-y-6">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold sm:text-3xl">Where are you travelling?</h1>
          <p className="text-slate-700">Pick your destination, choose a data plan and install your eSIM with a QR code.</p>
        </div>
        <DestinationList destinations={destinations} allResultsLabel={`${destinations.length} destinations`} />
      </div>
    </main>
  );
}
