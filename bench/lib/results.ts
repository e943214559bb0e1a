/** What one run of `npm run bench` measured: the input of the budgets and of the results file. */

export const CUSTOMER_ROUTES = ['home', 'country', 'package', 'order', 'myEsims'] as const;
export type CustomerRoute = (typeof CUSTOMER_ROUTES)[number];
/** The pages measured under load and at scale. */
export const LOADED_ROUTES = ['home', 'country', 'package'] as const satisfies readonly CustomerRoute[];
export type LoadedRoute = (typeof LOADED_ROUTES)[number];

export type Page = CustomerRoute | 'bare' | 'bareDynamic' | 'bareList';

export type JsWeight = { page: Page; scripts: number; rawBytes: number; gzipBytes: number; brotliBytes: number };

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** SEO scored without the is-crawlable audit: for pages kept out of search engines on purpose. */
  seoWithoutCrawlable?: number;
};

/** Pages marked noindex on purpose: an order's address is its key, My eSIMs is private. */
export const PRIVATE_ROUTES: readonly CustomerRoute[] = ['order', 'myEsims'];
export type LighthousePreset = 'mobile' | 'desktop';
/** Lighthouse's timings of a page, in milliseconds (simulated on the mobile preset). */
export type LighthouseMetrics = { fcp: number; lcp: number; tbt: number };

/** Median scores over the runs of one page and preset, with the audits that lost points in the last run. */
export type LighthouseRow = {
  page: Page;
  preset: LighthousePreset;
  runs: number;
  scores: LighthouseScores;
  /** The performance score of each run, in the order of the rounds: how far one run may stray. */
  performanceRuns?: number[];
  /** Median timings over the runs. */
  metrics?: LighthouseMetrics;
  /** Each run's total blocking time in ms, in the order of the rounds (older results: none). */
  tbtRuns?: number[];
  failing: string[];
};

export type Latency = { n: number; p50: number; p99: number; mean: number };

export type PreOrderResult = {
  shop: Latency;
  /** The server's share of `shop`: from the action's request to its first byte (action, provider call, confirmation page). */
  shopServer: Latency;
  /**
   * The same round trip on the bare page (`bench/bare/app/order`): a form, a server action making the
   * same sandbox call, a redirect to a page. The pre-order budget's baseline.
   */
  bare: Latency;
  bareServer: Latency;
  /** The provider call alone: context, not the budget. */
  direct: Latency;
};

export type ThroughputRow = {
  /**
   * `bareList`: the bare page's `/list`, prerendered like the bare page but the size and shape of the
   * shop's home page (100 destination cards from a client component's props): the throughput budget's
   * baseline. `bare` and `bareDynamic` are context.
   */
  page: LoadedRoute | 'bare' | 'bareDynamic' | 'bareList';
  connections: number;
  seconds: number;
  /** The median over the rounds. */
  rps: number;
  /** Each round's requests per second, in the order of the rounds. */
  roundsRps?: number[];
  /** Bytes of one answer as sent (headers and body, uncompressed: the runs ask for no encoding). */
  bytesPerAnswer: number;
  p50: number;
  p99: number;
  /** Answers that were not 2xx, and connection errors or timeouts: a run with any is not a valid number. */
  non2xx: number;
  errors: number;
};

export type ScaleRow = {
  page: LoadedRoute | 'countryFiltered';
  /** Median time to the whole page, one request at a time, in milliseconds. */
  defaultMs: number;
  largeMs: number;
  /** Size of the page's document (HTML), gzip. */
  defaultBytes: number;
  largeBytes: number;
  /** Distinct package links in the page with the large catalog. */
  largePackageLinks: number;
};

export type SearchRow = { catalog: 'default' | 'large'; destinations: number; ms: number };

/** The first view of the home page after start: every country's list fetched from the provider. */
export type ColdRow = { catalog: 'default' | 'large'; ms: number };

export type MachineInfo = {
  date: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  next: string;
  chromium: string;
  loadBefore: [number, number, number];
  loadAfter: [number, number, number];
  note: string;
};

export type BenchSettings = {
  quick: boolean;
  latencyMs: number;
  orders: number;
  /** Length of one throughput run, and how many rounds over all the pages (older results: one). */
  throughputSeconds: number;
  throughputRounds?: number;
  connections: number;
  lighthouseRuns: number;
};

export type BenchResults = {
  machine: MachineInfo;
  settings: BenchSettings;
  durationSeconds: number;
  js: JsWeight[];
  lighthouse: LighthouseRow[];
  preOrder: PreOrderResult;
  throughput: ThroughputRow[];
  scale: ScaleRow[];
  search: SearchRow[];
  coldHome: ColdRow[];
  /** Phases that failed, with why: their measurements are missing and their budgets count as missed. */
  problems: string[];
};
