import { getTranslations } from 'next-intl/server';
import { getPreferences } from '@/lib/catalog/preferences';
import { formatUtcDateTime } from '@/lib/i18n/format';
import { readOutbox } from '@/lib/mail';
import { requireStaffPage } from '@/lib/staff';

export const dynamic = 'force-dynamic';

const cell = 'px-3 py-2 align-top';

/** Every message to customers: written with its event, tried, sent; and on the catcher, what arrived. */
export default async function StaffOutboxPage() {
  await requireStaffPage();
  const [t, { locale }, outbox] = await Promise.all([getTranslations('staff.outbox'), getPreferences(), readOutbox()]);
  const when = (value: string | null) => (value ? formatUtcDateTime(value, locale) : '—');
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p data-testid="mail-target">{outbox.catcher ? t('catcher', { port: outbox.catcher.port }) : t('smtp', { host: outbox.smtpHost ?? '' })}</p>
      <section aria-labelledby="outbox-messages" className="space-y-2">
        <h2 id="outbox-messages" className="text-lg font-semibold">
          {t('messages')}
        </h2>
        {outbox.messages.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0}>
            <table className="min-w-full text-left text-sm">
              <thead className="bg-slate-100">
                <tr>
                  {(['created', 'kind', 'recipient', 'language', 'state', 'attempts', 'nextAttempt', 'sentAt', 'lastError'] as const).map((column) => (
                    <th key={column} scope="col" className={cell}>
                      {t(column)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {outbox.messages.map((message) => (
                  <tr key={message.id} className="border-t border-slate-100" data-testid="outbox-row">
                    <td className={cell}>{when(message.createdAt)}</td>
                    <td className={cell}>{t(`kinds.${message.kind}`)}</td>
                    <td className={`${cell} break-all font-mono`}>{message.recipient}</td>
                    <td className={cell}>{message.locale}</td>
                    <td className={cell} data-testid="outbox-state">
                      {t(`states.${message.state}`)}
                    </td>
                    <td className={cell}>{message.attempts}</td>
                    <td className={cell}>{message.state === 'sent' ? '—' : when(message.nextAttemptAt)}</td>
                    <td className={cell}>{when(message.sentAt)}</td>
                    <td className={`${cell} break-all font-mono text-xs`}>{message.lastError ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {outbox.catcher ? (
        <section aria-labelledby="outbox-caught" className="space-y-2">
          <h2 id="outbox-caught" className="text-lg font-semibold">
            {t('caughtTitle')}
          </h2>
          {outbox.catcher.received.length === 0 ? (
            <p>{t('caughtEmpty')}</p>
          ) : (
            <ul className="space-y-3">
              {outbox.catcher.received.slice(0, 50).map((mail, index) => (
                <li key={`${mail.messageId}-${index}`} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="caught-mail">
                  <details>
                    <summary className="cursor-pointer">
                      <span className="font-semibold">{mail.subject}</span> · <span className="font-mono">{mail.to.join(', ')}</span> · {t('received')}{' '}
                      {when(mail.receivedAt)} · {t('attachments', { count: mail.attachments.length })}
                    </summary>
                    <h3 className="mt-3 font-semibold">{t('headers')}</h3>
                    <pre className="overflow-auto rounded bg-slate-100 p-2 text-xs" tabIndex={0}>
                      {`Message-ID: ${mail.messageId ?? '—'}\nFrom: ${mail.from}\nTo: ${mail.to.join(', ')}\nContent-Language: ${mail.language ?? '—'}\nSubject: ${mail.subject}`}
                    </pre>
                    <h3 className="mt-3 font-semibold">{t('textPart')}</h3>
                    <pre className="max-h-96 overflow-auto whitespace-pre-wrap rounded bg-slate-100 p-2 text-xs" tabIndex={0}>
                      {mail.text}
                    </pre>
                    <h3 className="mt-3 font-semibold">{t('htmlPart')}</h3>
                    {/* A sandbox with no permission: the message's markup runs nothing and reaches nothing. */}
                    <iframe title={mail.subject} sandbox="" srcDoc={mail.html} className="h-96 w-full rounded border border-slate-200 bg-white" />
                  </details>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
