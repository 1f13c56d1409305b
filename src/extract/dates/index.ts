export type { DateExpression, DatePoint } from './date-expression.js';
export { findDateExpressions } from './find-date-expressions.js';
export { resolveDateExpression } from './resolve-date-expression.js';
export type { ResolvedDate, ResolveOptions } from './resolve-date-expression.js';
export { findMonthDates, type MonthDate } from './month-dates.js';
export { DAY_MS, isoDate, parseIsoDate } from './calendar.js';
