import { asSerial } from './libreoffice';
import { expectClose } from './tolerance';

/** A cell LibreOffice computed against the add-in's: a number to 1e-9 (relative), anything else (a blank as '') equal; `where` names it on a failure. */
export function expectCell(actual: unknown, expected: unknown, where: string): void {
  actual = asSerial(actual);
  if (typeof expected === 'number') {
    try {
      expectClose(actual as number, expected, 1e-9);
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`);
    }
  } else expect({ where, actual: actual ?? '' }).toEqual({ where, actual: expected });
}
