import DataLoader from 'dataloader';

/**
 * Batches calls per owner (a database): calls that arrive in the same turn of the event loop
 * run as one batch, so under load one statement serves many requests (group commit); alone,
 * a call waits only until the end of its turn. The batch function, made once per owner,
 * answers per item and in order: a value, or an Error for that item alone.
 */
export function bundelPer<O extends object, K, V>(
  maak: (owner: O) => (items: readonly K[]) => Promise<(V | Error)[]>,
  maxBatchSize = 64,
) {
  const loaders = new WeakMap<O, DataLoader<K, V>>();
  return (owner: O, item: K) => {
    const loader =
      loaders.get(owner) ??
      new DataLoader<K, V>(maak(owner), {
        cache: false,
        maxBatchSize,
        batchScheduleFn: (callback) => setImmediate(callback),
      });
    loaders.set(owner, loader);
    return loader.load(item);
  };
}
