export type Coalescer = {
  /** Asks for a run: at once when none ran within the gap, else one run at the gap's end for all asks meanwhile. */
  request(): void;
  /** Drops a pending run (shutdown, tests). */
  cancel(): void;
};

export type CoalesceOptions = {
  /** Least time between the starts of two runs. */
  gapMs: number;
  now?: () => number;
};

/**
 * Turns a burst of requests into at most one run per gap (the first at once, the rest as one
 * trailing run), and never runs `work` twice at a time: a storm of refresh notices costs one
 * re-render of the pages per gap, not one per notice.
 */
export function coalesce(work: () => Promise<void>, { gapMs, now = Date.now }: CoalesceOptions): Coalescer {
  let lastStart = Number.NEGATIVE_INFINITY;
  let running = false;
  let pending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const start = () => {
    timer = undefined;
    pending = false;
    running = true;
    lastStart = now();
    void work()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (pending) schedule();
      });
  };

  function schedule() {
    if (running || timer) return;
    const wait = lastStart + gapMs - now();
    if (wait <= 0) start();
    else timer = setTimeout(start, wait);
  }

  return {
    request() {
      pending = true;
      schedule();
    },
    cancel() {
      pending = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
