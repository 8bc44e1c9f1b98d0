/**
 * src/functions/registrations.ts is generated from the catalogue (scripts/registrations.js)
 * and must be current: a function declared but not regenerated would be missing in Excel.
 */
import * as fs from 'fs';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { registrationsSource, outFile } = require('../../scripts/registrations.js');

describe('src/functions/registrations.ts', () => {
  it('is what scripts/registrations.js writes from the catalogue (run it after declaring a function)', () => {
    expect(fs.readFileSync(outFile, 'utf8')).toBe(registrationsSource());
  });
});
