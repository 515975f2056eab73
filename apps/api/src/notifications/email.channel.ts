import { createTransport, type Transporter } from 'nodemailer';
import type { NotificationOptions } from './notification-options';
import { PermanentDeliveryError } from './delivery-error';
import { mailText, type ClaimedDelivery } from './delivery-payload';

/** Mails a notification to its recipient over SMTP (nodemailer), in the recipient's language. */
export class EmailChannel {
  private readonly transport: Transporter;

  constructor(private readonly options: NonNullable<NotificationOptions['email']>) {
    const timeout = options.timeoutMs ?? 10_000;
    this.transport = createTransport({
      url: options.smtpUrl,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
  }

  async deliver(delivery: ClaimedDelivery): Promise<void> {
    if (!delivery.email) throw new PermanentDeliveryError(`${delivery.recipient} has no email address`);
    const { subject, text } = mailText(delivery);
    await this.transport.sendMail({
      from: this.options.from,
      to: delivery.email,
      subject,
      text,
      headers: { 'X-Liucheng-Delivery': delivery.id },
    });
  }

  close(): void {
    this.transport.close();
  }
}
