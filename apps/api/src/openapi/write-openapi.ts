import { loadConfig } from '@casetrail/config';
import { NestFactory } from '@nestjs/core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiModule } from '../app.module';
import { withErrorCodeTable } from '../http/error-code-table';
import { renderContractFiles } from './contract-artifacts';
import { CONTRACT_FILES } from './contract-files';
import { generateResponseSchemas } from './generate-response-schemas';
import { createOpenApiDocument } from './openapi-document';

/**
 * What `node tools/openapi.mjs` does: derives the response schemas from the controllers' return types, builds
 * the OpenAPI document from the Nest app (in preview mode: no provider runs, so no database is needed), the
 * SDK's types from that document and docs/api.md's error table, and writes them; with `check`, it writes
 * nothing and answers whether every committed file is up to date.
 */
export async function regenerateContract(root: string, check: boolean): Promise<boolean> {
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
  const apiDocs = path.join(root, 'docs/api.md');
  const files: Record<string, string> = {
    ...(await renderContractFiles(root, document, responseSchemas)),
    apiDocs: withErrorCodeTable(fs.readFileSync(apiDocs, 'utf8')),
  };
  const drifted: string[] = [];
  for (const [key, file] of Object.entries({ ...CONTRACT_FILES, apiDocs: 'docs/api.md' })) {
    const target = path.join(root, file);
    const text = files[key];
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
  }
  return drifted.length === 0;
}
