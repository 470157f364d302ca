import { describe, expect, it } from 'vitest';
import { TypedColumnBuilder } from '../../../../shared/core/table/typed-column.js';
import { cellStrings, columnTexts, textsKnown } from '../../../../shared/core/table/column-texts.js';

function column(cells: string[], keepText = false) {
  const builder = new TypedColumnBuilder(4, keepText);
  for (const cell of cells) builder.addText(cell);
  return builder.finish(false);
}

describe('columnTexts', () => {
  it('derives the texts of words and plainly written integers without keeping them', () => {
    const mixed = column(['7', 'a', '', '7', ' b ', '-3', 'NA']);
    expect(textsKnown(mixed)).toBe(true);
    expect(cellStrings(columnTexts(mixed, 'c'))).toEqual(['7', 'a', '', '7', 'b', '-3', '']);
  });

  it('needs the texts kept for numbers written otherwise, and reads them when kept', () => {
    const cells = ['1.0', 'a', '007', '1'];
    expect(textsKnown(column(cells))).toBe(false);
    expect(() => columnTexts(column(cells), 'code')).toThrow('column `code` is read as text but its cell texts were not kept');
    expect(cellStrings(columnTexts(column(cells, true), 'code'))).toEqual(['1.0', 'a', '007', '1']);
  });

  it('reads a column of numbers written as `1.0` as numbers, whose texts are then unknown but unneeded for numbers', () => {
    const numbers = column(['1.0', '2.5']);
    expect(numbers.numeric).toBe(2);
    expect(textsKnown(numbers)).toBe(false);
  });
});
