/**
 * Collects the lookups asked for during one turn of the event loop and answers them with one query.
 * Many phones sending at once then cost one round trip (and, on SQLite, one wait for the connection)
 * instead of one each; every answer is still read from the store, never from a cache.
 */
export function batchedLookup<K, V>(
  load: (keys: K[]) => Promise<Map<K, V>>,
): (key: K) => Promise<V | undefined> {
  let waiting = new Map<
    K,
    Array<{ resolve: (value: V | undefined) => void; reject: (error: unknown) => void }>
  >();
  let scheduled = false;
  const flush = async () => {
    const batch = waiting;
    waiting = new Map();
    scheduled = false;
    try {
      const found = await load([...batch.keys()]);
      for (const [key, callers] of batch) for (const caller of callers) caller.resolve(found.get(key));
    } catch (error) {
      for (const callers of batch.values()) for (const caller of callers) caller.reject(error);
    }
  };
  return (key) =>
    new Promise((resolve, reject) => {
      const callers = waiting.get(key) ?? [];
      callers.push({ resolve, reject });
      waiting.set(key, callers);
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => void flush());
      }
    });
}
