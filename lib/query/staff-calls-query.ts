import { queryOptions } from '@tanstack/react-query';
import type { CallLogEntry } from '@/lib/call-log/types';

export type StaffCallsFilter = { endpoint?: string; code?: string; order?: string };

/** The console's live call log: polled every 2 s while the tab is visible. */
export function staffCallsQuery(filter: StaffCallsFilter) {
  const params = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return queryOptions({
    queryKey: ['staff-calls', params.toString()],
    queryFn: async ({ signal }): Promise<CallLogEntry[]> => {
      const response = await fetch(`/api/staff/calls?${params.toString()}`, { signal, cache: 'no-store' });
      if (!response.ok) throw new Error(`call log ${response.status}`);
      return ((await response.json()) as { calls: CallLogEntry[] }).calls;
    },
    refetchInterval: 2000,
  });
}
