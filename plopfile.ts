// plop's entry for `npm run new-spec` in this repository (loaded through tsx).
// Other repositories get the same generator with plop.load('specwright').
import specwrightPlopfile from './src/plop/plopfile.js';

export default specwrightPlopfile;
