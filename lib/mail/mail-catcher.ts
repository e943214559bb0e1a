import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the catcher received it over SMTP, parsed as a mail program would. */
export type CaughtMail = {
  receivedAt: string;
  envelope: { from: string | null; to: string[] };
  messageId: string | null;
  subject: string;
  from: string;
  to: string[];
  language: string | null;
  text: string;
  html: string;
  attachments: { cid: string | null; contentType: string; filename: string | null; contentBase64: string }[];
};

type Raw = { receivedAt: string; from: string | null; to: string[]; raw: Buffer };

export type MailCatcher = {
  port: number;
  /** Newest last; parsed from what arrived on the wire. */
  messages(): Promise<CaughtMail[]>;
  /** Answers every message with a temporary failure (SMTP 451) until `until`: an outage, for tests and staff. */
  refuseUntil(until: Date): void;
  /**
   * Holds every sender at MAIL FROM without an answer until the returned release is called: a send
   * in flight, to kill its sender during (tests). `holding()` counts the senders held.
   */
  hold(): () => void;
  holding(): number;
  close(): Promise<void>;
};

const KEEP = 500;

/**
 * The embedded default for e-mail: an SMTP server on loopback that keeps what it receives (the last
 * 500 messages, in memory), so nothing leaves the machine and staff and tests read the real messages.
 */
export async function startMailCatcher(port = 0): Promise<MailCatcher> {
  const received: Raw[] = [];
  let refusingUntil = 0;
  let held: (() => void)[] | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: 5 * 1024 * 1024,
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (held) {
        held.push(() => callback());
        return;
      }
      if (Date.now() < refusingUntil) {
        const error = Object.assign(new Error('Mail catcher refusing for now (a simulated outage)'), { responseCode: 451 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          receivedAt: new Date().toISOString(),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks),
        });
        if (received.length > KEEP) received.splice(0, received.length - KEEP);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  // A sender that vanishes mid-message (a killed shop) is its own problem, not the catcher's.
  server.on('error', () => {});
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('mail catcher: no port');
  return {
    port: address.port,
    async messages() {
      return Promise.all(received.map(parse));
    },
    refuseUntil(until) {
      refusingUntil = until.getTime();
    },
    hold() {
      held ??= [];
      return () => {
        const waiting = held ?? [];
        held = null;
        for (const answer of waiting) answer();
      };
    },
    holding: () => held?.length ?? 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function parse({ receivedAt, from, to, raw }: Raw): Promise<CaughtMail> {
  const mail = await simpleParser(raw, { keepCidLinks: true });
  const addresses = (value: typeof mail.to) => (value ? (Array.isArray(value) ? value : [value]).flatMap((group) => group.value.map((one) => one.address ?? '')) : []);
  const language = mail.headers.get('content-language');
  return {
    receivedAt,
    envelope: { from, to },
    messageId: mail.messageId ?? null,
    subject: mail.subject ?? '',
    from: mail.from?.text ?? '',
    to: addresses(mail.to),
    language: typeof language === 'string' ? language : null,
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : '',
    attachments: mail.attachments.map((attachment) => ({
      cid: attachment.cid ?? null,
      contentType: attachment.contentType,
      filename: attachment.filename ?? null,
      contentBase64: attachment.content.toString('base64'),
    })),
  };
}
