export * from './lib/api-key-scope';
export * from './lib/api-key.entity';
export * from './lib/api-keys.service';
export * from './lib/auth.module';
