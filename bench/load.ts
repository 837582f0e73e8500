// One measured load of a POST body with autocannon, after a second of warm-up.
import autocannon from 'autocannon';

export interface LoadSettings {
  connections: number;
  seconds: number;
}

/** One second of warm-up (JIT, caches), not recorded, then the measured run. */
export async function loadAfterWarmUp(
  url: string,
  body: string,
  { connections, seconds }: LoadSettings,
): Promise<autocannon.Result> {
  const options = {
    url,
    method: 'POST' as const,
    connections,
    headers: { 'content-type': 'application/json' },
    body,
  };
  await autocannon({ ...options, duration: 1 });
  return autocannon({ ...options, duration: seconds });
}
