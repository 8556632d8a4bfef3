import DataLoader from 'dataloader';

/**
 * Calls that arrive in the same turn of the event loop run as one batch, so under load one
 * statement serves many requests (group commit); alone, a call waits only until the end of
 * its turn. `doe` answers per item, in order: a value or an Error for that item alone.
 */
export function bundel<K, V>(doe: (items: readonly K[]) => Promise<(V | Error)[]>, maxBatchSize = 64) {
  const loader = new DataLoader<K, V>(doe, {
    cache: false,
    maxBatchSize,
    batchScheduleFn: (callback) => setImmediate(callback),
  });
  return (item: K) => loader.load(item);
}

/** One batcher per owner (a database), made on first use. */
export function bundelPer<O extends object, K, V>(maak: (owner: O) => (item: K) => Promise<V>) {
  const bundels = new WeakMap<O, (item: K) => Promise<V>>();
  return (owner: O, item: K) => {
    const b = bundels.get(owner) ?? maak(owner);
    bundels.set(owner, b);
    return b(item);
  };
}
