import { asSerial } from './libreoffice';
import { expectClose } from './tolerance';

/** Expects a recomputed cell's value to be the expected one: a number to 1e-9 (relative), anything else (text, blank, an error) equal. */
export function expectCell(actual: unknown, expected: unknown, where: string): void {
  actual = asSerial(actual);
  if (typeof expected === 'number') {
    try {
      expectClose(actual as number, expected, 1e-9);
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`);
    }
  } else expect({ where, actual: actual ?? '' }).toEqual({ where, actual: expected ?? '' });
}
