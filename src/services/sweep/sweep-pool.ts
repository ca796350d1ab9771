/** Runs `work` over every item with at most `limit` running at once; results in input order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Resolves in the next turn of the event loop, after the I/O and timers that are due. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Turns of the event loop, one at a time: each `turn()` resolves in a loop iteration of its own, after
 * the previous turn's. Synchronous writes that wait for a turn never run back to back, so timers and
 * requests get in between however many Graph answers arrived together.
 */
export function createTurns(): () => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  return () => {
    const mine = last.then(nextTurn);
    last = mine;
    return mine;
  };
}

/**
 * For a loop of synchronous steps of uneven cost: awaits `turn` at the first call, and again whenever
 * the steps since the last turn have held the event loop for `budgetMs`.
 */
export function createTimeSlices(turn: () => Promise<void>, budgetMs: number): () => Promise<void> {
  let sliceStart: number | undefined;
  return async () => {
    if (sliceStart !== undefined && performance.now() - sliceStart < budgetMs) return;
    await turn();
    sliceStart = performance.now();
  };
}
