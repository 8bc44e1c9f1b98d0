/**
 * The bundled data: every file under data/ imported statically, so the same code runs in
 * Node and in Excel's browser runtime without reading files. A new preset file must be added
 * here (bundle.test.ts fails if one in data/presets is missing). Read this through presets.ts,
 * asics.ts and network.ts, which give it types.
 */
import APLD from '../../../data/presets/APLD.json';
import BITF from '../../../data/presets/BITF.json';
import BTDR from '../../../data/presets/BTDR.json';
import CIFR from '../../../data/presets/CIFR.json';
import CLSK from '../../../data/presets/CLSK.json';
import CORZ from '../../../data/presets/CORZ.json';
import GLXY from '../../../data/presets/GLXY.json';
import HIVE from '../../../data/presets/HIVE.json';
import HUT from '../../../data/presets/HUT.json';
import IREN from '../../../data/presets/IREN.json';
import MARA from '../../../data/presets/MARA.json';
import RIOT from '../../../data/presets/RIOT.json';
import WULF from '../../../data/presets/WULF.json';
import WYFI from '../../../data/presets/WYFI.json';
import asics from '../../../data/asics.json';
import network from '../../../data/network.json';

/** The preset files by file name (without .json), as parsed JSON. */
export const presetFiles: Readonly<Record<string, unknown>> = {
  APLD,
  BITF,
  BTDR,
  CIFR,
  CLSK,
  CORZ,
  GLXY,
  HIVE,
  HUT,
  IREN,
  MARA,
  RIOT,
  WULF,
  WYFI,
};

/** data/asics.json as parsed JSON. */
export const asicsFile: unknown = asics;

/** data/network.json as parsed JSON. */
export const networkFile: unknown = network;
