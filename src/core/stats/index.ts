export * from './mean-interval.ts';
export * from './quantile.ts';
export * from './histogram.ts';
export * from './student-t-quantile.ts';
export * from './quantile-select.ts';
