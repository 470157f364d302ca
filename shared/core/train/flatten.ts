/** A value of a flattened parameters or metrics file: anything but an object (objects are flattened). */
export type FlatValue = string | number | boolean | null | FlatValue[] | { [key: string]: unknown };

/**
 * Nested keys joined with dots, as DVC flattens `params.yaml` (`{"train": {"lr": 0.1}}` is
 * `train.lr`); lists stay values, as in DVC's `dvc params diff`, and so does an empty object. Keys come out sorted, so two files with the
 * same values flatten to the same object whatever their order. A key that appears twice after
 * flattening (`{"a.b": 1, "a": {"b": 2}}`) is reported through `clash`.
 */
export function flattenObject(value: Record<string, unknown>, clash: (key: string) => never): Record<string, FlatValue> {
  const flat: Record<string, FlatValue> = {};
  const stack: [string, unknown][] = Object.entries(value).reverse();
  while (stack.length > 0) {
    const [key, item] = stack.pop()!;
    if (isPlainObject(item) && Object.keys(item).length > 0) {
      for (const [child, inner] of Object.entries(item).reverse()) stack.push([`${key}.${child}`, inner]);
      continue;
    }
    if (Object.hasOwn(flat, key)) clash(key);
    flat[key] = item as FlatValue;
  }
  return Object.fromEntries(Object.keys(flat).sort().map((key) => [key, flat[key]]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
