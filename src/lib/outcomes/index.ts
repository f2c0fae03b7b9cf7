/** Outcomes: city outcomes, national and provincial references, cities, and target attainment. */
export * from './types';
export * from './validate';
export * from './parse';
export * from './template';
export * from './progress';
export * from './attainment';
export * from './planner';
export * from './upload';
export * from './attainment-table';
export * from './words';
