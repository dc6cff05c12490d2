export * from './content';
export * from './notifications';
export * from './organizations';
export * from './settings';
export * from './tickets';
export * from './users';
