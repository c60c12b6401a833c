import { ValidationError } from '../base/errors.js';
import { isIsoDate, localToday, type IsoDate } from '../base/text/dates.js';

/** Today, or SPECWRIGHT_TODAY (YYYY-MM-DD) when set, for reproducible output such as committed examples. */
export function pinnedToday(env: NodeJS.ProcessEnv, now: Date): IsoDate {
  const pinned = env.SPECWRIGHT_TODAY;
  if (pinned === undefined || pinned === '') return localToday(now);
  if (!isIsoDate(pinned)) throw new ValidationError('SPECWRIGHT_TODAY', `"${pinned}" is not a YYYY-MM-DD date`);
  return pinned;
}
