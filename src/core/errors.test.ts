import { describeValue, invalidInput, quoteText } from './errors';

describe('describeValue', () => {
  it('names blanks and shows numbers and booleans as Excel does', () => {
    expect([null, undefined, ''].map(describeValue)).toEqual(['blank', 'blank', 'blank']);
    expect([-0, 1.5, true, false].map(describeValue)).toEqual(['0', '1.5', 'TRUE', 'FALSE']);
    expect(describeValue([[1]])).toBe('a range');
  });

  it('quotes a text whole up to 60 characters', () => {
    expect(describeValue('IREN')).toBe('"IREN"');
    expect(describeValue('y'.repeat(60))).toBe(`"${'y'.repeat(60)}"`);
  });

  it('cuts a longer text to its first 60 characters and an ellipsis, however long it is', () => {
    const megabyte = 'z'.repeat(1_000_000);
    expect(describeValue('y'.repeat(61))).toBe(`"${'y'.repeat(60)}"…`);
    expect(quoteText(megabyte)).toHaveLength(63);
    expect(invalidInput('ticker', 'must be text', megabyte).message).toBe(`ticker must be text (got "${'z'.repeat(60)}"…)`);
  });
});
