import { lokaleTijd } from './rules';

/** The calendar date (YYYY-MM-DD) of an instant in Europe/Amsterdam. */
export const amsterdamseDatum = (tijdstip: Date): string => lokaleTijd(tijdstip).datum;
