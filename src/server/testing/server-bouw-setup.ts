import { bouwServer } from '../../../scripts/bench/serverproces';

/**
 * The tests that start the server as a process start the compiled one, as `npm start` does; it
 * is built here once, before the test files run (which run side by side, on both databases).
 */
export default function setup() {
  bouwServer();
}
