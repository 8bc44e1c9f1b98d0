/** The add-in's version, as package.json gives it (stamped on what the pane writes, such as a portable copy's Provenance sheet). */
import packageJson from '../../package.json';

export const addInVersion: string = packageJson.version;
