// Reads an .xlsx file from disk for the command line and the tests: the file system around the
// host-free reader of `read-bytes.ts`, which it re-exports (the pane imports that one directly).

import * as fs from 'fs';
import * as path from 'path';
import type { WorkbookSnapshot } from '../../core/types';
import { MSG, readXlsx, XlsxError } from './read-bytes';

export * from './read-bytes';

/** Reads a file's bytes. A missing path or a folder gives XlsxError 'missing'. */
export function readFileBytes(filePath: string): Uint8Array {
  const name = path.basename(filePath);
  try {
    return fs.readFileSync(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException | null)?.code;
    if (code === 'EISDIR') throw new XlsxError('missing', MSG.folder, name, code);
    if (code === 'EACCES' || code === 'EPERM') throw new XlsxError('missing', MSG.denied, name, code);
    throw new XlsxError('missing', MSG.missing, name, code ?? String(e));
  }
}

/** Reads a file from disk. A missing path or a folder gives XlsxError 'missing'. */
export function readXlsxFile(filePath: string): WorkbookSnapshot {
  return readXlsx(readFileBytes(filePath), path.basename(filePath));
}
