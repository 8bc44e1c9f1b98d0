/**
 * Office.js's rules for reading and writing a proxy object, for the fake workbook: a property
 * is readable only after load() and the next context.sync() (isNullObject after any sync),
 * and it holds the value as of that sync; a property set is queued as an operation, applied
 * at the next sync in queue order.
 */
import type { Operation } from './book';

export interface Queue {
  /** Queues a write, applied at the next sync. */
  write(what: string, apply: () => void): void;
  /** Runs `capture` at the next sync, after the writes queued before it. */
  afterSync(capture: () => void): void;
}

export interface PropertySpec {
  /** How the property reads, as of the sync after load(). */
  read?: () => unknown;
  /** The write a set queues. */
  write?: (value: unknown) => Operation;
}

/**
 * Gives `target` Office-style properties and a load(); with `nullable`, an isNullObject that
 * reads `missing()` as of the next sync.
 */
export function loadable<T extends object>(queue: Queue, target: T, properties: Record<string, PropertySpec>, missing?: () => boolean): T {
  const loaded = new Map<string, unknown>();
  const capture = (names: string[]) =>
    queue.afterSync(() => {
      for (const name of names) loaded.set(name, properties[name]?.read?.());
    });
  for (const [name, spec] of Object.entries(properties)) {
    Object.defineProperty(target, name, {
      configurable: true,
      enumerable: true,
      get: () => {
        if (!spec.read) throw new Error(`the fake workbook cannot read ${name}`);
        if (!loaded.has(name)) throw new Error(`PropertyNotLoaded: ${name} was read before load() and context.sync()`);
        return loaded.get(name);
      },
      set: (value: unknown) => {
        if (!spec.write) throw new Error(`the fake workbook cannot set ${name}`);
        const operation = spec.write(value);
        queue.write(operation.what, operation.apply);
      },
    });
  }
  Object.assign(target, {
    load(names?: string | string[]) {
      const list = names === undefined ? Object.keys(properties) : Array.isArray(names) ? names : names.split(',');
      // 'items/name' loads a collection's items (with every property of each).
      capture([...new Set(list.map((name) => name.trim().split('/')[0]))].filter((name) => name !== 'isNullObject'));
      return target;
    },
  });
  if (missing) {
    let isNull: boolean | undefined;
    queue.afterSync(() => (isNull = missing()));
    Object.defineProperty(target, 'isNullObject', {
      get: () => {
        if (isNull === undefined) throw new Error('isNullObject read before context.sync()');
        return isNull;
      },
    });
  }
  return target;
}
