/**
 * Working calendars: which days and hours are worked (Asia/Shanghai), with mainland China's
 * public holidays and 调休 from `chinese-days`, and the company's closures and extra days.
 * Plain data in, plain answers out; a year the holiday data does not cover throws
 * `CalendarNotCoveredError` (code `calendar-year-not-covered`) instead of guessing.
 *
 * - `dayStatus` / `isWorkingDay` / `listDays`: what one day (or a range) is.
 * - `addWorkingDays` (day → day), `addWorkingTime` (instant + working ms), `workingTimeBetween`,
 *   `nextWorkingMoment`, `workingDeadline` (instant or day + `P3D` / `PT4H` of working time).
 * - `endOfWorkingWeek`, `first/lastWorkingDayOfWeek`, `first/lastWorkingDayOfMonth`,
 *   `start/endOfWorkingDay`.
 * - `MON_FRI_CALENDAR` (default, key `mon-fri`), `MON_SAT_CALENDAR` (`mon-sat`).
 */
export * from './calendar.types';
export { CALENDAR_YEAR_NOT_COVERED, CalendarNotCoveredError } from './calendar-not-covered.error';
export { CN_MAINLAND_COVERED } from './cn-public-days';
export { assertCovered, coveredYears, dayStatus, isCovered, isWorkingDay, listDays } from './calendar-days';
export {
  MAX_SEARCH_DAYS,
  NoWorkingTimeError,
  addWorkingTime,
  nextWorkingMoment,
  workingIntervalsOn,
  workingTimeBetween,
} from './working-time';
export {
  addWorkingDays,
  endOfWorkingDay,
  endOfWorkingWeek,
  firstWorkingDayOfMonth,
  firstWorkingDayOfWeek,
  lastWorkingDayOfMonth,
  lastWorkingDayOfWeek,
  startOfWorkingDay,
} from './working-days';
export { parseWorkingDuration, readFromMoment, workingDeadline, type WorkingDuration } from './working-duration';
export { addDays, instantAt, isYmd, mondayOf, weekdayOf, ymdOf } from './shanghai-time';
export { DEFAULT_CALENDAR_KEY, MON_FRI_CALENDAR, MON_SAT_CALENDAR, SHIPPED_CALENDARS } from './shipped-calendars';
export {
  WORKING_UNTIL,
  WorkingDelayValueError,
  isContextRef,
  workingDelayDue,
  workingDelayProblems,
  type WorkingDelaySpec,
  type WorkingUntil,
} from './working-delay';
export {
  CALENDAR_PROBLEM_CODES,
  periodProblems,
  rangeProblems,
  weekProblems,
  type CalendarProblem,
  type CalendarProblemCode,
} from './calendar-problems';
