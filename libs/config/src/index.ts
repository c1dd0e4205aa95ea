export { DEFAULT_ALERT_RETRY_SCHEDULE, DEFAULT_MAX_AUTH_FAILURES, SECRET_VARIABLES } from './lib/app-config';
export type {
  AlertsConfig,
  AppConfig,
  CitationsLimitsConfig,
  CourtListenerConfig,
  LogLevel,
  OcrConfig,
  PacerConfig,
  PdfLimitsConfig,
  RssFeedConfig,
  TosConfig,
  UploadConfig,
  WorkersConfig,
} from './lib/app-config';
export { loadConfig, parseDurations } from './lib/load-config';
export { ConfigError, ConfigErrorCode } from './lib/config-error';
export { APP_CONFIG, ConfigModule } from './lib/config.module';
export { isSecretQueryParameter, redactQuerySecrets, redactUrl, SECRET_HEADERS } from './lib/redact';
