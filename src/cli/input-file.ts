/**
 * The files the CLI is given, read or checked so that every way a path can be wrong (missing,
 * a directory, unreadable, the same file as another argument under another name) becomes one
 * line saying so, never a stack trace. `-` names standard input wherever a file is read.
 */
import * as fs from 'fs';
import * as path from 'path';

export type FileRead = { readonly bytes: Buffer } | { readonly problem: string };

/** Why the file system refused, in words (`EACCES` → "permission denied"). */
export function fileErrorText(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  switch (code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'has a part of its path that is not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read or written (permission denied)';
    default:
      return `cannot be used (${code ?? message ?? String(error)})`;
  }
}

/** All of standard input (read to its end), or why it cannot be read. */
export function readStandardInput(): FileRead {
  try {
    return { bytes: fs.readFileSync(0) };
  } catch (error) {
    return { problem: `standard input ${fileErrorText(error)}` };
  }
}

/** The whole of an input file (`-`: standard input, through `stdin`), or why it cannot be read. */
export function readInputFile(file: string, stdin: () => FileRead = readStandardInput): FileRead {
  if (file === '-') return stdin();
  try {
    if (fs.statSync(file).isDirectory()) return { problem: `${file} is a directory, not a file` };
    return { bytes: fs.readFileSync(file) };
  } catch (error) {
    return { problem: `${file} ${fileErrorText(error)}` };
  }
}

/**
 * Whether two paths name one file: the same real path (through symbolic links) or the same
 * file under two names (a hard link: one device and inode). A path that does not exist names
 * no existing file.
 */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    if (fs.realpathSync(a) === fs.realpathSync(b)) return true;
    const statA = fs.statSync(a);
    const statB = fs.statSync(b);
    return statA.dev === statB.dev && statA.ino === statB.ino;
  } catch {
    return false;
  }
}

/** Why a file cannot be written at `file` (a directory there, no such folder), or undefined. */
export function outputProblem(file: string): string | undefined {
  try {
    if (fs.statSync(file).isDirectory()) return `${file} is a directory, not a file`;
    return undefined;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') return `${file} ${fileErrorText(error)}`;
  }
  const folder = path.dirname(path.resolve(file));
  try {
    return fs.statSync(folder).isDirectory() ? undefined : `${file}: ${folder} is not a directory`;
  } catch {
    return `${file}: the folder ${folder} does not exist`;
  }
}
