/*
 * An exam at a glance: what it costs, how long it takes and whether it can be booked as a standard exam, in the few
 * words a list of exams has room for (the home page's start for newcomers, the steps of a path). Every figure comes
 * from the version a reader would sit on the build day; a figure AWS has not published says so.
 */
import { totalQuestions, type Cert } from '../catalogue/catalogue.ts';
import { formatLifecycleDate, formatUsd, plural, statusLabels } from '../site/format.ts';

/** The facts of the exam a reader would sit today, each a short phrase. */
export interface ExamGlance {
  /** "USD 150", "USD 75 in beta", or "Not yet published". */
  price: string;
  /** "130 minutes, 65 questions", with whichever part AWS has published. */
  length: string;
  /** "Active", "Beta until 15 February 2027", "Retiring: last day 31 December 2026". */
  status: string;
  /** True when the status is worth flagging in a short list: anything but active. */
  flagged: boolean;
}

/** The price, length and status of a certification's exam as it stands on the build day. */
export function examGlance(cert: Cert): ExamGlance {
  const { exam } = cert;
  const beta = exam.phase === 'beta';
  const price = exam.format.priceUsd;
  const questions = totalQuestions(exam.format);
  const length = [
    exam.format.minutes === undefined ? undefined : `${exam.format.minutes} minutes`,
    questions === undefined ? undefined : plural(questions, 'question'),
  ].filter((part) => part !== undefined);
  return {
    price: price === undefined ? 'Not yet published' : `${formatUsd(price)}${beta ? ' in beta' : ''}`,
    length: length.length > 0 ? length.join(', ') : 'Not yet published',
    status: statusPhrase(cert),
    flagged: cert.status !== 'active',
  };
}

/** The status with the date that matters to someone booking: when a beta or the exam itself ends. */
function statusPhrase(cert: Cert): string {
  const version = cert.exam.version;
  if (cert.status === 'beta') {
    return version.beta?.until
      ? `Beta until ${formatLifecycleDate(version.beta.until)}`
      : 'Beta, no end date published';
  }
  if (cert.status === 'retiring' && version.lastDay)
    return `Retiring: last day ${formatLifecycleDate(version.lastDay)}`;
  return statusLabels[cert.status];
}
