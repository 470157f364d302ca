import { describe, expect, it } from 'vitest';
import { flattenObject } from '../../../../shared/core/train/flatten.js';

const clash = (key: string): never => {
  throw new Error(`clash ${key}`);
};

describe('flattenObject', () => {
  it('joins nested keys with dots as DVC does, keeps lists and empty objects as values, sorts keys', () => {
    expect(flattenObject({ z: 1, train: { lr: 0.1, opt: { name: 'adam' }, layers: [8, { a: 1 }] }, empty: {}, none: null }, clash)).toEqual({
      empty: {}, none: null, 'train.layers': [8, { a: 1 }], 'train.lr': 0.1, 'train.opt.name': 'adam', z: 1,
    });
    expect(Object.keys(flattenObject({ b: 1, a: { c: 1 } }, clash))).toEqual(['a.c', 'b']);
  });

  it('reports a key that two spellings flatten to', () => {
    expect(() => flattenObject({ 'a.b': 1, a: { b: 2 } }, clash)).toThrow('clash a.b');
  });

  it('flattens deep nesting without recursion', () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 10_000; i++) deep = { k: deep };
    const flat = flattenObject(deep, clash);
    expect(Object.values(flat)).toEqual([1]);
  });
});
