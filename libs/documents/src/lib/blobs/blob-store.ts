import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Files by content in the configured blob directory: `ab/cd/<sha256>`. A file is written to a
 * temporary name in the same directory tree, flushed, then renamed into place, so a reader never
 * sees half a file; writing the same bytes twice (two concurrent uploads) leaves one file.
 */
@Injectable()
export class BlobStore {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Stores the bytes under their SHA-256 and returns the path relative to the blob directory. */
  async put(sha256: string, bytes: Uint8Array): Promise<string> {
    const relative = this.relativePath(sha256);
    const target = this.resolve(relative);
    if (await exists(target)) return relative;
    const tmpDir = path.join(this.config.blobDir, 'tmp');
    await fs.promises.mkdir(tmpDir, { recursive: true });
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const tmp = path.join(tmpDir, `${sha256}.${process.pid}.${randomBytes(6).toString('hex')}`);
    try {
      const handle = await fs.promises.open(tmp, 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.promises.rename(tmp, target);
    } catch (error) {
      await fs.promises.rm(tmp, { force: true });
      throw error;
    }
    return relative;
  }

  /**
   * Takes a file already written and flushed (a staged upload) into the store under its SHA-256:
   * renamed into place when it is on the same file system, copied
   * and flushed otherwise. The staged file is gone afterwards either way.
   */
  async putFile(sha256: string, staged: string): Promise<string> {
    const relative = this.relativePath(sha256);
    const target = this.resolve(relative);
    try {
      if (await exists(target)) return relative;
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      try {
        await fs.promises.rename(staged, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        await this.put(sha256, await fs.promises.readFile(staged));
      }
      return relative;
    } finally {
      await fs.promises.rm(staged, { force: true });
    }
  }

  read(relative: string): Promise<Buffer> {
    return fs.promises.readFile(this.resolve(relative));
  }

  /** Absolute path of a stored file, for streaming it. */
  resolve(relative: string): string {
    const absolute = path.resolve(this.config.blobDir, relative);
    if (!absolute.startsWith(path.resolve(this.config.blobDir) + path.sep)) {
      throw new Error(`blob path escapes the blob directory: ${relative}`);
    }
    return absolute;
  }

  exists(relative: string): Promise<boolean> {
    return exists(this.resolve(relative));
  }

  relativePath(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256 hex digest: ${sha256}`);
    return path.join(sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.promises.access(file);
    return true;
  } catch {
    return false;
  }
}
