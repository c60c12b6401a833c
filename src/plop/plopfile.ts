import { registerSpecGenerator, type PlopApi } from './register-generator.js';

/**
 * The package's `main`: a plopfile. `plop.load('specwright')` in a team's own
 * plopfile imports it and, because of setDefaultInclude, takes the `spec`
 * generator.
 */
export default function specwrightPlopfile(plop: PlopApi & { setDefaultInclude(include: object): void }): void {
  registerSpecGenerator(plop);
  plop.setDefaultInclude({ generators: true });
}
