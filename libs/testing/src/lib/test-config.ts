import { AppConfig, loadConfig } from '@casetrail/config';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A configuration for tests: a database given explicitly, a private data folder, quiet logs. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-data-'));
  const base = loadConfig({
    LOG_LEVEL: 'silent',
    CASETRAIL_DATA_DIR: dataDir,
    CASETRAIL_ALLOW_PRIVATE_TARGETS: 'true',
  });
  return { ...base, ...overrides };
}
