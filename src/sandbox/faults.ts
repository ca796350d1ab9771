// Injected faults: latency, random 500 / code 2 / timeouts / null batch items from a seeded PRNG (so
// the same requests fail the same way on every run), and scripted "the Nth matching request" faults.
import type { FaultSettings } from './types.ts';

export type Fault = FaultSettings['scripted'][number]['fault'];
export type ItemFault = Fault | 'null';

export const DEFAULT_FAULT_SEED = 0x5eed;

export function defaultFaults(): FaultSettings {
  return { latencyMs: 0, http500Rate: 0, code2Rate: 0, timeoutRate: 0, batchNullRate: 0, scripted: [] };
}

/** mulberry32: small, fast and good enough to make fault sequences reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private current = defaultFaults();
  /** matching requests seen per scripted rule since the rules were set */
  private seen: number[] = [];
  private random: () => number;

  constructor(private readonly seed: number = DEFAULT_FAULT_SEED) {
    this.random = prng(seed);
  }

  get settings(): FaultSettings {
    return structuredClone(this.current);
  }

  /** Every change restarts the PRNG from the seed: the same settings and requests give the same faults, whatever ran before. */
  set(patch: Partial<FaultSettings>): FaultSettings {
    this.current = { ...this.current, ...structuredClone(patch) };
    if (patch.scripted) this.seen = patch.scripted.map(() => 0);
    this.random = prng(this.seed);
    return this.settings;
  }

  reset(): void {
    this.current = defaultFaults();
    this.seen = [];
    this.random = prng(this.seed);
  }

  /** For a whole HTTP request to a Graph route. `path` and `endpoint` are what the call log shows. */
  forRequest(path: string, endpoint: string): Fault | undefined {
    const scripted = this.scripted(path, endpoint);
    if (scripted) return scripted;
    const { timeoutRate, http500Rate, code2Rate } = this.current;
    if (timeoutRate + http500Rate + code2Rate <= 0) return undefined;
    const r = this.random(); // one draw per request keeps the sequence independent of which rates are set
    if (r < timeoutRate) return 'timeout';
    if (r < timeoutRate + http500Rate) return 'http500';
    if (r < timeoutRate + http500Rate + code2Rate) return 'code2';
    return undefined;
  }

  /** For one item of a batch: scripted rules, then a null item, then code 2. */
  forBatchItem(path: string, endpoint: string): ItemFault | undefined {
    const scripted = this.scripted(path, endpoint);
    if (scripted) return scripted;
    if (this.current.batchNullRate > 0 && this.random() < this.current.batchNullRate) return 'null';
    if (this.current.code2Rate > 0 && this.random() < this.current.code2Rate) return 'code2';
    return undefined;
  }

  private scripted(path: string, endpoint: string): Fault | undefined {
    let fault: Fault | undefined;
    this.current.scripted.forEach((rule, index) => {
      if (!path.includes(rule.pathIncludes) && !endpoint.includes(rule.pathIncludes)) return;
      this.seen[index] = (this.seen[index] ?? 0) + 1;
      if (this.seen[index] === rule.onCall) fault ??= rule.fault;
    });
    return fault;
  }
}
