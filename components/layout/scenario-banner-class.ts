/** The sandbox banner's look, whether the server or the browser renders it. */
export const SCENARIO_BANNER_CLASS = 'bg-amber-300 px-4 py-1 text-center text-sm text-amber-950';
