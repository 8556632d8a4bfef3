/** The screens take dates from the one place every output does. */
export { datum, tijdstip } from '../shared/nl';
