// Build step: bundles the bin (src/bin.ts and everything it imports) into
// one CommonJS file, dist/bin.cjs. Start-up is most of a run, and Node pays
// for every ES module it loads (resolve, read, compile) and for its ES module
// loader itself: one CommonJS file starts ~20 ms sooner than an ES module
// bin with chunks (scripts/bench.mjs). Commands stay lazy inside it (esbuild
// initialises a module on first import). Inquirer's prompts stay outside and
// load through import() (ES modules only); so do fs-extra (Windows only) and
// the Handlebars compiler (only for a team's own templates; its runtime is
// bundled). They all stay dependencies: the plop entry imports them from dist/.
import { chmodSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['@inquirer/*', 'fs-extra'],
  plugins: [
    {
      name: 'handlebars-compiler-external',
      setup(pluginBuild) {
        pluginBuild.onResolve({ filter: /^handlebars$/ }, (args) => ({ path: args.path, external: true }));
      },
    },
  ],
  // import.meta.url (package-root.ts, createRequire) means this file in CommonJS.
  define: { 'import.meta.url': '__specwrightModuleUrl' },
  banner: { js: 'const __specwrightModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src/bin.ts'], outfile: 'dist/bin.cjs' });
// A team's templates render on a worker thread (src/render/render-off-thread.ts), which starts from a file of its own.
await build({ ...common, entryPoints: ['src/render/render-worker.ts'], outfile: 'dist/render-worker.cjs' });
// tsc's unbundled dist/bin.js is not the bin: remove it, so nothing runs it by mistake.
rmSync('dist/bin.js', { force: true });
rmSync('dist/bin.d.ts', { force: true });
// Executable in the checkout too, not only once npm links it as a bin.
chmodSync('dist/bin.cjs', 0o755);
console.log('bundled the bin into dist/bin.cjs');
