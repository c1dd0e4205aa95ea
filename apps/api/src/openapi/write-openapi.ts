import 'reflect-metadata';
import { loadConfig } from '@casetrail/config';
import { NestFactory } from '@nestjs/core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiModule } from '../app.module';
import { CONTRACT_FILES, renderContractFiles } from './contract-artifacts';
import { generateResponseSchemas } from './generate-response-schemas';
import { createOpenApiDocument } from './openapi-document';

/**
 * `node tools/openapi.mjs`: regenerates the response schemas from the controllers' return types, the
 * OpenAPI document from the Nest app (in preview mode: no provider runs, so no database is needed), and
 * the SDK's types from that document.
 */
async function main(): Promise<void> {
  const root = path.resolve(process.argv[2] ?? process.cwd());
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
  for (const [key, file] of Object.entries(CONTRACT_FILES)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), files[key as keyof typeof CONTRACT_FILES]);
    console.error(`openapi: wrote ${file}`);
  }
  const operations = Object.values(document.paths).flatMap((item) => Object.keys(item)).length;
  console.error(`openapi: ${operations} operations, ${Object.keys(responseSchemas.operations).length} JSON answers`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
