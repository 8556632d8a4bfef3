export * from '../../modules/basisregistratie/schema';
export * from '../../modules/organisatie/schema';
export * from '../audit/schema';
export * from '../auth/schema';
export * from '../calendar/schema';
export * from '../jobs/schema';
export * from '../mail/schema';
