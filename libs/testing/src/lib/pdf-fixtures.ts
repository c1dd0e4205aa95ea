import { createHash, randomBytes } from 'node:crypto';
import { HELVETICA, PdfObject, textContentStream, writePdf } from './pdf-writer';

/**
 * Builds small, valid PDFs in memory for tests: text pages, an Info title, and optionally the
 * standard security handler (revision 3, 128-bit RC4, as in PDF 1.4-1.7, ISO 32000-1 §7.6.3) so
 * that a user password is needed to open the file.
 */
export interface PdfFixtureOptions {
  /** One entry per page; lines split on \n. */
  pages: string[];
  title?: string;
  /** Encrypts the file; opening it then needs userPassword (or ownerPassword). */
  encrypt?: { userPassword: string; ownerPassword: string };
}

const PASSWORD_PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const KEY_BYTES = 16;
// Permissions: everything allowed (bits 3-6, 9-12 set; high bits set as the spec requires).
const PERMISSIONS = -4;

function md5(...parts: Buffer[]): Buffer {
  const hash = createHash('md5');
  for (const p of parts) hash.update(p);
  return hash.digest();
}

/** RC4 written out: OpenSSL 3 only has it in the legacy provider. */
export function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 0xff];
  }
  return out;
}

function padPassword(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PAD]).subarray(0, 32);
}

/** RC4 applied 20 times with the key XOR-ed with 0..19 (revision 3). */
function rc4Rounds(key: Buffer, data: Buffer): Buffer {
  let out = data;
  for (let round = 0; round < 20; round++) {
    out = rc4(Buffer.from(key.map((b) => b ^ round)), out);
  }
  return out;
}

function ownerValue(ownerPassword: string, userPassword: string): Buffer {
  let hash = md5(padPassword(ownerPassword));
  for (let i = 0; i < 50; i++) hash = md5(hash);
  return rc4Rounds(hash.subarray(0, KEY_BYTES), padPassword(userPassword));
}

function fileKey(userPassword: string, owner: Buffer, fileId: Buffer): Buffer {
  const p = Buffer.alloc(4);
  p.writeInt32LE(PERMISSIONS);
  let hash = md5(padPassword(userPassword), owner, p, fileId);
  for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, KEY_BYTES));
  return hash.subarray(0, KEY_BYTES);
}

function userValue(key: Buffer, fileId: Buffer): Buffer {
  return Buffer.concat([rc4Rounds(key, md5(PASSWORD_PAD, fileId)), Buffer.alloc(16)]);
}

function objectKey(key: Buffer, objectNumber: number): Buffer {
  const suffix = Buffer.from([objectNumber & 0xff, (objectNumber >> 8) & 0xff, (objectNumber >> 16) & 0xff, 0, 0]);
  return md5(key, suffix).subarray(0, Math.min(KEY_BYTES + 5, 16));
}

export function buildPdf(options: PdfFixtureOptions): Buffer {
  const fileId = randomBytes(16);
  const encryption = options.encrypt
    ? (() => {
        const owner = ownerValue(options.encrypt.ownerPassword, options.encrypt.userPassword);
        const key = fileKey(options.encrypt.userPassword, owner, fileId);
        return { owner, key, user: userValue(key, fileId) };
      })()
    : undefined;
  const protect = (objectNumber: number, data: Buffer): Buffer =>
    encryption ? rc4(objectKey(encryption.key, objectNumber), data) : data;

  const objects: PdfObject[] = [];
  const add = (build: (n: number) => PdfObject): number => objects.push(build(objects.length + 1));

  const catalog = add(() => ({ dict: '/Type /Catalog /Pages 2 0 R' }));
  const pagesIndex = add(() => ({ dict: '' }));
  const font = add(() => ({ dict: HELVETICA }));
  const kids: number[] = [];
  for (const pageText of options.pages) {
    const content = add((n) => ({ dict: '', stream: protect(n, Buffer.from(textContentStream(pageText), 'latin1')) }));
    kids.push(
      add(() => ({
        dict:
          `/Type /Page /Parent ${pagesIndex} 0 R /MediaBox [0 0 612 792] ` +
          `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R`,
      })),
    );
  }
  objects[pagesIndex - 1] = {
    dict: `/Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length}`,
  };
  const title = options.title;
  const info = title
    ? add((n) => ({ dict: `/Title <${protect(n, Buffer.from(title, 'latin1')).toString('hex')}>` }))
    : undefined;
  const encrypt = encryption
    ? add(() => ({
        dict:
          `/Filter /Standard /V 2 /R 3 /Length 128 /P ${PERMISSIONS} ` +
          `/O <${encryption.owner.toString('hex')}> /U <${encryption.user.toString('hex')}>`,
      }))
    : undefined;
  return writePdf(objects, { version: '1.4', root: catalog, info, encrypt, id: fileId });
}
