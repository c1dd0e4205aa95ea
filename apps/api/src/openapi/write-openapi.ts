import 'reflect-metadata';
import { loadConfig } from '@casetrail/config';
import { NestFactory } from '@nestjs/core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiModule } from '../app.module';
import { renderContractFiles } from './contract-artifacts';
import { CONTRACT_FILES } from './contract-files';
import { generateResponseSchemas } from './generate-response-schemas';
import { createOpenApiDocument } from './openapi-document';

/**
 * `node tools/openapi.mjs`: regenerates the response schemas from the controllers' return types, the
 * OpenAPI document from the Nest app (in preview mode: no provider runs, so no database is needed), and
 * the SDK's types from that document. With `--check` it writes nothing and exits 1 when a committed file
 * differs from what it would write.
 */
async function main(): Promise<void> {
  const root = path.resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? process.cwd());
  const responseSchemas = generateResponseSchemas(root);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-openapi-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', CASETRAIL_DATA_DIR: dataDir });
  const app = await NestFactory.create(ApiModule.forRoot(config, 'postgres://preview.invalid/casetrail'), {
    preview: true,
    logger: false,
  });
  const document = createOpenApiDocument(app, responseSchemas);
  await app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  const files = await renderContractFiles(root, document, responseSchemas);
  const check = process.argv.includes('--check');
  const drifted: string[] = [];
  for (const [key, file] of Object.entries(CONTRACT_FILES)) {
    const target = path.join(root, file);
    const text = files[key as keyof typeof CONTRACT_FILES];
    if (check) {
      if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) drifted.push(file);
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    console.error(`openapi: wrote ${file}`);
  }
  const operations = Object.values(document.paths).flatMap((item) => Object.keys(item)).length;
  console.error(`openapi: ${operations} operations, ${Object.keys(responseSchemas.operations).length} JSON answers`);
  if (drifted.length > 0) {
    console.error(`openapi: out of date: ${drifted.join(', ')}; run \`node tools/openapi.mjs\` and commit the result`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
