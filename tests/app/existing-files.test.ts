import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@jest/globals';
import { existingFilesFor } from '../../src/app/existing-files.js';
import { defaultLayout } from '../helpers/layout.js';

test('a link whose target is gone, where the docs stub would go, is a file in the way', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'existing-files-'));
  const layout = defaultLayout();
  mkdirSync(path.join(root, layout.docsDir), { recursive: true });
  symlinkSync('gone.md', path.join(root, layout.docsDir, 'export-to-csv.md'));
  expect(await existingFilesFor(root, 'Export to CSV', '2026-12-07', layout)).toEqual([`${layout.docsDir}/export-to-csv.md`]);
});
