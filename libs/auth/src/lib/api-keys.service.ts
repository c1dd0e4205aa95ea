import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sha256Hex } from '@casetrail/core';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { ApiKey } from './api-key.entity';
import { ApiKeyScope } from './api-key-scope';

export interface CreatedApiKey {
  id: string;
  name: string;
  scope: ApiKeyScope;
  /** Shown once; only its hash is kept. */
  key: string;
}

const KEY_PREFIX = 'ct_';

@Injectable()
export class ApiKeysService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(name: string, scope: ApiKeyScope): Promise<CreatedApiKey> {
    const key = `${KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
    const saved = await this.dataSource
      .getRepository(ApiKey)
      .save({ name, scope, prefix: key.slice(0, 10), hash: sha256Hex(key), lastUsedAt: null, revokedAt: null });
    return { id: saved.id, name, scope, key };
  }

  /** The active key with this secret, or null. Marks it used at most once a minute. */
  async verify(key: string): Promise<ApiKey | null> {
    if (!key.startsWith(KEY_PREFIX) || key.length > 200) return null;
    const found = await this.dataSource
      .getRepository(ApiKey)
      .findOne({ where: { hash: sha256Hex(key), revokedAt: IsNull() } });
    if (found && (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > 60_000)) {
      await this.dataSource.getRepository(ApiKey).update({ id: found.id }, { lastUsedAt: new Date() });
    }
    return found;
  }

  async list(): Promise<Omit<ApiKey, 'hash'>[]> {
    const keys = await this.dataSource.getRepository(ApiKey).find({ order: { createdAt: 'ASC' } });
    return keys.map(({ hash: _hash, ...rest }) => rest);
  }

  async revoke(id: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(ApiKey)
      .update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }
}
