import { describe, expect, it } from 'vitest';
import { releaseTable } from '../../../../shared/core/table/typed-table-ops.js';
import { typedTableOfCells } from '../../../../shared/core/table/typed-column.js';

describe('releaseTable', () => {
  it('frees every column array at once (buffers detached) and empties the table', () => {
    const cells = new Map([['x', ['1', '2.5', '', 'a']], ['c', ['u', 'v', 'u', 'NA']]]);
    const table = typedTableOfCells({ source: 't.csv', columns: ['x', 'c'], rowCount: 4, cells });
    const arrays = [...table.typed.values()].flatMap((column) => [column.numbers, column.tokenCodes, column.text?.codes]).filter((a) => a !== undefined && a.length > 0);
    expect(arrays.length).toBeGreaterThan(1);
    releaseTable(table);
    for (const array of arrays) {
      expect(array!.buffer.byteLength).toBe(0);
      expect(array!.length).toBe(0);
    }
    expect(table.typed.size).toBe(0);
    expect(table.rowCount).toBe(4);
  });
});
