export { API_KEY_SCOPES, ApiKeyScope, scopeAllows } from './lib/api-key-scope';
export { ApiKey } from './lib/api-key.entity';
export { ApiKeysService } from './lib/api-keys.service';
export type { CreatedApiKey } from './lib/api-keys.service';
export { AuthModule } from './lib/auth.module';
