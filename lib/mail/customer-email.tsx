import { Body, Container, Head, Heading, Hr, Html, Img, Link, Preview, Section, Text } from '@react-email/components';
import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { messagesByLocale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { MailKind } from '@/lib/store/outbox-store';

/** The eSIM as the message shows it: what the QR code and the manual entry need. */
export type MailEsim = { activationCode: string; smdpAddress: string; matchingId: string; appleLink: string };

export type CustomerEmailProps = {
  kind: MailKind;
  locale: Locale;
  orderNo: string;
  packageName: string;
  quantity: number;
  amount: string;
  clientId: string;
  orderUrl: string;
  supportEmail: string;
  /** With `esim_ready` only; the QR code is the inline image `cid:` QR_CID. */
  esim?: MailEsim;
};

export const QR_CID = 'esim-qr@esim-qr-mall';
export const QR_SIZE_PX = 300;

/** The `mail` texts in a language, outside any request. */
export function mailTranslator(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: messagesByLocale[locale], namespace: 'mail' });
  return (key, values) => t(key as never, values as never);
}

// Each kind's subject, preview, title and body sit under its key (REACHED_BY_VARIABLE in the unused-messages test).
const KIND_KEY: Record<MailKind, string> = {
  order_received: 'orderReceived',
  esim_ready: 'esimReady',
  payment_failed: 'paymentFailed',
  refunded: 'refunded',
  expired: 'expired',
  order_link: 'orderLink',
};

export const subjectOf = (locale: Locale, kind: MailKind, orderNo: string) => mailTranslator(locale)(`${KIND_KEY[kind]}.subject`, { orderNo });

// Inline styles: most mail programs ignore a <style> sheet. Sizes in px, colours with enough contrast.
const text = { fontSize: '16px', lineHeight: '24px', color: '#1e293b', margin: '0 0 16px' };
const small = { ...text, fontSize: '14px', lineHeight: '20px', color: '#475569' };
const code = { fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: '15px', wordBreak: 'break-all' as const };
const button = {
  display: 'inline-block',
  backgroundColor: '#0f5fa6',
  color: '#ffffff',
  fontSize: '16px',
  fontWeight: 600,
  padding: '12px 20px',
  borderRadius: '8px',
  textDecoration: 'none',
};

/**
 * One message to a customer, in their order's language: real text (no text in images), the QR code
 * with its alt text, a single column that reads on a phone. Rendered to HTML and to plain text.
 */
export function CustomerEmail(props: CustomerEmailProps) {
  const { kind, locale, esim } = props;
  const t = mailTranslator(locale);
  const key = KIND_KEY[kind];
  return (
    <Html lang={locale} dir="ltr">
      <Head />
      <Preview>{t(`${key}.preview`)}</Preview>
      <Body style={{ backgroundColor: '#f8fafc', fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Microsoft YaHei", sans-serif' }}>
        <Container style={{ maxWidth: '560px', margin: '0 auto', padding: '24px 16px', backgroundColor: '#ffffff' }}>
          <Heading as="h1" style={{ fontSize: '24px', lineHeight: '32px', color: '#0f172a', margin: '0 0 16px' }}>
            {t(`${key}.title`)}
          </Heading>
          <Text style={text}>{t(`${key}.body`)}</Text>
          {esim ? <EsimSection t={t} esim={esim} /> : null}
          <Section style={{ margin: '8px 0 24px' }}>
            <Link href={props.orderUrl} style={button}>
              {t('orderPage')}
            </Link>
            <Text style={{ ...small, margin: '8px 0 0' }}>{t('orderPageHint')}</Text>
          </Section>
          <Hr style={{ borderColor: '#e2e8f0', margin: '16px 0' }} />
          <Text style={small}>
            {t('orderNo')}: <span style={code}>{props.orderNo}</span>
            <br />
            {t('package')}: {props.packageName}
            <br />
            {t('quantity')}: {props.quantity}
            <br />
            {t('amount')}: {props.amount}
            <br />
            {t('clientId')}: <span style={code}>{props.clientId}</span>
          </Text>
          <Text style={small}>{t('footer', { supportEmail: props.supportEmail })}</Text>
        </Container>
      </Body>
    </Html>
  );
}

function EsimSection({ t, esim }: { t: Translate; esim: MailEsim }) {
  return (
    <Section>
      <Text style={text}>{t('esimReady.scan')}</Text>
      <Img
        src={`cid:${QR_CID}`}
        width={QR_SIZE_PX}
        height={QR_SIZE_PX}
        alt={t('esimReady.qrAlt', { smdpAddress: esim.smdpAddress, matchingId: esim.matchingId })}
        style={{ display: 'block', margin: '0 0 16px', backgroundColor: '#ffffff' }}
      />
      <Text style={text}>
        <Link href={esim.appleLink}>{t('esimReady.oneTap')}</Link>
      </Text>
      <Heading as="h2" style={{ fontSize: '18px', lineHeight: '26px', color: '#0f172a', margin: '16px 0 8px' }}>
        {t('esimReady.manual')}
      </Heading>
      <Text style={text}>
        {t('esimReady.smdpAddress')}: <span style={code}>{esim.smdpAddress}</span>
        <br />
        {t('esimReady.matchingId')}: <span style={code}>{esim.matchingId}</span>
        <br />
        {t('esimReady.activationCode')}: <span style={code}>{esim.activationCode}</span>
      </Text>
      <Text style={text}>{t('esimReady.steps')}</Text>
      <Text style={{ ...text, fontWeight: 600, backgroundColor: '#fffbeb', border: '1px solid #fcd34d', padding: '12px', borderRadius: '6px' }}>
        {t('esimReady.once')}
      </Text>
    </Section>
  );
}
