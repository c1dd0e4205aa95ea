import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { createTransport, Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { AlertSubscription } from '../subscriptions/subscription.entity';
import { AlertDelivery } from './delivery.entity';
import { AttemptOutcome } from './delivery-enums';
import { deliveryText, deliveryTitle } from './delivery-message';
import { errorText, SendResult } from './send-result';

/** Sends a delivery as a plain-text email through SMTP_URL; its id is the Message-ID. */
@Injectable()
export class EmailSender implements OnApplicationShutdown {
  private transport: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(delivery: AlertDelivery, subscription: AlertSubscription): Promise<SendResult> {
    const started = Date.now();
    const publicUrl = this.config.alerts.publicUrl;
    try {
      const info = (await this.transporter().sendMail({
        from: this.config.alerts.emailFrom,
        to: subscription.email ?? '',
        subject: deliveryTitle(delivery),
        text: deliveryText(delivery, { caseUrl: (slug) => `${publicUrl}/api/v1/cases/${encodeURIComponent(slug)}` }),
        messageId: `<${delivery.id}@casetrail>`,
        headers: {
          'Idempotency-Key': delivery.id,
          'X-Casetrail-Delivery': delivery.id,
          'X-Casetrail-Subscription': delivery.subscriptionId,
          'X-Casetrail-Sequence': String(delivery.sequence),
          'X-Casetrail-Event': delivery.type,
        },
      })) as { response?: string };
      const code = Number.parseInt(info.response ?? '', 10);
      return {
        outcome: AttemptOutcome.Succeeded,
        statusCode: Number.isNaN(code) ? null : code,
        error: null,
        durationMs: Date.now() - started,
      };
    } catch (error) {
      const code = (error as { responseCode?: unknown }).responseCode;
      return {
        outcome: AttemptOutcome.Failed,
        statusCode: typeof code === 'number' ? code : null,
        error: errorText(error),
        durationMs: Date.now() - started,
      };
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  private transporter(): Transporter {
    const url = this.config.alerts.smtpUrl;
    if (!url) throw new Error('SMTP_URL is not set: email alerts cannot be sent');
    const timeout = this.config.alerts.timeoutMs;
    this.transport ??= createTransport({
      url,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    } as SMTPTransport.Options);
    return this.transport;
  }
}
