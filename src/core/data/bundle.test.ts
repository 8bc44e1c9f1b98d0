import * as fs from 'fs';
import * as path from 'path';
import { dataDir, readDataFile } from '../../../test/helpers/data-files';
import { asicsFile, networkFile, presetFiles } from './bundle';

describe('the data bundle', () => {
  it('holds every file in data/presets, under its file name, as the file says', () => {
    const files = fs
      .readdirSync(path.join(dataDir, 'presets'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .sort();
    expect(files.length).toBeGreaterThanOrEqual(14);
    expect(Object.keys(presetFiles).sort()).toEqual(files);
    for (const name of files) expect(presetFiles[name]).toEqual(readDataFile(`presets/${name}.json`));
  });

  it('holds data/asics.json and data/network.json as the files say', () => {
    expect(asicsFile).toEqual(readDataFile('asics.json'));
    expect(networkFile).toEqual(readDataFile('network.json'));
  });
});
